/**
 * A team's ADR folders as teams keep them (tests/fixtures/team-folders), imported into the
 * teams site by scripts/build-test-sites.mjs (numbers kept: 0000, 0001, 0003, 0011, 0012,
 * 0014; the Docusaurus and Log4brains folders numbered after them): a missing status or date
 * reads "unknown" in each language and is never a made-up date; a status word outside
 * MADR's list shows as the status it maps to; a Docusaurus title from front matter; links
 * between ADR files, fragments included, lead to the records; a Log4brains supersede
 * link by file name links both records.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { brokenLinks } from './linkCheck';
import { DIST_TEAMS, htmlFiles, TEAMS_URL } from './site';

test.use({ baseURL: TEAMS_URL });

/** The status is the badge under the title; the decided date is a fact of the decision summary. */
const statusBadge = (page: Page) => page.locator('.page-meta .status');
const facts = (page: Page) => page.locator('.decision-summary .record-facts');

test('a MADR 4 record without status or date says both are unknown, in each language', async ({ page }) => {
  for (const [lang, decided, unknown] of [
    ['en', 'Decided', 'Unknown'],
    ['nb', 'Besluttet', 'Ukjent'],
  ] as const) {
    await page.goto(`/${lang}/0000-keep-decisions-next-to-the-code/`);
    await expect(page.locator('h1')).toHaveText('Keep decisions next to the code');
    await expect(statusBadge(page)).toHaveText(unknown);
    await expect(facts(page).locator('div', { has: page.locator(`dt:text-is("${decided}")`) }).locator('dd')).toHaveText(unknown);
    await expect(facts(page).locator('time')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('status words teams write show as the status they map to; a link with a fragment leads to that section of the record', async ({ page }) => {
  await page.goto('/en/0003-pause-the-search-index/');
  await expect(statusBadge(page)).toHaveText('Proposed');
  await page.locator('.prose').getByRole('link', { name: 'the first decision' }).click();
  await expect(page).toHaveURL(/\/en\/0000-keep-decisions-next-to-the-code\/#decision-outcome$/);
  await expect(page.locator('#decision-outcome')).toHaveText('Decision Outcome');
  await page.goto('/nb/0017-name-plugins-by-what-they-do/');
  await expect(statusBadge(page)).toHaveText('Vedtatt');
});

test('numbers as the team has them: from 0, with gaps; a link by number in the text leads to the record of that number', async ({ page }) => {
  await page.goto('/en/');
  for (const n of ['0000', '0001', '0003', '0011', '0012', '0014']) await expect(page.getByRole('link', { name: new RegExp(`ADR ${n} `) }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /ADR 0002 / })).toHaveCount(0);
  await page.goto('/en/0014-back-off-exponentially-between-payment-retries/');
  await page.locator('.prose').getByRole('link', { name: 'ADR 12' }).click();
  await expect(page).toHaveURL(/\/en\/0012-retry-failed-payments-three-times\/$/);
  // "Partly superseded" is still in force in part: accepted.
  await expect(statusBadge(page)).toHaveText('Accepted');
});

test('a Docusaurus record: its title from front matter, its status and date from the table, its link to ADR001 (now ADR 0015)', async ({ page }) => {
  await page.goto('/en/0016-avoid-shared-databases-between-plugins/');
  await expect(page.locator('h1')).toHaveText('Avoid shared databases between plugins');
  await expect(statusBadge(page)).toHaveText('Proposed');
  await expect(facts(page).locator('time').first()).toHaveText('21 March 2022');
  await expect(page.locator('.prose table')).toHaveCount(0);
  await page.locator('.prose').getByRole('link', { name: 'ADR 0015' }).click();
  await expect(page).toHaveURL(/\/en\/0015-record-the-decisions-of-the-platform-team\/$/);
  await expect(page.locator('h1')).toHaveText('Record the decisions of the platform team');
});

test('a Log4brains "superseded by" link to a date-named file links both records', async ({ page }) => {
  await page.goto('/en/0018-number-records-by-their-date/');
  await expect(statusBadge(page)).toHaveText('Superseded');
  const links = page.locator('.record-links');
  await expect(links.locator('dt')).toHaveText(['Superseded by']);
  await links.getByRole('link', { name: 'ADR 0019 Name records by a slug after the date' }).click();
  await expect(page).toHaveURL(/\/en\/0019-name-records-by-a-slug-after-the-date\/$/);
  await expect(page.locator('.record-links dt')).toHaveText(['Supersedes']);
  expect(await axeViolations(page)).toEqual([]);
});

test('links between records: none to a Markdown file, none broken (the project\'s link checker); after renumbering the link text names the new number', async ({ page }) => {
  const mdHrefs = htmlFiles(DIST_TEAMS).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/href="([^"]*\.md(?:#[^"]*)?)"/g)].map((m) => `${file}: ${m[1]}`));
  expect(mdHrefs).toEqual([]);
  // Links to the web that the authors wrote (a blog post in ADR 0020) are theirs, not checked offline; every other must resolve.
  const broken = brokenLinks(DIST_TEAMS, '/', 'http://adr.test');
  expect(broken.filter((p) => !/link leaves the site: https?:\/\/(?!adr\.test)/.test(p))).toEqual([]);
  await page.goto('/nb/0016-avoid-shared-databases-between-plugins/');
  await page.locator('.prose').getByRole('link', { name: 'ADR 0015' }).click();
  await expect(page).toHaveURL(/\/nb\/0015-record-the-decisions-of-the-platform-team\/$/);
  // A link to another file of the team's repository, with no repository address given, is text.
  await page.goto('/en/0011-use-a-message-broker-between-the-order-and/');
  await expect(page.locator('.prose')).toContainText('set up in the deployment files.');
  await expect(page.locator('.prose a', { hasText: 'the deployment files' })).toHaveCount(0);
});

test('images an ADR shows, GitHub\'s "?raw=true" form included, are published beside the record and shown with their alt text', async ({ page }) => {
  for (const lang of ['en', 'nb']) {
    await page.goto(`/${lang}/0021-split-internal-and-public-dns-zones/`);
    const images = page.locator('.prose img');
    await expect(images).toHaveCount(2);
    for (const [i, alt] of ['Two DNS zones, internal and public', 'The load balancer in front of the public zone'].entries()) {
      const img = images.nth(i);
      await expect(img).toHaveAttribute('alt', alt);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      expect(new URL((await img.getAttribute('src'))!, page.url()).origin).toBe(new URL(page.url()).origin);
    }
  }
  expect(await axeViolations(page)).toEqual([]);
});
