/**
 * The calculator on a phone (375×812), in both languages: whichever field has focus, its
 * answer (the verdict, or which field to fix) is on screen and nothing covers it, and the
 * focused field is not covered either. At 1280 px the answer sits beside the fields as
 * before, with no bar of its own. Design: docs/calculator-on-a-phone.md.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startTool } from './startTool';
import { axeViolations } from './axe';

const PAGES = { nb: '/nb/0001-kubernetes/kalkulator/', en: '/en/0001-kubernetes/calculator/' } as const;
const PHONE = { width: 375, height: 812 };
/** The calculator's fields, and until it starts the options' figures shown as text in their place. */
const FIELDS_OR_FIGURES = '.cost-calculator :is(input, .field-figure)';

/**
 * What the reader sees: whether the focused field is whole on screen and uncovered, and the
 * answer text shown whole on screen and uncovered (the full answer's, else the bar's), or null.
 */
const seen = (page: Page) =>
  page.evaluate(() => {
    const shownWhole = (e: Element | null) => {
      if (!e || getComputedStyle(e).visibility !== 'visible') return false;
      const r = e.getBoundingClientRect();
      // Half a pixel of slack: a field scrolled flush with an edge may sit a fraction past it.
      if (r.height === 0 || r.top < -0.5 || r.bottom > innerHeight + 0.5) return false;
      // Uncovered: what lies at its corners and centre is the element or inside it.
      const points = [
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ];
      return points.every(([x, y]) => e.contains(document.elementFromPoint(x!, y!)));
    };
    const full = document.querySelector('.cc-answer > :is(.cc-verdict, .cc-fix)');
    const answer = [full, ...document.querySelectorAll('.cost-calculator [aria-hidden="true"] p')].find(shownWhole);
    return {
      field: shownWhole(document.activeElement),
      answer: answer ? answer.textContent!.replace(/\s+/g, ' ') : null,
      truth: full!.textContent!.replace(/\s+/g, ' '),
    };
  });

for (const lang of ['nb', 'en'] as const) {
  test(`${lang}: on a phone the calculator's answer is on screen, uncovered, while each of its fields has focus`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(PAGES[lang]);
    const fields = page.locator('.cost-calculator input');
    // Into the tool by keyboard, from the element before its first field, then field after field.
    await fields.first().scrollIntoViewIfNeeded();
    await startTool(page);
    const count = await fields.count();
    expect(count).toBeGreaterThan(20);
    await page.evaluate(() => window.scrollTo(0, 0));
    await fields.first().focus();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      if (i > 0) {
        // Tab moves on; the skip link between the period and the estimates is passed by.
        while (!(await field.evaluate((e) => e === document.activeElement))) await page.keyboard.press('Tab');
      }
      const id = await field.getAttribute('id');
      await expect.poll(async () => { const s = await seen(page); return { field: s.field, answer: s.answer === s.truth }; }, { message: `${lang}: ${id} focused` }).toEqual({ field: true, answer: true });
    }
    // Backwards too: Shift+Tab brings each field in from above, where the bar is.
    for (let i = count - 2; i >= 0; i--) {
      await page.keyboard.press('Shift+Tab');
      if (!(await fields.nth(i).evaluate((e) => e === document.activeElement))) await page.keyboard.press('Shift+Tab');
      const id = await fields.nth(i).getAttribute('id');
      await expect.poll(async () => { const s = await seen(page); return { field: s.field, answer: s.answer === s.truth }; }, { message: `${lang}: ${id} focused (Shift+Tab)` }).toEqual({ field: true, answer: true });
    }
  });

  test(`${lang}: on a phone, a field far from the answer that is typed wrong is named on screen while it has focus`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(PAGES[lang]);
    const last = page.locator(FIELDS_OR_FIGURES).last();
    await last.scrollIntoViewIfNeeded();
    await startTool(page);
    await last.fill('12x');
    await expect(page.locator('.cc-fix')).toBeAttached();
    await expect.poll(async () => { const s = await seen(page); return { field: s.field, answer: s.answer === s.truth, names: /«|“/.test(s.answer ?? '') }; }).toEqual({ field: true, answer: true, names: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${lang}: on a phone in ${scheme} mode, the answer kept in view while editing has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(PHONE);
      await page.goto(PAGES[lang]);
      const field = page.locator(FIELDS_OR_FIGURES).nth(20);
      await field.scrollIntoViewIfNeeded();
      await startTool(page);
      await field.focus();
      await expect.poll(async () => (await seen(page)).answer !== null).toBe(true);
      expect(await axeViolations(page, { include: '.cost-calculator' })).toEqual([]);
    });
  }

  test(`${lang}: at 1280 px the answer stays beside the first fields, with no bar of its own`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGES[lang]);
    const answer = page.locator('.cc-answer');
    const rate = page.locator('#cc-rate');
    await rate.scrollIntoViewIfNeeded();
    const [a, r] = [(await answer.boundingBox())!, (await rate.boundingBox())!];
    expect(a.x).toBeGreaterThan(r.x + r.width);
    expect(Math.abs(a.y - r.y)).toBeLessThan(120);
    await startTool(page);
    await page.locator('.cost-calculator input').last().focus();
    await expect(page.locator('.cost-calculator [aria-hidden="true"] p')).toBeHidden();
  });
}
