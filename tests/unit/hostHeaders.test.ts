/**
 * The `_headers` file parsed as Netlify and Cloudflare Pages document it: a rule is a path
 * line (starting with "/", at most one "*" splat) followed by indented "Name: value" lines,
 * "#" starts a comment; every matching rule's headers apply, a header set by two of them is
 * joined with a comma (so each must come from one rule); Cloudflare takes at most 100 rules
 * and 2,000 characters a line (developers.cloudflare.com/pages/configuration/headers/).
 * And the Observatory scoring the end-to-end tests apply, on headers that must lose points.
 */
import { describe, expect, test } from 'vitest';
import { caddyfile, COMMON_HEADERS, headerCsp, headersFile, IMMUTABLE, nginxConf, sitePolicy, vercelJson, type SiteHeaders } from '../../src/lib/site/hostHeaders';
import { observatoryScore } from '../support/observatory';

const SCRIPT_HASH = `'sha256-${'s'.repeat(43)}='`;
/** A page's <meta> policy as Astro writes it: the scripts every page shares, a style of the page's own. */
const CSP = (styleHash: string) => `default-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' ${SCRIPT_HASH}; style-src 'self' 'sha256-${styleHash}=';`;

function site(base: string, pageCount: number): SiteHeaders {
  const pages = Array.from({ length: pageCount }, (_, i) => ({ path: `${base}nb/side-${i}/index.html`, csp: CSP(String(i).repeat(43).slice(0, 43)) }));
  return { base, pages: [{ path: `${base}404.html`, csp: CSP('x'.repeat(43)) }, ...pages], notFound: `${base}404.html` };
}

interface Rule {
  path: string;
  headers: [string, string][];
}

/** Parses `_headers` and fails on anything either host would reject. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    expect(line.length, `line ${i + 1}: Cloudflare's 2,000 characters`).toBeLessThanOrEqual(2000);
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      expect(line, `line ${i + 1}: a path`).toMatch(/^\/\S*$/);
      expect(line.split('*').length, `line ${i + 1}: one splat at most`).toBeLessThanOrEqual(2);
      rules.push({ path: line, headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    expect(header, `line ${i + 1}: "Name: value"`).not.toBeNull();
    expect(rules.length, `line ${i + 1}: a header after a path`).toBeGreaterThan(0);
    rules.at(-1)!.headers.push([header![1]!, header![2]!]);
  }
  return rules;
}

/** Netlify's and Cloudflare's matching: a splat matches anything, else the path is exact. */
const matches = (rule: string, path: string) => new RegExp(`^${rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*')}$`).test(path);

/** The headers a request for `path` gets: every matching rule's, each name once (or joined). */
function headersFor(rules: Rule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
  }
  return headers;
}

/** The site's headers as nginx sends a page's. */
const goodHeaders: Record<string, string> = {
  'content-security-policy': headerCsp(CSP('a'.repeat(43))),
  'strict-transport-security': COMMON_HEADERS['Strict-Transport-Security']!,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

describe('_headers', () => {
  test.each([
    ['at /', '/'],
    ['under /adr/', '/adr/'],
  ])('%s: parses, and every path gets each header from one rule', (_name, base) => {
    const headers = site(base, 40);
    const rules = parseHeaders(headersFile(headers));
    const page = headersFor(rules, `${base}nb/side-7/`);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(page.get(name.toLowerCase())).toEqual([value]);
    expect(page.get('content-security-policy')).toEqual([sitePolicy(headers.pages)]);
    // The hosts' own default for a page is REVALIDATE; a second value would be joined to it.
    expect(page.get('cache-control')).toBeUndefined();
    const asset = headersFor(rules, `${base}_astro/BaseLayout.D1w3_kcm.css`);
    expect(asset.get('cache-control')).toEqual([IMMUTABLE]);
    expect(headersFor(rules, `${base}404.html`).get('content-security-policy')).toHaveLength(1);
  });

  test('two rules however many pages: a thousand pages pass Cloudflare’s 100 rules and 2,000 characters a line', () => {
    expect(parseHeaders(headersFile(site('/', 1000)))).toHaveLength(2);
  });

  test('a script policy past Cloudflare’s 2,000 characters a line fails the build', () => {
    const headers = site('/', 1);
    const longPolicy = `default-src 'self'; script-src ${Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, 'a')}='`).join(' ')}`;
    expect(() => headersFile({ ...headers, pages: [{ path: '/nb/index.html', csp: longPolicy }] })).toThrow(/a line of \d+ characters, over Cloudflare's 2000/);
  });
});

describe('sitePolicy', () => {
  const pages = [
    { path: '/nb/', csp: "default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-x='" },
    { path: '/en/', csp: "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-y='; img-src 'self' data:" },
  ];
  test('every page’s script hashes and directives, inline styles in place of the pages’ own style hashes, framing forbidden', () => {
    expect(sitePolicy(pages)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; img-src 'self' data:",
    );
  });
  test('scores A+ on its own (each page’s <meta> policy still holds its styles to their hashes)', () => {
    expect(observatoryScore({ ...goodHeaders, 'content-security-policy': sitePolicy(pages) })).toMatchObject({ score: 110, grade: 'A+' });
  });
});

describe('headerCsp', () => {
  test.each([
    ["default-src 'self';img-src 'self' data:;", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"],
    ["default-src 'self'; script-src 'self' 'sha256-a=';  style-src  'self'", "default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self'; frame-ancestors 'none'"],
  ])('%s', (meta, header) => {
    expect(headerCsp(meta)).toBe(header);
  });
});

describe('observatoryScore', () => {
  const good = goodHeaders;
  test.each<[string, Record<string, string>, number, string]>([
    ['the site’s headers: framing and referrer bonuses', good, 110, 'A+'],
    ['no CSP', { ...good, 'content-security-policy': '' }, 75, 'B'],
    ["'unsafe-inline' scripts", { ...good, 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'" }, 80, 'B+'],
    ['HSTS under six months', { ...good, 'strict-transport-security': 'max-age=86400' }, 100, 'A+'],
    ['no HSTS and no nosniff: no bonuses below 90', { ...good, 'strict-transport-security': '', 'x-content-type-options': '' }, 75, 'B'],
    ['a referrer policy that leaks', { ...good, 'referrer-policy': 'unsafe-url' }, 100, 'A+'],
  ])('%s', (_name, headers, score, grade) => {
    const present = Object.fromEntries(Object.entries(headers).filter(([, v]) => v));
    expect(observatoryScore(present)).toMatchObject({ score, grade });
  });
});

describe('server configurations', () => {
  const headers = site('/adr/', 2);
  const pagePolicy = headerCsp(headers.pages[1]!.csp);

  test('vercel.json: general rules first (a later match wins), then each page’s policy on its path', () => {
    const config = JSON.parse(vercelJson(headers)) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    expect(config.headers.map((r) => r.source)).toEqual(['/adr/(.*)', '/adr/_astro/(.*)', '/adr/404.html', '/adr/nb/side-0/', '/adr/nb/side-1/']);
    expect(config.headers[1]!.headers).toEqual([{ key: 'Cache-Control', value: IMMUTABLE }]);
    expect(config.headers[3]!.headers).toEqual([{ key: 'Content-Security-Policy', value: pagePolicy }]);
  });

  test.each([
    ['nginx: the served file’s path maps to its policy; 404s get the not-found page', () => nginxConf(headers), [`/adr/nb/side-0/index.html "${pagePolicy}";`, 'error_page 404 /adr/404.html;', '~^/adr/_astro/ "public, max-age=31536000, immutable";']],
    ['Caddy: a matcher per policy, the index file’s path too; 404s get the not-found page', () => caddyfile(headers), ['@policy2 path /adr/nb/side-0/ /adr/nb/side-0/index.html', `header @policy2 Content-Security-Policy "${pagePolicy}"`, 'rewrite * /adr/404.html']],
  ])('%s', (_name, write, lines) => {
    const config = write();
    for (const line of lines) expect(config).toContain(line);
  });

  test('a header value that would break out of its quotes fails the build', () => {
    expect(() => nginxConf({ ...headers, pages: [{ path: '/adr/nb/index.html', csp: 'default-src "self"' }] })).toThrow(/quote or backslash/);
  });
});
