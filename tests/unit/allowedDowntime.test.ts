/** Uptime as the downtime a month it allows: 95 % and 99.9 % look alike, 36 h and 43 min do not. */
import { describe, expect, it } from 'vitest';
import { allowedDowntimeMinutes, durationText, type DurationWords } from '../../src/lib/checklist/allowedDowntime';
import { dictionaries } from '../../src/i18n/strings';
import { durationWords } from '../../src/lib/checklist/checklistView';
import type { ChecklistStrings } from '../../src/lib/checklist/checklistView';
import type { Lang } from '../../src/lib/text/locale';

const words = (lang: Lang): DurationWords => durationWords(dictionaries[lang].checklist as unknown as ChecklistStrings);
const nbsp = '\u00a0';

describe('allowedDowntimeMinutes', () => {
  it.each([
    [95, 36 * 60],
    [99, 7.2 * 60],
    [99.9, 43.2],
    [99.99, 4.32],
    [100, 0],
    [0, 30 * 24 * 60],
    // Out of range or not a figure: never negative, never more than a month, never NaN
    [120, 0],
    [-5, 30 * 24 * 60],
    [Number.NaN, 30 * 24 * 60],
  ])('an uptime of %s allows %s min a month', (percent, minutes) => {
    expect(allowedDowntimeMinutes(percent)).toBeCloseTo(minutes, 6);
  });
});

describe('durationText', () => {
  it.each<[number, Lang, string]>([
    [36 * 60, 'en', `36${nbsp}h`],
    [36 * 60, 'nb', `36${nbsp}timer`],
    [60, 'nb', `1${nbsp}time`],
    [43.2, 'en', `~43${nbsp}min`],
    [43.2, 'nb', `~43${nbsp}min`],
    [7.2 * 60, 'en', `7.2${nbsp}h`],
    [7.2 * 60, 'nb', `7,2${nbsp}timer`],
    [4.32, 'en', `~4.3${nbsp}min`],
    [0.432, 'en', `~26${nbsp}s`],
    [30 * 24 * 60, 'en', `30${nbsp}days`],
    [30 * 24 * 60, 'nb', `30${nbsp}dager`],
    [72 * 60, 'en', `3${nbsp}days`],
    [0, 'en', `0${nbsp}min`],
    [Number.NaN, 'nb', `0${nbsp}min`],
  ])('%s min in %s reads "%s"', (minutes, lang, text) => {
    expect(durationText(minutes, lang, words(lang))).toBe(text);
  });
});
