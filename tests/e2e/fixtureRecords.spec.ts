/**
 * Records of other shapes than ADR 0001, built into their own site: the fixture records
 * under tests/fixtures/record-shapes/ beside the real ones (RECORDS_DIR), into dist-shapes/
 * by scripts/build-test-sites.mjs before the tests run; their pages in both languages.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { startTool } from './startTool';
import { SHAPES_URL } from './site';

test.use({ baseURL: SHAPES_URL });

async function noAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const headers = (page: Page) => page.locator('.decision-table thead th');

test('a one-page record with two options and no tools: its table in both languages, no island', async ({ page }) => {
  await page.goto('/en/0101-api-style/');
  await expect(page.locator('h1')).toHaveText('API style for partner integrations');
  // Its page's heading is the record's title: said once, not again under the status.
  await expect(page.locator('.page-meta')).toHaveText('Accepted');
  await expect(headers(page)).toHaveText(['Criterion', 'REST', 'GraphQL', 'Recommendation']);
  await expect(page.locator('.decision-table caption')).toHaveText('Decision table: REST versus GraphQL');
  await expect(page.locator('.record-meta')).toContainText('Kari Nordmann, Ola Hansen');
  await expect(page.locator('.record-nav-full ol li')).toHaveCount(1);
  await expect(page.locator('astro-island')).toHaveCount(0);
  await noAxeViolations(page);

  await page.locator('a[hreflang="nb"]').first().click();
  await expect(page).toHaveURL(/\/nb\/0101-api-style\/$/);
  await expect(headers(page)).toHaveText(['Kriterium', 'REST', 'GraphQL', 'Anbefaling']);
  await expect(page.locator('.decision-table caption')).toHaveText('Beslutningstabell: REST mot GraphQL');
  await noAxeViolations(page);
});

test('a superseded record and its successor link to each other in both languages', async ({ page }) => {
  for (const [lang, by, supersedes, status] of [
    ['en', 'Superseded by', 'Supersedes', 'Superseded'],
    ['nb', 'Erstattet av', 'Erstatter', 'Erstattet'],
  ] as const) {
    await page.goto(`/${lang}/0102-queue-v1/`);
    await expect(page.locator('.page-meta .status')).toHaveText(status);
    const successor = page.locator('.record-links div', { hasText: by }).getByRole('link');
    await expect(successor).toHaveText(/^ADR 0103 /);
    await noAxeViolations(page);
    await successor.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/0103-queue-v2/$`));
    const old = page.locator('.record-links div', { hasText: new RegExp(`^${supersedes}`) }).getByRole('link');
    await expect(old).toHaveText(/^ADR 0102 /);
    await expect(old).toHaveAttribute('href', `/${lang}/0102-queue-v1/`);
  }
});

test('a record with cost data for two databases gets a working calculator in both languages', async ({ page }) => {
  await page.goto('/en/0104-database/');
  const results = page.locator('.cc-results table');
  await expect(results.locator('thead th')).toHaveText(['Figure', 'SQLite', 'PostgreSQL']);
  await expect(page.locator('.cc-verdict')).toHaveText(
    /^Over 24 months SQLite is the cheapest \(€2,200–4,280\); PostgreSQL would cost €1,880–5,800 more than SQLite and never breaks even with SQLite within 10 years\.$/,
  );
  await expect(results.locator('tr', { hasText: 'Infrastructure vs SQLite' })).toContainText('10–20×');
  await expect(page.locator('.cc-summary')).toHaveText('Total cost over 24 months: SQLite €2,200–4,280, PostgreSQL €4,080–10,080.');
  // Its data gives no downtime: no field asks what an hour of it costs, no row counts it.
  await expect(page.getByLabel('Cost of one hour of downtime')).toHaveCount(0);
  await expect(results.locator('tr', { hasText: 'downtime' })).toHaveCount(0);
  // Its ranges alone give a chance of payback.
  await expect(page.locator('.cc-chance')).toHaveText(/(chances that|simulated case(s)? has?) PostgreSQL (has )?paid off against SQLite by month 24\.$/);
  // And a tornado that names the figure deciding between the two.
  await expect(page.locator('.cc-decides')).toHaveText(/^PostgreSQL: .+ decides the most: /);
  await startTool(page);
  await page.getByRole('group', { name: /Managed PostgreSQL/ }).getByLabel('high').fill('45');
  await expect(results.locator('tr', { hasText: 'Infrastructure (€/month)' })).toContainText('50–55');
  await expect(page).toHaveURL(/[?&]postgres\.infra\.instance\.high=45(&|$)/);
  await noAxeViolations(page);

  await page.goto('/nb/0104-database/');
  await expect(page.locator('.cc-results table thead th')).toHaveText(['Tall', 'SQLite', 'PostgreSQL']);
  await expect(page.getByLabel('Kostnaden ved én time nedetid')).toHaveCount(0);
  await expect(page.locator('.cc-verdict')).toHaveText(/PostgreSQL koster .* mer enn SQLite og tjener seg aldri inn mot SQLite innen 10 år\.$/);
  await noAxeViolations(page);
});

test('the index lists every record, with its status, in both languages', async ({ page }) => {
  for (const [lang, superseded] of [['en', 'Superseded'], ['nb', 'Erstattet']]) {
    await page.goto(`/${lang}/`);
    const items = page.locator('.log-entry');
    await expect(items).toHaveCount(5);
    await expect(page.locator('[id="0102-queue-v1"]')).toContainText('ADR 0102');
    await expect(page.locator('[id="0102-queue-v1"]')).toContainText(superseded!);
  }
});
