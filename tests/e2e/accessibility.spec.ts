/**
 * axe finds nothing on any page, in light and dark. The dark scheme changes colours only,
 * so after the whole page passes in light, the dark pass re-checks colour contrast.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { builtPages } from './site';

const problems = (violations: { id: string; nodes: { target: unknown[] }[] }[], scheme: string) =>
  violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const { path } of builtPages()) {
  test(`${path} has no axe violations, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(problems((await new AxeBuilder({ page }).analyze()).violations, 'light')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 20, 24)');
    expect(problems((await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()).violations, 'dark')).toEqual([]);
  });
}
