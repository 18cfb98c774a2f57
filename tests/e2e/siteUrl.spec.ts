/**
 * The site's public address. Built without one (dist/, `npm run build`), no file names
 * localhost and no page names its own URL. Built with SITE_URL (dist-subpath/, under
 * /adr/) or with a host's build variables (dist-host/, at /, built as Vercel would by
 * scripts/build-test-sites.mjs), canonical, og:url, og:image, hreflang, the sitemap and
 * robots.txt all point at that origin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages, DIST, DIST_HOST, DIST_SUBPATH, SUBPATH, SUBPATH_SITE_URL } from './site';

const ROOT = resolve(import.meta.dirname, '../..');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

/** What a page publishes for sharing: canonical and hreflang links, og:url, og:image, twitter:image. */
function sharedUrls(html: string): string[] {
  return [
    ...html.matchAll(/<link rel="(?:canonical|alternate)"[^>]*? href="([^"]+)"/g),
    ...html.matchAll(/<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]+)"/g),
  ].map((m) => m[1]!);
}

const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1];

/** Every shared URL of every page, the sitemap and robots.txt are absolute on `origin` under `base`. */
function expectAbsoluteOn(dist: string, origin: string, base: string) {
  const root = `${origin}${base}`;
  const pages = builtPages(dist);
  expect(pages.length).toBeGreaterThan(20);
  for (const { path, html } of pages) {
    const urls = sharedUrls(html);
    expect(urls.filter((u) => !u.startsWith(root)), path).toEqual([]);
    if (/^\/(nb|en)\/\d{4}-/.test(path)) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, path).toBe(`${root}${path.slice(1)}`);
      expect(meta(html, 'og:url'), path).toBe(canonical);
      expect(meta(html, 'og:image'), path).toMatch(new RegExp(`^${root}og/(nb|en)/.+\\.png$`));
      for (const lang of ['nb', 'en']) expect(html, path).toContain(`hreflang="${lang}" href="${root}${lang}/`);
    }
  }
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  expect(locs.length).toBeGreaterThan(40);
  expect(locs.filter((u) => !u.startsWith(root))).toEqual([]);
  expect(sitemap).toContain(`<loc>${root}nb/0001-kubernetes/kostnader/</loc>`);
  expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${root}sitemap-0.xml</loc>`);
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap-index.xml`);
}

test('without SITE_URL or a host variable, no file of the build names localhost and nothing claims an absolute address', () => {
  // The record's own document runs health checks against the reader's services on
  // localhost (curl http://localhost:8001/health); code blocks may quote exactly those.
  const source = readFileSync(join(ROOT, 'content/records/0001-kubernetes/source.nb.md'), 'utf8');
  const quoted = new Set(source.match(/http:\/\/localhost:\d+\/\S*/g));
  expect(quoted.size).toBeGreaterThan(0);
  const files = allFiles(DIST);
  expect(files.length).toBeGreaterThan(50);
  const problems = files.flatMap((file) => {
    const text = readFileSync(file, 'latin1');
    const outsideCode = text.replace(/<pre\b[\s\S]*?<\/pre>/g, '');
    const inCode = [...text.matchAll(/http:\/\/localhost[^\s<"]*/g)].map((m) => m[0]).filter((url) => !quoted.has(url));
    return [...(outsideCode.includes('localhost') ? [`${file}: localhost outside the document's code`] : []), ...inCode.map((u) => `${file}: ${u}`)];
  });
  expect(problems).toEqual([]);

  // Search engines ignore root-relative canonical and hreflang links, and Lighthouse marks them invalid.
  for (const { path, html } of builtPages(DIST)) expect(sharedUrls(html), `${path}: no page names its own address`).toEqual([]);
  expect(existsSync(join(DIST, 'sitemap-index.xml')), 'a sitemap needs absolute URLs').toBe(false);
  expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
});

test('with SITE_URL under /adr/, canonical, og:url, og:image, hreflang and the sitemap are absolute on that origin', () => {
  expectAbsoluteOn(DIST_SUBPATH, SUBPATH_SITE_URL, SUBPATH);
});

test('on a host that sets its build variables (Vercel production), the build at / takes the address from them', () => {
  expect(readFileSync(`${DIST_HOST}.log`, 'utf8')).toContain('public address https://adr.example.org (from VERCEL_PROJECT_PRODUCTION_URL)');
  expectAbsoluteOn(DIST_HOST, 'https://adr.example.org', '/');
});
