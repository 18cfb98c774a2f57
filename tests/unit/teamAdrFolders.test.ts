/**
 * A team's ADR folder as the team keeps it (tests/fixtures/team-folders/<shape>/, our
 * own text in the shapes of MADR 3/4, Docusaurus and Log4brains folders): numbers as the
 * team has them, status words mapped through the documented table, templates and indexes
 * skipped with a reason, nothing invented for a missing status or date, a re-import
 * updating rather than duplicating, and the lint passing on the result.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { main as importMain } from '../../scripts/import-records';
import { main as lintMain } from '../../scripts/lint-records';
import { notAnAdr, parseAdr, readFrontMatter } from '../../src/lib/records/adrImport';
import { mergeImported } from '../../src/lib/records/importPlan';
import { readStatusWord, statusTable } from '../../src/lib/records/statusWords';

const folders = resolve(__dirname, '../fixtures/team-folders');
let work: string;
beforeEach(() => void (work = mkdtempSync(join(tmpdir(), 'team-adr-'))));
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function run(main: (args: string[]) => Promise<number>, ...args: string[]) {
  const lines: string[] = [];
  const out = vi.spyOn(console, 'log').mockImplementation((l: string) => void lines.push(l));
  const err = vi.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
  try {
    return { code: await main(args), output: lines.join('\n') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
const record = (id: string) => parse(readFileSync(join(work, id, 'record.yaml'), 'utf8')) as Record<string, unknown>;
const page = (id: string) => readFileSync(join(work, id, 'pages/en/decision.mdx'), 'utf8');

describe('status words', () => {
  test.each([
    ['accepted', {}, 'accepted', undefined],
    ['Approved', {}, 'accepted', 'status "approved" imported as "accepted"'],
    ['Pending.', {}, 'proposed', 'status "pending" imported as "proposed"'],
    ['on hold', {}, 'proposed', 'status "on hold" imported as "proposed"'],
    ['Partly superseded by ADR 14', {}, 'accepted', 'status "partly superseded" imported as "accepted"'],
    ['Vedtatt', {}, 'accepted', 'status "vedtatt" imported as "accepted"'],
    ['on hold', { 'on hold': 'rejected' as const }, 'rejected', 'status "on hold" imported as "rejected"'],
    ['Parked', { parked: 'deprecated' as const }, 'deprecated', 'status "parked" imported as "deprecated"'],
  ])('"%s" with the team table %o reads as %s', (text, extra, status, note) => {
    expect(readStatusWord(text, extra).found).toEqual({ status, ...(note && { note }) });
  });

  test.each([['Parked'], ['on'], ['Parked until spring']])('"%s" is not in the table, and is named as read', (text) => {
    expect(readStatusWord(text).found).toBeUndefined();
  });

  test('a team table entry must name one of the statuses', () => {
    expect(statusTable({ 'On Hold': 'rejected', parked: 'paused' })).toEqual({
      table: { 'on hold': 'rejected' },
      problems: ['status word "parked": "paused" is not one of proposed, accepted, rejected, deprecated, superseded'],
    });
  });
});

describe('reading a team file', () => {
  test.each([
    ['title: ADR006: Avoid X\nid: adr006', { title: 'ADR006: Avoid X', id: 'adr006' }, true],
    ["title: 'ADR001: Quoted'", { title: 'ADR001: Quoted' }, false],
    ['status: accepted\ndate: 2024-01-02', { status: 'accepted', date: '2024-01-02' }, false],
  ])('front matter %j', (yaml, fields, lenient) => expect(readFrontMatter(yaml)).toEqual({ fields, lenient }));

  test('front matter broken otherwise still fails', () => expect(() => readFrontMatter('title: [unclosed')).toThrow());

  test.each([
    ['adr-template.md', 'a template, not a decision'],
    ['000_template.md', 'a template, not a decision'],
    ['0000-template.md', 'a template, not a decision'],
    ['template.md', 'a template, not a decision'],
    ['docs/adr/README.md', "the folder's index, not a decision"],
    ['index.md', "the folder's index, not a decision"],
    ['0007-use-templates-for-emails.md', undefined],
    ['20230101-index-the-logs.md', undefined],
  ])('%s: %s', (file, reason) => expect(notAnAdr(file)).toBe(reason));

  test.each([
    ['MADR 4 without status or date', '0000-x.md', '---\ndecision-makers: A\n---\n\n# Use X\n\n## Context and Problem Statement\n\nText.\n', { number: 0, title: 'Use X' }, ['no status: shown as unknown', 'no date: shown as unknown']],
    ['Docusaurus title and status table', 'adr006-x.md', "---\ntitle: ADR006: Avoid X\n---\n\n| Created | Status |\n| --- | --- |\n| 2022-01-10 | Approved |\n\n## Context\n\nText.\n", { number: 6, title: 'Avoid X', status: 'accepted', date: '2022-01-10' }, ['front matter: a value with an unquoted colon read as text', 'status "approved" imported as "accepted"']],
    ['000_ name with a custom status', '012_x.md', '---\nstatus: Pending\ndate: 2022-09-08\n---\n# Retry\n\nText.\n', { number: 12, title: 'Retry', status: 'proposed', date: '2022-09-08' }, ['status "pending" imported as "proposed"']],
    ['Log4brains supersede link by file name', '20230110-x.md', '# Old\n\n- Status: superseded by [20230415-new](20230415-new.md)\n\nText.\n', { number: undefined, status: 'superseded', date: '2023-01-10', links: [{ kind: 'superseded-by', file: '20230415-new.md' }] }, []],
  ])('%s', (_what, file, text, expected, notes) => {
    const result = parseAdr(file, text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.adr).toMatchObject(expected);
    expect(result.adr.notes).toEqual(notes);
    if (!('status' in expected)) expect(result.adr).not.toHaveProperty('status');
    if (!('date' in expected)) expect(result.adr).not.toHaveProperty('date');
  });

  test('a file with no status and no ADR sections is not an ADR', () => {
    expect(parseAdr('0004-notes.md', '# Notes\n\n- talked\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/no status .* and no ADR sections/) });
  });

  test('a status outside the table names the word and how to add it', () => {
    expect(parseAdr('0004-x.md', '---\nstatus: Parked\n---\n# X\n')).toMatchObject({ ok: false, reason: expect.stringContaining('unknown status "parked"') });
    expect(parseAdr('0004-x.md', '---\nstatus: Parked\n---\n# X\n', { statusWords: { parked: 'rejected' } })).toMatchObject({ ok: true, adr: { status: 'rejected' } });
  });
});

describe('npm run import on team folders', () => {
  // [folder, record id, what record.yaml holds, what it must not hold]
  const cases: [string, string, Record<string, unknown>, string[]][] = [
    ['madr4-optional', '0000-keep-decisions-next-to-the-code', { number: 0, 'decision-makers': ['Ingrid Berg'] }, ['status', 'date']],
    ['madr4-optional', '0001-write-one-file-per-decision', { number: 1, date: '2024-02-12' }, ['status']],
    ['madr4-optional', '0003-pause-the-search-index', { number: 3, status: 'proposed', date: '2024-05-02' }, []],
    ['docusaurus', '0001-record-the-decisions-of-the-platform-team', { number: 1, status: 'accepted', date: '2022-01-10', title: { en: 'Record the decisions of the platform team' } }, []],
    ['docusaurus', '0002-avoid-shared-databases-between-plugins', { number: 2, status: 'proposed', date: '2022-03-21' }, []],
    ['docusaurus', '0004-name-plugins-by-what-they-do', { number: 4, status: 'accepted', date: '2022-06-01' }, []],
    ['log4brains-dated', '0001-number-records-by-their-date', { status: 'superseded', date: '2023-01-10' }, []],
    ['log4brains-dated', '0002-name-records-by-a-slug-after-the-date', { status: 'accepted', supersedes: ['0001-number-records-by-their-date'] }, []],
    ['madr3-custom', '0011-use-a-message-broker-between-the-order-and', { number: 11, status: 'accepted', 'decision-makers': ['Nora Dahl', 'Emil Strand'] }, []],
    ['madr3-custom', '0012-retry-failed-payments-three-times', { number: 12, status: 'accepted' }, []],
    ['madr3-custom', '0014-back-off-exponentially-between-payment-retries', { number: 14, status: 'proposed' }, []],
    ['nygard-mix', '0001-for-en-logg-over-arkitekturbeslutninger', { number: 1, status: 'accepted', date: '2024-02-05', 'original-language': 'nb' }, []],
    ['nygard-mix', '0002-choose-a-queue-for-order-events', { number: 2, status: 'accepted', date: '2024-03-11', 'decision-makers': ['Ingrid Dahl', 'Tomas Berg'] }, []],
    ['nygard-mix', '0003-route-payments-through-one-gateway', { number: 3, status: 'accepted', date: '2024-04-22' }, []],
  ];
  test.each(cases)('%s: %s', async (folder, id, holds, absent) => {
    const { code } = await run(importMain, join(folders, folder), '--dir', work);
    expect(code).toBe(0);
    expect(record(id)).toMatchObject({ ...holds, source: expect.stringMatching(new RegExp(`team-folders/${folder}/`)) });
    for (const key of absent) expect(record(id)).not.toHaveProperty(key);
  });

  test.each([
    ['madr4-optional', 3, /skipped {3}\S*adr-template\.md: a template, not a decision/],
    ['docusaurus', 3, /skipped {3}\S*index\.md: the folder's index, not a decision/],
    ['log4brains-dated', 2, /skipped {3}\S*template\.md: a template, not a decision/],
    ['madr3-custom', 3, /skipped {3}\S*000_template\.md: a template, not a decision/],
  ])('%s: %i records, lint 0 errors (numbers from 0, from 11, with gaps)', async (folder, count, skipped) => {
    const imported = await run(importMain, join(folders, folder), '--dir', work);
    expect(imported.output).toMatch(skipped);
    expect(readdirSync(work)).toHaveLength(count);
    const lint = await run(lintMain, '--dir', work, '--today', '2025-01-01');
    expect(lint.output).toContain(`${count} records, ${count} pages`);
    expect(lint.output).toContain('0 errors, 0 warnings');
    expect(lint.code).toBe(0);
  });

  test('a Nygard/MADR mix: its raw HTML table becomes a Markdown table with every word and nothing executable; Mermaid blocks stay fenced code for the build to draw; lint 0 errors', async () => {
    const { code, output } = await run(importMain, join(folders, 'nygard-mix'), '--dir', work);
    expect(code).toBe(0);
    expect(output).toMatch(/0002-choose-a-queue-for-order-events\.md[^\n]*\n\s+note: HTML table made a Markdown table/);
    expect(output).not.toContain('raw HTML shown as text');
    const table = page('0002-choose-a-queue-for-order-events');
    const words = ['Option', 'Ordering', 'Monthly cost (NOK)', 'Notes', 'Managed log stream', 'per key', '4 200', 'Replays a day of events<br />Retention is paid per gigabyte', 'Hosted message broker', 'per queue', '2 900', 'Dead-letter queue built in<br />No replay once a message is acknowledged', 'Table in the order database', 'strict', 'Polling adds load & latency'];
    for (const word of words) expect(table).toContain(word);
    expect(table).toMatch(/^\| :-+ \| :-+: \| -+: \| -+ \|$/m);
    for (const banned of ['<table', '<td', 'onclick', '<script', 'alert', 'style=', 'class=']) expect(table).not.toContain(banned);
    const diagrams = page('0003-route-payments-through-one-gateway');
    expect(diagrams.match(/^```mermaid$/gm)).toHaveLength(3);
    expect(diagrams).toContain('  S->>G: charge order');
    const lint = await run(lintMain, '--dir', work, '--today', '2025-01-01');
    expect(lint.output).toContain('3 records, 3 pages');
    expect(lint.output).toContain('0 errors, 0 warnings');
    expect(lint.code).toBe(0);
  });

  test('links to other ADR files become links to their records, fragments kept', async () => {
    await run(importMain, join(folders, 'log4brains-dated'), '--dir', work);
    expect(page('0002-name-records-by-a-slug-after-the-date')).toContain('[the record it replaces](../0001-number-records-by-their-date/#decision-outcome)');
    await run(importMain, join(folders, 'madr3-custom'), '--dir', work);
    expect(page('0014-back-off-exponentially-between-payment-retries')).toContain('[ADR 12](../0012-retry-failed-payments-three-times/)');
  });

  test('a link to another file of the repository: plain text and named, or to the repository when its address is given', async () => {
    for (const d of ['a', 'b', 'c']) mkdirSync(join(work, d));
    const plain = await run(importMain, join(folders, 'madr3-custom'), '--dir', join(work, 'a'));
    expect(plain.output).toContain('note: link to "../../deploy/broker.tf" made plain text: a file of the repository, not a record (give --repository-url to link it there)');
    expect(readFileSync(join(work, 'a/0011-use-a-message-broker-between-the-order-and/pages/en/decision.mdx'), 'utf8')).toContain('set up in the deployment files.');
    const linked = await run(importMain, join(folders, 'madr3-custom'), '--dir', join(work, 'b'), '--repository-url', 'https://git.example.org/team/shop/blob/main/docs/decisions/');
    expect(linked.code).toBe(0);
    expect(readFileSync(join(work, 'b/0011-use-a-message-broker-between-the-order-and/pages/en/decision.mdx'), 'utf8')).toContain('[the deployment files](https://git.example.org/team/shop/blob/main/deploy/broker.tf)');
    const wrong = await run(importMain, join(folders, 'madr3-custom'), '--dir', join(work, 'c'), '--repository-url', 'git.example.org');
    expect(wrong).toEqual({ code: 1, output: 'import: --repository-url: "git.example.org" is not a web address (https://…)' });
  });

  test('after --renumber a link whose text is the old number says the new one; a number in prose is named in the report', async () => {
    await run(importMain, join(folders, 'madr3-custom'), '--dir', work);
    const { output } = await run(importMain, join(folders, 'docusaurus'), '--dir', work, '--renumber');
    expect(output).toContain('note: link text "ADR001" now reads "ADR 0015": renumbered');
    expect(output).toContain('note: text "ADR 2" left as written: that ADR is ADR 0016 here');
    expect(page('0016-avoid-shared-databases-between-plugins')).toContain('as [ADR 0015](../0015-record-the-decisions-of-the-platform-team/) asked');
    // Without renumbering the text stays as the author wrote it.
    expect(readFileSync(join(folders, 'madr3-custom/014_back-off-exponentially.md'), 'utf8')).toContain('[ADR 12]');
    expect(page('0014-back-off-exponentially-between-payment-retries')).toContain('[ADR 12](../0012-retry-failed-payments-three-times/)');
  });

  test('images: copied beside the record, GitHub\'s ?raw=true dropped, alt text kept; lint passes on the result', async () => {
    const { code, output } = await run(importMain, join(folders, 'adr-tools-images'), '--dir', work);
    expect(code).toBe(0);
    const id = '0002-split-internal-and-public-dns-zones';
    expect(output).toMatch(/copied {4}\S*adr-tools-images\/0002-dns-zones\.png -> \S*0002-split-internal-and-public-dns-zones\/images\/0002-dns-zones\.png/);
    expect(output).toContain('note: image "./0002-dns-zones.png?raw=true": "?raw=true" dropped');
    expect(output).not.toMatch(/skipped {3}\S*0002-dns-zones\.png/);
    expect(readFileSync(join(work, id, 'images/load-balancer.png'))).toEqual(readFileSync(join(folders, 'adr-tools-images/images/load-balancer.png')));
    expect(page(id)).toContain('![Two DNS zones, internal and public](../../images/0002-dns-zones.png)');
    expect(page(id)).toContain('![The load balancer in front of the public zone](../../images/load-balancer.png)');
    const lint = await run(lintMain, '--dir', work, '--today', '2025-01-01');
    expect(lint.output).toContain('0 errors, 0 warnings');
  });

  test('an image missing from the folder: its alt text instead, named in the report', async () => {
    const source = join(work, 'source');
    const records = join(work, 'records');
    mkdirSync(source);
    mkdirSync(records);
    writeFileSync(join(source, '0001-x.md'), '# 1. Draw the map\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n![The map](map.png)\n');
    const { code, output } = await run(importMain, source, '--dir', records);
    expect(code).toBe(0);
    expect(output).toMatch(/note: image "map\.png" not found \(\S*source\/map\.png\): its alt text "The map" shown instead/);
    expect(readFileSync(join(records, '0001-draw-the-map/pages/en/decision.mdx'), 'utf8')).toMatch(/\n\nThe map\n$/);
  });

  test('a re-import of the same folder updates its records, keeping what the site added', async () => {
    expect((await run(importMain, join(folders, 'madr3-custom'), '--dir', work)).code).toBe(0);
    const id = '0012-retry-failed-payments-three-times';
    const yamlFile = join(work, id, 'record.yaml');
    const meta = parse(readFileSync(yamlFile, 'utf8'));
    writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace(/nb: .*/, 'nb: Prøv mislykkede betalinger tre ganger').replace('status: accepted', 'status: rejected') + 'system: Billing\n');
    mkdirSync(join(work, id, 'pages/nb'), { recursive: true });
    writeFileSync(join(work, id, 'pages/nb/beslutning.mdx'), '---\nkey: decision\ntitle: Prøv mislykkede betalinger tre ganger\nnavTitle: Beslutning\ndescription: Betalinger som feiler prøves tre ganger med ett minutts mellomrom før de gis opp.\n---\n\nTekst.\n');
    const again = await run(importMain, join(folders, 'madr3-custom'), '--dir', work);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/import: 0 imported into \S+, 3 updated, 1 not imported/);
    expect(readdirSync(work)).toHaveLength(3);
    expect(record(id)).toEqual({ ...meta, title: { nb: 'Prøv mislykkede betalinger tre ganger', en: meta.title.en }, system: 'Billing' });
    expect(readdirSync(join(work, id, 'pages/nb'))).toEqual(['beslutning.mdx']);
  });

  test('a re-import with --renumber keeps the numbers the first import gave', async () => {
    await run(importMain, join(folders, 'docusaurus'), '--dir', work);
    await run(importMain, join(folders, 'madr4-optional'), '--dir', work, '--renumber');
    const before = readdirSync(work).sort();
    const again = await run(importMain, join(folders, 'madr4-optional'), '--dir', work, '--renumber');
    expect(again.code).toBe(0);
    expect(readdirSync(work).sort()).toEqual(before);
  });

  test('nothing imported from a folder of Markdown files is a failure; the team table adds a word', async () => {
    const source = join(work, 'source');
    const records = join(work, 'records');
    mkdirSync(source);
    mkdirSync(records);
    writeFileSync(join(source, '0001-x.md'), '---\nstatus: Parked\n---\n# Park the idea\n');
    const failed = await run(importMain, source, '--dir', records);
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/skipped {3}\S*0001-x\.md: unknown status "parked"[\s\S]*nothing imported from 1 Markdown file/);
    const flagged = await run(importMain, source, '--dir', records, '--status-word', 'Parked=rejected');
    expect(flagged.code).toBe(0);
    expect(record('records/0001-park-the-idea')).toMatchObject({ status: 'rejected' });
  });

  test('status-words.yaml in the records folder extends the table', async () => {
    writeFileSync(join(work, 'status-words.yaml'), 'open: accepted\n');
    await run(importMain, join(folders, 'docusaurus'), '--dir', work);
    expect(record('0002-avoid-shared-databases-between-plugins')).toMatchObject({ status: 'accepted' });
  });
});

describe('a re-import merges record.yaml', () => {
  test.each([
    ['imported fields replaced, others kept', { number: 1, status: 'accepted', reviews: [1], title: { nb: 'A', en: 'A' } }, { number: 1, status: 'rejected', title: { nb: 'B', en: 'B' } }, { number: 1, status: 'rejected', reviews: [1], title: { nb: 'B', en: 'B' } }],
    ['a translated title kept', { number: 1, title: { nb: 'Norsk', en: 'A' } }, { number: 1, title: { nb: 'B', en: 'B' } }, { number: 1, title: { nb: 'Norsk', en: 'B' } }],
    ['a date the source no longer gives removed', { number: 1, date: '2024-01-01', title: { nb: 'A', en: 'A' } }, { number: 1, title: { nb: 'A', en: 'A' } }, { number: 1, title: { nb: 'A', en: 'A' } }],
  ])('%s', (_what, existing, imported, merged) => expect(mergeImported(existing, imported, 'en')).toEqual(merged));
});

describe('a translation kept beside its original, imported', () => {
  test('becomes the record\'s page in its language, with its title; a re-import keeps it one record', async () => {
    for (let i = 0; i < 2; i++) {
      const { code, output } = await run(importMain, join(folders, 'adr-tools-images'), '--dir', work);
      expect(code).toBe(0);
      expect(output).toMatch(/note: translation \(nb\): \S*adr-tools-images\/0002-split-dns-zones\.nb\.md/);
      expect(output).not.toMatch(/skipped {3}\S*0002-split-dns-zones\.nb\.md/);
    }
    const id = '0002-split-internal-and-public-dns-zones';
    expect(readdirSync(work).sort()).toEqual(['0001-record-architecture-decisions', id]);
    expect(record(id)).toMatchObject({ title: { en: 'Split internal and public DNS zones', nb: 'Del interne og offentlige DNS-soner' }, 'original-language': 'en' });
    const nb = readFileSync(join(work, id, 'pages/nb/beslutning.mdx'), 'utf8');
    expect(nb).toContain('title: Del interne og offentlige DNS-soner');
    expect(nb).toContain('![Lastbalansereren foran den offentlige sonen](../../images/load-balancer.png)');
    const lint = await run(lintMain, '--dir', work, '--today', '2025-01-01');
    expect(lint.output).toContain('2 records, 3 pages');
    expect(lint.output).toContain('0 errors, 0 warnings');
  });
});
