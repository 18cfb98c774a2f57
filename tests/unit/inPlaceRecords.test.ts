/**
 * A records folder holding a team's plain Markdown ADR files, read in place by the build
 * and the lint (src/data/inPlaceRecords.ts): which kind a folder is, a translation kept
 * as a sibling file, the records generated from the team's files (never written into
 * them), a clash or a mixed folder as an error naming the files, the history of a record
 * as the history of the team's files.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { main as lintMain } from '../../scripts/lint-records';
import { recordsFolder, type InPlaceRecords } from '../../src/data/inPlaceRecords';
import { parseAdr, type ParsedAdr } from '../../src/lib/records/adrImport';
import { filesHistory, type Commit } from '../../src/lib/records/gitHistory';
import { pairTranslations, siblingTranslation } from '../../src/lib/records/importPlan';
import { cacheName, folderKind, mixedMessage, type FolderEntry } from '../../src/lib/records/recordsFolderKind';

const folders = resolve(__dirname, '../fixtures/team-folders');
let work: string;
beforeEach(() => void (work = mkdtempSync(join(tmpdir(), 'in-place-'))));
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('a sibling file is a translation', () => {
  test.each([
    ['0007-use-postgres.nb.md', { original: '0007-use-postgres.md', lang: 'nb' }],
    ['docs/adr/0007-use-postgres.en.md', { original: 'docs/adr/0007-use-postgres.md', lang: 'en' }],
    ['20230415-name-records.NB.md', { original: '20230415-name-records.md', lang: 'nb' }],
    ['0007-use-postgres.md', undefined],
    ['0007-use-postgres.de.md', undefined],
    ['0007-use-node.js.md', undefined],
    ['nb/0007-use-postgres.md', undefined],
  ])('%s -> %o', (file, expected) => expect(siblingTranslation(file)).toEqual(expected));
});

describe('pairing translations with their originals', () => {
  const adr = (file: string, lang: 'nb' | 'en'): ParsedAdr => {
    const parsed = parseAdr(file, `# 7. ${lang === 'nb' ? 'Bruk PostgreSQL' : 'Use PostgreSQL'}\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n`, { lang });
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.adr;
  };
  test.each([
    ['a translation beside its original', [adr('a/0007-x.md', 'en'), adr('a/0007-x.nb.md', 'nb')], ['a/0007-x.md'], { 'a/0007-x.md': ['a/0007-x.nb.md'] }, []],
    ['its language is the one its name says', [adr('a/0007-x.md', 'en'), adr('a/0007-x.nb.md', 'en')], ['a/0007-x.md'], { 'a/0007-x.md': ['a/0007-x.nb.md'] }, []],
    ['no original', [adr('a/0007-x.nb.md', 'nb')], [], {}, [{ file: 'a/0007-x.nb.md', reason: 'a translation (nb) of a/0007-x.md, which is not an ADR read here' }]],
    [
      'into the original\'s own language',
      [adr('a/0007-x.md', 'nb'), adr('a/0007-x.nb.md', 'nb')],
      ['a/0007-x.md'],
      {},
      [{ file: 'a/0007-x.nb.md', reason: 'a translation into nb, the language a/0007-x.md is written in itself' }],
    ],
  ])('%s', (_, adrs, originals, translations, skipped) => {
    const paired = pairTranslations(adrs);
    expect(paired.originals.map((a) => a.file)).toEqual(originals);
    expect(Object.fromEntries([...paired.translations].map(([k, v]) => [k, v.map((t) => t.file)]))).toEqual(translations);
    for (const list of paired.translations.values()) for (const t of list) expect(t.lang).toBe('nb');
    expect(paired.skipped).toEqual(skipped);
  });
});

describe('what a records folder holds', () => {
  const file = (name: string): FolderEntry => ({ name, folder: false });
  const dir = (name: string, record = false): FolderEntry => ({ name, folder: true, record });
  test.each([
    ['record folders', [dir('0001-kubernetes', true), file('status-words.yaml')], { kind: 'records' }],
    ['empty', [], { kind: 'records' }],
    ['record folders and a README', [dir('0001-a', true), file('README.md')], { kind: 'records' }],
    ['ADR files, a template, an index, images', [file('0002-b.md'), file('0001-a.md'), file('template.md'), file('index.md'), dir('images'), file('0001-a.png')], { kind: 'adr-files', files: ['0001-a.md', '0002-b.md'] }],
    ['both', [dir('0001-a', true), file('0002-b.md')], { kind: 'mixed', records: ['0001-a'], files: ['0002-b.md'] }],
  ])('%s', (_, entries, kind) => expect(folderKind(entries)).toEqual(kind));

  test('a mixed folder: the error names some of each and both ways out', () => {
    expect(mixedMessage('docs/adr', { records: ['0001-a', '0002-b', '0003-c', '0004-d'], files: ['0005-e.md'] })).toBe(
      'docs/adr holds both record folders (0001-a, 0002-b, 0003-c and 1 more) and Markdown ADR files (0005-e.md): a records folder holds one kind or the other, so that one of them is the source. ' +
        'Either import the files into record folders (npm run import) and remove them, or keep the ADR files in a folder of their own and point RECORDS_DIR at it.',
    );
  });

  test.each([
    ['/home/team/repo/docs/adr', /^adr-[0-9a-f]{8}$/],
    ['/home/team/repo/docs/adr/', /^adr-[0-9a-f]{8}$/],
    ['/srv/my decisions', /^my-decisions-[0-9a-f]{8}$/],
  ])('cache folder of %s', (path, shape) => expect(cacheName(path)).toMatch(shape));
  test('distinct folders, distinct cache folders', () => expect(cacheName('/a/docs/adr')).not.toBe(cacheName('/b/docs/adr')));
});

describe('a record\'s history is its team files\'', () => {
  const commit = (day: string, subject: string, ...files: string[]): Commit => ({ hash: day.replace(/-/g, ''), date: new Date(`${day}T12:00:00Z`), subject, files });
  const commits = [
    commit('2024-03-01', 'Translate ADR 2', 'docs/adr/0002-x.nb.md'),
    commit('2024-02-01', 'Fix a typo in ADR 2', 'docs/adr/0002-x.md', 'docs/adr/0003-y.md'),
    commit('2024-01-01', 'Add ADR 3', 'docs/adr/0003-y.md'),
    commit('2023-12-01', 'Add ADR 2 to another folder', 'other/0002-x.md'),
  ];
  test.each([
    [['docs/adr/0002-x.md', 'docs/adr/0002-x.nb.md'], ['Translate ADR 2', 'Fix a typo in ADR 2']],
    [['docs/adr/0003-y.md'], ['Fix a typo in ADR 2', 'Add ADR 3']],
    [['docs/adr/0004-z.md'], undefined],
  ])('%o', (files, subjects) => {
    const history = filesHistory(commits, files);
    expect(history?.recent.map((c) => c.subject)).toEqual(subjects);
    if (history) expect(history.lastChanged).toEqual(history.recent[0]!.date);
  });
});

describe('a team folder read in place', () => {
  const generated = (folder: InPlaceRecords, id: string, path: string) => readFileSync(join(folder.dir, id, path), 'utf8');
  const inPlace = (dir: string) => {
    const folder = recordsFolder(dir, join(work, 'cache'));
    if (folder.kind !== 'adr-files') throw new Error(`${dir} read as ${folder.kind}`);
    return folder;
  };

  test.each([
    ['madr4-optional', ['0000-keep-decisions-next-to-the-code', '0001-write-one-file-per-decision', '0003-pause-the-search-index']],
    ['madr3-custom', ['0011-use-a-message-broker-between-the-order-and', '0012-retry-failed-payments-three-times', '0014-back-off-exponentially-between-payment-retries']],
    ['docusaurus', ['0001-record-the-decisions-of-the-platform-team', '0002-avoid-shared-databases-between-plugins', '0004-name-plugins-by-what-they-do']],
    ['log4brains-dated', ['0001-number-records-by-their-date', '0002-name-records-by-a-slug-after-the-date']],
    ['adr-tools-images', ['0001-record-architecture-decisions', '0002-split-internal-and-public-dns-zones']],
  ])('%s: one record per ADR file, numbers as the team has them, the team\'s folder untouched', (shape, ids) => {
    const source = join(work, shape);
    cpSync(join(folders, shape), source, { recursive: true });
    const before = readdirSync(source, { recursive: true }).sort();
    const folder = inPlace(source);
    expect(readdirSync(folder.dir).sort()).toEqual(ids);
    expect(readdirSync(source, { recursive: true }).sort()).toEqual(before);
    for (const id of ids) {
      const meta = parse(generated(folder, id, 'record.yaml')) as { number: number; source: string };
      expect(meta.number).toBe(Number(id.slice(0, 4)));
      expect(folder.files.get(id)!.byLang[folder.files.get(id)!.original]).toBe(meta.source);
      expect(existsSync(resolve(meta.source))).toBe(true);
    }
  });

  test('a sibling translation: both languages\' pages, the title in each, the images once for both, the edit files per language', () => {
    const folder = inPlace(join(folders, 'adr-tools-images'));
    const id = '0002-split-internal-and-public-dns-zones';
    expect(parse(generated(folder, id, 'record.yaml'))).toMatchObject({
      title: { en: 'Split internal and public DNS zones', nb: 'Del interne og offentlige DNS-soner' },
      'original-language': 'en',
      status: 'accepted',
      date: '2020-03-17',
    });
    expect(generated(folder, id, 'pages/nb/beslutning.mdx')).toContain('![To DNS-soner, intern og offentlig](../../images/0002-dns-zones.png)');
    expect(generated(folder, id, 'pages/nb/beslutning.mdx')).toContain('[ADR 1](../0001-record-architecture-decisions/)');
    expect(generated(folder, id, 'pages/en/decision.mdx')).toContain('![Two DNS zones, internal and public](../../images/0002-dns-zones.png)');
    expect(readdirSync(join(folder.dir, id, 'images')).sort()).toEqual(['0002-dns-zones.png', 'load-balancer.png']);
    const rel = (p: string) => relative(process.cwd(), join(folders, 'adr-tools-images', p));
    expect(folder.files.get(id)).toEqual({ original: 'en', byLang: { en: rel('0002-split-dns-zones.md'), nb: rel('0002-split-dns-zones.nb.md') } });
  });

  const adr = (n: string, title: string, status = 'Accepted') => `# ${Number(n)}. ${title}\n\nDate: 2021-01-0${Number(n) % 9}\n\n## Status\n\n${status}\n\n## Context\n\nWe must choose.\n`;

  test('a status word outside the table shows as unknown rather than leave the decision out, and says so', () => {
    const source = join(work, 'adr');
    mkdirSync(source);
    writeFileSync(join(source, '0001-a.md'), adr('1', 'Park the search', 'Parked'));
    const folder = inPlace(source);
    expect(parse(generated(folder, '0001-park-the-search', 'record.yaml'))).not.toHaveProperty('status');
    expect(folder.plan.records[0]!.notes).toContainEqual({ message: 'status "parked" is not a known word (add it to status-words.yaml): shown as unknown', level: 'warning' });
    // status-words.yaml in the folder maps it.
    const other = join(work, 'adr2');
    cpSync(source, other, { recursive: true });
    writeFileSync(join(other, 'status-words.yaml'), 'parked: deprecated\n');
    expect(parse(generated(inPlace(other), '0001-park-the-search', 'record.yaml'))).toMatchObject({ status: 'deprecated' });
  });

  test.each([
    [
      'two files with one number',
      { '0002-a.md': adr('2', 'Use A'), '0002-b.md': adr('2', 'Use B') },
      /two ADR files with one number, so one record page would hide the other:\n {2}ADR 0002: \S*0002-a\.md and \S*0002-b\.md\nRenumber one of them in the folder\./,
    ],
    ['record folders and ADR files', { '0001-a/record.yaml': 'number: 1\n', '0002-b.md': adr('2', 'Use B') }, /holds both record folders \(0001-a\) and Markdown ADR files \(0002-b\.md\)/],
    ['nothing read', { '0001-notes.md': '# Notes\n\nWe met.\n' }, /no ADR read from its Markdown files:\n {2}\S*0001-notes\.md: no status .*not an ADR\?/],
  ])('%s: an error naming the files, for the build and the lint', async (_, files, message) => {
    const source = join(work, 'adr');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(source, name, '..'), { recursive: true });
      writeFileSync(join(source, name), text);
    }
    expect(() => recordsFolder(source, join(work, 'cache'))).toThrow(message);
    const lines: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
    try {
      expect(await lintMain(['--dir', source, '--today', '2025-01-01'])).toBe(1);
    } finally {
      err.mockRestore();
    }
    expect(lines.join('\n')).toMatch(message);
  });

  test('the generated folder holds exactly the records of the folder as it is now', () => {
    const source = join(work, 'adr');
    mkdirSync(source);
    writeFileSync(join(source, '0001-a.md'), adr('1', 'Use A'));
    writeFileSync(join(source, '0002-b.md'), adr('2', 'Use B'));
    const cache = join(work, 'cache');
    const first = recordsFolder(source, cache);
    expect(readdirSync(first.dir).sort()).toEqual(['0001-use-a', '0002-use-b']);
    // Another build (a new process: a copy of the folder is read afresh) after the team removed a file.
    const again = join(work, 'again');
    rmSync(join(source, '0002-b.md'));
    cpSync(source, again, { recursive: true });
    cpSync(first.dir, join(cache, cacheName(resolve(again))), { recursive: true });
    expect(readdirSync(recordsFolder(again, cache).dir)).toEqual(['0001-use-a']);
  });
});

describe('lint reads a team folder in place', () => {
  test.each([['madr4-optional'], ['madr3-custom'], ['docusaurus'], ['log4brains-dated'], ['adr-tools-images']])('%s: 0 errors, findings named by the team\'s files', async (shape) => {
    const lines: string[] = [];
    const out = vi.spyOn(console, 'log').mockImplementation((l: string) => void lines.push(l));
    let code: number;
    try {
      code = await lintMain(['--dir', join(folders, shape), '--today', '2025-01-01']);
    } finally {
      out.mockRestore();
    }
    const output = lines.join('\n');
    expect(output).toMatch(new RegExp(`in \\S*team-folders/${shape} \\(ADR files read in place\\): 0 errors`));
    expect(output).not.toContain('.records-in-place');
    expect(code).toBe(0);
  });

  test('a missing image, a link to a missing ADR and an image on another site: errors naming the team\'s file and line', async () => {
    const lines: string[] = [];
    const out = vi.spyOn(console, 'log').mockImplementation((l: string) => void lines.push(l));
    let code: number;
    try {
      code = await lintMain(['--dir', resolve(__dirname, '../fixtures/team-folder-lint'), '--today', '2025-01-01']);
    } finally {
      out.mockRestore();
    }
    const file = 'tests/fixtures/team-folder-lint/0001-send-orders-through-one-queue.md';
    const errors = lines.filter((l) => l.startsWith('error'));
    expect(errors).toEqual([
      `error   ${file}:27 (image): "https://status.example.com/queue.png" is on another site, which the pages' content policy blocks: copy it beside the record`,
      `error   ${file}:14 (image): image "./order-flow.png" not found (tests/fixtures/team-folder-lint/order-flow.png): its alt text "How orders flow today" shown instead`,
      `error   ${file}:20 (link): link to "0009-size-the-queue.md" made plain text: no such file (tests/fixtures/team-folder-lint/0009-size-the-queue.md)`,
    ]);
    // The image on another site is said once, by line, not again as a note on the file.
    expect(lines.filter((l) => l.includes('status.example.com'))).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/: 3 errors, 0 warnings$/);
    expect(code).toBe(1);
  });
});

describe('a link to another file of the team\'s repository, read in place', () => {
  const page = (folder: InPlaceRecords) => readFileSync(join(folder.dir, '0011-use-a-message-broker-between-the-order-and/pages/en/decision.mdx'), 'utf8');
  test.each([
    [{ REPOSITORY_URL: 'https://github.com/team/shop', REPOSITORY_BRANCH: 'main' }, /\[the deployment files\]\(https:\/\/github\.com\/team\/shop\/blob\/main\/(\S+\/)?tests\/fixtures\/deploy\/broker\.tf\)/],
    [{ REPOSITORY_URL: 'https://gitlab.com/team/shop', REPOSITORY_BRANCH: 'trunk' }, /\[the deployment files\]\(https:\/\/gitlab\.com\/team\/shop\/-\/blob\/trunk\/(\S+\/)?tests\/fixtures\/deploy\/broker\.tf\)/],
    [{}, /set up in the deployment files\./],
  ])('the build naming the repository %o: %s', (env, expected) => {
    const folder = recordsFolder(relative(process.cwd(), join(folders, 'madr3-custom')), join(work, 'cache'), env);
    if (folder.kind !== 'adr-files') throw new Error('not read in place');
    expect(page(folder)).toMatch(expected);
  });
});

describe('the record commands on a folder of ADR files', () => {
  test.each([
    ['new-record', () => import('../../scripts/new-record'), ['--title-nb', 'Ny', '--title-en', 'New']],
    ['import', () => import('../../scripts/import-records'), [join(folders, 'madr3-custom')]],
    ['export', () => import('../../scripts/export-records'), [join(tmpdir(), 'in-place-export-never-written')]],
  ] as const)('%s refuses, saying the files are the source and how to import them', async (command, load, args) => {
    const source = join(work, 'adr');
    cpSync(join(folders, 'madr4-optional'), source, { recursive: true });
    const before = readdirSync(source).sort();
    const lines: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
    try {
      expect(await (await load()).main([...args, '--dir', source])).toBe(1);
    } finally {
      err.mockRestore();
    }
    expect(lines.join('\n')).toMatch(
      new RegExp(`^${command}: \\S*adr holds a team's Markdown ADR files \\(0000-keep-decisions-next-to-the-code\\.md, 0001-write-one-file-per-decision\\.md, …\\), which the build reads in place`),
    );
    expect(readdirSync(source).sort()).toEqual(before);
  });
});
