/**
 * On a phone a tool's parts that start off the first screen (.rendered-when-near in
 * src/islands/shared/island.css: the calculator's later options and its results, chart,
 * chances and tornado; the checklist's roadmap and trigger groups) are not laid out while
 * the page loads, which on a slow phone blocked the page just after its first paint
 * (docs/performance.md, "content-visibility"). They are there the moment the reader scrolls
 * to them, and on paper.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ADR_0001_TOOL_PAGES } from './site';

const PHONE = { width: 412, height: 823 };
test.use({ viewport: PHONE });

/** Per tool: a part far below the first screen, an element inside it, and what a reader reads there first. */
const FAR_PART = {
  calculator: (page: Page) => ({ part: page.locator('#cc-results'), inner: 'table', first: page.locator('#cc-results caption').first() }),
  checklist: (page: Page) => ({ part: page.locator('.tc-stage').last(), inner: 'li', first: page.locator('.tc-stage').last().locator('h4') }),
};

/** Whether the browser has skipped laying out and painting the part's `inner` element. */
const skipped = (part: Locator, inner: string) => part.evaluate((el, selector) => !el.querySelector(selector)!.checkVisibility({ contentVisibilityAuto: true }), inner);

for (const { path, lang, tool } of ADR_0001_TOOL_PAGES) {
  test(`${lang}: on a phone the ${tool} at ${path} lays out its far parts only when the reader comes near them, and shows them then and in print`, async ({ page }) => {
    await page.goto(path);
    const { part, inner, first } = FAR_PART[tool](page);
    expect(await skipped(part, inner), 'skipped at load').toBe(true);

    await first.scrollIntoViewIfNeeded();
    await expect.poll(() => skipped(part, inner)).toBe(false);
    await expect(first).toBeInViewport();

    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await skipped(part, inner), 'skipped in print').toBe(false);
    expect(await part.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
  });
}
