/**
 * Writing records: `new-record` and `import` into a temporary copy of the content, one
 * build of it, and the new pages in both languages: their status, date, links, the
 * template's headings in each language, and the "not yet translated" page of an import.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as site, expect } from './fixtures';

const root = resolve(import.meta.dirname, '../..');

/** Runs one of the command scripts the way npm does, in the project root. */
const command = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ['scripts/run-ts.mjs', `scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const test = site.extend<object, { writtenSite: string }>({
  writtenSite: [
    async ({}, use) => {
      const work = mkdtempSync(join(tmpdir(), 'adr-written-'));
      const records = join(work, 'records');
      mkdirSync(records);
      cpSync(join(root, 'content/records'), records, { recursive: true });
      command('new-record', '--dir', records, '--title-nb', 'Bruk én database for alle tjenester', '--title-en', 'Use one database for every service', '--tags', 'data', '--supersedes', '1', '--date', '2026-02-02');
      for (const layout of ['madr2', 'adr-tools']) command('import-records', join(root, 'tests/fixtures/import', layout), '--dir', records, '--renumber');
      // Built in a copy of the project, so its .astro/ cache never mixes with the real content's.
      const project = join(work, 'project');
      for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) cpSync(join(root, item), join(project, item), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
      // Astro keeps its content cache in node_modules/.astro: this build gets a cache of its own.
      writeFileSync(join(project, 'astro.test.config.mjs'), "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.cache/' };\n");
      execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'astro.test.config.mjs', '--outDir', join(work, 'dist')], {
        cwd: project,
        env: { ...process.env, RECORDS_DIR: records },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      // Its own server on a free port: the site under test is this build, not dist/.
      const server: ChildProcess = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), join(work, 'dist'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const url = await new Promise<string>((done) => {
        createInterface({ input: server.stdout! }).on('line', (line) => {
          const m = /at (http:\/\/\S+?)\/?$/.exec(line);
          if (m) done(m[1]!);
        });
      });
      await use(url);
      server.kill();
      rmSync(work, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ writtenSite }, use) => use(writtenSite),
});

test.describe.configure({ mode: 'serial' });

test('new-record: the new record builds, with the MADR headings in each language, and supersedes ADR 0001', async ({ page }) => {
  await page.goto('/nb/0002-bruk-en-database-for-alle-tjenester/');
  await expect(page.locator('h1')).toHaveText('Bruk én database for alle tjenester');
  await expect(page.locator('.record-meta').first()).toContainText('Foreslått');
  await expect(page.locator('.prose h2')).toContainText(['Kontekst og problemstilling', 'Beslutningsdrivere', 'Vurderte alternativer', 'Beslutning', 'Fordeler og ulemper ved alternativene']);
  // The template's guidance is for the author, not the reader.
  await expect(page.locator('.prose')).not.toContainText('Describe the context');

  await page.goto('/en/0002-bruk-en-database-for-alle-tjenester/');
  await expect(page.locator('h1')).toHaveText('Use one database for every service');
  await expect(page.locator('.prose h2')).toContainText(['Context and problem statement', 'Decision drivers', 'Considered options', 'Decision outcome', 'Pros and cons of the options']);
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  await page.getByRole('link', { name: /ADR 0001/ }).first().click();
  await expect(page.locator('.record-links')).toContainText('Superseded by');
  await expect(page.locator('.record-meta').first()).toContainText('Superseded');
});

test('import: a Norwegian MADR 2 record shows its status, date and people; in English it is marked not yet translated', async ({ page }) => {
  const path = '0003-velg-postgresql-framfor-mysql-en-database-aerlig/';
  await page.goto(`/nb/${path}`);
  await expect(page.locator('h1')).toHaveText('Velg PostgreSQL framfor MySQL: én database, «ærlig» og åpen?');
  const meta = page.locator('.record-meta').first();
  await expect(meta).toContainText('Vedtatt');
  await expect(meta.locator('time').first()).toHaveText('30. september 2021');
  await expect(meta).toContainText('Kari Nordmann, Per Ås');
  await expect(page.locator('.translation-notice')).toHaveCount(0);

  await page.goto(`/en/${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.translation-notice')).toContainText('Not yet translated. This record was written in Norwegian');
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'nb');
  // The record's metadata is the page's own language.
  await expect(page.locator('.record-meta').first()).toHaveAttribute('lang', 'en');
  await expect(page.locator('.record-meta').first().locator('time').first()).toHaveText('30 September 2021');
  await expect(page.locator('.prose h2').first()).toHaveText(/Kontekst og problemstilling/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('import: adr-tools "Superseded by" links both records, both ways', async ({ page }) => {
  await page.goto('/en/0008-use-an-event-log-between-services/');
  await expect(page.locator('.record-meta').first()).toContainText('Accepted');
  await expect(page.locator('.record-meta').first().locator('time').first()).toHaveText('7 October 2020');
  await page.locator('.record-links').getByRole('link', { name: 'ADR 0007 Use a message queue between services' }).click();
  await expect(page).toHaveURL(/\/en\/0007-use-a-message-queue-between-services\/$/);
  await expect(page.locator('.record-meta').first()).toContainText('Superseded');
  const links = page.locator('.record-links');
  await expect(links.locator('dt')).toHaveText(['Superseded by']);
  await expect(links.locator('dd a')).toHaveText(['ADR 0008 Use an event log between services']);
});
