/**
 * Emoji that carry meaning (✅ ❌ ⚠️, and a rating's ⭐) are drawn as icons with their word: no built page
 * shows them as text (which prints as boxes without an emoji font), outside code, where
 * the author's characters stay. Checked in the browser, in both languages, print view too.
 */
import { test, expect } from './fixtures';
import { builtPages } from './site';

/** Text outside code that still holds a meaning-carrying emoji. */
const emojiLeft = () =>
  [...document.querySelectorAll('body *:not(script):not(style)')].flatMap((el) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE && /[\u2705\u274C\u26A0\u2B50]/u.test(n.textContent ?? ''))
      .filter(() => !el.closest('pre, code, kbd, samp'))
      .map((n) => `${el.tagName.toLowerCase()}: ${n.textContent!.trim()}`),
  );

const recordPages = builtPages().filter((p) => /^\/(nb|en)\/\d{4}-[^/]+\//.test(p.path));

for (const { path } of recordPages) {
  test(`${path} shows no meaning-carrying emoji as text`, async ({ page }) => {
    await page.goto(path);
    expect(await page.evaluate(emojiLeft)).toEqual([]);
  });
}

const WORDS = {
  nb: { page: '/nb/0001-kubernetes/analyse/', item: 'Kode-kvalitet', word: 'Nei', overview: '/nb/0001-kubernetes/' },
  en: { page: '/en/0001-kubernetes/analysis/', item: 'Code quality', word: 'No', overview: '/en/0001-kubernetes/' },
} as const;

for (const [lang, t] of Object.entries(WORDS)) {
  test(`${lang}: a ❌ in a record's list is a drawn icon with its word`, async ({ page }) => {
    await page.goto(t.page);
    const item = page.getByRole('listitem').filter({ hasText: t.item });
    const mark = item.locator('.mark-no');
    await expect(mark.locator('svg.mark-icon path')).not.toHaveCount(0);
    await expect(mark.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    // Drawn, not a glyph: the icon has a size and the text's red.
    const box = await mark.locator('svg').boundingBox();
    expect(box!.width).toBeGreaterThan(8);
    // The word is there for screen readers, and opens the item's text.
    await expect(mark.locator('.visually-hidden')).toHaveText(t.word);
    expect((await item.textContent())!.trim().startsWith(`${t.word} ${t.item}`)).toBe(true);
  });

  test(`${lang}: a mark whose word the text already says adds none`, async ({ page }) => {
    await page.goto(t.overview);
    const marks = page.locator('main .mark');
    await expect(marks).not.toHaveCount(0);
    // "❌ NO – …", "⚠️ MAYBE – …": the icons alone.
    await expect(page.locator('main p:has(> .mark) .mark .visually-hidden')).toHaveCount(0);
  });
}

for (const [lang, path] of [['nb', '/nb/0001-kubernetes/alternativer/'], ['en', '/en/0001-kubernetes/alternatives/']] as const) {
  test(`${lang}: a rating's stars are drawn, and its words say the count`, async ({ page }) => {
    await page.goto(path);
    const cell = page.locator('td:has(.stars)').first();
    const stars = cell.locator('.stars svg.star');
    const count = await stars.count();
    expect(count).toBeGreaterThan(0);
    await expect(cell.locator('.stars')).toHaveAttribute('aria-hidden', 'true');
    await expect(cell.locator('.visually-hidden')).toContainText(String(count));
    expect((await stars.first().boundingBox())!.width).toBeGreaterThan(8);
  });
}
