/** From a 320 px phone to a wide screen, nothing spills sideways; wide tables scroll in place. */
import { test, expect } from './fixtures';

// That no page scrolls sideways at 320 or 1280 px is checked page by page in pages.spec.ts.

test('on a phone, the decision table scrolls inside its own box and is reachable by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/nb/0001-kubernetes/');
  const region = page.getByRole('region', { name: /Beslutningstabell/ });
  await expect(region).toBeVisible();
  const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls).toBe(true);
  await expect(region).toHaveAttribute('tabindex', '0');
});
