/**
 * The response headers every host sends with the built site, in one place, and the files
 * each kind of host reads them from: `_headers` (Netlify, Cloudflare Pages), `vercel.json`,
 * an nginx server block and a Caddyfile. src/integrations/hostHeaders.ts writes them.
 *
 * A page's CSP holds the hashes of that page's own inline scripts and styles, so pages
 * differ. Where the server can map a path to a value (nginx, Caddy, Vercel) each page gets
 * its <meta> policy plus what a <meta> cannot carry (frame-ancestors). `_headers` cannot:
 * Cloudflare takes 100 rules, fewer than a site of fifty records has pages, so it sends one
 * site policy (sitePolicy) and each page's <meta> keeps it to its own hashes.
 */

/** A built HTML page: its URL path with the base ("/adr/nb/") and its <meta> CSP. */
export interface PagePolicy {
  path: string;
  csp: string;
}

export interface SiteHeaders {
  /** The base the site is built for: "/" or "/adr/". */
  base: string;
  pages: readonly PagePolicy[];
  /** The not-found page's path ("/adr/404.html"): servers send it, with its policy, for a missing path. */
  notFound: string;
}

/** Sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Two years with subdomains: Mozilla Observatory asks for at least six months.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // For browsers without CSP frame-ancestors.
  'X-Frame-Options': 'DENY',
  // The site links out but has nothing to tell other sites about where a reader came from.
  'Referrer-Policy': 'no-referrer',
  // Features the site never uses; only names every Chromium knows, or it logs an error per name.
  'Permissions-Policy': 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
};

/** Astro's bundles carry a hash of their content in their names: cached for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, images, the search index) is checked again on each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** For responses that are no page (JSON, SVG, images): nothing may run or load. */
export const NO_CONTENT_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The header policy of a page: its <meta> policy plus framing, which only a header can forbid. */
export function headerCsp(metaCsp: string): string {
  const directives = metaCsp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** A page's path as a host names it: "/nb/" for "/nb/index.html", "/404.html" as it is. */
const pageUrl = (path: string) => path.replace(/index\.html$/, '');

/** Cloudflare Pages' documented limit on a line of `_headers` (Netlify states none). */
export const CLOUDFLARE_MAX_LINE = 2000;

/**
 * One policy for every page: each directive with the sources any page's policy gives it,
 * except inline styles. A page's inline styles (its section map for the language switch)
 * are its own, so their hashes grow with the pages; the site policy allows inline styles
 * and each page's <meta> policy, which browsers enforce beside the header, still allows
 * only that page's hashes. Scripts keep their hashes: every page has the same few.
 */
export function sitePolicy(pages: readonly PagePolicy[]): string {
  const directives = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const directive of headerCsp(page.csp).split('; ')) {
      const [name = '', ...sources] = directive.split(' ');
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  const style = directives.get('style-src');
  if (style) directives.set('style-src', new Set([...style].filter((s) => !/^'sha(256|384|512)-/.test(s)).concat("'unsafe-inline'")));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * `_headers` for Netlify and Cloudflare Pages: two rules whatever the number of pages. Both
 * hosts join a header two matching rules set with a comma, so each header comes from one
 * rule; pages get the hosts' default Cache-Control, which is REVALIDATE.
 */
export function headersFile({ base, pages }: SiteHeaders): string {
  const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const rules = [
    block(`${base}*`, { ...COMMON_HEADERS, 'Content-Security-Policy': sitePolicy(pages) }),
    block(`${base}_astro/*`, { 'Cache-Control': IMMUTABLE }),
  ];
  // Cloudflare Pages ignores what lies past its limits; a build that would pass them fails instead.
  const long = rules.flatMap((r) => r.split('\n')).find((line) => line.length > CLOUDFLARE_MAX_LINE);
  if (long) throw new Error(`_headers has a line of ${long.length} characters, over Cloudflare's ${CLOUDFLARE_MAX_LINE}: ${long.slice(0, 80)}…`);
  return ['# Written by the build (src/integrations/hostHeaders.ts): every path, then the hashed assets.', ...rules].join('\n\n') + '\n';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** vercel.json (path-to-regexp sources): a later matching rule's value wins, so the general rules come first. */
export function vercelJson({ base, pages }: SiteHeaders): string {
  const headers = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));
  const config = {
    trailingSlash: true,
    headers: [
      { source: `${base}(.*)`, headers: headers({ ...COMMON_HEADERS, 'Cache-Control': REVALIDATE }) },
      { source: `${base}_astro/(.*)`, headers: headers({ 'Cache-Control': IMMUTABLE }) },
      ...pages.map((p) => ({ source: pageUrl(p.path), headers: headers({ 'Content-Security-Policy': headerCsp(p.csp) }) })),
    ],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/** nginx's and Caddy's quoted strings: the policies hold no quote or backslash, and must not. */
function quoted(value: string): string {
  if (/["\\]/.test(value)) throw new Error(`a header value with a quote or backslash: ${value}`);
  return `"${value}"`;
}

/** The types nginx and Caddy compress (HTML always is, in nginx). */
const COMPRESSED_TYPES = ['text/css', 'text/javascript', 'application/javascript', 'application/json', 'application/xml', 'image/svg+xml', 'application/manifest+json', 'text/calendar', 'text/plain'];

/**
 * An nginx `http`-level include: the page policies as a map on the served file's path (after
 * the index file is found, or the not-found page taken), and a server on port 8080 serving
 * /srv/site, where the site lies under its base. `add_header` in a location would drop the
 * server's headers, so every header is set once, at the server, from a map.
 */
export function nginxConf({ base, pages, notFound }: SiteHeaders): string {
  const notFoundPolicy = pages.find((p) => p.path === notFound);
  const cspLines = pages.map((p) => `    ${p.path} ${quoted(headerCsp(p.csp))};`);
  return `# Written by the build (src/integrations/hostHeaders.ts). Include it in nginx's http block;
# the site's files go to /srv/site${base}.
# Room for the pages' paths as keys (the default fits paths of up to about 50 characters).
map_hash_bucket_size 256;
map $uri $site_csp {
    default ${quoted(NO_CONTENT_CSP)};
${cspLines.join('\n')}
}

map $uri $site_cache_control {
    default ${quoted(REVALIDATE)};
    ~^${escapeRegExp(base)}_astro/ ${quoted(IMMUTABLE)};
}

server {
    listen 8080;
    root /srv/site;
    server_tokens off;
    # Redirects to a folder's slash say only the path, so they hold behind a proxy or a mapped port.
    absolute_redirect off;
    gzip on;
    gzip_vary on;
    gzip_types ${COMPRESSED_TYPES.join(' ')};
    error_page 404 ${notFoundPolicy ? notFound : '/404.html'};

${Object.entries(COMMON_HEADERS)
  .map(([k, v]) => `    add_header ${k} ${quoted(v)} always;`)
  .join('\n')}
    add_header Content-Security-Policy $site_csp always;
    add_header Cache-Control $site_cache_control always;
}
`;
}

/**
 * A Caddyfile serving /srv/site on port 8080 ($SITE_ROOT and $PORT override them), a matcher
 * per distinct page policy. Caddy runs `header` lines with a matcher before those without,
 * so these set their value only where none is set yet (`?`; one field per line, as a block's
 * `?` fields would all wait for the first to be missing). A missing path gets the
 * not-found page, with status 404 and that page's policy.
 */
export function caddyfile({ base, pages, notFound }: SiteHeaders): string {
  const byPolicy = new Map<string, string[]>();
  for (const page of pages) {
    const csp = headerCsp(page.csp);
    const paths = page.path === pageUrl(page.path) ? [page.path] : [pageUrl(page.path), page.path];
    byPolicy.set(csp, [...(byPolicy.get(csp) ?? []), ...paths]);
  }
  const groups = [...byPolicy].map(([csp, paths], i) => `\t@policy${i + 1} path ${paths.join(' ')}\n\theader @policy${i + 1} Content-Security-Policy ${quoted(csp)}`);
  const notFoundPage = pages.find((p) => p.path === notFound);
  const common = Object.entries(COMMON_HEADERS)
    .map(([k, v]) => `\t\t${k} ${quoted(v)}`)
    .join('\n');
  return `# Written by the build (src/integrations/hostHeaders.ts); the site's files go to /srv/site${base}.
(common_headers) {
\theader {
${common}
\t}
}

:{$PORT:8080} {
\troot * {$SITE_ROOT:/srv/site}
\tencode zstd gzip
\timport common_headers
\theader ?Content-Security-Policy ${quoted(NO_CONTENT_CSP)}
\theader ?Cache-Control ${quoted(REVALIDATE)}
\theader ${base}_astro/* Cache-Control ${quoted(IMMUTABLE)}
${groups.join('\n')}
\tfile_server
\thandle_errors {
\t\timport common_headers
\t\theader Content-Security-Policy ${quoted(notFoundPage ? headerCsp(notFoundPage.csp) : NO_CONTENT_CSP)}
\t\theader Cache-Control ${quoted(REVALIDATE)}
\t\trewrite * ${notFound}
\t\tfile_server
\t}
}
`;
}
