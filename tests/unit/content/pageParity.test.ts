/**
 * Content test: every page of every published record exists in both languages, with the
 * same structure. (The UI strings: tests/unit/translationParity.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { recordSchema } from '../../../src/schemas/record';

const root = resolve(__dirname, '../../..');
const recordsDir = join(root, 'content/records');

/** Frontmatter and the ##/### headings of an MDX page (fenced code skipped). */
function readPage(path: string) {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  let inFence = false;
  const headings: number[] = [];
  for (const line of text.slice(match[0].length).split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    else if (!inFence && /^#{2,3} /.test(line)) headings.push(line.indexOf(' '));
  }
  return { data: parse(match[1]!) as { key: string }, headings };
}

describe('pages', () => {
  const records = readdirSync(recordsDir);

  test.each(records)('record %s has every page in both languages', (record) => {
    const keysOf = (lang: string) =>
      readdirSync(join(recordsDir, record, 'pages', lang))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => readPage(join(recordsDir, record, 'pages', lang, f)).data.key)
        .sort();
    // The record's declared pages, or (a one-page record) the same one page in each language.
    const declared = recordSchema.parse(parse(readFileSync(join(recordsDir, record, 'record.yaml'), 'utf8'))).pages;
    expect(keysOf('nb')).toEqual([...(declared ?? keysOf('en'))].sort());
    expect(keysOf('en')).toEqual([...(declared ?? keysOf('nb'))].sort());
  });

  test.each(records)('record %s: each page has the same heading outline in nb and en', (record) => {
    const outline = (lang: string) =>
      Object.fromEntries(
        readdirSync(join(recordsDir, record, 'pages', lang))
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => {
            const page = readPage(join(recordsDir, record, 'pages', lang, f));
            return [page.data.key, page.headings];
          }),
      );
    // The language switch maps the n-th heading of one language to the n-th of the other.
    expect(outline('en')).toEqual(outline('nb'));
  });
});
