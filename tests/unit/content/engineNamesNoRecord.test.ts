/**
 * Content test: the engine (src/) names no option of any published record, so a record is
 * data the engine reads, not a shape it was built around. Each option's id, name and short
 * name (record.yaml `options`) must not appear as a word in any file under src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { filesUnder } from '../../support/files';

const root = resolve(import.meta.dirname, '../../..');
const recordsDir = join(root, 'content/records');

const optionWords = readdirSync(recordsDir).flatMap((record) => {
  const meta = parse(readFileSync(join(recordsDir, record, 'record.yaml'), 'utf8')) as { options?: { id: string; name: string; short?: string }[] };
  return (meta.options ?? []).flatMap((o) => [o.id, o.name, ...(o.short ? [o.short] : [])].map((word) => ({ record, word })));
});

test('the published records have options to look for', () => {
  expect(optionWords.length).toBeGreaterThan(0);
});

test.each(optionWords.map(({ record, word }) => [word, record]))('no file under src/ names "%s" (an option of %s)', (word) => {
  const pattern = new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i');
  const naming = filesUnder(join(root, 'src')).filter((file) => pattern.test(readFileSync(file, 'utf8')));
  expect(naming.map((file) => relative(root, file))).toEqual([]);
});
