/**
 * The record data files' registry (src/schemas/dataFile.ts, listed in src/schemas/recordFolder.ts):
 * the site's data files, and a fifth defined only in tests/fixtures/data-files/ that the record
 * folder's schema, the loader (which the lint and the export read through), the lint and the
 * cross-file checks take up once it is in the list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { defineDataFile } from '../../src/schemas/dataFile';
import { dataFileList, dataFilesWith, RECORD_DATA_FILES, recordFolderSchemaWith, SITE_FILES, type FolderFiles } from '../../src/schemas/recordFolder';
import { problemText } from '../../src/lib/records/recordChecks';
import { readRecordFolders } from '../../src/data/recordsLoader';
import { main as lint } from '../../scripts/lint-records';
import { TOOLS } from '../../src/tools';
import { glossaryFile, glossarySchema } from '../fixtures/data-files/glossary';

const fixtures = resolve(__dirname, '../fixtures/data-files/records');
const withGlossary: FolderFiles = { dataFiles: [...RECORD_DATA_FILES, glossaryFile], tools: TOOLS };
const glossaryPath = '0001-error-codes/glossary.yaml';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'adr-data-files-'));
  cpSync(fixtures, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `fixture text not found in ${file}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

const read = async (files: FolderFiles) => {
  const { folders, problems } = await readRecordFolders(dir, 'records', files);
  return { folders, problems: problems.map(problemText) };
};

describe('the record data files registry', () => {
  it('lists the site\'s data files, then the tools\'', () => {
    expect(RECORD_DATA_FILES.map((f) => f.file)).toEqual(['decision', 'alternatives', 'roadmap', 'learning']);
    expect(dataFileList(SITE_FILES).map((f) => f.file)).toEqual(['decision', 'alternatives', 'roadmap', 'learning', 'costs', 'triggers']);
  });

  it.each(['Glossary', 'glossary.yaml', '1glossary', 'glossary_terms'])('refuses the data file name %j', (file) => {
    expect(() => defineDataFile({ ...glossaryFile, file })).toThrow(`"${file}" is not a data file name`);
  });

  it.each([
    ['two of the data files', [...RECORD_DATA_FILES, { ...glossaryFile, file: 'roadmap' }], 'roadmap'],
    ['a data file and a tool\'s', [...RECORD_DATA_FILES, { ...glossaryFile, file: 'costs' }], 'costs'],
  ])('refuses a list where %s share a name', (_, dataFiles, name) => {
    expect(() => dataFileList({ dataFiles, tools: TOOLS })).toThrow(`two data files share the name "${name}"`);
  });

  it('gives a fixture data file a place in the record folder\'s schema', () => {
    const files = dataFilesWith(TOOLS, [...RECORD_DATA_FILES, glossaryFile] as const);
    expect(Object.keys(files)).toEqual(['decision', 'alternatives', 'roadmap', 'learning', 'glossary', 'costs', 'triggers']);
    const terms = { terms: [{ term: { nb: 'Ord', en: 'Word' }, meaning: { nb: 'Mening', en: 'Meaning' } }] };
    const glossary = recordFolderSchemaWith(files).shape.glossary;
    expect(glossary.parse(terms)).toEqual(glossarySchema.parse(terms));
    expect(glossary.parse(undefined)).toBeUndefined();
    expect(glossary.safeParse({ terms: [] }).success).toBe(false);
  });

  it('reads a fixture data file into its record once registered, and leaves the file alone otherwise', async () => {
    const registered = await read(withGlossary);
    expect(registered.problems).toEqual([]);
    const written = parse(readFileSync(join(fixtures, glossaryPath), 'utf8'));
    expect(registered.folders.map((f) => (f as Record<string, unknown>).glossary)).toEqual([glossarySchema.parse(written)]);

    const site = await read(SITE_FILES);
    expect(site.problems).toEqual([]);
    expect('glossary' in site.folders[0]!).toBe(false);
  });

  it.each([
    ['a field its schema refuses', '    page: decision\n', '    page: decision\n    source: RFC 9457\n', 'records/0001-error-codes/glossary.yaml terms.0: Unrecognized key: "source"'],
    ['an option record.yaml does not have', 'option: problem-json', 'option: grpc-status', 'records/0001-error-codes/glossary.yaml terms.0.option: unknown option "grpc-status" (record.yaml options: problem-json, own-format)'],
    ['a page the record does not have', 'page: decision', 'page: appendix', 'records/0001-error-codes/glossary.yaml terms.0.page: no page "appendix"'],
  ])('reports %s in a fixture data file, naming the file and the field', async (_, from, to, problem) => {
    edit(glossaryPath, from, to);
    expect((await read(withGlossary)).problems).toEqual([problem]);
    // Not registered, the file is not read.
    expect((await read(SITE_FILES)).problems).toEqual([]);
  });

  it('lints a fixture data file once registered, naming its file, line and field', async () => {
    edit(glossaryPath, 'page: decision', 'page: appendix');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      expect(await lint(['--dir', dir, '--today', '2025-06-01'], withGlossary)).toBe(1);
      expect(lines).toContain(`error   ${dir}/${glossaryPath}:5 terms.0.page: no page "appendix"`);
      lines.length = 0;
      expect(await lint(['--dir', dir, '--today', '2025-06-01'])).toBe(0);
    } finally {
      log.mockRestore();
    }
  });
});
