/** Islands pick plural forms by the same rules as i18next, from forms the build resolved. */
import { describe, expect, test } from 'vitest';
import { pluralForms, t, LANGS } from '../../src/i18n';
import { pluralForm } from '../../src/lib/plural';

const KEYS = ['calculator.months', 'checklist.teamUnit'];
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 0.5];

describe('pluralForm', () => {
  for (const lang of LANGS) {
    for (const key of KEYS) {
      test.each(COUNTS)(`${lang} ${key}: count %s gives i18next's form`, (count) => {
        expect(pluralForm(pluralForms(lang, key), count, lang)).toBe(t(lang, key, { count }));
      });
    }
  }

  test.each([
    ['nb', 1, 'person'],
    ['nb', 2, 'personer'],
    ['en', 1, 'person'],
    ['en', 0, 'people'],
    ['en', 3, 'people'],
  ] as const)('a team of %s: %s %s', (lang, count, unit) => {
    expect(pluralForm(pluralForms(lang, 'checklist.teamUnit'), count, lang)).toBe(unit);
  });

  test('a language without a form falls back to "other"', () => {
    expect(pluralForm({ other: '{n} items' }, 1, 'en')).toBe('{n} items');
  });
});
