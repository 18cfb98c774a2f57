/**
 * The address the built site will be served from, for what must be an absolute URL
 * (og:url, og:image, the sitemap). SITE_URL wins; else the variables a few static hosts
 * set during their builds. With none the answer is undefined, and the pages leave out or
 * leave out what needs the address rather than name a wrong one (localhost).
 */
export type BuildEnv = Readonly<Record<string, string | undefined>>;

export interface SiteUrl {
  /** "https://docs.example.com", without a trailing slash. */
  origin: string;
  /** The variable it came from, for the build's log: "SITE_URL", "VERCEL_URL" … */
  from: string;
}

/** A host's variable, and whether its value lacks the scheme (Vercel gives a bare host name). */
interface Candidate {
  name: string;
  bareHost?: boolean;
}

/**
 * Each host's variables, most specific first. Netlify's `URL` is read only on Netlify
 * (NETLIFY=true): the name is too common to trust elsewhere. A production build takes the
 * production address; a preview build its own, so its link previews load its own images.
 */
function hostCandidates(env: BuildEnv): Candidate[] {
  const netlify: Candidate[] =
    env.NETLIFY === 'true' ? (env.CONTEXT === 'production' ? [{ name: 'URL' }] : [{ name: 'DEPLOY_PRIME_URL' }, { name: 'URL' }]) : [];
  const vercel: Candidate[] =
    env.VERCEL_ENV === 'production'
      ? [{ name: 'VERCEL_PROJECT_PRODUCTION_URL', bareHost: true }, { name: 'VERCEL_URL', bareHost: true }]
      : [{ name: 'VERCEL_URL', bareHost: true }];
  return [...netlify, ...vercel, { name: 'CF_PAGES_URL' }];
}

/** The origin of `value`, or an error naming the variable: a wrong address must not be published. */
function originOf(name: string, value: string, bareHost: boolean): string {
  const text = bareHost && !/^[a-z]+:\/\//i.test(value) ? `https://${value}` : value;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}="${value}" is not a URL; expected e.g. https://docs.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name}="${value}" must start with https:// or http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`${name}="${value}" must be an origin only, e.g. ${url.origin}; a sub-path goes in BASE_PATH`);
  }
  return url.origin;
}

export function resolveSiteUrl(env: BuildEnv): SiteUrl | undefined {
  const candidates: Candidate[] = [{ name: 'SITE_URL' }, ...hostCandidates(env)];
  for (const { name, bareHost = false } of candidates) {
    const value = env[name]?.trim();
    if (value) return { origin: originOf(name, value, bareHost), from: name };
  }
  return undefined;
}

/** The variables resolveSiteUrl reads, for the build's message when none is set. */
export const SITE_URL_VARIABLES = ['SITE_URL', 'URL or DEPLOY_PRIME_URL (Netlify)', 'VERCEL_PROJECT_PRODUCTION_URL or VERCEL_URL (Vercel)', 'CF_PAGES_URL (Cloudflare Pages)'];
