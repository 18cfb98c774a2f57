/**
 * Islands pick plural forms by the same rules as i18next: a UI string's forms from the
 * dictionary they receive, a unit's forms from the record's data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { t, LANGS } from '../../src/i18n';
import { dictionaries } from '../../src/i18n/strings';
import { dictionaryForms, pluralForm } from '../../src/lib/text/plural';
import { unitWord, withUnit } from '../../src/lib/text/unitText';
import { unit } from '../../src/schemas/text';
import { triggersSchema } from '../../src/schemas/triggers';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 0.5];
/** A fixture record (tests/fixtures/engine-record): its team size counts people. */
const triggers = triggersSchema.parse(parse(readFileSync('tests/fixtures/engine-record/0001-search-index/triggers.yaml', 'utf8')));
const team = triggers.metrics.find((m) => m.id === 'teamSize')!;

describe('pluralForm', () => {
  for (const lang of LANGS) {
    test.each(COUNTS)(`${lang} calculator.months: count %s gives i18next's form`, (count) => {
      expect(pluralForm(dictionaryForms(dictionaries[lang].calculator, 'months'), count, lang)).toBe(t(lang, 'calculator.months', { count }));
    });
  }

  test.each([
    ['nb', 1, '1\u00a0person'],
    ['nb', 2, '2\u00a0personer'],
    ['en', 1, '1\u00a0person'],
    ['en', 0, '0\u00a0people'],
    ['en', 3, '3\u00a0people'],
  ] as const)('a team in the record’s words (%s, %s): %s', (lang, count, text) => {
    expect(withUnit(String(count), unitWord(team.fieldUnit?.[lang], lang, count), lang)).toBe(text);
  });

  test('a unit without a count (a field label, a threshold printed bare) is the plural', () => {
    expect(unitWord(team.fieldUnit?.en, 'en')).toBe('people');
    expect(unitWord(undefined, 'en', 1)).toBeUndefined();
  });

  test('a language without a form falls back to "other"', () => {
    expect(pluralForm({ other: '{n} items' }, 1, 'en')).toBe('{n} items');
  });
});

describe('a unit in the record’s data', () => {
  test.each([
    ['one word, the same for every count', { nb: 'req/sek', en: 'req/s' }, { nb: { other: 'req/sek' }, en: { other: 'req/s' } }],
    [
      'plural forms per language',
      { nb: { one: 'node', other: 'noder' }, en: { one: 'node', other: 'nodes' } },
      { nb: { one: 'node', other: 'noder' }, en: { one: 'node', other: 'nodes' } },
    ],
  ])('%s', (_name, input, output) => {
    expect(unit.parse(input)).toEqual(output);
  });

  test.each([
    ['plural forms without "other"', { nb: { one: 'node' }, en: 'nodes' }],
    ['a category CLDR does not have', { nb: 'noder', en: { single: 'node', other: 'nodes' } }],
    ['an empty word', { nb: '', en: 'nodes' }],
    ['a missing language', { nb: 'noder' }],
  ])('is rejected: %s', (_name, input) => {
    expect(unit.safeParse(input).success).toBe(false);
  });
});
