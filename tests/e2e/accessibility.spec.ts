/** axe finds nothing on any page, in light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { builtPages } from './site';

for (const { path } of builtPages()) {
  test(`${path} has no axe violations`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
