/**
 * A team's ADR folders as teams keep them (tests/fixtures/team-folders), imported into the
 * teams site by scripts/build-test-sites.mjs (numbers kept: 0000, 0001, 0003, 0011, 0012,
 * 0014; the Docusaurus and Log4brains folders numbered after them): a missing status or date
 * reads "unknown" in each language and is never a made-up date; a status word outside
 * MADR's list shows as the status it maps to; a Docusaurus title from front matter; links
 * between ADR files, fragments included, lead to the records; a Log4brains supersede
 * link by file name links both records.
 *
 * Then both builds, the imported one and the folders read in place (one site per folder,
 * under /<folder>/, since their numbers clash): every ADR file is a record with its title,
 * status and date, every link works, every image shows, every word of its text is on its
 * page, and a sibling translation ("….nb.md") is the record's page in that language.
 */
import type { Page } from '@playwright/test';
import type { Root, RootContent } from 'mdast';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notAnAdr, parseAdr, type ParsedAdr } from '../../src/lib/records/adrImport';
import { siblingTranslation } from '../../src/lib/records/importPlan';
import { brokenLinks } from './linkCheck';
import { DIST_TEAMS, DIST_TEAMS_IN_PLACE, htmlFiles, recordPages, TEAM_FOLDERS, TEAMS_IN_PLACE_REPOSITORY, TEAMS_IN_PLACE_URL, TEAMS_URL } from './site';

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

const FOLDERS = join(import.meta.dirname, '../fixtures/team-folders');

/**
 * Every ADR file of the fixture folders, as a reader must find it (written out here, not
 * read by the code under test): its title, status and decided date in English. A file
 * added to a folder without a row here fails the first test below.
 */
const EXPECTED: Record<string, { title: string; status: string; date: string }> = {
  'madr4-optional/0000-keep-decisions-next-to-the-code.md': {
    title: 'Keep decisions next to the code',
    status: 'Unknown',
    date: 'Unknown',
  },
  'madr4-optional/0001-write-one-file-per-decision.md': {
    title: 'Write one file per decision',
    status: 'Unknown',
    date: '12 February 2024',
  },
  'madr4-optional/0003-pause-the-search-index.md': {
    title: 'Pause the search index',
    status: 'Proposed',
    date: '2 May 2024',
  },
  'madr3-custom/011_use-a-message-broker.md': {
    title: 'Use a message broker between the order and billing services',
    status: 'Accepted',
    date: '3 November 2021',
  },
  'madr3-custom/012_retry-failed-payments.md': {
    title: 'Retry failed payments three times',
    status: 'Accepted',
    date: '20 January 2022',
  },
  'madr3-custom/014_back-off-exponentially.md': {
    title: 'Back off exponentially between payment retries',
    status: 'Proposed',
    date: '8 September 2022',
  },
  'docusaurus/adr001-record-decisions.md': {
    title: 'Record the decisions of the platform team',
    status: 'Accepted',
    date: '10 January 2022',
  },
  'docusaurus/adr002-avoid-shared-databases.md': {
    title: 'Avoid shared databases between plugins',
    status: 'Proposed',
    date: '21 March 2022',
  },
  'docusaurus/adr004-name-plugins-by-purpose.md': {
    title: 'Name plugins by what they do',
    status: 'Accepted',
    date: '1 June 2022',
  },
  'log4brains-dated/20230110-number-records-by-date.md': {
    title: 'Number records by their date',
    status: 'Superseded',
    date: '10 January 2023',
  },
  'log4brains-dated/20230415-name-records-by-slug.md': {
    title: 'Name records by a slug after the date',
    status: 'Accepted',
    date: '15 April 2023',
  },
  'adr-tools-images/0001-record-architecture-decisions.md': {
    title: 'Record architecture decisions',
    status: 'Accepted',
    date: '3 February 2020',
  },
  'adr-tools-images/0002-split-dns-zones.md': {
    title: 'Split internal and public DNS zones',
    status: 'Accepted',
    date: '17 March 2020',
  },
  'nygard-mix/0001-for-en-logg-over-arkitekturbeslutninger.md': {
    title: 'Før en logg over arkitekturbeslutninger',
    status: 'Accepted',
    date: '5 February 2024',
  },
  'nygard-mix/0002-choose-a-queue-for-order-events.md': {
    title: 'Choose a queue for order events',
    status: 'Accepted',
    date: '11 March 2024',
  },
  'nygard-mix/0003-route-payments-through-one-gateway.md': {
    title: 'Route payments through one gateway',
    status: 'Accepted',
    date: '22 April 2024',
  },
};
/** Translations kept beside their original: the file, and the title of its page. */
const TRANSLATIONS: Record<string, { lang: 'nb'; title: string }> = {
  'adr-tools-images/0002-split-dns-zones.nb.md': {
    lang: 'nb',
    title: 'Del interne og offentlige DNS-soner',
  },
};

/** The Markdown files of a folder that are decisions or translations of one (not templates or indexes). */
const adrFiles = (folder: string) =>
  readdirSync(join(FOLDERS, folder))
    .filter((name) => name.endsWith('.md') && !notAnAdr(name))
    .map((name) => `${folder}/${name}`);

function parsed(file: string): ParsedAdr {
  const sibling = siblingTranslation(file);
  const result = parseAdr(file, readFileSync(join(FOLDERS, file), 'utf8'), sibling ? { lang: sibling.lang } : {});
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.adr;
}

/**
 * The words of an ADR's text, as its parser separates it from the metadata (title, status,
 * date): what the reader must find on the page, image alt texts included. After
 * renumbering, a link whose whole text is the old number says the new one (tested above),
 * so `renumbered` leaves such link texts out.
 */
function bodyWords(body: Root, renumbered: boolean): string[] {
  const words: string[] = [];
  const walk = (node: RootContent | Root) => {
    if (node.type === 'html' || node.type === 'yaml') return;
    if (renumbered && node.type === 'link' && /^\s*(?:adr[\s-]*)?\d{1,5}\s*$/i.test(node.children.map((c) => ('value' in c ? c.value : '')).join(''))) return;
    if (node.type === 'image') words.push(...wordsOf(node.alt ?? ''));
    if ('value' in node && typeof node.value === 'string') words.push(...wordsOf(node.value));
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(body);
  return words;
}
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

interface Site {
  /** The folders it holds. */
  folders: readonly string[];
  base: string;
  dist: string;
  url: string;
  renumbered: boolean;
}
const BUILDS: { name: string; sites: Site[] }[] = [
  {
    name: 'imported',
    sites: [
      {
        folders: TEAM_FOLDERS,
        base: '/',
        dist: DIST_TEAMS,
        url: TEAMS_URL,
        renumbered: true,
      },
    ],
  },
  {
    name: 'read in place',
    sites: TEAM_FOLDERS.map((folder) => ({
      folders: [folder],
      base: `/${folder}/`,
      dist: join(DIST_TEAMS_IN_PLACE, folder),
      url: TEAMS_IN_PLACE_URL,
      renumbered: false,
    })),
  },
];

/** The record page (first page, in `lang`) whose heading is `title`, from the built files. */
function pageOf(site: Site, lang: 'nb' | 'en', title: string): string {
  const found = recordPages(site.dist).filter(
    (p) => p.lang === lang && /^\/(nb|en)\/[^/]+\/$/.test(p.path) && new RegExp(`<h1[^>]*>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`).test(p.html),
  );
  expect(
    found.map((p) => p.path),
    `${lang} page titled "${title}" in ${site.dist}`,
  ).toHaveLength(1);
  return `${site.url}${site.base.replace(/\/$/, '')}${found[0]!.path}`;
}

test('every file of the team folders that is an ADR is in the table of what readers must find', () => {
  const files = TEAM_FOLDERS.flatMap(adrFiles);
  expect(files.filter((f) => !siblingTranslation(f)).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(files.filter((f) => siblingTranslation(f)).sort()).toEqual(Object.keys(TRANSLATIONS).sort());
});

for (const { name, sites } of BUILDS) {
  test.describe(`the team folders ${name}`, () => {
    test.use({ baseURL: sites[0]!.url });
    test('every ADR file is one record, with its title, status and date', async ({ page }) => {
      for (const site of sites) {
        const files = site.folders.flatMap(adrFiles).filter((f) => !siblingTranslation(f));
        const records = new Set(recordPages(site.dist).map((p) => p.path.split('/')[2]));
        expect(records.size, `records in ${site.dist}`).toBe(files.length);
        for (const file of files) {
          const { title, status, date } = EXPECTED[file]!;
          await page.goto(pageOf(site, 'en', title));
          await expect(page.locator('h1')).toHaveText(title);
          await expect(statusBadge(page)).toHaveText(status);
          await expect(
            facts(page)
              .locator('div', { has: page.locator('dt:text-is("Decided")') })
              .locator('dd'),
          ).toHaveText(date);
        }
      }
    });

    test("links between records: none to a Markdown file, none broken (the project's link checker)", () => {
      for (const site of sites) {
        // A link of the site to a Markdown file (the edit links lead to the team's files on the forge, which serves them).
        const mdHrefs = htmlFiles(site.dist).flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(/href="([^"]*\.md(?:[#?][^"]*)?)"/g)]
            .filter((m) => !m[1]!.startsWith(`${TEAMS_IN_PLACE_REPOSITORY}/edit/`))
            .map((m) => `${file}: ${m[1]}`),
        );
        expect(mdHrefs).toEqual([]);
        // A link may leave the site only to what the authors linked on the web, or, read in place, to the team's repository (the edit links).
        const authored = new Set(site.folders.flatMap(adrFiles).flatMap((f) => readFileSync(join(FOLDERS, f), 'utf8').match(/https?:\/\/[^\s)>\]]+/g) ?? []));
        const broken = brokenLinks(
          site.dist,
          site.base,
          'http://adr.test',
          (href) => authored.has(href) || (!site.renumbered && href.startsWith(TEAMS_IN_PLACE_REPOSITORY) && /^\/(edit|blob)\/main\/tests\/fixtures\//.test(href.slice(TEAMS_IN_PLACE_REPOSITORY.length))),
        );
        expect(broken).toEqual([]);
      }
    });

    test('every image an ADR shows is on its page, loaded, with its alt text, in each language it is written in', async ({ page }) => {
      for (const site of sites) {
        for (const file of site.folders.flatMap(adrFiles)) {
          const adr = parsed(file);
          const alts: string[] = [];
          const walk = (node: RootContent | Root) => {
            if (node.type === 'image') alts.push(node.alt ?? '');
            if ('children' in node) for (const child of node.children) walk(child as RootContent);
          };
          walk(adr.body);
          if (alts.length === 0) continue;
          const translation = TRANSLATIONS[file];
          await page.goto(translation ? pageOf(site, translation.lang, translation.title) : pageOf(site, 'en', EXPECTED[file]!.title));
          const images = page.locator('.prose img');
          await expect(images, file).toHaveCount(alts.length);
          for (const [i, alt] of alts.entries()) {
            const img = images.nth(i);
            await expect(img).toHaveAttribute('alt', alt);
            await img.scrollIntoViewIfNeeded();
            await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), file).toBeGreaterThan(0);
            expect(new URL((await img.getAttribute('src'))!, page.url()).origin).toBe(new URL(page.url()).origin);
          }
          expect(await axeViolations(page)).toEqual([]);
        }
      }
    });

    test("every word of each ADR's text is on its page", async ({ page }) => {
      for (const site of sites) {
        for (const file of site.folders.flatMap(adrFiles)) {
          const translation = TRANSLATIONS[file];
          await page.goto(translation ? pageOf(site, translation.lang, translation.title) : pageOf(site, 'en', EXPECTED[file]!.title));
          const shown = new Set(
            // A drawn diagram's Mermaid source is on the page too, folded under it (.diagram-source).
            wordsOf(
              await page
                .locator('.prose')
                .evaluate(
                  (el) =>
                    `${(el as HTMLElement).innerText} ${[...el.querySelectorAll('img')].map((img) => img.alt).join(' ')} ${[...el.querySelectorAll('.diagram-source')].map((d) => d.textContent).join(' ')}`,
                ),
            ),
          );
          const missing = [...new Set(bodyWords(parsed(file).body, site.renumbered))].filter((w) => !shown.has(w));
          expect(missing, file).toEqual([]);
        }
      }
    });

    test("a translation kept beside its original is the record's page in that language, and the language switch links the two", async ({ page }) => {
      const site = sites.find((s) => s.folders.includes('adr-tools-images'))!;
      const en = pageOf(site, 'en', 'Split internal and public DNS zones');
      const nb = pageOf(site, 'nb', 'Del interne og offentlige DNS-soner');
      await page.goto(nb);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      await expect(page.locator('.prose h2')).toHaveText(['Bakgrunn', 'Beslutning', 'Konsekvenser']);
      // A translated page: no notice that the text is the original's.
      await expect(page.locator('.prose [lang="en"]')).toHaveCount(0);
      await page.locator('a[hreflang="en"][data-section="page"]').click();
      await expect(page).toHaveURL(en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('.prose h2')).toHaveText(['Context', 'Decision', 'Consequences']);
      await page.locator('a[hreflang="nb"][data-section="page"]').click();
      await expect(page).toHaveURL(nb);
      // Its link to another ADR file leads to that record in the reader's language.
      await page.locator('.prose').getByRole('link', { name: /^ADR/ }).click();
      await expect(page).toHaveURL(new RegExp(`/nb/00\\d\\d-record-architecture-decisions/$`));
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('read in place', () => {
  test.use({ baseURL: TEAMS_IN_PLACE_URL });
  test("a page's edit link leads to the team's own file of its language, its history is that file's, and a link to another file of the repository leads there", async ({ page }) => {
    const files = 'tests/fixtures/team-folders/adr-tools-images';
    for (const [lang, file, edit] of [
      ['en', '0002-split-dns-zones.md', 'Edit this page'],
      ['nb', '0002-split-dns-zones.nb.md', 'Rediger denne siden'],
    ] as const) {
      await page.goto(`${TEAMS_IN_PLACE_URL}/adr-tools-images/${lang}/0002-split-internal-and-public-dns-zones/`);
      await expect(page.locator('.record-changes-edit')).toHaveText(edit);
      await expect(page.locator('.record-changes-edit')).toHaveAttribute('href', `${TEAMS_IN_PLACE_REPOSITORY}/edit/main/${files}/${file}`);
    }
    // The commits that touched the team's files (this repository's history of the fixture), not the generated copy.
    await expect(page.locator('.record-changes')).toHaveAttribute('data-history', 'full');
    await expect(page.locator('.record-changes li').first()).toBeVisible();
    // A link to another file of the team's repository leads to it there, the build naming the repository.
    await page.goto(`${TEAMS_IN_PLACE_URL}/madr3-custom/en/0011-use-a-message-broker-between-the-order-and/`);
    await expect(page.locator('.prose a', { hasText: 'the deployment files' })).toHaveAttribute('href', `${TEAMS_IN_PLACE_REPOSITORY}/blob/main/tests/fixtures/deploy/broker.tf`);
    // A record written in one language only: its untranslated page edits the original.
    await page.goto(`${TEAMS_IN_PLACE_URL}/adr-tools-images/nb/0001-record-architecture-decisions/`);
    await expect(page.locator('.record-changes-edit')).toHaveAttribute('href', `${TEAMS_IN_PLACE_REPOSITORY}/edit/main/${files}/0001-record-architecture-decisions.md`);
  });
});
