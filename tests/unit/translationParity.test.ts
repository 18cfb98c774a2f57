/** Every UI string and every page exists in both languages, with the same structure. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import nb from '../../src/i18n/nb.json';
import en from '../../src/i18n/en.json';
import { recordSchema } from '../../src/schemas/record';
import { filesUnder } from '../support/files';

const root = resolve(__dirname, '../..');
const recordsDir = join(root, 'content/records');

function flatten(obj: object, prefix = ''): Record<string, unknown> {
  return Object.entries(obj).reduce<Record<string, unknown>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return v && typeof v === 'object' ? { ...acc, ...flatten(v, key) } : { ...acc, [key]: v };
  }, {});
}

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

describe('UI strings', () => {
  const nbKeys = Object.keys(flatten(nb)).sort();
  const enKeys = Object.keys(flatten(en)).sort();

  test('nb and en have exactly the same keys', () => {
    expect(enKeys.filter((k) => !nbKeys.includes(k)), 'keys only in en.json').toEqual([]);
    expect(nbKeys.filter((k) => !enKeys.includes(k)), 'keys only in nb.json').toEqual([]);
  });

  test('no string is empty', () => {
    for (const [lang, strings] of Object.entries({ nb, en })) {
      for (const [key, value] of Object.entries(flatten(strings))) {
        expect(typeof value === 'string' && value.trim().length > 0, `${lang}.json ${key}`).toBe(true);
      }
    }
  });

  test('every key the code asks for exists in both languages', () => {
    const used = new Set<string>();
    const call = /\bt\(\s*(?:(?:[a-zA-Z.]+|'(?:nb|en)')\s*,\s*)?'([a-zA-Z][\w.]*)'/g;
    for (const file of filesUnder(join(root, 'src')).filter((f) => /\.(astro|ts|tsx)$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(call)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const has = (keys: string[], key: string) => keys.includes(key) || keys.includes(`${key}_one`);
    const missing = [...used].filter((k) => !has(nbKeys, k) || !has(enKeys, k));
    expect(missing).toEqual([]);
  });
});

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
