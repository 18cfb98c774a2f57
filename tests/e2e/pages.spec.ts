/**
 * Every page of the site in both languages: loads cleanly, says what it is, links both ways,
 * shows a record's overdue review (in full on its first page, as one line linking there on
 * the others), fits a 320 px phone and a wide screen alike with every data table readable
 * on a phone, and switches to the same page in the other language and back. One page load
 * per page checks all of it.
 */
import type { Page } from '@playwright/test';
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

/**
 * At the page's current width, what is wrong with its data tables: one wider than its box
 * must scroll inside a .table-scroll box that shows it (first column kept in view), its
 * caption wrapped within the box; the decision table never scrolls.
 */
const tableProblems = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table) => {
      const name = table.caption?.textContent?.trim() || table.className || 'a table';
      const box = table.closest<HTMLElement>('.table-scroll');
      const visible = (box ?? table.parentElement!).getBoundingClientRect();
      const wide = table.getBoundingClientRect().width > visible.width + 0.5;
      if (!wide) return [];
      if (table.classList.contains('decision-table')) return [`${name}: the decision table scrolls sideways`];
      if (!box || !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return [`${name}: wider than the page with no scroll box`];
      const firstCell = table.querySelector('tbody tr > :first-child');
      if (firstCell && getComputedStyle(firstCell).position !== 'sticky') return [`${name}: scrolls with no first column kept in view`];
      const caption = table.caption && document.createRange();
      caption?.selectNodeContents(table.caption!);
      const captionRight = caption ? Math.max(...[...caption.getClientRects()].map((r) => r.right)) : 0;
      return captionRight > visible.right + 0.5 ? [`${name}: caption cut`] : [];
    }),
  );

/** Words of the previous/next links split across two lines ("Migreringstrigg-ere"). */
const splitWordsInPageLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.prev-next a > :last-child')].flatMap((title) => {
      const text = title.firstChild;
      if (!(text instanceof Text)) return [];
      const range = document.createRange();
      return [...text.data.matchAll(/\S+/g)].flatMap((word) => {
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return range.getClientRects().length > 1 ? [word[0]] : [];
      });
    }),
  );

/** Headings whose tools (section link, copy button) sit on a line of their own, not beside the last word. */
const strandedHeadingTools = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.heading-row')].flatMap((row) => {
      const heading = row.querySelector(':is(h2, h3)')!;
      const last = [...heading.getClientRects()].at(-1)!;
      const tools = row.querySelector('.heading-tools')!.getBoundingClientRect();
      return tools.top < last.bottom && tools.bottom > last.top ? [] : [heading.textContent!.trim()];
    }),
  );

for (const { path, lang, scripted } of pages) {
  test(`${path} loads with the right language and metadata, its review notice, fits 320–1280 px with tables that fit or show they scroll, and switches language`, async ({ page }) => {
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
    // Built without an address, a page names no canonical or hreflang URL (siteUrl.spec.ts checks a build with one).
    await expect(page.locator('link[rel="canonical"], link[rel="alternate"][hreflang]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    if (!scripted) expect(scripts, 'a prose page loads no JavaScript').toEqual([]);
    const firstRecordPage = /^\/(nb|en)\/\d{4}-[^/]+\/$/.test(path);
    if (recordPaths.has(path)) {
      // The real record was decided 2024-12-16 with a review after 12 months: past for any build from 2025-12-17 on.
      if (firstRecordPage) {
        const notice = page.locator('.decision-summary #review-notice');
        await expect(notice, 'the first page shows the full review notice in its decision summary').toBeVisible();
        await expect(notice).toContainText(lang === 'nb' ? '16. desember 2025' : '16 December 2025');
        await expect(page.locator('.review-line')).toHaveCount(0);
      } else {
        const line = page.locator('.review-line');
        await expect(line, 'every other page shows the review as one line').toContainText(lang === 'nb' ? '16. des. 2025' : '16 Dec 2025');
        await expect(line.getByRole('link')).toHaveAttribute('href', new RegExp(`^/${lang}/\\d{4}-[^/]+/#review-notice$`));
        await expect(page.locator('#review-notice')).toHaveCount(0);
      }
    }
    // From a phone to a wide screen, nothing spills sideways (the layout follows the viewport);
    // on a phone every data table fits or shows that it scrolls.
    for (const { width, height } of [{ width: 320, height: 800 }, { width: 375, height: 812 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize({ width, height });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      expect(await splitWordsInPageLinks(page), `words split across lines in the previous/next links at ${width} px`).toEqual([]);
      if (width === 375) {
        expect(await tableProblems(page), 'data tables at 375 px').toEqual([]);
        expect(await strandedHeadingTools(page), 'heading tools on a line of their own at 375 px').toEqual([]);
        if (recordPaths.has(path) && !firstRecordPage) {
          const lineHeight = await page.locator('.review-line').evaluate((el) => el.getBoundingClientRect().height);
          expect(lineHeight, 'the review line takes one line on a phone').toBeLessThan(48);
        }
      }
      if (recordPaths.has(path) && firstRecordPage) {
        // The answer first: the decision sentence starts in the top two thirds of a phone's first screen.
        const top = await page.locator('.decision-summary-sentence').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        expect(top, `the decision sentence's top at ${width} px`).toBeLessThan(width === 375 ? 540 : height);
      }
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
