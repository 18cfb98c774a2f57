/**
 * On a phone the calculator's parts below the first screen (the second and third options'
 * fields, the results, chart, chances and tornado) are not laid out while the page loads,
 * which on a slow phone blocked the page just after its first paint (docs/performance.md,
 * "content-visibility"). They are there the moment the reader scrolls to them, and on paper.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { ADR_0001_TOOL_PAGES } from './site';

const PHONE = { width: 412, height: 823 };
test.use({ viewport: PHONE });

/** Whether the browser has skipped laying out and painting the part's `inner` element. */
const skipped = (part: Locator, inner: string) => part.evaluate((el, selector) => !el.querySelector(selector)!.checkVisibility({ contentVisibilityAuto: true }), inner);

for (const { path, lang } of ADR_0001_TOOL_PAGES.filter((p) => p.tool === 'calculator')) {
  test(`${lang}: on a phone ${path} lays out its results only when the reader comes near them, and shows them then and in print`, async ({ page }) => {
    await page.goto(path);
    const results = page.locator('#cc-results');
    const lastOption = page.locator('.cc-platform').last();
    expect(await skipped(results, 'table'), 'results skipped at load').toBe(true);
    expect(await skipped(lastOption, 'input'), 'the last option skipped at load').toBe(true);

    const caption = results.locator('caption').first();
    await caption.scrollIntoViewIfNeeded();
    await expect.poll(() => skipped(results, 'table')).toBe(false);
    await expect(caption).toBeInViewport();

    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await skipped(results, 'table'), 'results skipped in print').toBe(false);
    expect(await results.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
  });
}
