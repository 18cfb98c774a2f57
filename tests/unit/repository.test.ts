/** Which repository and branch a build's edit links lead to: REPOSITORY_URL, else the host's build variables, else none. */
import { describe, expect, test } from 'vitest';
import { editUrl, repositoryWebUrl, resolveRepository, viewUrl, type Repository } from '../../src/lib/records/repository';
import type { BuildEnv } from '../../src/lib/site/siteUrl';

describe('resolveRepository', () => {
  test.each<[string, BuildEnv, Repository | undefined]>([
    ['nothing set: no link', {}, undefined],
    ['empty values count as unset', { REPOSITORY_URL: ' ', REPOSITORY_BRANCH: '' }, undefined],
    [
      'REPOSITORY_URL and REPOSITORY_BRANCH',
      { REPOSITORY_URL: 'https://github.com/team/adr', REPOSITORY_BRANCH: 'main' },
      { url: 'https://github.com/team/adr', branch: 'main', forge: 'github', from: 'REPOSITORY_URL + REPOSITORY_BRANCH' },
    ],
    [
      'a clone address: ".git" and the trailing slash dropped',
      { REPOSITORY_URL: 'https://gitlab.com/group/sub/adr.git/', REPOSITORY_BRANCH: 'trunk' },
      { url: 'https://gitlab.com/group/sub/adr', branch: 'trunk', forge: 'gitlab', from: 'REPOSITORY_URL + REPOSITORY_BRANCH' },
    ],
    [
      'an SSH address becomes the web address',
      { REPOSITORY_URL: 'git@bitbucket.org:team/adr.git', REPOSITORY_BRANCH: 'main' },
      { url: 'https://bitbucket.org/team/adr', branch: 'main', forge: 'bitbucket', from: 'REPOSITORY_URL + REPOSITORY_BRANCH' },
    ],
    [
      'a server of the team’s own names its kind',
      { REPOSITORY_URL: 'https://git.example.org/team/adr', REPOSITORY_BRANCH: 'main', REPOSITORY_FORGE: 'Forgejo' },
      { url: 'https://git.example.org/team/adr', branch: 'main', forge: 'forgejo', from: 'REPOSITORY_URL + REPOSITORY_BRANCH' },
    ],
    [
      'Netlify: its REPOSITORY_URL (the access token never published) and BRANCH',
      { NETLIFY: 'true', REPOSITORY_URL: 'https://x-access-token:v1.abc123@github.com/team/adr', BRANCH: 'deploy-preview-branch', HEAD: 'deploy-preview-branch' },
      { url: 'https://github.com/team/adr', branch: 'deploy-preview-branch', forge: 'github', from: 'REPOSITORY_URL + BRANCH (Netlify)' },
    ],
    [
      'REPOSITORY_BRANCH wins over the host’s branch',
      { NETLIFY: 'true', REPOSITORY_URL: 'https://github.com/team/adr', BRANCH: 'feature', REPOSITORY_BRANCH: 'main' },
      { url: 'https://github.com/team/adr', branch: 'main', forge: 'github', from: 'REPOSITORY_URL + REPOSITORY_BRANCH' },
    ],
    [
      'Vercel: provider, owner and slug, and the branch deployed',
      { VERCEL: '1', VERCEL_GIT_PROVIDER: 'github', VERCEL_GIT_REPO_OWNER: 'team', VERCEL_GIT_REPO_SLUG: 'adr', VERCEL_GIT_COMMIT_REF: 'preview/x' },
      { url: 'https://github.com/team/adr', branch: 'preview/x', forge: 'github', from: 'VERCEL_GIT_* + VERCEL_GIT_COMMIT_REF' },
    ],
    [
      'Vercel on GitLab',
      { VERCEL: '1', VERCEL_GIT_PROVIDER: 'gitlab', VERCEL_GIT_REPO_OWNER: 'team', VERCEL_GIT_REPO_SLUG: 'adr', VERCEL_GIT_COMMIT_REF: 'main' },
      { url: 'https://gitlab.com/team/adr', branch: 'main', forge: 'gitlab', from: 'VERCEL_GIT_* + VERCEL_GIT_COMMIT_REF' },
    ],
    [
      'Cloudflare Pages gives the branch; the address is the team’s',
      { CF_PAGES: '1', CF_PAGES_BRANCH: 'main', REPOSITORY_URL: 'https://github.com/team/adr' },
      { url: 'https://github.com/team/adr', branch: 'main', forge: 'github', from: 'REPOSITORY_URL + CF_PAGES_BRANCH' },
    ],
    ['Cloudflare Pages alone names no repository', { CF_PAGES: '1', CF_PAGES_BRANCH: 'main' }, undefined],
    [
      'GitHub Actions on a branch',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'team/adr', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' },
      { url: 'https://github.com/team/adr', branch: 'main', forge: 'github', from: 'GITHUB_SERVER_URL + GITHUB_REPOSITORY + GITHUB_REF_NAME' },
    ],
    [
      'GitHub Actions on a pull request: its head branch, not "7/merge"',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'team/adr', GITHUB_REF_NAME: '7/merge', GITHUB_REF_TYPE: 'branch', GITHUB_HEAD_REF: 'fix-typo' },
      { url: 'https://github.com/team/adr', branch: 'fix-typo', forge: 'github', from: 'GITHUB_SERVER_URL + GITHUB_REPOSITORY + GITHUB_HEAD_REF' },
    ],
    [
      'GitHub Enterprise Server: its own address',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.example.org/', GITHUB_REPOSITORY: 'team/adr', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' },
      { url: 'https://github.example.org/team/adr', branch: 'main', forge: 'github', from: 'GITHUB_SERVER_URL + GITHUB_REPOSITORY + GITHUB_REF_NAME' },
    ],
    [
      'GitHub Actions on a tag: a tag cannot be edited, so no link',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'team/adr', GITHUB_REF_NAME: 'v1.0', GITHUB_REF_TYPE: 'tag' },
      undefined,
    ],
    ['BRANCH outside Netlify is no branch', { BRANCH: 'main' }, undefined],
  ])('%s', (_name, env, expected) => {
    expect(resolveRepository(env)).toEqual(expected);
  });

  test.each<[string, BuildEnv, RegExp]>([
    ['not a web address', { REPOSITORY_URL: 'github.com/team/adr', REPOSITORY_BRANCH: 'main' }, /REPOSITORY_URL: "github\.com\/team\/adr" is not a web address/],
    ['a host without a repository', { REPOSITORY_URL: 'https://github.com/team', REPOSITORY_BRANCH: 'main' }, /names no repository/],
    ['a forge the build cannot tell', { REPOSITORY_URL: 'https://git.example.org/team/adr', REPOSITORY_BRANCH: 'main' }, /cannot tell how git\.example\.org edits a file; set REPOSITORY_FORGE/],
    ['an unknown forge kind', { REPOSITORY_URL: 'https://git.example.org/team/adr', REPOSITORY_BRANCH: 'main', REPOSITORY_FORGE: 'svn' }, /REPOSITORY_FORGE: "svn" is not one of github, gitlab, bitbucket, forgejo/],
    ['an address without a branch', { REPOSITORY_URL: 'https://github.com/team/adr' }, /REPOSITORY_URL is set, but no variable names the branch being built: set REPOSITORY_BRANCH/],
    ['a Vercel provider the site cannot link to', { VERCEL_GIT_PROVIDER: 'azure', VERCEL_GIT_REPO_OWNER: 'team', VERCEL_GIT_REPO_SLUG: 'adr', VERCEL_GIT_COMMIT_REF: 'main' }, /VERCEL_GIT_PROVIDER: "azure"/],
  ])('a wrong setting fails the build naming the variable: %s', (_name, env, message) => {
    expect(() => resolveRepository(env)).toThrow(message);
  });

  test('no credential of the address survives', () => {
    expect(repositoryWebUrl('REPOSITORY_URL', 'https://user:secret@github.com/team/adr.git').href).toBe('https://github.com/team/adr');
  });
});

describe('editUrl', () => {
  const file = 'docs/decisions/0001-a/pages/nb/læring om drift.mdx';
  test.each<[Repository['forge'], string, string]>([
    ['github', 'main', 'https://f.example/team/adr/edit/main/docs/decisions/0001-a/pages/nb/l%C3%A6ring%20om%20drift.mdx'],
    ['gitlab', 'main', 'https://f.example/team/adr/-/edit/main/docs/decisions/0001-a/pages/nb/l%C3%A6ring%20om%20drift.mdx'],
    ['bitbucket', 'main', 'https://f.example/team/adr/src/main/docs/decisions/0001-a/pages/nb/l%C3%A6ring%20om%20drift.mdx?mode=edit'],
    ['forgejo', 'main', 'https://f.example/team/adr/_edit/main/docs/decisions/0001-a/pages/nb/l%C3%A6ring%20om%20drift.mdx'],
    ['github', 'team/feature#2', 'https://f.example/team/adr/edit/team/feature%232/docs/decisions/0001-a/pages/nb/l%C3%A6ring%20om%20drift.mdx'],
  ])('%s, branch %s', (forge, branch, expected) => {
    expect(editUrl({ url: 'https://f.example/team/adr', branch, forge }, file)).toBe(expected);
  });
});

describe('viewUrl: a file or a folder of the repository, as the forge shows it', () => {
  test.each<[Repository['forge'], string, string, string]>([
    ['github', 'main', 'deploy/broker.tf', 'https://f.example/team/adr/blob/main/deploy/broker.tf'],
    ['github', 'main', 'docs/beslutninger om drift/', 'https://f.example/team/adr/blob/main/docs/beslutninger%20om%20drift/'],
    ['gitlab', 'main', 'docs/adr/', 'https://f.example/team/adr/-/blob/main/docs/adr/'],
    ['bitbucket', 'main', 'docs/adr/a.png', 'https://f.example/team/adr/src/main/docs/adr/a.png'],
    ['forgejo', 'team/feature#2', 'docs/adr/', 'https://f.example/team/adr/src/branch/team/feature%232/docs/adr/'],
  ])('%s, branch %s: %s', (forge, branch, path, expected) => {
    expect(viewUrl({ url: 'https://f.example/team/adr', branch, forge }, path)).toBe(expected);
  });
});
