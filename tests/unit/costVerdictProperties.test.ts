/**
 * Property tests: over random cost lines, every claim the verdict sentence makes, in both
 * languages, holds against the cumulative series it is written from (issue 27, points 1
 * and 2), and a multiple of the baseline never prints on the other side of 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { PAYBACK_SEARCH_MONTHS, type Range } from '../../src/lib/calculator/costModel';
import { costVerdict, type VerdictOption } from '../../src/lib/calculator/costVerdict';
import { formatMoneyRange, formatMultiple, type Lang } from '../../src/lib/text/localeNumber';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
const ENDS = ['low', 'high'] as const;

/** Whole euros, so every comparison below is exact. */
const range = fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 20000 })).map(([a, b]): Range => ({ low: Math.min(a, b), high: Math.max(a, b) }));
const monthly = fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })).map(([a, b]): Range => ({ low: Math.min(a, b), high: Math.max(a, b) }));
const line = fc.record({ oneOff: range, monthly });

function option(id: string, l: { oneOff: Range; monthly: Range }, horizon: number): VerdictOption {
  const tco = { low: l.oneOff.low + l.monthly.low * horizon, high: l.oneOff.high + l.monthly.high * horizon };
  return { id, name: id, ...l, tco };
}

/** Option B's cost minus baseline A's after m months, at one end. */
const diff = (a: VerdictOption, b: VerdictOption, end: 'low' | 'high', m: number) =>
  b.oneOff[end] + b.monthly[end] * m - (a.oneOff[end] + a.monthly[end] * m);

/** Per language: the phrases whose claims are checked, each as a regex with the month(s) or sum captured. */
const PHRASES = {
  en: {
    firstLess: /costs less than A at first, but more from month (\d+)/g,
    fromStart: /costs less than A from the start/g,
    never: /never breaks even with A within/g,
    inMonth: /(?<!only )in month (\d+)(?:–(\d+))?/g,
    onlyIn: /only in month (\d+)(?:–(\d+))?, after your/g,
    more: /(€[\d,]+(?:–[\d,]+)?) more than A/g,
    less: /(€[\d,]+(?:–[\d,]+)?) less than A/g,
    cheapest: /^Over \d+ months? ([ABC]) is the cheapest \((€[\d,]+(?:–[\d,]+)?)\)/,
  },
  nb: {
    firstLess: /koster mindre enn A i starten, men mer fra måned (\d+)/g,
    fromStart: /koster mindre enn A fra start/g,
    never: /tjener seg aldri inn mot A innen/g,
    inMonth: /(?<!først )i måned (\d+)(?:–(\d+))?/g,
    onlyIn: /først i måned (\d+)(?:–(\d+))?, etter dine/g,
    more: /([\d ]+(?:–[\d ]+)? €) mer enn A/g,
    less: /([\d ]+(?:–[\d ]+)? €) mindre enn A/g,
    cheapest: /^Over \d+ måneder? er ([ABC]) billigst \(([\d ]+(?:–[\d ]+)? €)\)/,
  },
} as const;

const months = (m: RegExpMatchArray) => [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
const someEnd = (test: (end: 'low' | 'high') => boolean) => ENDS.some(test);
const upTo = (n: number) => Array.from({ length: n + 1 }, (_, m) => m);

describe('the verdict’s claims hold against the series, both languages', () => {
  it.each(['en', 'nb'] as const)('%s', (lang: Lang & ('en' | 'nb')) => {
    const p = PHRASES[lang];
    fc.assert(
      fc.property(line, line, fc.option(line, { nil: undefined }), fc.integer({ min: 1, max: 60 }), (la, lb, lc, horizon) => {
        const [a, b] = [option('A', la, horizon), option('B', lb, horizon)];
        const options = lc ? [a, b, option('C', lc, horizon)] : [a, b];
        const strings = lang === 'en' ? en.calculator : nb.calculator;
        const raw = costVerdict({ lang, strings, horizon, limit: PAYBACK_SEARCH_MONTHS, options, baseline: 'A', payback: 'B' });
        const s = plain(raw);
        expect(s).not.toMatch(/NaN|Infinity|undefined|[{}]/);
        const d = (end: 'low' | 'high', m: number) => diff(a, b, end, m);

        for (const m of s.matchAll(p.firstLess)) {
          const n = Number(m[1]);
          expect(someEnd((end) => d(end, 0) < 0 && d(end, n - 1) <= 0 && d(end, n) > 0)).toBe(true);
        }
        for (const _ of s.matchAll(p.fromStart)) {
          expect(someEnd((end) => upTo(PAYBACK_SEARCH_MONTHS).every((m) => d(end, m) <= 0) && d(end, 0) + d(end, 1) < 0)).toBe(true);
        }
        for (const _ of s.matchAll(p.never)) {
          expect(someEnd((end) => upTo(PAYBACK_SEARCH_MONTHS).every((m) => m === 0 || d(end, m) > 0))).toBe(true);
        }
        const evens = (m: RegExpMatchArray, within: boolean) => {
          for (const n of months(m)) {
            expect(n <= horizon).toBe(within);
            expect(someEnd((end) => d(end, n) <= 0 && d(end, n - 1) > 0)).toBe(true);
          }
        };
        for (const m of s.matchAll(p.inMonth)) evens(m, true);
        for (const m of s.matchAll(p.onlyIn)) evens(m, false);

        // "More/less than A" is against A, the baseline the break-even is stated against.
        const amounts = (re: RegExp) => [...s.matchAll(re)].map((m) => m[1]!.trim());
        const sum = (x: number, y: number) => plain(formatMoneyRange(x, y, lang));
        const [dl, dh] = ENDS.map((end) => b.tco[end] - a.tco[end]) as [number, number];
        for (const amount of amounts(p.more)) {
          if (dl > 0 && dh > 0) expect(amount).toBe(sum(Math.min(dl, dh), Math.max(dl, dh)));
          else expect(amount).toBe(sum(Math.max(dl, dh), Math.max(dl, dh)));
        }
        for (const amount of amounts(p.less)) {
          if (dl <= 0 && dh <= 0) expect(amount).toBe(sum(Math.min(-dl, -dh), Math.max(-dl, -dh)));
          else expect(amount).toBe(sum(-Math.min(dl, dh), -Math.min(dl, dh)));
        }

        const cheapest = s.match(p.cheapest);
        if (cheapest) {
          const named = options.find((o) => o.id === cheapest[1])!;
          for (const end of ENDS) expect(options.every((o) => named.tco[end] <= o.tco[end])).toBe(true);
          expect(cheapest[2]!.trim()).toBe(sum(named.tco.low, named.tco.high));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a level start then dearer months (an hour valued at 0) is never called cheaper at first', () => {
    const z = { low: 0, high: 0 };
    const [a, b] = [option('A', { oneOff: z, monthly: { low: 120, high: 220 } }, 12), option('B', { oneOff: z, monthly: { low: 180, high: 340 } }, 12)];
    for (const lang of ['en', 'nb'] as const) {
      const strings = lang === 'en' ? en.calculator : nb.calculator;
      const s = costVerdict({ lang, strings, horizon: 12, limit: PAYBACK_SEARCH_MONTHS, options: [a, b], baseline: 'A', payback: 'B' });
      expect(s).not.toMatch(PHRASES[lang].firstLess);
      expect(s).toMatch(PHRASES[lang].never);
    }
  });
});

describe('formatMultiple', () => {
  it('never prints an end on the other side of 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (x, y) => {
        const r = { low: Math.min(x, y), high: Math.max(x, y) };
        for (const lang of ['en', 'nb'] as const) {
          const ends = formatMultiple(r, lang).split('–').map((t) => Number(t.replace(',', '.')));
          const [lo, hi] = ends.length === 2 ? ends : [ends[0]!, ends[0]!];
          expect(Math.sign(lo! - 1)).toBe(Math.sign(r.low - 1));
          expect(Math.sign(hi! - 1)).toBe(Math.sign(r.high - 1));
        }
      }),
    );
  });

  it.each([
    [{ low: 0.96, high: 1.1 }, 'en', '0.9–1.1'],
    [{ low: 0.96, high: 1.1 }, 'nb', '0,9–1,1'],
    [{ low: 1, high: 1.04 }, 'en', '1–1.1'],
    [{ low: 4.04, high: 7.26 }, 'en', '4–7.3'],
    [{ low: 1, high: 1 }, 'nb', '1'],
  ] as const)('%o in %s: %s', (r, lang, text) => {
    expect(formatMultiple(r, lang)).toBe(text);
  });
});
