/** Which public address a build uses: SITE_URL, else the host's build variables, else none. */
import { describe, expect, test } from 'vitest';
import { resolveSiteUrl, type BuildEnv } from '../../src/lib/site/siteUrl';

describe('resolveSiteUrl', () => {
  test.each<[string, BuildEnv, { origin: string; from: string } | undefined]>([
    ['nothing set', {}, undefined],
    ['empty values count as unset', { SITE_URL: ' ', VERCEL_URL: '' }, undefined],
    ['SITE_URL', { SITE_URL: 'https://adr.example.org' }, { origin: 'https://adr.example.org', from: 'SITE_URL' }],
    ['SITE_URL with a trailing slash', { SITE_URL: 'https://adr.example.org/' }, { origin: 'https://adr.example.org', from: 'SITE_URL' }],
    ['SITE_URL wins over a host', { SITE_URL: 'https://adr.example.org', VERCEL_URL: 'x.vercel.app' }, { origin: 'https://adr.example.org', from: 'SITE_URL' }],
    [
      'Netlify production: its main address',
      { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://adr.netlify.app', DEPLOY_PRIME_URL: 'https://main--adr.netlify.app' },
      { origin: 'https://adr.netlify.app', from: 'URL' },
    ],
    [
      'Netlify deploy preview: its own address',
      { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://adr.netlify.app', DEPLOY_PRIME_URL: 'https://deploy-preview-7--adr.netlify.app' },
      { origin: 'https://deploy-preview-7--adr.netlify.app', from: 'DEPLOY_PRIME_URL' },
    ],
    ['a URL variable outside Netlify is not an address', { URL: 'https://somewhere.example' }, undefined],
    [
      'Vercel production: the project’s production domain, scheme added',
      { VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'adr.example.org', VERCEL_URL: 'adr-abc123.vercel.app' },
      { origin: 'https://adr.example.org', from: 'VERCEL_PROJECT_PRODUCTION_URL' },
    ],
    [
      'Vercel preview: the deployment’s address',
      { VERCEL: '1', VERCEL_ENV: 'preview', VERCEL_PROJECT_PRODUCTION_URL: 'adr.example.org', VERCEL_URL: 'adr-abc123.vercel.app' },
      { origin: 'https://adr-abc123.vercel.app', from: 'VERCEL_URL' },
    ],
    ['Cloudflare Pages', { CF_PAGES: '1', CF_PAGES_URL: 'https://1a2b3c.adr.pages.dev' }, { origin: 'https://1a2b3c.adr.pages.dev', from: 'CF_PAGES_URL' }],
    // CI on GitHub Actions sets these for every job, deploy or test: they are not read.
    ['GitHub Actions variables alone', { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'team/adr' }, undefined],
  ])('%s', (_name, env, expected) => {
    expect(resolveSiteUrl(env)).toEqual(expected);
  });

  test.each([
    ['not a URL', { SITE_URL: 'adr.example.org' }, /SITE_URL="adr\.example\.org" is not a URL/],
    ['another scheme', { SITE_URL: 'ftp://adr.example.org' }, /must start with https:\/\/ or http:\/\//],
    ['a path, which belongs in BASE_PATH', { SITE_URL: 'https://example.org/adr/' }, /origin only, e\.g\. https:\/\/example\.org; a sub-path goes in BASE_PATH/],
    ['a broken host variable', { CF_PAGES_URL: 'not a url' }, /CF_PAGES_URL="not a url"/],
  ])('a bad address fails the build naming the variable: %s', (_name, env, message) => {
    expect(() => resolveSiteUrl(env)).toThrow(message);
  });
});
