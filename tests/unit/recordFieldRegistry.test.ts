/**
 * The record fields' registry (src/schemas/fields/): the site's four fields, and a fifth
 * defined only in tests/fixtures/record-fields/reviewers/ that record.yaml's schema, the
 * metadata on the record's page, the import, record.yaml's writer and the MADR export take
 * up once it is in RECORD_FIELDS. This file puts it there (vi.mock of the list), so every
 * place is run as the site runs it, reading the list it imports.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import nb from '../../src/i18n/nb.json';
import en from '../../src/i18n/en.json';
import { RECORD_FIELDS } from '../../src/schemas/fields';
import { checkFieldList, defineField, type RecordField, type RecordLabelKey } from '../../src/schemas/fields/registry';
import { recordSchema, type RecordMeta } from '../../src/schemas/record';
import { fieldRows } from '../../src/lib/records/recordMetaView';
import { parseAdr, type ParsedAdr } from '../../src/lib/records/adrImport';
import { mergeImported } from '../../src/lib/records/importPlan';
import { recordFiles, type RecordDraft } from '../../src/lib/records/recordFiles';
import { exportRecord } from '../../src/lib/records/madrExport';
import { main as importMain } from '../../scripts/import-records';
import { main as exportMain } from '../../scripts/export-records';
import { reviewers } from '../fixtures/record-fields/reviewers/field';

vi.mock('../../src/schemas/fields', async (importOriginal) => {
  const site = await importOriginal<typeof import('../../src/schemas/fields')>();
  const { reviewers: fixture } = await import('../fixtures/record-fields/reviewers/field');
  return { ...site, RECORD_FIELDS: [...site.RECORD_FIELDS, fixture] };
});

/** The site's own list, as src/schemas/fields/index.ts gives it. */
const SITE_FIELDS = (await vi.importActual<typeof import('../../src/schemas/fields')>('../../src/schemas/fields')).RECORD_FIELDS;
const SITE_KEYS = ['decision-makers', 'consulted', 'informed', 'tags'];
const adrFolder = resolve(__dirname, '../fixtures/record-fields/reviewers/adr');

/** The reviewers a parsed ADR, a record or a draft holds: not in their types, which know the site's fields only. */
const reviewersOf = (value: ParsedAdr | RecordMeta | Record<string, unknown>) => (value as Record<string, unknown>).reviewers;

/** A record.yaml with the site's fields and the fixture's, as the schema reads it. */
const meta = (extra: Record<string, unknown> = {}) =>
  recordSchema.parse({
    number: 7,
    title: { nb: 'Gå gjennom hver skjemaendring', en: 'Review every schema change' },
    status: 'accepted',
    date: '2024-03-11',
    'decision-makers': ['Kari Nordmann'],
    tags: ['database'],
    reviewers: ['Ada Lovelace', 'Grace Hopper'],
    ...extra,
  });

describe('the record fields registry', () => {
  it('lists the site\'s fields in order, the fixture after them, each site label in both languages', () => {
    const site = SITE_FIELDS;
    expect(site.map((field) => field.key)).toEqual(SITE_KEYS);
    expect(RECORD_FIELDS.map((field) => field.key)).toEqual([...SITE_KEYS, 'reviewers']);
    const labelIn = (strings: object, label: string) => label.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], strings);
    for (const field of site) {
      expect(typeof labelIn(nb, field.label), `nb ${field.label}`).toBe('string');
      expect(typeof labelIn(en, field.label), `en ${field.label}`).toBe('string');
    }
    // The fixture's label is no UI string: the site's list would take it only once both JSON files give it.
    expect(labelIn(en, reviewers.label)).toBeUndefined();
    // @ts-expect-error `record.reviewers` is not a key of src/i18n/en.json, so it is no label for the site's list
    const asSiteField: RecordField<string, RecordLabelKey> = reviewers;
    expect(asSiteField.key).toBe('reviewers');
  });

  it.each([
    ['a key in capitals', { key: 'Reviewers' }, 'its key is lower case'],
    ['a header word with a colon', { importKeys: ['reviewers', 'reviewed by:'] }, '"reviewed by:" is not a header word'],
    ['a header word of one letter', { importKeys: ['reviewers', 'r'] }, '"r" is not a header word'],
    ['header words without its key', { importKeys: ['reviewed by'] }, 'its import words must include its key'],
  ])('refuses %s', (_, change, message) => {
    expect(() => defineField({ ...reviewers, ...change })).toThrow(message);
  });

  it.each([
    ['key', { ...reviewers, key: 'tags', importKeys: ['tags'] }, 'record fields tags and tags share the key "tags"'],
    ['header word', { ...reviewers, importKeys: ['reviewers', 'deciders'] }, 'record fields decision-makers and reviewers share the header word "deciders"'],
  ])('refuses a list where two fields share a %s', (_, field, message) => {
    expect(() => checkFieldList([...SITE_FIELDS, field])).toThrow(message);
  });
});

describe('a field in the list is taken up by', () => {
  it('record.yaml\'s schema, in its place after the site\'s fields', () => {
    const read = meta();
    expect(reviewersOf(read)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(Object.keys(read).slice(4, 7)).toEqual(['decision-makers', 'tags', 'reviewers']);
    // Still a strict schema: a key no field defines is refused.
    expect(recordSchema.safeParse({ ...read, approvers: ['Ada Lovelace'] }).success).toBe(false);
  });

  it.each([
    ['a text, not a list', 'Ada Lovelace', 'reviewers'],
    ['an empty list (the fixture\'s schema asks for one name)', [], 'reviewers'],
    ['an empty name', ['Ada Lovelace', ' '], 'reviewers.1'],
  ])('record.yaml\'s schema, refusing %s at the field', (_, value, path) => {
    const result = recordSchema.safeParse({ number: 7, title: { nb: 'X', en: 'X' }, reviewers: value });
    expect(result.success || result.error.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });

  it.each([
    ['given', ['Ada Lovelace', 'Grace Hopper'], [{ key: 'reviewers', label: 'record.reviewers', text: 'Ada Lovelace, Grace Hopper' }]],
    ['not given', undefined, []],
  ])('the metadata on the record\'s page: its row after the site\'s when %s', (_, value, rows) => {
    const read = meta({ reviewers: value });
    expect(fieldRows(read)).toEqual([
      { key: 'decision-makers', label: 'record.decisionMakers', text: 'Kari Nordmann' },
      { key: 'tags', label: 'record.tags', text: 'database' },
      ...rows,
    ]);
  });

  it.each([
    ['a MADR 2 bullet', '# 7. Review it\n\n* Status: accepted\n* Reviewers: Ada Lovelace, Grace Hopper\n\nText.', ['Ada Lovelace', 'Grace Hopper']],
    ['an adr-tools line in its other word', '# 7. Review it\n\nReviewed by: Ada Lovelace; Grace Hopper\n\n## Status\n\nAccepted\n', ['Ada Lovelace', 'Grace Hopper']],
    ['a Norwegian bullet', '# 7. Gå gjennom det\n\n* Status: accepted\n* Granskere: Ada Lovelace\n\nTekst.', ['Ada Lovelace']],
    ['a front-matter list', '---\nstatus: accepted\nreviewers: [Ada Lovelace, Grace Hopper]\n---\n\n# Review it\n', ['Ada Lovelace', 'Grace Hopper']],
    ['a front-matter text', '---\nstatus: accepted\nreviewers: Ada Lovelace, Grace Hopper\n---\n\n# Review it\n', ['Ada Lovelace', 'Grace Hopper']],
    ['a file that does not name it', '# 7. Review it\n\n* Status: accepted\n\nText.', []],
  ])('the import, reading it from %s', (_, text, expected) => {
    const result = parseAdr('0007-review-it.md', text);
    expect(result.ok && reviewersOf(result.adr)).toEqual(expected);
  });

  it('record.yaml\'s writer, after the site\'s fields; an empty list is not written', () => {
    const draft = (list: string[]) =>
      ({ number: 7, title: { nb: 'Gå gjennom det', en: 'Review it' }, tags: ['database'], reviewers: list, supersedes: ['0006-x'], originalLanguage: 'en', pages: {} }) as RecordDraft;
    const yaml = (list: string[]) => recordFiles(draft(list)).files.get('record.yaml')!;
    expect(yaml(['Ada Lovelace'])).toContain('tags:\n  - database\nreviewers:\n  - Ada Lovelace\nsupersedes:\n');
    expect(yaml([])).not.toContain('reviewers');
  });

  it('a re-import, which replaces it as it replaces the other imported fields', () => {
    const existing = { number: 7, title: { en: 'Review it' }, reviewers: ['Ada Lovelace'], reviews: [{ date: '2025-01-01' }] };
    expect(mergeImported(existing, { number: 7, title: { en: 'Review it' }, reviewers: ['Grace Hopper'] }, 'en')).toMatchObject({ reviewers: ['Grace Hopper'], reviews: existing.reviews });
    expect(mergeImported(existing, { number: 7, title: { en: 'Review it' } }, 'en')).not.toHaveProperty('reviewers');
  });

  it('the MADR export, in the front matter after the site\'s fields', () => {
    const notes: string[] = [];
    const madr = exportRecord({ id: '0007-review-it', meta: meta(), supersededBy: [] }, 'en', [{ title: 'Decision', text: 'We review it.\n' }], () => undefined, notes);
    expect(madr).toMatch(/^---\nstatus: accepted\ndate: 2024-03-11\ndecision-makers:\n {2}- Kari Nordmann\ntags:\n {2}- database\nreviewers:\n {2}- Ada Lovelace\n {2}- Grace Hopper\n---\n/);
    expect(notes).toEqual([]);
  });
});

describe('import -> export -> import', () => {
  let work: string;
  beforeEach(() => void (work = mkdtempSync(join(tmpdir(), 'adr-fields-'))));
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  /** Runs a command script's main() quietly, returning its exit code and what it printed. */
  async function run(main: (args: string[]) => Promise<number>, ...args: string[]) {
    const lines: string[] = [];
    const out = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      return { code: await main(args), output: lines.join('\n') };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  /** Each record's record.yaml under `dir`, by record id, without `source` (the file it came from differs by design). */
  const records = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir)
        .filter((id) => statSync(join(dir, id)).isDirectory())
        .map((id) => [id, { ...(parse(readFileSync(join(dir, id, 'record.yaml'), 'utf8')) as Record<string, unknown>), source: undefined }]),
    );

  it('keeps the field, from a header line and from a front matter', async () => {
    const [first, second, out] = ['first', 'second', 'out'].map((name) => join(work, name)) as [string, string, string];
    mkdirSync(first);
    mkdirSync(second);
    const imported = await run(importMain, adrFolder, '--dir', first);
    expect(imported.code, imported.output).toBe(0);
    const once = records(first);
    expect(Object.fromEntries(Object.entries(once).map(([id, record]) => [id, reviewersOf(record)]))).toEqual({
      '0001-review-every-schema-change-before-it-is-merged': ['Ada Lovelace', 'Grace Hopper'],
      '0002-keep-one-migration-per-change': ['Linus Torvalds'],
    });

    const exported = await run(exportMain, out, '--dir', first);
    expect(exported.code, exported.output).toBe(0);
    expect(readFileSync(join(out, 'en/0001-review-every-schema-change-before-it-is-merged.md'), 'utf8')).toContain('\nreviewers:\n  - Ada Lovelace\n  - Grace Hopper\n');

    const again = await run(importMain, join(out, 'en'), '--dir', second);
    expect(again.code, again.output).toBe(0);
    expect(records(second)).toEqual(once);
  });
});
