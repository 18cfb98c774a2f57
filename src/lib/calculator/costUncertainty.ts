/**
 * How sure the calculator's answer is. Every figure of a record's cost data is a low–high
 * range, an estimate rather than two cases; this draws each ranged input from its range
 * many times over (a Monte Carlo simulation) and counts, over all draws:
 * - how often the payback option has paid off against the baseline by a given month, that
 *   is costs no more in total by then (its line has met the baseline's: costVerdict.ts);
 * - the 10th, 50th and 90th percentile of each option's total over the period.
 *
 * Uniform, not triangular: a document states its figures as two ends ("20–40 hours") and
 * names no most likely value. A triangular distribution needs one, which would have to be
 * invented (the midpoint), and would make the ends look less likely than the document
 * says; the uniform assumes nothing beyond the two ends. Every range is drawn on its own:
 * the documents say nothing of how their estimates move together.
 *
 * Deterministic: the generator is seeded (mulberry32), so the same inputs, and so one
 * link, always give the same figures. Pure: no DOM; the island, the build (the page
 * without JavaScript) and the unit tests share it.
 */
import type { CostInputs, PlatformId, Range } from './costModel';

/** Draws per simulation: one percentage point is about two standard errors at 10,000. */
export const SAMPLES = 10_000;
/** Any fixed seed will do; this one is the number. */
export const SEED = 24;
/** The months the calculator always states the chance of payback for, besides the reader's period. */
export const PAYBACK_MONTHS = [12, 24, 36] as const;

/** mulberry32: a small, fast 32-bit generator, good enough for sampling; numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface Uncertainty<Id extends PlatformId = PlatformId> {
  /** Per option, its total over the period at the 10th, 50th and 90th percentile. */
  totals: Record<Id, Percentiles>;
  /** Chance (0..1) that the payback option has paid off by each month, in order; none without a payback option. */
  payback: { month: number; chance: number }[];
}

/** A finite figure in 0..1e9, as the cost model reads one. */
const figure = (n: number) => (Number.isFinite(n) ? Math.min(1e9, Math.max(0, n)) : 0);

/** The value at quantile q of sorted values (nearest rank). */
const quantile = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/**
 * The simulation over the reader's inputs. `payback` and `baseline` are option ids;
 * the months whose chance is given are PAYBACK_MONTHS and the period, in order.
 */
export function simulate<Id extends PlatformId>(
  inputs: CostInputs<Id>,
  payback: Id | undefined,
  samples = SAMPLES,
  seed = SEED,
): Uncertainty<Id> {
  const steps = simulation(inputs, payback, samples, seed);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Draws per slice of a simulation run in slices (simulateInSlices). */
export const SLICE = 2_500;

/**
 * The simulation, pausing after every `slice` draws: the same draws in the same order, so
 * the same figures as one run. A browser can yield between slices (simulateInSlices).
 */
export function* simulation<Id extends PlatformId>(
  inputs: CostInputs<Id>,
  payback: Id | undefined,
  samples = SAMPLES,
  seed = SEED,
  slice = SLICE,
): Generator<void, Uncertainty<Id>> {
  const random = mulberry32(seed);
  const rate = figure(inputs.hourlyRate);
  const downtimeCost = figure(inputs.downtimeCost ?? 0);
  const horizon = Math.min(60, Math.max(1, Math.round(Number.isFinite(inputs.horizonMonths) ? inputs.horizonMonths : 1)));
  const ids = Object.keys(inputs.platforms) as Id[];
  // Each option's ranged figures, flattened once: per term its low end, its span and what
  // one unit of it costs (1 for euros, the hourly value for hours); a fixed figure is added
  // up front and draws nothing. Term t of option i sits at first[i] <= t < first[i + 1].
  const low: number[] = [];
  const span: number[] = [];
  const weight: number[] = [];
  const monthlyTerm: boolean[] = [];
  const first: number[] = [];
  const fixedOneOff = new Float64Array(ids.length);
  const fixedMonthly = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const p = inputs.platforms[id];
    first.push(low.length);
    const term = (r: Range | undefined, w: number, monthly: boolean) => {
      if (!r || w === 0) return;
      const a = figure(Math.min(r.low, r.high));
      const b = figure(Math.max(r.low, r.high));
      if (b > a) {
        low.push(a);
        span.push(b - a);
        weight.push(w);
        monthlyTerm.push(monthly);
      } else if (monthly) fixedMonthly[i]! += a * w;
      else fixedOneOff[i]! += a * w;
    };
    for (const item of Object.values(p.infrastructure)) term(item, 1, true);
    term(p.opsHoursPerMonth, rate, true);
    term(p.downtimeHoursPerMonth, downtimeCost, true);
    term(p.setupHours, rate, false);
    term(p.learningHours, rate, false);
  });
  first.push(low.length);
  const totals = ids.map(() => new Float64Array(samples));
  const months = [...new Set([...PAYBACK_MONTHS, horizon])].sort((a, b) => a - b);
  const paidOff = months.map(() => 0);
  const pi = payback === undefined ? -1 : ids.indexOf(payback);
  const bi = ids.indexOf(inputs.baseline);
  const track = pi >= 0 && bi >= 0 && pi !== bi;
  const oneOff = new Float64Array(ids.length);
  const monthly = new Float64Array(ids.length);
  for (let s = 0; s < samples; s++) {
    if (s > 0 && s % slice === 0) yield;
    for (let i = 0; i < ids.length; i++) {
      let once = fixedOneOff[i]!;
      let month = fixedMonthly[i]!;
      for (let t = first[i]!; t < first[i + 1]!; t++) {
        const v = (low[t]! + span[t]! * random()) * weight[t]!;
        if (monthlyTerm[t]) month += v;
        else once += v;
      }
      oneOff[i] = once;
      monthly[i] = month;
      totals[i]![s] = once + month * horizon;
    }
    if (track) {
      const upfront = oneOff[pi]! - oneOff[bi]!;
      const perMonth = monthly[pi]! - monthly[bi]!;
      // Paid off by month m: no dearer in total by then (a cent's millionth is the same, as in costVerdict.ts).
      for (let k = 0; k < months.length; k++) if (upfront + perMonth * months[k]! <= 1e-6) paidOff[k]!++;
    }
  }
  return {
    totals: Object.fromEntries(
      ids.map((id, i) => {
        const sorted = totals[i]!.sort();
        return [id, { p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) }];
      }),
    ) as Record<Id, Percentiles>,
    payback: track ? months.map((month, k) => ({ month, chance: paidOff[k]! / samples })) : [],
  };
}

/** The last two simulations kept: the island renders the same inputs in several places, on every keystroke, for two scenarios. */
const kept = new Map<string, Uncertainty>();
const keyOf = (inputs: CostInputs, payback: string | undefined) => JSON.stringify([inputs, payback]);
const keep = (key: string, result: Uncertainty) => {
  if (kept.size >= 2) kept.delete(kept.keys().next().value!);
  kept.set(key, result);
};
export function simulateOnce<Id extends PlatformId>(inputs: CostInputs<Id>, payback: Id | undefined): Uncertainty<Id> {
  const key = keyOf(inputs, payback);
  let result = kept.get(key);
  if (!result) keep(key, (result = simulate(inputs, payback)));
  return result as Uncertainty<Id>;
}

/**
 * Runs the simulation a slice at a time, awaiting `pause()` between slices (a browser ends
 * its task there), and keeps the result for simulateOnce: the island's later part does
 * this before it first renders, so no task of it is long on a slow phone.
 */
export async function simulateInSlices<Id extends PlatformId>(inputs: CostInputs<Id>, payback: Id | undefined, pause: () => Promise<void>): Promise<void> {
  const key = keyOf(inputs, payback);
  if (kept.has(key)) return;
  const steps = simulation(inputs, payback);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return keep(key, step.value);
    await pause();
  }
}

/**
 * A chance in tenths, as the calculator says it ("7 in 10"): `none` and `all` only when no
 * draw or every draw paid off; otherwise 1 to 9 in 10, with `under` below one in twenty
 * and `over` above nineteen in twenty, so a rare case never reads as impossible.
 */
export function chanceInTen(chance: number): { kind: 'none' | 'all' | 'under' | 'over' } | { kind: 'tenths'; n: number } {
  if (chance <= 0) return { kind: 'none' };
  if (chance >= 1) return { kind: 'all' };
  if (chance < 0.05) return { kind: 'under' };
  if (chance > 0.95) return { kind: 'over' };
  return { kind: 'tenths', n: Math.min(9, Math.max(1, Math.round(chance * 10))) };
}
