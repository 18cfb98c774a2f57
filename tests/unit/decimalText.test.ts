import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/lib/text/decimalText';
import { DECIMAL_STYLE, INTL_LOCALE, formatList, type Lang } from '../../src/lib/text/locale';
import { formatNumber, toInputString } from '../../src/lib/text/localeNumber';

const LANGS: readonly Lang[] = ['nb', 'en'];

/** Figures a reader meets or types: money, hours, tiny and huge values, halves that round, float noise. */
const figures = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n + 0.5),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1.005, 2.675, 0.5, 9.995, 999.9999, 1e21, 1e-7, 5e-324, Number.MAX_VALUE),
);

describe('formatDecimal writes what Intl.NumberFormat writes, in both languages', () => {
  it.each<[number, Lang, number, number, string]>([
    [1234, 'nb', 0, 2, '1\u00a0234'],
    [1234, 'en', 0, 2, '1,234'],
    [999, 'nb', 0, 2, '999'],
    [12345.678, 'nb', 0, 2, '12\u00a0345,68'],
    [-1234.5, 'nb', 0, 2, '\u22121\u00a0234,5'],
    [-1234.5, 'en', 2, 2, '-1,234.50'],
    [-0.001, 'en', 0, 2, '0'],
    [1.005, 'en', 0, 2, '1.01'],
    [0.5, 'en', 0, 0, '1'],
    [9.995, 'nb', 2, 2, '10,00'],
    [1e21, 'en', 0, 0, '1,000,000,000,000,000,000,000'],
  ])('%d in %s with %d–%d fraction digits is "%s"', (value, lang, min, max, expected) => {
    expect(formatDecimal(value, DECIMAL_STYLE[lang], { minFraction: min, maxFraction: max })).toBe(expected);
  });

  it('matches Intl for any figure and any number of fraction digits', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom(...LANGS), fc.nat(20), fc.nat(20), (value, lang, a, b) => {
        const [minFraction, maxFraction] = a <= b ? [a, b] : [b, a];
        const intl = new Intl.NumberFormat(INTL_LOCALE[lang], { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction, signDisplay: 'negative' });
        expect(formatDecimal(value, DECIMAL_STYLE[lang], { minFraction, maxFraction })).toBe(intl.format(value));
      }),
      { numRuns: 3000 },
    );
  });

  // What a field holds: a typed number (at most 15 significant digits) or a sum with float noise.
  const fieldValues = fc.oneof(
    fc.tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: -14, max: 6 })).map(([digits, exponent]) => Number(`${digits}e${exponent}`)),
    fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 })).map(([a, b]) => a / 10 + b / 100),
  );

  it('writes a field value as the plain digits Intl gives with 15 significant digits, never an exponent', () => {
    const intl = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15, maximumFractionDigits: 12, roundingPriority: 'lessPrecision', signDisplay: 'negative' });
    fc.assert(
      fc.property(fieldValues, (value) => {
        expect(toInputString(value, 'en')).toBe(intl.format(value));
      }),
      { numRuns: 3000 },
    );
    expect(toInputString(0.1 + 0.2, 'nb')).toBe('0,3');
    expect(toInputString(1e-7, 'en')).toBe('0.0000001');
  });

  // Past 15 digits Intl rounds an approximation of the double (9999999.999999994 -> "10000000"),
  // so there the promise is the field's: plain digits that read back as the figure, to 15 digits.
  it('writes any figure as plain digits that read back as it, to 15 significant digits', () => {
    fc.assert(
      // A field takes at most 40 characters, so nothing near 1e21.
      fc.property(figures.filter((value) => Math.abs(value) < 1e21), (value) => {
        const text = toInputString(value, 'en');
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        // 15 significant digits, at most 12 after the point.
        expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(Math.abs(value) * 5e-15 + 5e-13);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a figure that cannot be computed as a dash, never NaN or Infinity', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(formatNumber(value, 'nb')).toBe('–');
  });
});

describe('formatList joins as Intl.ListFormat does', () => {
  it.each([[[]], [['A']], [['A', 'B']], [['A', 'B', 'C']], [['Docker, lokal', 'B', 'C', 'D']]])('%j', (items) => {
    for (const lang of LANGS) {
      expect(formatList(items, lang)).toBe(new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(items));
    }
  });
});
