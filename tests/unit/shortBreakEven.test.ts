/** The scenario comparison's break-even in a few words, from the low and the high end. */
import { describe, expect, it } from 'vitest';
import type { BreakEven } from '../../src/lib/calculator/costVerdict';
import { shortBreakEven } from '../../src/lib/calculator/shortBreakEven';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';

const month = (m: number, kind: 'month' | 'later' = 'month'): BreakEven => ({ kind, month: m, at: m - 0.5 });
const never: BreakEven = { kind: 'never' };
const cheaper: BreakEven = { kind: 'cheaper' };
const same: BreakEven = { kind: 'same' };
const until: BreakEven = { kind: 'until', month: 9, at: 8.5 };

describe('shortBreakEven', () => {
  it.each([
    ['en', month(3), month(7), 'in month 3–7'],
    ['en', month(7), month(3), 'in month 3–7'],
    ['en', month(4), month(4), 'in month 4'],
    ['en', month(8), month(30, 'later'), 'in month 8–30'],
    ['en', never, never, 'not within 10 years'],
    ['en', cheaper, same, 'from the start'],
    ['en', month(9), never, 'low: in month 9; high: not within 10 years'],
    ['en', until, month(3), 'low: cheaper until month 9; high: in month 3'],
    ['nb', month(1), month(2), 'i måned 1–2'],
    ['nb', never, never, 'ikke innen 10 år'],
    ['nb', cheaper, never, 'lav: fra start; høy: ikke innen 10 år'],
  ] as const)('%s: %j and %j read "%s"', (lang, lo, hi, expected) => {
    const strings = { ...(lang === 'en' ? en : nb).calculator, ...(lang === 'en' ? en : nb).island };
    const years = lang === 'en' ? '10 years' : '10 år';
    expect(shortBreakEven(lo, hi, strings, String, years)).toBe(expected);
  });
});
