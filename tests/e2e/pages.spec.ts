/**
 * Every page of the site in both languages: loads cleanly, says what it is, links both ways,
 * shows a record's overdue review, fits a 320 px phone and a wide screen alike, and switches
 * to the same page in the other language and back. One page load per page checks all of it.
 */
import { test, expect } from './fixtures';
import { builtPages, recordPages } from './site';

const pages = builtPages();
const recordPaths = new Set(recordPages().map((p) => p.path));

test('the site has every record page in both languages', () => {
  const records = recordPages();
  const nb = records.filter((p) => p.lang === 'nb');
  const en = records.filter((p) => p.lang === 'en');
  expect(nb.length).toBeGreaterThanOrEqual(11);
  expect(en.length).toBe(nb.length);
});

for (const { path, lang, scripted } of pages) {
  test(`${path} loads with the right language and metadata, its review banner, fits 320–1280 px and switches language`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(/\S/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(30);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('h1')).toHaveCount(1);
    if (recordPaths.has(path)) {
      // Record pages name both languages and a default.
      const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((l) => l.getAttribute('hreflang')),
      );
      expect(hreflangs.sort(), 'hreflang alternates').toEqual(['en', 'nb', 'x-default']);
    }
    if (!scripted) expect(scripts, 'a prose page loads no JavaScript').toEqual([]);
    if (recordPaths.has(path)) {
      // The real record was decided 2024-12-16 with a review after 12 months: past for any build from 2025-12-17 on.
      const banner = page.locator('.review-banner');
      await expect(banner, 'a record past its review date shows the review banner').toBeVisible();
      await expect(banner).toContainText(lang === 'nb' ? '16. desember 2025' : '16 December 2025');
    }
    // From a 320 px phone to a wide screen, nothing spills sideways (the layout follows the viewport).
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
    if (recordPaths.has(path)) {
      // The language switch goes to the same page in the other language, and back.
      const h1 = await page.locator('h1').textContent();
      const switchLink = page.locator('.lang-switch a:visible');
      await expect(switchLink).toHaveCount(1);
      const href = await switchLink.getAttribute('href');
      await switchLink.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await page.locator('.lang-switch a:visible').click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('h1')).toHaveText(h1 ?? '');
    }
  });
}

test('the root lets the reader choose a language and names the original', async ({ page }) => {
  await page.goto('/');
  const nb = page.locator('a[hreflang="nb"]').first();
  await expect(nb).toContainText('Norsk bokmål');
  await expect(nb).toContainText('Originalen');
  await page.locator('a[hreflang="en"]').first().click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: /ADR 0001/ })).toBeVisible();
});

test.describe('not found', () => {
  // The browser logs the 404 response itself as a console error; that one is expected.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('an unknown address shows the 404 page in both languages', async ({ page }) => {
    const response = await page.goto('/nb/finnes-ikke/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Siden finnes ikke' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
