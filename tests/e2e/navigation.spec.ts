/** Finding one's way: language switch, heading anchors, page list, previous/next. */
import { test, expect } from './fixtures';
import { recordPages } from './site';

const nbPages = recordPages().filter((p) => p.lang === 'nb');

// That the language switch goes to the same page in the other language and back is
// checked page by page in pages.spec.ts.

test('the language switch keeps the section the reader is at, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nb/0001-kubernetes/kostnader/');
  const headings = page.locator('.prose h2[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThan(1);
  // The second heading of the nb page is the second heading of the en page.
  const id = await headings.nth(1).getAttribute('id');
  await page.locator(`.heading-row:has(> [id="${id}"]) .heading-anchor`).click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id!)}$`));
  await page.locator('.lang-switch a:visible').click();
  await expect(page).toHaveURL(/\/en\/0001-kubernetes\/costs\/#kubernetes-if-you-migrate$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[id="kubernetes-if-you-migrate"]')).toBeInViewport();
  await context.close();
});

for (const { path } of nbPages.slice(0, 4)) {
  test(`${path}: every h2 and h3 has a keyboard-reachable anchor link to itself`, async ({ page }) => {
    await page.goto(path);
    const headings = page.locator('.prose :is(h2, h3)');
    const n = await headings.count();
    for (let i = 0; i < n; i++) {
      const heading = headings.nth(i);
      const id = await heading.getAttribute('id');
      expect(id, `${path} heading ${i} has an id`).toBeTruthy();
      const anchor = page.locator(`.heading-row:has(> [id="${id}"]) a.heading-anchor`);
      await expect(anchor).toHaveAttribute('href', `#${id}`);
      await anchor.focus();
      await expect(anchor).toBeFocused();
      await expect(anchor).toBeVisible();
    }
  });
}

test('heading ids are readable words in each language', async ({ page }) => {
  await page.goto('/nb/0001-kubernetes/migreringstriggere/');
  await expect(page.locator('h2#konkrete-metrics')).toBeVisible();
  await page.goto('/en/0001-kubernetes/migration-triggers/');
  await expect(page.locator('h2#concrete-metrics')).toBeVisible();
});

test('the page list marks the current page; previous/next walk the record in order', async ({ page }) => {
  await page.goto(nbPages[0]!.path);
  const nav = page.getByRole('navigation', { name: 'Sider i beslutningen' });
  const links = nav.locator('ol a:visible');
  const count = await links.count();
  expect(count).toBe(nbPages.length);
  for (let i = 0; i < count; i++) {
    await expect(nav.locator('[aria-current="page"]:visible')).toHaveText(await links.nth(i).textContent() ?? '');
    if (i < count - 1) await page.locator('a[rel="next"]').click();
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await page.locator('a[rel="prev"]').click();
  await expect(nav.locator('[aria-current="page"]:visible')).toHaveText(await links.nth(count - 2).textContent() ?? '');
});

test('long pages have a table of contents whose links reach their headings', async ({ page }) => {
  await page.goto('/en/0001-kubernetes/summary/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const entries = toc.getByRole('link');
  expect(await entries.count()).toBeGreaterThanOrEqual(3);
  const last = entries.last();
  const target = (await last.getAttribute('href'))!;
  await last.click();
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
});
