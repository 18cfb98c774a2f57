/**
 * "Copy link to this section" beside every heading, and the light/dark toggle that
 * remembers the reader's choice without a flash of the other theme. Both come from the
 * one small script in <head>; without JavaScript neither control is offered.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';

const LANGS = {
  nb: {
    path: '/nb/0001-kubernetes/migreringstriggere/',
    other: '/nb/0001-kubernetes/kostnader/',
    heading: 'Konkrete metrics',
    copyButton: 'Kopier lenke til seksjonen «Konkrete metrics»',
    copied: 'Lenken til seksjonen er kopiert.',
    failed: 'Kunne ikke kopiere. Adresselinjen viser nå lenken til seksjonen.',
    toggle: 'Mørkt tema',
  },
  en: {
    path: '/en/0001-kubernetes/migration-triggers/',
    other: '/en/0001-kubernetes/costs/',
    heading: 'Concrete metrics',
    copyButton: 'Copy link to the section “Concrete metrics”',
    copied: 'Link to the section copied.',
    failed: 'Could not copy. The address bar now shows the link to the section.',
    toggle: 'Dark theme',
  },
} as const;

const DARK_BG = 'rgb(16, 20, 24)';
const LIGHT_BG = 'rgb(251, 251, 249)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Records the theme in force when <body> starts: what the first paint shows. */
async function watchFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      (window as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme ?? 'system';
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
const themeAtFirstPaint = (page: Page) => page.evaluate(() => (window as { themeAtBody?: string }).themeAtBody);

for (const [lang, l] of Object.entries(LANGS)) {
  test.describe(lang, () => {
    test('the copy button beside a heading puts the section’s address on the clipboard and says so', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(l.path);
      const heading = page.getByRole('heading', { name: l.heading, exact: true });
      const id = await heading.getAttribute('id');
      // By keyboard: from the section's # link, Tab reaches the copy button.
      await page.locator(`.heading-row:has(> [id="${id}"]) .heading-anchor`).focus();
      await page.keyboard.press('Tab');
      const button = page.getByRole('button', { name: l.copyButton });
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: l.copied })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${baseURL}${l.path}#${encodeURIComponent(id!)}`);
      // The link lands on the section.
      const other = await context.newPage();
      await other.goto(copied);
      await expect(other.getByRole('heading', { name: l.heading, exact: true })).toBeInViewport();
      await other.close();
      // The message goes away again.
      await expect(page.getByRole('status').filter({ hasText: l.copied })).toHaveCount(0, { timeout: 8000 });
    });

    test('when the clipboard is refused, the address bar gets the section’s link and the reader is told', async ({ page }) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      await page.goto(l.path);
      const id = await page.getByRole('heading', { name: l.heading, exact: true }).getAttribute('id');
      await page.getByRole('button', { name: l.copyButton }).click();
      await expect(page.getByRole('status').filter({ hasText: l.failed })).toBeVisible();
      await expect(page).toHaveURL(`${l.path}#${encodeURIComponent(id!)}`);
    });

    test('headings are named by their words alone; the link and copy button sit beside them', async ({ page }) => {
      await page.goto(l.path);
      const names = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.textContent?.trim()));
      expect(names).toContain(l.heading);
      expect(names.join(' ')).not.toMatch(/#|Kopier|Copy/);
    });

    test('the theme toggle switches, is remembered across pages without a flash, and hands back to the system', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await watchFirstPaint(page);
      await page.goto(l.path);
      const toggle = page.getByRole('button', { name: l.toggle });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await background(page)).toBe(LIGHT_BG);

      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(await background(page)).toBe(DARK_BG);
      expect(await axeViolations(page)).toEqual([]);

      // Another page, then a reload: dark from the first paint on.
      await page.goto(l.other);
      expect(await themeAtFirstPaint(page)).toBe('dark');
      expect(await background(page)).toBe(DARK_BG);
      await expect(page.getByRole('button', { name: l.toggle })).toHaveAttribute('aria-pressed', 'true');
      await page.reload();
      expect(await themeAtFirstPaint(page)).toBe('dark');

      // Back to light, which is what the system shows: the choice is dropped, and
      // the page follows the system again when it turns dark.
      await page.getByRole('button', { name: l.toggle }).click();
      expect(await background(page)).toBe(LIGHT_BG);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(page)).toBe(DARK_BG);
      await expect(page.getByRole('button', { name: l.toggle })).toHaveAttribute('aria-pressed', 'true');
    });
  });
}

test('a light choice holds against a dark system, and junk in storage is ignored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await watchFirstPaint(page);
  await page.goto(LANGS.en.path);
  expect(await themeAtFirstPaint(page)).toBe('system');
  expect(await background(page)).toBe(DARK_BG);
  await page.getByRole('button', { name: LANGS.en.toggle }).click();
  expect(await background(page)).toBe(LIGHT_BG);
  await page.goto(LANGS.nb.path);
  expect(await themeAtFirstPaint(page)).toBe('light');
  await page.evaluate(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
  await page.reload();
  expect(await themeAtFirstPaint(page)).toBe('system');
  expect(await background(page)).toBe(DARK_BG);
});

test('printing uses the light palette whatever theme the reader chose', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LANGS.en.path);
  await page.getByRole('button', { name: LANGS.en.toggle }).click();
  expect(await background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test('without JavaScript there is no toggle, copy button or header search, and the # links remain', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const l of Object.values(LANGS)) {
    await page.goto(l.path);
    await expect(page.getByRole('heading', { name: l.heading, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: l.toggle })).toBeHidden();
    await expect(page.getByRole('button', { name: l.copyButton })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator('.heading-anchor').first()).toBeVisible();
  }
  await context.close();
});
