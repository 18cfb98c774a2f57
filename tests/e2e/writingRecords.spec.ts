/**
 * Writing records: `new-record` and `import` into a copy of the content, built once by
 * scripts/build-test-sites.mjs (authoring), and the new pages in both languages: their status, date, links, the
 * template's headings in each language, and the "not yet translated" page of an import.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { AUTHORING_URL } from './site';

test.use({ baseURL: AUTHORING_URL });

/** The record's metadata line (system, people, tags), not the list of its links to other records. */
const metadata = (page: Page) => page.locator('.record-meta:not(.record-links)').first();
/** The status badge under the page's title. */
const status = (page: Page) => page.locator('.page-meta .status');
/** The decided date in the decision summary of a record's first page. */
const decided = (page: Page) => page.locator('.decision-summary .record-facts time').first();

test('new-record: the new record builds, with the MADR headings in each language, and supersedes ADR 0001', async ({ page }) => {
  await page.goto('/nb/0002-bruk-en-database-for-alle-tjenester/');
  await expect(page.locator('h1')).toHaveText('Bruk én database for alle tjenester');
  await expect(status(page)).toHaveText('Foreslått');
  await expect(page.locator('.prose h2')).toContainText(['Kontekst og problemstilling', 'Beslutningsdrivere', 'Vurderte alternativer', 'Beslutning', 'Fordeler og ulemper ved alternativene']);
  // The template's guidance is for the author, not the reader.
  await expect(page.locator('.prose')).not.toContainText('Describe the context');

  await page.goto('/en/0002-bruk-en-database-for-alle-tjenester/');
  await expect(page.locator('h1')).toHaveText('Use one database for every service');
  await expect(page.locator('.prose h2')).toContainText(['Context and problem statement', 'Decision drivers', 'Considered options', 'Decision outcome', 'Pros and cons of the options']);
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  await page.getByRole('link', { name: /ADR 0001/ }).first().click();
  await expect(page.locator('.record-links')).toContainText('Superseded by');
  await expect(status(page)).toHaveText('Superseded');
});

test('import: a Norwegian MADR 2 record shows its status, date and people; in English it is marked not yet translated', async ({ page }) => {
  const path = '0003-velg-postgresql-framfor-mysql-en-database-aerlig/';
  await page.goto(`/nb/${path}`);
  await expect(page.locator('h1')).toHaveText('Velg PostgreSQL framfor MySQL: én database, «ærlig» og åpen?');
  await expect(status(page)).toHaveText('Vedtatt');
  await expect(decided(page)).toHaveText('30. september 2021');
  await expect(metadata(page)).toContainText('Kari Nordmann, Per Ås');
  await expect(page.locator('.translation-notice')).toHaveCount(0);

  await page.goto(`/en/${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.translation-notice')).toContainText('Not yet translated. This record was written in Norwegian');
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'nb');
  // The record's metadata is the page's own language.
  await expect(metadata(page)).toHaveAttribute('lang', 'en');
  await expect(decided(page)).toHaveText('30 September 2021');
  await expect(page.locator('.prose h2').first()).toHaveText(/Kontekst og problemstilling/);
  expect(await axeViolations(page)).toEqual([]);
});

test('import: adr-tools "Superseded by" links both records, both ways', async ({ page }) => {
  await page.goto('/en/0008-use-an-event-log-between-services/');
  await expect(status(page)).toHaveText('Accepted');
  await expect(decided(page)).toHaveText('7 October 2020');
  await page.locator('.record-links').getByRole('link', { name: 'ADR 0007 Use a message queue between services' }).click();
  await expect(page).toHaveURL(/\/en\/0007-use-a-message-queue-between-services\/$/);
  await expect(status(page)).toHaveText('Superseded');
  const links = page.locator('.record-links');
  await expect(links.locator('dt')).toHaveText(['Superseded by']);
  await expect(links.locator('dd a')).toHaveText(['ADR 0008 Use an event log between services']);
});
