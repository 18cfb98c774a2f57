/**
 * The cost calculator's answer in one sentence, over the horizon the reader chose: which
 * option is cheapest, and when the record's option of interest breaks even with the
 * baseline ("Over 36 months A is cheapest (€N); C would cost €M more and never breaks
 * even with A within 10 years"). Pure: the island, its chat message and the unit test
 * share it. Every figure is a low–high range, so each end is judged on its own (low
 * estimates against low, high against high) and the sentence says so when they differ.
 */
import { formatMoneyRange, formatNumber, type Lang } from '../text/localeNumber';
import { dictionaryForms, pluralForm } from '../text/plural';
import { fillTemplate as fill } from '../text/template';
import { formatList } from '../text/locale';
import { ENDS, type End } from './costFields';
import type { Range } from './costModel';

/** Costs grow linearly: a one-off cost, then the same sum every month. */
export interface CostLine {
  oneOff: Range;
  monthly: Range;
}

/**
 * How an option's cumulative cost compares with the baseline's over time, at one end:
 * - same: equal every month; cheaper: never more, from the start;
 * - month / later / never: dearer at first, breaks even in `month` (within the horizon /
 *   after it / not within the search limit);
 * - until: cheaper at first, dearer from `month`.
 * `at` is the exact month (a fraction) where the two lines cross, for the chart.
 */
export type BreakEven =
  | { kind: 'same' | 'cheaper' | 'never' }
  | { kind: 'month' | 'later' | 'until'; month: number; at: number };

/** A cent's millionth: below this two sums are the same. */
const EPSILON = 1e-6;

export function breakEven(option: CostLine, baseline: CostLine, end: End, horizon: number, limit: number): BreakEven {
  const upfront = option.oneOff[end] - baseline.oneOff[end];
  const perMonth = option.monthly[end] - baseline.monthly[end];
  const more = (d: number) => d > EPSILON;
  const less = (d: number) => d < -EPSILON;
  if (!more(upfront) && !more(perMonth)) return { kind: !less(upfront) && !less(perMonth) ? 'same' : 'cheaper' };
  if (more(upfront) && !less(perMonth)) return { kind: 'never' };
  if (more(upfront)) {
    // The first whole month whose end finds the option no dearer: "in month 14" is (13, 14].
    const at = upfront / -perMonth;
    const month = Math.max(1, Math.ceil(at - 1e-9));
    if (month > limit) return { kind: 'never' };
    return { kind: month <= horizon ? 'month' : 'later', month, at };
  }
  if (!more(perMonth)) return { kind: 'cheaper' };
  // Level up front, dearer each month: dearer from month 1, never cheaper.
  if (!less(upfront)) return { kind: 'never' };
  // Cheaper up front, dearer each month: from this month on it costs more.
  const at = -upfront / perMonth;
  const month = Math.floor(at + 1e-9) + 1;
  return month > limit ? { kind: 'cheaper' } : { kind: 'until', month, at };
}

/** The strings the verdict uses (the calculator's, typed by en.json). */
export interface VerdictStrings {
  verdictCheapest: string;
  verdictTie: string;
  verdictSplit: string;
  verdictOnly: string;
  verdictMore: string;
  verdictLess: string;
  verdictDiffSplit: string;
  diffMore: string;
  diffLess: string;
  verdictItself: string;
  verdictTied: string;
  breakEvenSame: string;
  breakEvenCheaper: string;
  breakEvenMonth: string;
  breakEvenLater: string;
  breakEvenNever: string;
  breakEvenUntil: string;
  breakEvenSplit: string;
  months_one: string;
  months_other: string;
  years_one: string;
  years_other: string;
}

export interface VerdictOption extends CostLine {
  id: string;
  name: string;
  /** Total cost over the horizon. */
  tco: Range;
}

export interface VerdictInput {
  lang: Lang;
  strings: VerdictStrings;
  horizon: number;
  /** Months ahead break-even is looked for (a whole number of years). */
  limit: number;
  /** In the record's order. */
  options: readonly VerdictOption[];
  baseline: string;
  /** The option whose break-even with the baseline the verdict states, if any. */
  payback?: string | undefined;
}

export function costVerdict({ lang, strings: s, horizon, limit, options, baseline, payback }: VerdictInput): string {
  const num = (n: number) => formatNumber(n, lang);
  const period = fill(pluralForm(dictionaryForms(s, 'months'), horizon, lang), { n: num(horizon) });
  const years = fill(pluralForm(dictionaryForms(s, 'years'), limit / 12, lang), { n: num(limit / 12) });
  const money = (low: number, high: number) => formatMoneyRange(low, high, lang);
  const total = (o: VerdictOption) => money(o.tco.low, o.tco.high);

  if (options.length === 1) return `${fill(s.verdictOnly, { period, name: options[0]!.name, total: total(options[0]!) })}.`;

  // The cheapest at each end; ties kept (a sum within a cent's millionth is the same).
  const lowest = { low: Math.min(...options.map((o) => o.tco.low)), high: Math.min(...options.map((o) => o.tco.high)) };
  const cheapestAt = (end: End) => options.filter((o) => o.tco[end] - lowest[end] <= EPSILON);
  const [low, high] = ENDS.map(cheapestAt) as [VerdictOption[], VerdictOption[]];
  const names = (os: VerdictOption[]) => formatList(os.map((o) => o.name), lang);
  let cheapest: string;
  if (names(low) !== names(high)) {
    cheapest = fill(s.verdictSplit, {
      period,
      low: names(low),
      high: names(high),
      lowTotal: money(lowest.low, lowest.low),
      highTotal: money(lowest.high, lowest.high),
    });
  } else {
    const template = low.length > 1 ? s.verdictTie : s.verdictCheapest;
    cheapest = fill(template, { period, name: names(low), names: names(low), total: money(lowest.low, lowest.high) });
  }

  const option = options.find((o) => o.id === payback);
  const base = options.find((o) => o.id === baseline);
  if (!option || !base || option === base) return `${cheapest}.`;

  const phrase = (b: BreakEven) => {
    const template = {
      same: s.breakEvenSame,
      cheaper: s.breakEvenCheaper,
      month: s.breakEvenMonth,
      later: s.breakEvenLater,
      never: s.breakEvenNever,
      until: s.breakEvenUntil,
    }[b.kind];
    return (month: string) => fill(template, { baseline: base.name, month, period, years });
  };
  const [bLow, bHigh] = ENDS.map((end) => breakEven(option, base, end, horizon, limit)) as [BreakEven, BreakEven];
  const monthOf = (b: BreakEven) => ('month' in b ? b.month : 0);
  let breaks: string;
  if (bLow.kind === bHigh.kind) {
    const [a, b] = [monthOf(bLow), monthOf(bHigh)].sort((x, y) => x - y) as [number, number];
    breaks = phrase(bLow)(a === b ? num(a) : `${num(a)}–${num(b)}`);
  } else {
    breaks = fill(s.breakEvenSplit, { low: phrase(bLow)(num(monthOf(bLow))), high: phrase(bHigh)(num(monthOf(bHigh))) });
  }

  // Named again when it shares the lowest cost, so "it" never points at the wrong option.
  const alone = low.length === 1 && high.length === 1;
  const cheapestAtBoth = ENDS.every((end) => option.tco[end] - lowest[end] <= EPSILON);
  if (cheapestAtBoth) return `${cheapest}; ${fill(alone ? s.verdictItself : s.verdictTied, { option: option.name, breakEven: breaks })}.`;
  // The difference is against the baseline, the option the break-even is stated against,
  // so one sentence never mixes two baselines; each end says whether it is more or less.
  const [dLow, dHigh] = ENDS.map((end) => option.tco[end] - base.tco[end]) as [number, number];
  const dearer = (d: number) => d > EPSILON;
  const vars = { option: option.name, baseline: base.name, breakEven: breaks };
  let comparison: string;
  if (dearer(dLow) === dearer(dHigh)) {
    const [a, b] = [Math.abs(dLow), Math.abs(dHigh)].sort((x, y) => x - y) as [number, number];
    comparison = fill(dearer(dLow) ? s.verdictMore : s.verdictLess, { ...vars, more: money(a, b), less: money(a, b) });
  } else {
    const diff = (d: number) => fill(dearer(d) ? s.diffMore : s.diffLess, { amount: money(Math.abs(d), Math.abs(d)) });
    comparison = fill(s.verdictDiffSplit, { ...vars, low: diff(dLow), high: diff(dHigh) });
  }
  return `${cheapest}; ${comparison}.`;
}

/** A point where the option's cost line meets the baseline's within the horizon: break-even. */
export interface BreakEvenMark {
  /** Exact month (a fraction) of the crossing, and the cumulative cost there. */
  at: number;
  cost: number;
  /** The whole month the verdict names. */
  month: number;
}

/** The chart's break-even marks, low estimates first; none beyond the horizon. */
export function breakEvenMarks(option: CostLine, baseline: CostLine, horizon: number, limit: number): BreakEvenMark[] {
  return ENDS.flatMap((end) => {
    const b = breakEven(option, baseline, end, horizon, limit);
    return b.kind === 'month' ? [{ at: b.at, cost: option.oneOff[end] + option.monthly[end] * b.at, month: b.month }] : [];
  });
}
