/**
 * Each import format of src/lib/records/formats/ on its own: what it reads of a small
 * Markdown file into the shared state (fields, status word, links, notes), which blocks it
 * removes, and what it leaves alone. parseAdr's own rules (number, status table, date,
 * language) are tested in recordsImport.test.ts and teamAdrFolders.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { AdrLink } from '../../src/lib/records/adrText';
import { newImportState, type ImportFormat, type ImportState } from '../../src/lib/records/formats';
import { datedFileName } from '../../src/lib/records/formats/datedFileName';
import { frontMatter } from '../../src/lib/records/formats/frontMatter';
import { headerLines } from '../../src/lib/records/formats/headerLines';
import { headerTable } from '../../src/lib/records/formats/headerTable';
import { statusSection } from '../../src/lib/records/formats/statusSection';
import { parseMarkdown } from '../../src/lib/records/markdownTree';

/** What a format read, and the types of the blocks it left. */
interface Read {
  result?: string | boolean | undefined;
  fields?: Record<string, unknown>;
  statusWord?: string | undefined;
  links?: AdrLink[];
  notes?: string[];
  title?: string | undefined;
  statusOptional?: boolean;
  datePrefix?: string | undefined;
  left?: string[];
}

const summary = (state: ImportState, result: string | boolean | undefined): Required<Read> => ({
  result,
  fields: state.fields,
  statusWord: state.statusWord,
  links: state.links,
  notes: state.notes,
  title: state.title,
  statusOptional: state.statusOptional,
  datePrefix: state.datePrefix,
  left: state.blocks.map((b) => b.type),
});

/** The format's one place on a file: readTop or readRest on the whole file, readHeaderBlock on its first block. */
function run(format: ImportFormat, place: 'readTop' | 'readHeaderBlock' | 'readRest', markdown: string, file = '0001-x.md') {
  const state = newImportState(file, parseMarkdown(markdown).children);
  const result = place === 'readHeaderBlock' ? format.readHeaderBlock!(state.blocks[0]!, state) : format[place]!(state);
  return summary(state, result);
}

const nothing = (left: string[]): Read => ({ fields: {}, statusWord: undefined, links: [], notes: [], title: undefined, statusOptional: false, datePrefix: undefined, left });

describe('front matter (MADR 3/4, Docusaurus)', () => {
  test.each<[string, string, Read]>([
    ['MADR 4: status, date, people', '---\nstatus: accepted\ndate: 2023-02-14\ndecision-makers: [Kari Nordmann, Ola Hansen]\nconsulted: Platform team\n---\n# Use X\n',
      { result: undefined, fields: { status: 'accepted', date: '2023-02-14', 'decision-makers': ['Kari Nordmann', 'Ola Hansen'], consulted: 'Platform team' }, statusWord: 'accepted', statusOptional: true, left: ['heading'] }],
    ['MADR 3: deciders read as decision-makers', '---\nstatus: proposed\ndeciders: [A, B]\n---\n',
      { fields: { status: 'proposed', deciders: ['A', 'B'], 'decision-makers': ['A', 'B'] }, statusWord: 'proposed', left: [] }],
    ['a record field under another of its header words', '---\nstatus: accepted\nbeslutningstakere: [Kari]\ndecision-makers: [Ola]\ndecision makers: [Per]\n---\n',
      { fields: { status: 'accepted', beslutningstakere: ['Kari'], 'decision-makers': ['Ola'], 'decision makers': ['Per'] }, statusWord: 'accepted', left: [] }],
    ['Norwegian: beslutningstakere read as decision-makers', '---\nstatus: accepted\nbeslutningstakere: [Kari]\n---\n',
      { fields: { status: 'accepted', beslutningstakere: ['Kari'], 'decision-makers': ['Kari'] }, statusWord: 'accepted', left: [] }],
    ['a status with a link to its successor', '---\nstatus: superseded by [ADR-0005](0005-use-y.md)\n---\n',
      { statusWord: 'superseded', links: [{ kind: 'superseded-by', file: '0005-use-y.md', number: 5 }] }],
    ['MADR 4 without a status: still a record', '---\ndate: 2024-01-01\n---\n# T\n\n## Context\n', { statusWord: undefined, statusOptional: true, left: ['heading', 'heading'] }],
    ['Docusaurus: the title, a second colon read as text', '---\ntitle: ADR006: Avoid shared databases\nstatus: Accepted\n---\n\nText.\n',
      { title: 'ADR006: Avoid shared databases', statusWord: 'Accepted', notes: ['front matter: a value with an unquoted colon read as text'], left: ['paragraph'] }],
    ['a blank title is no title', '---\ntitle: "  "\n---\n', { title: undefined }],
    ['no front matter: nothing read, nothing removed', '# Use X\n\nStatus: accepted\n', nothing(['heading', 'paragraph'])],
  ])('%s', (_, markdown, expected) => expect(run(frontMatter, 'readTop', markdown)).toMatchObject(expected));

  test('YAML it cannot read: the reason to skip the file', () => {
    expect(run(frontMatter, 'readTop', '---\nstatus: [accepted\n---\n# T\n')).toMatchObject({ result: expect.stringMatching(/^front matter is not valid YAML: /), left: ['yaml', 'heading'] });
  });
});

describe('header lines (MADR 2, Log4brains, adr-tools "Date:")', () => {
  test.each<[string, string, Read]>([
    ['MADR 2 bullets', '* Status: accepted\n* Deciders: Ola Hansen, Kari Nordmann\n* Date: 2022-01-11\n',
      { result: true, fields: { 'decision-makers': 'Ola Hansen, Kari Nordmann', date: '2022-01-11' }, statusWord: 'accepted' }],
    ['Log4brains tags and a Norwegian date key', '- Tags: data, cache\n- Dato: 2021-03-01\n', { result: true, fields: { tags: 'data, cache', date: '2021-03-01' } }],
    ['an adr-tools "Date:" line', 'Date: 2019-04-02\n', { result: true, fields: { date: '2019-04-02' }, statusWord: undefined }],
    ['a status linking to its successor', '* Status: superseded by [ADR-0003](0003-cache-in-the-application.md)\n',
      { result: true, statusWord: 'superseded', links: [{ kind: 'superseded-by', file: '0003-cache-in-the-application.md', number: 3 }] }],
    ['one key it does not know: the list is text', '* Status: accepted\n* Owner: Ola\n', { result: false, ...nothing(['list']) }],
    ['a paragraph of text', 'Technical Story: slow pages.\n', { result: false, ...nothing(['paragraph']) }],
    ['a table is not its block', '| Created | Status |\n| --- | --- |\n| 2022-01-02 | Accepted |\n', { result: false, ...nothing(['table']) }],
  ])('%s', (_, markdown, expected) => expect(run(headerLines, 'readHeaderBlock', markdown)).toMatchObject(expected));

  test('a value read before is kept: the first date counts', () => {
    const state = newImportState('0001-x.md', parseMarkdown('Date: 2020-01-01\n\n* Date: 2021-02-02\n* Status: proposed\n').children);
    expect(headerLines.readHeaderBlock!(state.blocks[0]!, state)).toBe(true);
    expect(headerLines.readHeaderBlock!(state.blocks[1]!, state)).toBe(true);
    expect(state).toMatchObject({ fields: { date: '2020-01-01' }, statusWord: 'proposed' });
  });
});

describe('header table (Docusaurus sites such as Backstage)', () => {
  test.each<[string, string, Read]>([
    ['created and status', '| Created | Status |\n| --- | --- |\n| 2022-01-02 | Accepted |\n', { result: true, fields: { date: '2022-01-02' }, statusWord: 'Accepted' }],
    ['a date column, a status with a link', '| Status | Date |\n| --- | --- |\n| Superseded by [ADR-2](0002-z.md) | 2021-05-06 |\n',
      { result: true, fields: { date: '2021-05-06' }, statusWord: 'superseded', links: [{ kind: 'superseded-by', file: '0002-z.md', number: 2 }] }],
    ['an updated column when there is no date', '| Updated | Status |\n| --- | --- |\n| 2023-07-08 | Proposed |\n', { result: true, fields: { date: '2023-07-08' } }],
    ['no status column: a table of the text', '| Option | Cost |\n| --- | --- |\n| A | 1 |\n', { result: false, ...nothing(['table']) }],
    ['two rows: a table of the text', '| Created | Status |\n| --- | --- |\n| 2022-01-02 | Accepted |\n| 2022-02-03 | Rejected |\n', { result: false, ...nothing(['table']) }],
    ['not a table', '* Status: accepted\n', { result: false, ...nothing(['list']) }],
  ])('%s', (_, markdown, expected) => expect(run(headerTable, 'readHeaderBlock', markdown)).toMatchObject(expected));
});

describe('status section (adr-tools)', () => {
  test.each<[string, string, Read]>([
    ['the section between others, removed', '## Context\n\nWe need one.\n\n## Status\n\nAccepted\n\n## Decision\n\nUse it.\n',
      { statusWord: 'Accepted', left: ['heading', 'paragraph', 'heading', 'paragraph'] }],
    ['superseded, with a link', '## Status\n\nSuperseded by [4. Use an event log](0004-use-an-event-log.md)\n',
      { statusWord: 'superseded', links: [{ kind: 'superseded-by', file: '0004-use-an-event-log.md', number: 4 }], left: [] }],
    ['accepted, and amending an ADR', '## Status\n\nAccepted\n\nAmends [2. Use a queue](0002-use-a-queue.md)\n', { statusWord: 'Accepted', links: [{ kind: 'amends', file: '0002-use-a-queue.md', number: 2 }], left: [] }],
    ['its sub-headings belong to it', '## Status\n\nProposed\n\n### History\n\nDrafted in May.\n\n## Context\n', { statusWord: 'Proposed', left: ['heading'] }],
    ['a "### Status" heading is not the section', '### Status\n\nAccepted\n', nothing(['heading', 'paragraph'])],
    ['no section', '## Context\n\nText.\n', nothing(['heading', 'paragraph'])],
  ])('%s', (_, markdown, expected) => expect(run(statusSection, 'readRest', markdown)).toMatchObject(expected));
});

describe('dated file name (Log4brains)', () => {
  test.each<[string, string | undefined]>([
    ['20200916-use-log4brains-to-manage-the-adrs.md', '20200916'],
    ['docs/adr/20230415-name-records-by-slug.md', '20230415'],
    ['0007-use-x.md', undefined],
    ['2020-09-16-use-x.md', undefined],
    ['20200916.md', undefined],
  ])('%s', (file, datePrefix) => {
    expect(run(datedFileName, 'readRest', '# T\n', file)).toMatchObject({ ...nothing(['heading']), datePrefix });
  });
});
