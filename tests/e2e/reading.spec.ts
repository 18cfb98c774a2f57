/** Reading and sharing: search per language, link previews, sitemap, print, the review banner. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { builtPages, DIST_SUBPATH, recordPages, SUBPATH, SUBPATH_SITE_URL } from './site';

// Link previews and the sitemap need the public address: the build with SITE_URL has them.
const SITE = `${SUBPATH_SITE_URL}${SUBPATH}`;
const SUBPATH_SERVER = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322) + 1}`;
const served = (url: string) => `${SUBPATH_SERVER}${new URL(url).pathname}`;

test('search finds the right page in the reader’s language, by keyboard', async ({ page }) => {
  for (const [start, query, expected] of [
    ['/nb/0001-kubernetes/', 'Sentinel', '/nb/0001-kubernetes/veikart/'],
    ['/en/0001-kubernetes/', 'Sentinel', '/en/0001-kubernetes/roadmap/'],
    ['/nb/0001-kubernetes/', 'læreplan', '/nb/0001-kubernetes/laering/'],
    ['/en/0001-kubernetes/', 'Hightower', '/en/0001-kubernetes/learning/'],
  ] as const) {
    await page.goto(start);
    await page.getByRole('searchbox').focus();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    const results = page.locator('.search-results a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs, query).toContain(expected);
    const lang = start.slice(1, 3);
    expect(hrefs.every((h) => h.startsWith(`/${lang}/`)), `${query}: only ${lang} pages`).toBe(true);
    await expect(page.locator('.search-status')).toContainText(query);
  }
});

test('every record page has its own 1200×630 PNG link preview, and it exists', async ({ request }) => {
  const seen = new Set<string>();
  for (const { path, html } of recordPages(DIST_SUBPATH)) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, path).toBeTruthy();
    expect(html).toContain(`<meta name="twitter:image" content="${image}"`);
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toMatch(/<meta property="og:locale" content="(nb_NO|en_GB)"/);
    const response = await request.get(served(image!));
    expect(response.status(), image).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length, `${image} is small`).toBeLessThan(100_000);
    seen.add(image!);
  }
  expect(seen.size, 'each page its own image').toBe(recordPages(DIST_SUBPATH).length);
});

test('every other page (root, indexes, search, print views) has a link preview too', async ({ request }) => {
  const recordPaths = new Set(recordPages(DIST_SUBPATH).map((p) => p.path));
  const others = builtPages(DIST_SUBPATH).filter((p) => !recordPaths.has(p.path));
  expect(others.length).toBeGreaterThanOrEqual(7);
  for (const { path, html } of others) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, path).toBeTruthy();
    expect((await request.get(served(image!))).status(), image).toBe(200);
  }
});

test('the sitemap lists both languages, each page with its hreflang alternates', () => {
  const index = readFileSync(join(DIST_SUBPATH, 'sitemap-index.xml'), 'utf8');
  expect(index).toContain('sitemap-0.xml');
  const xml = readFileSync(join(DIST_SUBPATH, 'sitemap-0.xml'), 'utf8');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const entry = (path: string) => urls.find((u) => u.includes(`<loc>${SITE}${path.slice(1)}</loc>`));
  for (const { path } of recordPages(DIST_SUBPATH)) expect(entry(path), path).toBeTruthy();
  const costs = entry('/nb/0001-kubernetes/kostnader/')!;
  expect(costs).toContain(`hreflang="en" href="${SITE}en/0001-kubernetes/costs/"`);
  expect(costs).toContain(`hreflang="nb" href="${SITE}nb/0001-kubernetes/kostnader/"`);
  expect(xml).not.toContain('404');
  expect(readFileSync(join(DIST_SUBPATH, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
});

test('printing a page hides navigation and shows where links go', async ({ page, baseURL }) => {
  await page.goto('/nb/0001-kubernetes/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.record-nav', '.toc', '.prev-next', '.site-footer', '.heading-tools', '.copy-status']) {
    const hidden = await page.locator(selector).evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'));
    expect(hidden, selector).toBe(true);
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.decision-table')).toBeVisible();
  const after = await page.locator('.editor-note a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  // Paper gets the whole address of the site's own links; built without a public address,
  // the one the page was read at.
  expect(after).toContain(`(${new URL(baseURL!).origin}/nb/0001-kubernetes/kostnader/)`);
});

test('the print view holds the whole record, every page once, with unique anchors', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  for (const lang of ['nb', 'en'] as const) {
    await page.goto(`/${lang}/0001-kubernetes/print/`);
    const sections = page.locator('.print-section');
    expect(await sections.count()).toBe(recordPages().filter((p) => p.lang === lang).length);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    // Copy buttons copy links to this document's own (prefixed) sections.
    const copied = await page.locator('[data-copy-section]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.copySection!));
    expect(copied.length).toBeGreaterThan(20);
    expect(copied.filter((id) => !ids.includes(id))).toEqual([]);
    await expect(page.locator('.decision-table')).toBeVisible();
    // The tools print once, as their default results: no inputs on paper, no JavaScript.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cc-results')).toHaveCount(1);
    await expect(page.locator('.cc-results')).toBeVisible();
    await expect(page.locator('.island-wrap input:visible')).toHaveCount(0);
    // Each tool is on one page of ADR 0001 (README, Add a record): no "shown above" line.
    await expect(page.locator('.print-reference')).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(scripts).toEqual([]);
});

test('the short print address of each language lists the records’ print versions', async ({ page }) => {
  for (const [lang, title] of [['nb', 'Utskriftsversjoner'], ['en', 'Print versions']] as const) {
    await page.goto(`/${lang}/`);
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(`/${lang}/print/`);
    await page.getByRole('link', { name: /^ADR 0001: / }).click();
    await expect(page).toHaveURL(`/${lang}/0001-kubernetes/print/`);
    await expect(page.locator('.print-section').first()).toBeVisible();
  }
});

// That every record page shows the overdue review (in full or as one line) is checked page by page in pages.spec.ts.
test('the review line leads to the full notice on the first page, and that to the checklist', async ({ page }) => {
  await page.goto('/en/0001-kubernetes/analysis/');
  await page.locator('.review-line a').click();
  await expect(page).toHaveURL(/\/en\/0001-kubernetes\/#review-notice$/);
  const notice = page.locator('#review-notice');
  await expect(notice).toBeInViewport();
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/0001-kubernetes\/checklist\/$/);
});
