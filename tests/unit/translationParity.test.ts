/** Every UI string exists in both languages. (Every page of a record: tests/unit/content/pageParity.test.ts.) */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nb from '../../src/i18n/nb.json';
import en from '../../src/i18n/en.json';
import { filesUnder } from '../support/files';

const root = resolve(__dirname, '../..');

function flatten(obj: object, prefix = ''): Record<string, unknown> {
  return Object.entries(obj).reduce<Record<string, unknown>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return v && typeof v === 'object' ? { ...acc, ...flatten(v, key) } : { ...acc, [key]: v };
  }, {});
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
