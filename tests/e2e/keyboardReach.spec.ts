/**
 * What a reader without a mouse can reach on ADR 0001: code that scrolls sideways at
 * 375 px, the record's sidebar with a focus ring that is never cut off, and the
 * calculator's results past its many fields.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { toolRuns } from './startTool';

const PAGES = {
  nb: { analysis: '/nb/0001-kubernetes/analyse/', print: '/nb/0001-kubernetes/print/', calculator: '/nb/0001-kubernetes/kalkulator/', code: 'Kode', skip: 'Hopp over anslagene: til resultatene', chat: 'Kopier til chat' },
  en: { analysis: '/en/0001-kubernetes/analysis/', print: '/en/0001-kubernetes/print/', calculator: '/en/0001-kubernetes/calculator/', code: 'Code', skip: 'Skip the estimates: to the results', chat: 'Copy for chat' },
} as const;

const PHONE = { width: 375, height: 812 };

/** Tab until `done` says the focused element is the one sought; how many presses it took, or -1. */
async function tabUntil(page: Page, done: () => Promise<boolean>, max = 120): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await done()) return n;
  }
  return -1;
}

for (const lang of ['nb', 'en'] as const) {
  const p = PAGES[lang];

  for (const [name, path] of [['analysis', p.analysis], ['print', p.print]] as const) {
    test(`${lang}: the ${name} page at 375 px has no axe violations, its wide code blocks included`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      // The page holds code wide enough to scroll at this width, so the rule has something to check.
      const scrolling = await page.locator('pre').evaluateAll((pres) => pres.filter((e) => e.scrollWidth > e.clientWidth).length);
      expect(scrolling).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`${lang}: Tab reaches a code block that scrolls at 375 px, named, and the arrow keys scroll it`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(p.analysis);
    const presses = await tabUntil(page, () => page.evaluate(() => document.activeElement?.tagName === 'PRE'));
    expect(presses, 'a code block is in the Tab order').toBeGreaterThan(0);
    const block = page.locator('pre:focus');
    await expect(block).toHaveAccessibleName(new RegExp(`^${p.code}`));
    expect(await block.evaluate((e) => e.scrollWidth > e.clientWidth), 'the first code block scrolls at 375 px').toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  });

  test(`${lang}: the calculator's skip link moves focus past the estimates to the results`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(p.calculator);
    await page.locator('.cost-calculator input#cc-rate').focus();
    // The focus starts the calculator; until it runs, the link is a plain #fragment link.
    await toolRuns(page);
    const skip = page.getByRole('link', { name: p.skip });
    await expect(skip).not.toBeInViewport();
    const toSkip = await tabUntil(page, () => skip.evaluate((e) => e === document.activeElement), 5);
    expect(toSkip, 'the skip link follows the assumptions').toBeGreaterThan(0);
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#cc-results')).toBeFocused();
    await expect(page.locator('.cc-results table')).toBeInViewport();
    // The address keeps the tool's state only; no #fragment is added.
    expect(new URL(page.url()).hash).toBe('');
    // From the results, "Copy for chat" is a few presses away, not thirty.
    const chat = page.getByRole('button', { name: p.chat });
    const toChat = await tabUntil(page, () => chat.evaluate((e) => e === document.activeElement), 40);
    expect(toChat).toBeGreaterThan(0);
    expect(toChat).toBeLessThan(8);
  });

  test(`${lang}: at 1280 px the focus ring of the record's sidebar and of its contents list is drawn whole, inside the box that scrolls`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(p.analysis);
    const links = page.locator('.record-nav-full a, .toc a');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      await links.nth(i).focus();
      // Keyboard focus (focus-visible) as Tab gives it.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const clipped = await page.evaluate(() => {
        const link = document.activeElement as HTMLElement;
        const style = getComputedStyle(link);
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const ring = link.getBoundingClientRect();
        let box: HTMLElement | null = link.parentElement;
        while (box && getComputedStyle(box).overflowY === 'visible' && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
        if (!box || style.outlineStyle === 'none') return 'no ring or no clipping box';
        const b = box.getBoundingClientRect();
        const inner = { left: b.left + box.clientLeft, right: b.left + box.clientLeft + box.clientWidth };
        return ring.left - reach < inner.left - 0.5 || ring.right + reach > inner.right + 0.5 ? `${link.textContent}: ring ${ring.left - reach}–${ring.right + reach}, box ${inner.left}–${inner.right}` : '';
      });
      expect(clipped).toBe('');
    }
  });
}
