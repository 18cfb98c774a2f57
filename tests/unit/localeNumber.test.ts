import fc from 'fast-check';
import { withUnit } from '../../src/lib/text/unitText';
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatMoneyOrMore,
  formatMoneyRange,
  formatNumber,
  formatRange,
  parseLocaleNumber,
  toInputString,
  type Lang,
  type NumberBounds,
  type NumberError,
} from '../../src/lib/text/localeNumber';

/** Intl groups with U+00A0 or U+202F; the reader sees a space either way. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Mostly strings made of the characters a number is written with, to reach every branch. */
const numberLikeOrAnyString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789 ,.+-\u2212€%e\u00a0\u202f'), maxLength: 45 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('parseLocaleNumber reads what a reader types', () => {
  it.each<[string, Lang, number]>([
    ['1 000,5', 'nb', 1000.5],
    ['1000,5', 'nb', 1000.5],
    ['1000.5', 'nb', 1000.5],
    ['1 000.5', 'nb', 1000.5],
    ['1\u00a0000,5', 'nb', 1000.5],
    ['1\u202f000\u202f000', 'nb', 1_000_000],
    ['  42  ', 'nb', 42],
    ['20 €', 'nb', 20],
    ['€20', 'nb', 20],
    ['99,9 %', 'nb', 99.9],
    ['+5', 'nb', 5],
    ['-5', 'nb', -5],
    ['\u22125', 'nb', -5],
    ['-0', 'nb', 0],
    ['1,000.5', 'en', 1000.5],
    ['1000.5', 'en', 1000.5],
    ['1 000.5', 'en', 1000.5],
    ['€1,000.50', 'en', 1000.5],
    ['-€5', 'en', -5],
    ['€-5', 'en', -5],
    ['12,345,678', 'en', 12_345_678],
    // A point that cannot group thousands is a decimal mark in nb; a comma never groups there.
    ['1.5', 'nb', 1.5],
    ['1.50', 'nb', 1.5],
    ['0.125', 'nb', 0.125],
    ['1000.500', 'nb', 1000.5],
    ['1 000.500', 'nb', 1000.5],
    ['1,000', 'nb', 1],
    ['1,000', 'en', 1000],
    ['1.000', 'en', 1],
    ['1,000.5', 'en', 1000.5],
    ['1\u00a0000', 'en', 1000],
    ['1\u202f000', 'en', 1000],
    ['12\u202f500,25 €', 'nb', 12500.25],
    ['999999999', 'nb', 999_999_999],
    ['1.0000', 'nb', 1],
  ])('%j in %s is %d', (input, lang, expected) => {
    const result = parseLocaleNumber(input, lang);
    expect(result).toEqual({ ok: true, value: expected });
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });

  it.each<[string, Lang, NumberBounds, NumberError]>([
    ['', 'nb', {}, 'empty'],
    ['   \u00a0 ', 'nb', {}, 'empty'],
    ['abc', 'nb', {}, 'notANumber'],
    ['12abc', 'en', {}, 'notANumber'],
    ['1,2,3', 'nb', {}, 'notANumber'],
    // nb "1.000" could be one or a thousand: the reader is told how to write it, never guessed at.
    ['1.000', 'nb', {}, 'separators'],
    ['12.500', 'nb', {}, 'separators'],
    ['1.000.000', 'nb', {}, 'separators'],
    ['1.000,5', 'nb', {}, 'separators'],
    ['-1.000', 'nb', { min: 0 }, 'separators'],
    ['1.000 €', 'nb', {}, 'separators'],
    ['€12.500', 'nb', {}, 'separators'],
    // en writes decimals with a point: nb's comma gets the same hint.
    ['1,5', 'en', {}, 'separators'],
    ['1 000,5', 'en', {}, 'separators'],
    ['1.000,5', 'en', {}, 'separators'],
    ['12,3456', 'en', {}, 'separators'],
    ['1.000<script>', 'nb', {}, 'notANumber'],
    ['1.000.00', 'nb', {}, 'notANumber'],
    ['1.00.000', 'nb', {}, 'notANumber'],
    ['1,000,5', 'en', {}, 'notANumber'],
    ['1e3,5', 'en', {}, 'notANumber'],
    ['1e309', 'en', {}, 'notANumber'],
    ['1e3', 'nb', {}, 'notANumber'],
    ['Infinity', 'en', {}, 'notANumber'],
    ['-Infinity', 'en', {}, 'notANumber'],
    ['NaN', 'nb', {}, 'notANumber'],
    ['0x10', 'en', {}, 'notANumber'],
    ['--5', 'nb', {}, 'notANumber'],
    ['€', 'en', {}, 'notANumber'],
    ['1'.repeat(41), 'en', {}, 'notANumber'],
    ['-1', 'nb', { min: 0 }, 'negative'],
    ['0,5', 'nb', { min: 1 }, 'tooSmall'],
    ['-10', 'en', { min: -5 }, 'tooSmall'],
    ['101', 'en', { max: 100 }, 'tooLarge'],
    ['2.5', 'en', { integer: true }, 'notInteger'],
    ['2,5', 'nb', { min: 0, max: 10, integer: true }, 'notInteger'],
  ])('%j in %s with %j is %s', (input, lang, bounds, error) => {
    expect(parseLocaleNumber(input, lang, bounds)).toEqual({ ok: false, error });
  });

  it('accepts a value exactly at its bounds', () => {
    expect(parseLocaleNumber('0', 'nb', { min: 0, max: 100 })).toEqual({ ok: true, value: 0 });
    expect(parseLocaleNumber('100', 'nb', { min: 0, max: 100 })).toEqual({ ok: true, value: 100 });
  });

  it('never throws and never returns a non-finite value, whatever the string', () => {
    fc.assert(
      fc.property(numberLikeOrAnyString, fc.constantFrom<Lang>('nb', 'en'), (input, lang) => {
        const result = parseLocaleNumber(input, lang);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});

describe('formatting', () => {
  it('groups thousands and uses each language’s decimal mark', () => {
    expect(spaces(formatNumber(1000.5, 'nb'))).toBe('1 000,5');
    expect(formatNumber(1000.5, 'en')).toBe('1,000.5');
    expect(formatNumber(1 / 3, 'en', 1)).toBe('0.3');
  });

  it('prints euros with cents only when there are any', () => {
    expect(spaces(formatMoney(1000.5, 'nb'))).toBe('1 000,50 €');
    expect(formatMoney(1000.5, 'en')).toBe('€1,000.50');
    expect(spaces(formatMoney(20, 'nb'))).toBe('20 €');
    expect(formatMoney(20, 'en')).toBe('€20');
    expect(formatMoney(-5, 'en')).toBe('-€5');
    expect(formatMoney(-0.001, 'en')).toBe('€0');
  });

  it('puts the plus of "or more" on the number, before nb’s euro sign', () => {
    expect(formatMoneyOrMore(100, 'en')).toBe('€100+');
    expect(spaces(formatMoneyOrMore(200, 'nb'))).toBe('200+ €');
    expect(spaces(formatMoneyOrMore(1000, 'nb'))).toBe('1 000+ €');
    expect(formatMoneyOrMore(Number.NaN, 'nb')).toBe('–');
  });

  it('prints a money range with one euro sign, and a single value when both ends agree', () => {
    expect(formatMoneyRange(80, 140, 'en')).toBe('€80–140');
    expect(spaces(formatMoneyRange(80, 140, 'nb'))).toBe('80–140 €');
    expect(formatMoneyRange(20, 20, 'en')).toBe('€20');
    expect(formatMoneyRange(140, 80, 'en')).toBe('€80–140');
    expect(formatMoneyRange(80, 140.5, 'en')).toBe('€80.00–140.50');
  });

  it('prints ranges', () => {
    expect(formatRange({ low: 2.5, high: 4 }, 'nb')).toBe('2,5–4');
    expect(formatRange({ low: 4, high: 7 }, 'en')).toBe('4–7');
  });

  it('prints a dash, never NaN or Infinity, for a figure that is not finite', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(bad, 'nb')).toBe('–');
      expect(formatMoney(bad, 'en')).toBe('–');
      expect(formatMoneyRange(0, bad, 'en')).toBe('–');
      expect(formatRange({ low: bad, high: 1 }, 'nb')).toBe('–');
      expect(toInputString(bad, 'nb')).toBe('');
    }
  });

  it('does not print negative zero', () => {
    expect(formatNumber(-0, 'nb')).toBe('0');
    expect(formatNumber(-0.001, 'en')).toBe('0');
  });

  it('survives absurd fraction-digit counts', () => {
    expect(formatNumber(1.5, 'en', -3)).toBe('2');
    expect(formatNumber(1.5, 'en', 500)).toBe('1.5');
    expect(formatNumber(1.5, 'en', Number.NaN)).toBe('1.5');
  });
});

describe('toInputString', () => {
  it('writes plain digits with the language’s decimal mark', () => {
    expect(toInputString(1000.5, 'nb')).toBe('1000,5');
    expect(toInputString(1000.5, 'en')).toBe('1000.5');
    expect(toInputString(0.1 + 0.2, 'en')).toBe('0.3');
    expect(toInputString(-0, 'nb')).toBe('0');
    expect(toInputString(1e21, 'en')).toBe('1000000000000000000000');
  });

  it('round-trips through parseLocaleNumber for any value in range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom<Lang>('nb', 'en'),
        (value, lang) => {
          const result = parseLocaleNumber(toInputString(value, lang), lang, { min: -1e12, max: 1e12 });
          expect(result.ok).toBe(true);
          // Relative for large values; small ones are written to 12 decimals.
          if (result.ok) expect(Math.abs(result.value - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
        },
      ),
    );
  });
});

describe('withUnit', () => {
  it('writes percent as each language does and keeps other units apart', () => {
    expect(withUnit('95', '%', 'en')).toBe('95%');
    expect(withUnit('95', '%', 'nb')).toBe('95\u00a0%');
    expect(withUnit('10', 'req/s', 'en')).toBe('10\u00a0req/s');
    expect(withUnit('3', undefined, 'nb')).toBe('3');
  });
});
