/**
 * Records of other shapes than ADR 0001, built into their own site: the fixture records
 * under tests/fixtures/records/ beside the real ones (RECORDS_DIR), into dist-fixtures/.
 * One build for the whole file (serial, one worker), then their pages in both languages.
 */
import { spawn, execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const OUT = join(root, 'dist-fixtures');

/** A port nobody listens on now: the fixture site gets its own origin. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const test = base.extend<object, { fixtureSite: string }>({
  fixtureSite: [
    async ({}, use) => {
      const records = mkdtempSync(join(tmpdir(), 'adr-records-'));
      for (const dir of [join(root, 'content/records'), join(root, 'tests/fixtures/records')]) {
        for (const id of readdirSync(dir)) cpSync(join(dir, id), join(records, id), { recursive: true });
      }
      await promisify(execFile)(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', OUT], {
        cwd: root,
        env: { ...process.env, RECORDS_DIR: records, BUILD_DATE: '2026-01-10' },
        maxBuffer: 64 * 1024 * 1024,
      });
      rmSync(records, { recursive: true, force: true });
      const port = await freePort();
      const server = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), OUT, String(port)], { stdio: 'ignore' });
      const url = `http://127.0.0.1:${port}`;
      await expect.poll(() => fetch(`${url}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
      await use(url);
      server.kill();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ fixtureSite }, use) => use(fixtureSite),
});

test.describe.configure({ mode: 'serial' });

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const headers = (page: Page) => page.locator('.decision-table thead th');

test('a one-page record with two options and no tools: its table in both languages, no island', async ({ page }) => {
  await page.goto('/en/0101-api-style/');
  await expect(page.locator('h1')).toHaveText('API style for partner integrations');
  await expect(headers(page)).toHaveText(['Criterion', 'REST', 'GraphQL', 'Recommendation']);
  await expect(page.locator('.decision-table caption')).toHaveText('Decision table: REST versus GraphQL');
  await expect(page.locator('.record-meta')).toContainText('Kari Nordmann, Ola Hansen');
  await expect(page.locator('.record-nav-full li')).toHaveCount(1);
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
  await expect(page.locator('.cc-payback')).toHaveText(/PostgreSQL never pays for itself compared with SQLite/);
  await expect(results.locator('tr', { hasText: 'Infrastructure vs SQLite' })).toContainText('10–20×');
  await expect(page.locator('.cc-summary')).toHaveText('Total cost over 24 months: SQLite €2,200–4,280, PostgreSQL €4,080–10,080.');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.getByRole('group', { name: /Managed PostgreSQL/ }).getByLabel('high').fill('45');
  await expect(results.locator('tr', { hasText: 'Infrastructure (€/month)' })).toContainText('50–55');
  await expect(page).toHaveURL(/[?&]postgres\.infra\.instance\.high=45(&|$)/);
  await noAxeViolations(page);

  await page.goto('/nb/0104-database/');
  await expect(page.locator('.cc-results table thead th')).toHaveText(['Tall', 'SQLite', 'PostgreSQL']);
  await expect(page.locator('.cc-payback')).toHaveText(/PostgreSQL seg aldri inn sammenlignet med SQLite/);
  await noAxeViolations(page);
});

test('the index lists every record, with its status, in both languages', async ({ page }) => {
  for (const lang of ['en', 'nb']) {
    await page.goto(`/${lang}/`);
    const items = page.locator('.record-list > li');
    await expect(items).toHaveCount(5);
    await expect(items.nth(2)).toContainText('ADR 0102');
  }
});
