/**
 * ADR 0001's first page on a phone (375×812): the first screen holds the decision, its
 * review state and the record's three reasons, each linking to the page that argues it,
 * and says the status once.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const PHONE = { width: 375, height: 812 };

const cases = [
  { lang: 'nb', path: '/nb/0001-kubernetes/', status: 'Vedtatt', reasonPages: ['/nb/0001-kubernetes/oppsummering/', '/nb/0001-kubernetes/kostnader/', '/nb/0001-kubernetes/analyse/'] },
  { lang: 'en', path: '/en/0001-kubernetes/', status: 'Accepted', reasonPages: ['/en/0001-kubernetes/summary/', '/en/0001-kubernetes/costs/', '/en/0001-kubernetes/analysis/'] },
];

/** Whether the whole element lies on the first screen, the page unscrolled. */
const onFirstScreen = (locator: Locator) =>
  locator.evaluate((el, height) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= height;
  }, PHONE.height);

/** Elements on the first screen whose own text is `word`. */
const firstScreenTexts = (page: Page, word: string) =>
  page.evaluate(
    ([w, height]) =>
      [...document.querySelectorAll('body *')].filter((el) => {
        const box = el.getBoundingClientRect();
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
        return own === w && box.height > 0 && box.bottom > 0 && box.top < (height as number) && getComputedStyle(el).visibility !== 'hidden';
      }).length,
    [word, PHONE.height] as const,
  );

for (const c of cases) {
  test(`${c.lang}: on a phone the first screen holds the decision, its review state and three reasons, and the status once`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(c.path);
    expect(await onFirstScreen(page.locator('.decision-summary-sentence'))).toBe(true);
    // The review is overdue: its notice begins on the first screen.
    expect(await page.locator('#review-notice .review-banner-title').evaluate((el, h) => el.getBoundingClientRect().bottom <= h, PHONE.height)).toBe(true);
    const reasons = page.locator('.decision-reasons li');
    await expect(reasons).toHaveCount(3);
    for (const reason of await reasons.all()) expect(await onFirstScreen(reason), await reason.innerText()).toBe(true);
    await expect(reasons.locator('a')).toHaveCount(3);
    expect(await reasons.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(c.reasonPages);
    expect(await firstScreenTexts(page, c.status), `"${c.status}" on the first screen`).toBe(1);
  });
}
