/**
 * The repository a build's records come from, for the "Edit this page" link: its web
 * address, the branch the build was made from and the kind of forge (which decides how an
 * editing address is written). REPOSITORY_URL (+ REPOSITORY_BRANCH) wins; else the
 * variables a few hosts and GitHub Actions set during their builds. With none the answer is
 * undefined and no page links anywhere: an edit link is never guessed.
 */
import type { BuildEnv } from '../site/siteUrl';

export type Forge = 'github' | 'gitlab' | 'bitbucket' | 'forgejo';
export const FORGES: readonly Forge[] = ['github', 'gitlab', 'bitbucket', 'forgejo'];

export interface Repository {
  /** "https://github.com/team/adr": no credentials, no ".git", no trailing slash. */
  url: string;
  branch: string;
  forge: Forge;
  /** The variables it came from, for the build's log: "REPOSITORY_URL + BRANCH (Netlify)" … */
  from: string;
}

/** Forges known by their public host; a team's own server names its kind in REPOSITORY_FORGE. */
const FORGE_HOSTS: Record<string, Forge> = { 'github.com': 'github', 'gitlab.com': 'gitlab', 'bitbucket.org': 'bitbucket', 'codeberg.org': 'forgejo' };
/** Vercel's VERCEL_GIT_PROVIDER -> the forge and its host. */
const VERCEL_PROVIDERS: Record<string, { forge: Forge; host: string }> = {
  github: { forge: 'github', host: 'github.com' },
  gitlab: { forge: 'gitlab', host: 'gitlab.com' },
  bitbucket: { forge: 'bitbucket', host: 'bitbucket.org' },
};

/**
 * A web address (http:// or https://, with a host), or an error naming where it came from:
 * what REPOSITORY_URL and the import's --repository-url both must be.
 */
export function webAddress(name: string, value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) {
    throw new Error(`${name}: "${value}" is not a web address (https://…)`);
  }
  return url;
}

/**
 * A repository's web address from what a variable holds: "https://github.com/team/adr",
 * "https://github.com/team/adr.git", Netlify's "https://x-access-token:…@github.com/team/adr"
 * (the token is dropped, never published) or "git@github.com:team/adr.git".
 */
export function repositoryWebUrl(name: string, value: string): URL {
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+)$/.exec(value.trim());
  const url = webAddress(name, ssh ? `https://${ssh[1]}/${ssh[2]}` : value.trim());
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (url.pathname.split('/').filter(Boolean).length < 2) {
    throw new Error(`${name}: "${value}" names no repository; expected e.g. https://github.com/team/adr`);
  }
  return url;
}

/** The branch being built, from the first host variable that names one. */
function hostBranch(env: BuildEnv): { branch: string; from: string } | undefined {
  const candidates: [string, string | undefined][] = [
    ['REPOSITORY_BRANCH', env.REPOSITORY_BRANCH],
    // Netlify's BRANCH: too common a name to trust elsewhere.
    ['BRANCH (Netlify)', env.NETLIFY === 'true' ? env.BRANCH : undefined],
    ['VERCEL_GIT_COMMIT_REF', env.VERCEL_GIT_COMMIT_REF],
    ['CF_PAGES_BRANCH', env.CF_PAGES_BRANCH],
    // A pull request's run is on "<n>/merge", which is no branch: its head branch is.
    ['GITHUB_HEAD_REF', env.GITHUB_ACTIONS === 'true' ? env.GITHUB_HEAD_REF : undefined],
    ['GITHUB_REF_NAME', env.GITHUB_ACTIONS === 'true' && env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined],
  ];
  for (const [from, value] of candidates) if (value?.trim()) return { branch: value.trim(), from };
  return undefined;
}

function forgeOf(url: URL, env: BuildEnv, name: string): Forge {
  const named = env.REPOSITORY_FORGE?.trim().toLowerCase();
  if (named) {
    if (!FORGES.includes(named as Forge)) throw new Error(`REPOSITORY_FORGE: "${env.REPOSITORY_FORGE}" is not one of ${FORGES.join(', ')}`);
    return named as Forge;
  }
  const known = FORGE_HOSTS[url.hostname];
  if (known) return known;
  throw new Error(`${name}: cannot tell how ${url.hostname} edits a file; set REPOSITORY_FORGE to one of ${FORGES.join(', ')}`);
}

/** The repository and branch being built, or undefined when nothing names them. */
export function resolveRepository(env: BuildEnv): Repository | undefined {
  const branch = hostBranch(env);
  const finish = (url: URL, forge: Forge, from: string): Repository => {
    if (!branch) throw new Error(`${from} is set, but no variable names the branch being built: set REPOSITORY_BRANCH`);
    return { url: url.href.replace(/\/$/, ''), branch: branch.branch, forge, from: `${from} + ${branch.from}` };
  };
  // REPOSITORY_URL: the team's, or Netlify's (it sets this very name).
  const explicit = env.REPOSITORY_URL?.trim();
  if (explicit) {
    const url = repositoryWebUrl('REPOSITORY_URL', explicit);
    return finish(url, forgeOf(url, env, 'REPOSITORY_URL'), 'REPOSITORY_URL');
  }
  const provider = env.VERCEL_GIT_PROVIDER?.trim().toLowerCase();
  if (provider && env.VERCEL_GIT_REPO_OWNER?.trim() && env.VERCEL_GIT_REPO_SLUG?.trim()) {
    const known = VERCEL_PROVIDERS[provider];
    if (!known) throw new Error(`VERCEL_GIT_PROVIDER: "${env.VERCEL_GIT_PROVIDER}" is not a forge this site links to; set REPOSITORY_URL and REPOSITORY_FORGE`);
    const url = repositoryWebUrl('VERCEL_GIT_REPO_OWNER/VERCEL_GIT_REPO_SLUG', `https://${known.host}/${env.VERCEL_GIT_REPO_OWNER!.trim()}/${env.VERCEL_GIT_REPO_SLUG!.trim()}`);
    return finish(url, known.forge, 'VERCEL_GIT_*');
  }
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_SERVER_URL?.trim() && env.GITHUB_REPOSITORY?.trim()) {
    const url = repositoryWebUrl('GITHUB_SERVER_URL/GITHUB_REPOSITORY', `${env.GITHUB_SERVER_URL.trim().replace(/\/$/, '')}/${env.GITHUB_REPOSITORY.trim()}`);
    // A build on a tag: a tag cannot be edited, so no link rather than one that fails.
    if (!branch) return undefined;
    return finish(url, 'github', 'GITHUB_SERVER_URL + GITHUB_REPOSITORY');
  }
  return undefined;
}

const segments = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/** The forge's page for editing `path` (from the repository's root) on the repository's branch. */
export function editUrl(repository: Pick<Repository, 'url' | 'branch' | 'forge'>, path: string): string {
  const { url, forge } = repository;
  const branch = segments(repository.branch);
  const file = segments(path);
  switch (forge) {
    case 'github':
      return `${url}/edit/${branch}/${file}`;
    case 'gitlab':
      return `${url}/-/edit/${branch}/${file}`;
    case 'bitbucket':
      return `${url}/src/${branch}/${file}?mode=edit`;
    case 'forgejo':
      return `${url}/_edit/${branch}/${file}`;
  }
}


/**
 * The forge's page showing `path` (from the repository's root) on the repository's branch:
 * where a link from a team's ADR to another file of its repository (`../../deploy/main.tf`)
 * leads, when the build reads the ADR folder in place. A trailing "/" is kept, so the
 * address of a folder can be the base such links are resolved against.
 */
export function viewUrl(repository: Pick<Repository, 'url' | 'branch' | 'forge'>, path: string): string {
  const { url, forge } = repository;
  const branch = segments(repository.branch);
  const file = `${segments(path)}${path.endsWith('/') ? '/' : ''}`;
  switch (forge) {
    case 'github':
      return `${url}/blob/${branch}/${file}`;
    case 'gitlab':
      return `${url}/-/blob/${branch}/${file}`;
    case 'bitbucket':
      return `${url}/src/${branch}/${file}`;
    case 'forgejo':
      return `${url}/src/branch/${branch}/${file}`;
  }
}
