/** The site built for a sub-path works when a host serves it there. */
import { test, expect } from './fixtures';

const SUBPATH_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322) + 1}/adr/`;
test.use({ baseURL: SUBPATH_URL });

test('under /adr/ the pages, their styles and the language switch work', async ({ page }) => {
  await page.goto('nb/0001-kubernetes/kostnader/');
  await expect(page.locator('h1')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await page.locator('.lang-switch a:visible').click();
  await expect(page).toHaveURL(/\/adr\/en\/0001-kubernetes\/costs\/$/);
  await page.getByRole('link', { name: /Roadmap/ }).first().click();
  await expect(page).toHaveURL(/\/adr\/en\/0001-kubernetes\/roadmap\/$/);
});

test('under /adr/ search finds pages of the reader’s language', async ({ page }) => {
  await page.goto('en/search/?q=Sentinel');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /^\/adr\/en\//);
});

test('under /adr/ link previews point at images that exist', async ({ page, request }) => {
  await page.goto('en/0001-kubernetes/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/adr\/og\/en\/0001-kubernetes\/index\.png$/);
  const response = await request.get(new URL(new URL(image!).pathname, SUBPATH_URL).href);
  expect(response.status()).toBe(200);
});
