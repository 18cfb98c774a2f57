/**
 * The scenario comparison's short break-even ("in month 3–7"): only the calculator's later
 * part (src/islands/CostInsights.tsx) uses it, so it is a module of its own and loads with it.
 */
import type { BreakEven } from './costVerdict';
import { fillTemplate as fill } from '../text/template';

/** The words of a short break-even ("in month 3–7"), for the scenario comparison. */
export interface ShortBreakEvenStrings {
  abMonth: string;
  abNever: string;
  abFromStart: string;
  abUntil: string;
  low: string;
  high: string;
}

/**
 * When the option breaks even, in a few words, from its break-even at the low and the high
 * end: one phrase when both ends say the same kind of thing ("in month 3–7", "not within
 * 10 years"), otherwise each end named ("low: in month 9; high: not within 10 years").
 * `num` writes a number, `years` the search limit ("10 years").
 */
export function shortBreakEven(lo: BreakEven, hi: BreakEven, s: ShortBreakEvenStrings, num: (n: number) => string, years: string): string {
  const words = (b: BreakEven, month: string) =>
    b.kind === 'month' || b.kind === 'later'
      ? fill(s.abMonth, { month })
      : b.kind === 'until'
        ? fill(s.abUntil, { month })
        : b.kind === 'never'
          ? fill(s.abNever, { years })
          : s.abFromStart;
  const monthOf = (b: BreakEven) => ('month' in b ? b.month : 0);
  const crosses = (b: BreakEven) => b.kind === 'month' || b.kind === 'later';
  const alike = (crosses(lo) && crosses(hi)) || words(lo, '') === words(hi, '');
  if (alike) {
    const [a, b] = [monthOf(lo), monthOf(hi)].sort((x, y) => x - y) as [number, number];
    return words(lo, a === b ? num(a) : `${num(a)}–${num(b)}`);
  }
  return `${s.low}: ${words(lo, num(monthOf(lo)))}; ${s.high}: ${words(hi, num(monthOf(hi)))}`;
}
