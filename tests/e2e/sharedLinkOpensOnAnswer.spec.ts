/**
 * A shared link (the page's address with a tool's figures in its query string) opened on
 * a phone (375×812), in both languages, starts at the tool's answer with the link's
 * figures, not at the page's intro; the calculator's answer and the checklist's verdict
 * alike. The page moves only on a first visit from such a link: a reload keeps the
 * reader's place, a link to a #section goes to that section, an address whose query the
 * tool does not read stays at the top. A link to a page the tool has moved from (issue 28)
 * opens the tool's page with its figures. Design: docs/calculator-on-a-phone.md.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ADR_0001_MOVED_TOOL_PAGES, ADR_0001_TOOL_PAGES } from './site';

const PHONE = { width: 375, height: 812 };
const calculator = { query: 'months=36&rate=80', answer: '.cc-answer > .cc-verdict', says: { en: /^Over 36 months /, nb: /^Over 36 måneder / } };
const checklist = { query: 'nodes=6&teamSize=4', answer: '.tc-verdict-line', says: { en: /./, nb: /./ } };
const CASES = ADR_0001_TOOL_PAGES.map((p) => ({ ...p, ...(p.tool === 'calculator' ? calculator : checklist) }));

/** Whether `selector` is whole on screen (to half a pixel) and nothing covers it. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    if (getComputedStyle(e).visibility !== 'visible' || r.height === 0 || r.top < -0.5 || r.bottom > innerHeight + 0.5) return false;
    return [
      [r.left + 2, r.top + 2],
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.bottom - 2],
    ].every(([x, y]) => e.contains(document.elementFromPoint(x!, y!)));
  });

/** Opens `url` and waits until its tool shows the link's figures. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

for (const { path, lang, query, answer, says } of CASES) {
  test(`${path} from a shared link opens on a phone with the tool's answer in view, not the intro`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    // A fresh reader, who has not scrolled: the answer with the link's figures, in view, on
    // a page moved down to it.
    await open(page, `${path}?${query}`);
    await expect(page.locator(answer)).toHaveText(says[lang]);
    await expect.poll(() => inView(page, answer)).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });
}

test('the page moves to the answer only on a first visit from a shared link', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const path = '/en/0001-kubernetes/calculator/';
  // A query the tool does not read: the page opens at its top.
  await page.goto(`${path}?utm_source=chat`);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // A link to a section: the section, not the tool.
  await page.goto(`${path}?rate=80#about-the-figures`);
  await expect.poll(() => inView(page, '#about-the-figures')).toBe(true);
  // The reader goes back to the top and reloads: the page stays where the reader was.
  await open(page, `${path}?rate=80`);
  await expect.poll(() => inView(page, calculator.answer)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await expect.poll(() => inView(page, 'h1')).toBe(true);
});

for (const { path, lang, tool, toolPage } of ADR_0001_MOVED_TOOL_PAGES) {
  const { query, answer, says } = tool === 'calculator' ? calculator : checklist;
  test(`a shared link to ${path}, whose tool has moved, opens ${toolPage} with its figures; other addresses stay`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, `${path}?${query}`);
    await expect(page).toHaveURL(new RegExp(`${toolPage}\\?${query}$`));
    await expect(page.locator(answer)).toHaveText(says[lang]);
    await expect.poll(() => inView(page, answer)).toBe(true);
    // Back leaves the tool for where the reader came from, not for a page that sends them on again.
    await page.goBack();
    await expect(page).toHaveURL(/about:blank|^$/);
    // A query the tool does not read, or none: the page itself, which names the tool's page.
    for (const address of [`${path}?utm_source=chat`, path]) {
      await page.goto(address);
      await expect(page).toHaveURL(new RegExp(`${address.replace('?', '\\?')}$`));
      await expect(page.locator(`main a[href="${toolPage}"]`).first()).toBeVisible();
    }
  });
}
