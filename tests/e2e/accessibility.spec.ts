/**
 * axe finds nothing on any page, in light and dark. The dark scheme changes colours only,
 * so after the whole page passes in light, the dark pass re-checks colour contrast.
 */
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { builtPages } from './site';

for (const { path } of builtPages()) {
  test(`${path} has no axe violations, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 20, 24)');
    expect(await axeViolations(page, { rules: ['color-contrast'] }), 'dark').toEqual([]);
  });
}

// The scan above passes only if it can fail: shown a field without a name and an image
// without a text alternative, it names both.
test('the axe scan names what it finds', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" id="no-alt"><input id="no-name">'));
  const found = await axeViolations(page);
  expect(found).toContainEqual(expect.stringMatching(/^image-alt: #no-alt$/));
  expect(found).toContainEqual(expect.stringMatching(/^label: #no-name$/));
});
