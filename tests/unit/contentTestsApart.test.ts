/**
 * Engine tests run on fixture records under tests/fixtures/; only the content tests, in
 * tests/unit/content/, read the published records. Any other file under tests/unit that
 * names the published records' folder fails, naming the file (see CONTRIBUTING.md, Tests).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../support/files';

const root = resolve(import.meta.dirname, '../..');
const unitDir = join(root, 'tests/unit');
const contentDir = join(unitDir, 'content');

// Built from parts so that this file does not name the folder it looks for.
const [top, records] = 'content records'.split(' ') as [string, string];
/** The folder as a path (slashes or backslashes), or as a path's two quoted parts with a comma between them. */
const namesRecords = new RegExp(`${top}[/\\\\]+${records}\\b|['"\`]${top}['"\`]\\s*,\\s*['"\`]${records}['"\`]`);

describe('only content tests read the published records', () => {
  test.each([
    [`readFileSync('${top}/${records}/0001-x/costs.yaml')`, true],
    [`join(root, '${top}/${records}')`, true],
    [`join(root, '${top}', '${records}')`, true],
    [`'C:\\\\repo\\\\${top}\\\\${records}\\\\0001-x'`, true],
    [`readFileSync('tests/fixtures/engine-record/0001-search-index/costs.yaml')`, false],
    [`checkRecords(folders, '${records}')`, false],
  ])('the rule reads %s as naming the folder: %s', (text, named) => {
    expect(namesRecords.test(text)).toBe(named);
  });

  test('the content tests are where the rule says', () => {
    expect(filesUnder(contentDir).filter((f) => f.endsWith('.test.ts')).length).toBeGreaterThan(0);
  });

  test('no file under tests/unit outside tests/unit/content/ names the published records', () => {
    const outside = filesUnder(unitDir).filter((f) => !f.startsWith(contentDir + '/'));
    expect(outside.length).toBeGreaterThan(0);
    const naming = outside.filter((f) => namesRecords.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(naming, 'engine tests read fixture records under tests/fixtures/; a test of a published record goes in tests/unit/content/').toEqual([]);
  });
});
