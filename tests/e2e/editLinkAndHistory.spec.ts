/**
 * A record page links to its file for editing and shows when the record last changed and
 * its recent changes, from this repository's git history. Checked on the build under /adr/
 * (npm run build:subpath): the build that stands for a published site, with its public
 * address and its repository (REPOSITORY_URL, REPOSITORY_BRANCH) set as a team would, served
 * here, and under a sub-path, which must not leak into the file's path in the repository.
 * The build at / names no repository: no edit link there. The build as Vercel makes it
 * (dist-host/, scripts/build-test-sites.mjs) finds the repository in Vercel's git variables.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { DIST, DIST_HOST, SUBPATH_REPOSITORY } from './site';
import { folderHistory, GIT_LOG_ARGS, parseGitLog } from '../../src/lib/records/gitHistory';
import { formatDate } from '../../src/lib/text/locale';
import { resolveRepository } from '../../src/lib/records/repository';

const SUBPATH_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322) + 1}/adr/`;
test.use({ baseURL: SUBPATH_URL });

const ROOT = resolve(import.meta.dirname, '../..');
const RECORD = 'content/records/0001-kubernetes';
const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true';
/** The record's history as git tells it here, read the way the build reads it. */
const history = folderHistory(parseGitLog(execFileSync('git', [...GIT_LOG_ARGS, '--', 'content/records'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 })), RECORD);

const PAGES = [
  { lang: 'nb', path: 'nb/0001-kubernetes/', file: `${RECORD}/pages/nb/oversikt.mdx`, edit: 'Rediger denne siden', last: 'Sist endret', heading: 'Endringshistorikk' },
  { lang: 'en', path: 'en/0001-kubernetes/', file: `${RECORD}/pages/en/overview.mdx`, edit: 'Edit this page', last: 'Last changed', heading: 'Change history' },
] as const;

for (const p of PAGES) {
  test(`${p.lang}: ADR 0001's first page links to its file on the branch, and shows its last change and recent changes from git`, async ({ browser }) => {
    test.skip(shallow, 'this checkout is a shallow clone: the page says the history is unavailable (tests/unit/gitHistory.test.ts)');
    expect(history, 'ADR 0001 has commits in this repository').toBeDefined();
    // Without JavaScript: all of it is in the page as built.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: SUBPATH_URL });
    const page = await context.newPage();
    await page.goto(p.path);
    const changes = page.locator('footer.record-changes');
    await expect(changes.getByRole('link', { name: p.edit })).toHaveAttribute('href', `${SUBPATH_REPOSITORY.url}/edit/${SUBPATH_REPOSITORY.branch}/${p.file}`);
    await expect(changes.locator('.record-changes-line')).toContainText(`${p.last} ${formatDate(history!.lastChanged, p.lang)}`);
    await expect(changes.getByRole('heading', { level: 2, name: p.heading })).toBeVisible();
    const items = changes.locator('.record-changes-list li');
    await expect(items).toHaveCount(Math.min(5, history!.total));
    for (const [i, change] of history!.recent.entries()) {
      await expect(items.nth(i).locator('time')).toHaveText(formatDate(change.date, p.lang));
      // A long message is cut at a word, its whole text in the title.
      // Its ✅ ❌ ⚠️ are drawn as marks (their words hidden but for screen readers): compare the rest.
      const shown = await items.nth(i).locator('.record-changes-subject').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const mark of copy.querySelectorAll('.mark')) mark.remove();
        return copy.textContent!;
      });
      const words = (text: string) => text.replace(/[\u2705\u274C\u26A0\uFE0F]/gu, '').replace(/\s+/g, ' ').trim();
      expect(words(change.subject).startsWith(words(shown.replace(/…$/, '')))).toBe(true);
    }
    await context.close();
  });
}

test('a later page of the record: its own file to edit, the record’s last change, no list', async ({ page }) => {
  test.skip(shallow, 'shallow clone');
  await page.goto('en/0001-kubernetes/costs/');
  const changes = page.locator('footer.record-changes');
  await expect(changes.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', `${SUBPATH_REPOSITORY.url}/edit/main/${RECORD}/pages/en/costs.mdx`);
  await expect(changes).toContainText(`Last changed ${formatDate(history!.lastChanged, 'en')}`);
  await expect(changes.locator('.record-changes-list')).toHaveCount(0);
});

test('the edit link and the history pass axe, at 375 and 1280 px, in both languages', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const p of PAGES) {
      await page.goto(p.path);
      expect(await axeViolations(page), `${p.path} at ${width} px`).toEqual([]);
      // Nothing of it is wider than the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${p.path} at ${width} px`).toBe(true);
    }
  }
});

test('the build at / names no repository, so its pages have no edit link (unless its environment names one)', () => {
  test.skip(resolveRepository(process.env) !== undefined, 'this environment names a repository');
  for (const file of ['nb/0001-kubernetes/index.html', 'en/0001-kubernetes/costs/index.html']) {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html, file).not.toContain('record-changes-edit');
    if (!shallow) expect(html, file).toContain('data-history="full"');
  }
});

test('built as Vercel builds it, the repository and branch come from its git variables', () => {
  expect(readFileSync(`${DIST_HOST}.log`, 'utf8')).toContain('edit links to https://github.com/example-team/adr, branch main (from VERCEL_GIT_* + VERCEL_GIT_COMMIT_REF)');
  for (const p of PAGES) {
    const html = readFileSync(join(DIST_HOST, p.path, 'index.html'), 'utf8');
    expect(html, p.path).toContain(`<a class="record-changes-edit print-hide" href="https://github.com/example-team/adr/edit/main/${p.file}">${p.edit}</a>`);
  }
});
