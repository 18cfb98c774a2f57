/** From a 320 px phone to a wide screen, nothing spills sideways; wide tables scroll in place. */
import { test, expect } from './fixtures';
import { builtPages } from './site';

for (const { path } of builtPages()) {
  test(`${path} does not scroll sideways at 320 or 1280 px`, async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('on a phone, the decision table scrolls inside its own box and is reachable by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/nb/0001-kubernetes/');
  const region = page.getByRole('region', { name: /Beslutningstabell/ });
  await expect(region).toBeVisible();
  const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls).toBe(true);
  await expect(region).toHaveAttribute('tabindex', '0');
});
