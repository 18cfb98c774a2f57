/** From a 320 px phone to a wide screen, nothing spills sideways; the decision table fits a phone. */
import { test, expect } from './fixtures';

// That no page scrolls sideways at 320 or 1280 px, and that a wider table shows it scrolls,
// is checked page by page in pages.spec.ts.

test('on a 320 px phone, the decision table shows every option with its recommendation, labelled, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/nb/0001-kubernetes/');
  const region = page.getByRole('region', { name: /Beslutningstabell/ });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const rows = region.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  for (const row of await rows.all()) {
    const last = row.locator('td').last();
    await expect(last).toBeVisible();
    const box = (await last.boundingBox())!;
    expect(box.x + box.width, await last.innerText()).toBeLessThanOrEqual(320);
    // Each value carries its column's name, as the card shows it.
    await expect(last).toHaveAttribute('data-label', /\S/);
  }
});
