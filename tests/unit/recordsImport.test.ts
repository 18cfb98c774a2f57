/**
 * Importing Markdown ADRs (tests/fixtures/import/<layout>/) and exporting records as
 * MADR 4: what each layout carries over, what is reported, and the round trip
 * import -> export -> import giving the same records.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { main as importMain } from '../../scripts/import-records';
import { main as exportMain } from '../../scripts/export-records';
import { guessLanguage, parseAdr, splitTitle } from '../../src/lib/records/adrImport';

const fixtures = resolve(__dirname, '../fixtures/import');
let work: string;
beforeEach(() => void (work = mkdtempSync(join(tmpdir(), 'adr-import-'))));
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Runs a command script's main(), returning its exit code and everything it printed. */
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

/** Every file under `dir`, path -> text. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(full, 'utf8');
    }
  };
  walk(dir, '');
  return files;
}

const record = (dir: string, id: string) => parse(readFileSync(join(dir, id, 'record.yaml'), 'utf8')) as Record<string, unknown>;

describe('reading ADRs', () => {
  test.each([
    ['7. Use X', { number: 7, title: 'Use X' }],
    ['ADR-0012: Pick a queue', { number: 12, title: 'Pick a queue' }],
    ['Velg PostgreSQL: «én» database?', { title: 'Velg PostgreSQL: «én» database?' }],
  ])('the title "%s"', (heading, expected) => expect(splitTitle(heading)).toEqual(expected));

  test.each([
    ['Vi velger PostgreSQL, fordi den har bedre støtte for JSON.', 'nb'],
    ['We choose PostgreSQL because it has better JSON support.', 'en'],
  ])('the language of "%s"', (text, lang) => expect(guessLanguage(text)).toBe(lang));

  test('a file without a title is not an ADR, and says so', () => {
    expect(parseAdr('0004-x.md', 'Status: accepted\n\nJust text.')).toEqual({ ok: false, file: '0004-x.md', reason: expect.stringMatching(/no title/) });
  });
});

describe('npm run import', () => {
  test('MADR 4 front matter: status, date, people, a status with a link; a template is reported, not imported', async () => {
    const { code, output } = await run(importMain, join(fixtures, 'madr4'), '--dir', work);
    expect(code).toBe(0);
    expect(output).toMatch(/3 imported .*, 1 not imported/);
    expect(output).toMatch(/skipped {3}\S*adr-template\.md: a template, not a decision/);
    expect(record(work, '0001-use-madr-for-decision-records')).toMatchObject({
      number: 1, status: 'accepted', date: '2023-02-14', 'decision-makers': ['Kari Nordmann', 'Ola Hansen'], consulted: ['Platform team'], 'original-language': 'en',
    });
    // "superseded by [ADR-0003](0003-….md)" puts the link on the successor.
    expect(record(work, '0002-keep-records-in-the-repository-only')).toMatchObject({ status: 'superseded', 'decision-makers': ['Kari Nordmann'] });
    expect(record(work, '0003-publish-records-as-a-static-site')).toMatchObject({ supersedes: ['0002-keep-records-in-the-repository-only'], informed: ['Everyone'] });
    const page = readFileSync(join(work, '0002-keep-records-in-the-repository-only/pages/en/decision.mdx'), 'utf8');
    expect(page).toContain('[ADR-0001](../0001-use-madr-for-decision-records/)');
    const first = readFileSync(join(work, '0001-use-madr-for-decision-records/pages/en/decision.mdx'), 'utf8');
    // HTML comments become MDX comments; braces and autolinks are written so MDX reads them as text.
    expect(first).toContain('{/* This is an optional element. Feel free to remove. */}');
    expect(first).toContain('Formless, \\{whatever} we write');
    expect(first).toContain('[https://adr.github.io/madr/](https://adr.github.io/madr/)');
    expect(tree(work)).not.toHaveProperty('0001-use-madr-for-decision-records/pages/nb/beslutning.mdx');
  });

  test('MADR 2 bullets without front matter, a Norwegian title with punctuation, in Norwegian', async () => {
    const { code } = await run(importMain, join(fixtures, 'madr2'), '--dir', work);
    expect(code).toBe(0);
    const id = '0001-velg-postgresql-framfor-mysql-en-database-aerlig';
    expect(record(work, id)).toMatchObject({
      title: { nb: 'Velg PostgreSQL framfor MySQL: én database, «ærlig» og åpen?' }, status: 'accepted', date: '2021-09-30', 'decision-makers': ['Kari Nordmann', 'Per Ås'], 'original-language': 'nb',
    });
    expect(readdirSync(join(work, id, 'pages'))).toEqual(['nb']);
    expect(record(work, '0003-cache-in-the-application')).toMatchObject({ supersedes: ['0002-cache-http-responses-at-the-edge'] });
  });

  test('adr-tools: Date line, ## Status with "Superseded by"; two files with one number stop the import, naming both; an index and a file that is no ADR are reported', async () => {
    const stopped = await run(importMain, join(fixtures, 'adr-tools'), '--dir', work);
    expect(stopped.code).toBe(1);
    expect(stopped.output).toMatch(/stopped, nothing written: two files with one number\n {2}ADR 0003: \S*0003-use-an-event-log\.md and \S*0003-use-grpc\.md/);
    expect(tree(work)).toEqual({});
    const { code, output } = await run(importMain, join(fixtures, 'adr-tools'), '--dir', work, '--renumber');
    expect(code).toBe(0);
    expect(output).toMatch(/imported {2}\S*0003-use-grpc\.md -> \S*0004-use-grpc-for-internal-calls\//);
    expect(output).toMatch(/skipped {3}\S*0004-meeting-notes\.md: no status .*and no ADR sections: not an ADR/);
    expect(output).toMatch(/skipped {3}\S*README\.md: the folder's index, not a decision/);
    expect(record(work, '0002-use-a-message-queue-between-services')).toMatchObject({ status: 'superseded', date: '2019-05-20' });
    expect(record(work, '0003-use-an-event-log-between-services')).toMatchObject({ status: 'accepted', supersedes: ['0002-use-a-message-queue-between-services'] });
    // The Status section is the record's metadata now, not part of its text.
    expect(readFileSync(join(work, '0003-use-an-event-log-between-services/pages/en/decision.mdx'), 'utf8')).not.toMatch(/## Status|Supersedes/);
  });

  test('Log4brains: files named by date are numbered in date order; tags; "draft" is reported as read as proposed', async () => {
    const { code, output } = await run(importMain, join(fixtures, 'log4brains'), '--dir', work);
    expect(code).toBe(0);
    expect(record(work, '0001-use-log4brains-to-manage-the-adrs')).toMatchObject({ tags: ['doc', 'tooling'], date: '2020-09-16' });
    expect(record(work, '0002-use-mermaid-for-diagrams-in-decision-records')).toMatchObject({ status: 'proposed', date: '2021-03-01' });
    expect(output).toContain('note: status "draft" imported as "proposed"');
    expect(output).toMatch(/skipped {3}\S*index\.md/);
    expect(output).toMatch(/skipped {3}\S*template\.md/);
  });

  test('a number the site already has stops the import before anything is written; --renumber moves them after, links following', async () => {
    cpSync(join(fixtures, '../lint-records'), work, { recursive: true });
    const before = tree(work);
    const stopped = await run(importMain, join(fixtures, 'madr2'), '--dir', work);
    expect(stopped.code).toBe(1);
    expect(stopped.output).toMatch(/stopped, nothing written[\s\S]*0002-cache-responses\.md: ADR 0002 is \S*0002-structured-logging/);
    expect(tree(work)).toEqual(before);

    const renumbered = await run(importMain, join(fixtures, 'madr2'), '--dir', work, '--renumber');
    expect(renumbered.code).toBe(0);
    expect(renumbered.output).toContain('note: renumbered 0002 -> 0005');
    expect(record(work, '0006-cache-in-the-application')).toMatchObject({ number: 6, supersedes: ['0005-cache-http-responses-at-the-edge'] });
  });

  test('the source folder is never modified', async () => {
    const before = tree(fixtures);
    for (const layout of ['madr4', 'madr2', 'adr-tools', 'log4brains']) await run(importMain, join(fixtures, layout), '--dir', work, '--renumber');
    expect(tree(fixtures)).toEqual(before);
  });
});

describe('npm run export', () => {
  test('writes MADR 4 per language, and import -> export -> import gives the same records', async () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    const out = join(work, 'out');
    mkdirSync(first);
    mkdirSync(second);
    for (const layout of ['madr4', 'madr2', 'adr-tools', 'log4brains']) {
      expect((await run(importMain, join(fixtures, layout), '--dir', first, '--renumber')).code).toBe(0);
    }
    const exported = await run(exportMain, out, '--dir', first);
    expect(exported.code).toBe(0);
    expect(exported.output).toMatch(/nb: not yet translated, so not exported: ADR 0001/);
    const madr = readFileSync(join(out, 'en/0002-keep-records-in-the-repository-only.md'), 'utf8');
    expect(madr).toMatch(/^---\nstatus: superseded by \[ADR-0003\]\(0003-publish-records-as-a-static-site\.md\)\ndate: 2023-03-01\n/);
    expect(madr).toContain('\n# Keep records in the repository only\n');
    expect(madr).toContain('[ADR-0001](0001-use-madr-for-decision-records.md)');

    expect((await run(importMain, join(out, 'en'), join(out, 'nb'), '--dir', second)).code).toBe(0);
    // The same records; only `source`, the file each came from, differs.
    const withoutSource = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replace(/^source: .*\n/m, '')]));
    const a = withoutSource(tree(first));
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(withoutSource(tree(second))).toEqual(a);
  });
});
