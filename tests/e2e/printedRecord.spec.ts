/**
 * A record on paper, nb and en: the brief (/<lang>/<record>/brief/) prints on at most two
 * A4 pages and says what a meeting needs (decision, reasons, the checklist's verdict, the
 * review state, where it is online); the whole record (/print/) breaks pages only where
 * content needs it, so no page but the last is under a fifth full, and its first page says
 * where it came from, when, and whether the decision is due for review. The QR code is
 * drawn only by a build with a public address (the sub-path build's).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { pageFills, pdfPageCount, printToPdf } from './pdfPages';
import { SUBPATH, SUBPATH_SITE_URL } from './site';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nb from '../../src/i18n/nb.json' with { type: 'json' };

const RECORD = '0001-kubernetes';
const meta = parse(readFileSync(resolve(import.meta.dirname, `../../content/records/${RECORD}/record.yaml`), 'utf8')) as {
  decision: Record<string, string>;
  reasons: { text: Record<string, string> }[];
};
const SUBPATH_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322) + 1}${SUBPATH}`;

const cases = [
  { lang: 'nb', strings: nb, checklist: 'sjekkliste' },
  { lang: 'en', strings: en, checklist: 'checklist' },
] as const;

/** Text with its runs of white space made one space, as a PDF's text items join. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const { lang, strings, checklist } of cases) {
  const first = `/${lang}/${RECORD}/`;
  const brief = `${first}brief/`;
  const print = `${first}print/`;

  test(`${lang}: the brief states the decision, its reasons, the verdict, the review state and where it is online`, async ({ page, browser, baseURL }) => {
    // The checklist's own answer with the document's figures, as it renders without JavaScript.
    const plain = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const checklistPage = await plain.newPage();
    await checklistPage.goto(`${first}${checklist}/`);
    const verdict = squash(await checklistPage.locator('.tc-verdict-line').innerText());
    await plain.close();
    expect(verdict.length).toBeGreaterThan(10);

    await page.goto(brief);
    await expect(page.locator('.decision-summary-sentence')).toHaveText(meta.decision[lang]!);
    const reasons = page.locator('.decision-reasons li');
    await expect(reasons).toHaveCount(meta.reasons.length);
    for (const [i, reason] of meta.reasons.entries()) await expect(reasons.nth(i)).toContainText(reason.text[lang]!);
    await expect(page.locator('.brief-verdict strong')).toHaveText(verdict);
    // The review is overdue at any build date after 16 December 2025: the full notice, with the checklist's link.
    await expect(page.locator('.review-banner.review-overdue .review-banner-title')).toBeVisible();
    await expect(page.locator(`.review-banner a[href="${first}${checklist}/"]`)).toBeVisible();
    // The build at / has no public address: the record's path, no absolute URL, no QR code.
    const online = page.locator('.print-stamp a');
    await expect(online).toHaveAttribute('href', first);
    await expect(online).toHaveText(first);
    await expect(page.locator('.brief-qr')).toHaveCount(0);
    // From the record's page list and from the whole record's print view.
    await page.goto(first);
    await expect(page.locator(`.record-nav-print a[href="${brief}"]`).first()).toHaveText(strings.brief.link);
    await page.goto(print);
    await expect(page.locator(`.print-hint a[href="${brief}"]`)).toHaveText(strings.brief.link);
  });

  test(`${lang}: the brief prints on at most two A4 pages, with the day it was printed`, async ({ page }) => {
    await page.goto(brief);
    const pdf = await printToPdf(page);
    const count = pdfPageCount(pdf);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    const text = squash((await pageFills(pdf)).map((p) => p.text).join(' '));
    const today = new Date().toLocaleDateString(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long' });
    expect(text).toContain(squash(strings.printStamp.printed.replace('{date}', today)));
    expect(text).toContain(squash(meta.decision[lang]!));
  });

  test(`${lang}: the whole record breaks pages only where content needs it, its first page saying where, when and the review state`, async ({ page }) => {
    await page.goto(print);
    const notice = squash(await page.locator('.review-banner-title').innerText());
    const pdf = await printToPdf(page);
    const fills = await pageFills(pdf);
    expect(fills.length).toBe(pdfPageCount(pdf));
    const thin = fills.slice(0, -1).filter((p) => p.fill < 0.2);
    expect(thin.map((p) => `page ${p.page}: ${Math.round(p.fill * 100)}% (${p.text.slice(0, 80)})`)).toEqual([]);
    const firstPage = squash(fills[0]!.text);
    expect(firstPage).toContain(first);
    expect(firstPage).toContain(notice);
    expect(firstPage).toContain(squash(strings.printStamp.printed.split('{date}')[0]!));
  });
}

test.describe('with a public address', () => {
  test.use({ baseURL: SUBPATH_URL });
  for (const { lang } of cases) {
    test(`${lang}: the brief names its absolute address and draws a QR code to the record`, async ({ page }) => {
      const url = `${SUBPATH_SITE_URL}${SUBPATH}${lang}/${RECORD}/`;
      await page.goto(`${lang}/${RECORD}/brief/`);
      await expect(page.locator('.print-stamp a')).toHaveText(url);
      const qr = page.locator('svg.brief-qr');
      await expect(qr).toHaveCount(1);
      await expect(qr).toHaveAttribute('aria-label', new RegExp(url.replace(/[.]/g, '\\.')));
      // Drawn, not fetched: one path of dark modules inside the SVG itself.
      expect(await qr.locator('path').getAttribute('d')).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
      const pdf = await printToPdf(page);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
    });
  }
});
