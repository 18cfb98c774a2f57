/**
 * On a phone a tool's parts that start off the first screen (.rendered-when-near in
 * src/islands/shared/island.css: the calculator's later options and its results, chart,
 * chances and tornado; the checklist's roadmap and trigger groups) are not laid out while
 * the page loads, which on a slow phone blocked the page just after its first paint
 * (docs/performance.md, "content-visibility"). They are there the moment the reader scrolls
 * to them, and on paper.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { laidOut } from './seenText';
import { ADR_0001_TOOL_PAGES } from './site';

const PHONE = { width: 412, height: 823 };
test.use({ viewport: PHONE });

/** Per tool: what a reader reads first in a part far below the first screen. */
const FAR_PART = {
  calculator: (page: Page) => page.locator('#cc-results caption').first(),
  checklist: (page: Page) => page.locator('.tc-stage').last().locator('h4'),
};

for (const { path, lang, tool } of ADR_0001_TOOL_PAGES) {
  test(`${lang}: on a phone the ${tool} at ${path} lays out its far parts only when the reader comes near them, and shows them then and in print`, async ({ page }) => {
    await page.goto(path);
    const first = FAR_PART[tool](page);
    expect(await laidOut(first), 'skipped at load').toBe(false);

    await first.scrollIntoViewIfNeeded();
    await expect.poll(() => laidOut(first)).toBe(true);
    await expect(first).toBeInViewport();

    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await laidOut(first), 'skipped in print').toBe(true);
    const part = first.locator('xpath=ancestor::*[contains(@class, "rendered-when-near")][1]');
    expect(await part.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
  });
}
