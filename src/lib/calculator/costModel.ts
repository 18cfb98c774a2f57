/**
 * The cost calculator's arithmetic: the document's figures as defaults, the reader's
 * changes on top, and per option the monthly cost, one-off cost, total cost of
 * ownership and how it compares with the record's baseline option. Every figure is a
 * low–high range because the documents state them that way.
 */
import type { CostsData, Downtime } from '../../schemas/costs';

/** An option's id, as the record names it. */
export type PlatformId = string;

export interface Range {
  low: number;
  high: number;
}

export interface PlatformInputs {
  /** Monthly euros per infrastructure item, keyed by the item's id in costs.yaml. */
  infrastructure: Record<string, Range>;
  opsHoursPerMonth: Range;
  setupHours: Range;
  learningHours: Range;
  /** Expected hours of downtime a month; absent when the record gives no downtime. */
  downtimeHoursPerMonth?: Range;
}

/** `Id`: the record's option ids, where a caller (a test) knows them. */
export interface CostInputs<Id extends PlatformId = PlatformId> {
  hourlyRate: number;
  horizonMonths: number;
  /** What one hour of downtime costs; 0 or absent leaves downtime out of every total. */
  downtimeCost?: number;
  /** The option the others are compared with; not editable. */
  baseline: Id;
  /** Per option, in the record's order. */
  platforms: Record<Id, PlatformInputs>;
}

export interface PlatformCosts {
  infraMonthly: Range;
  opsHoursMonthly: Range;
  opsCostMonthly: Range;
  downtimeHoursMonthly: Range;
  downtimeCostMonthly: Range;
  monthlyTotal: Range;
  oneOffHours: Range;
  oneOffCost: Range;
  tco: Range;
  /** null when the baseline's figure is 0 and a multiple means nothing. */
  infraMultipleOfBaseline: Range | null;
  tcoMultipleOfBaseline: Range | null;
  /** Index m is the cost after m months; index 0 is the one-off cost. */
  cumulative: Range[];
}

export interface CostResult<Id extends PlatformId = PlatformId> {
  hourlyRate: number;
  downtimeCost: number;
  horizonMonths: number;
  platforms: Record<Id, PlatformCosts>;
}

export const MIN_HORIZON_MONTHS = 1;
export const MAX_HORIZON_MONTHS = 60;
/** How far ahead break-even is looked for, beyond the chart's horizon (costVerdict.ts): ten years. */
export const PAYBACK_SEARCH_MONTHS = 120;

/**
 * Inputs are capped so that no sum or product can overflow to Infinity, whatever a
 * reader types or a link carries; no real figure comes near it.
 */
const MAX_FIGURE = 1e9;

const zero = (): Range => ({ low: 0, high: 0 });

/** The 30-day month SLA tables use (as allowedDowntime.ts): 99.9 % leaves 0.72 h down. */
const MONTH_HOURS = 30 * 24;

/**
 * Hours of downtime a month an availability range leaves, in percent: the high
 * availability gives the low downtime. 100 % and above is none, 0 % a whole month.
 */
export function downtimeFromAvailability(percent: Range): Range {
  const down = (p: number) => ((100 - Math.min(100, Math.max(0, p))) / 100) * MONTH_HOURS;
  // Rounded to a millionth of an hour, so 99.9 % is 0.72 h and not 0.7200000000000273.
  const clean = (h: number) => Math.round(h * 1e6) / 1e6;
  return { low: clean(down(percent.high)), high: clean(down(percent.low)) };
}

/** An option's expected hours of downtime a month, as its cost data states them. */
export function downtimeHours(downtime: Downtime): Range {
  return 'hoursPerMonth' in downtime ? { ...downtime.hoursPerMonth } : downtimeFromAvailability(downtime.availability);
}

export function defaultCostInputs<Id extends PlatformId = PlatformId>(costs: CostsData): CostInputs<Id> {
  const platform = (p: CostsData['platforms'][number]): PlatformInputs => ({
    infrastructure: Object.fromEntries(p.infrastructure.map((item) => [item.id, { ...item.monthly }])),
    opsHoursPerMonth: { ...p.operations.hoursPerMonth },
    setupHours: { ...p.setupHours },
    learningHours: { ...p.learning.hours },
    ...(p.downtime ? { downtimeHoursPerMonth: downtimeHours(p.downtime) } : {}),
  });
  return {
    hourlyRate: costs.assumptions.hourlyRate,
    horizonMonths: costs.assumptions.horizonMonths,
    downtimeCost: costs.assumptions.downtimeCost ?? 0,
    baseline: costs.baseline as Id,
    platforms: Object.fromEntries(costs.platforms.map((p) => [p.id, platform(p)])) as Record<Id, PlatformInputs>,
  };
}

/** A finite figure in 0..MAX_FIGURE; a negative or non-number entry counts as 0. */
const figure = (n: number) => (Number.isFinite(n) ? Math.min(MAX_FIGURE, Math.max(0, n)) : 0);

/** Clean ends, in order: a reader may type the high estimate into the low field. */
function normalise(r: Range): Range {
  const a = figure(r.low);
  const b = figure(r.high);
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

function clampHorizon(months: number): number {
  if (!Number.isFinite(months)) return MIN_HORIZON_MONTHS;
  return Math.min(MAX_HORIZON_MONTHS, Math.max(MIN_HORIZON_MONTHS, Math.round(months)));
}

const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, high: a.high + b.high });
const scale = (r: Range, k: number): Range => ({ low: r.low * k, high: r.high * k });
const costAfter = (oneOff: Range, monthly: Range, months: number) => add(oneOff, scale(monthly, months));

/** An option's figures before it is compared with the baseline. */
type Own = Omit<PlatformCosts, 'infraMultipleOfBaseline' | 'tcoMultipleOfBaseline'>;

/** low/low and high/high, reordered if needed; null when either division is meaningless. */
function multiple(r: Range, base: Range): Range | null {
  if (base.low <= 0) return null; // ranges are normalised, so high >= low
  const a = r.low / base.low;
  const b = r.high / base.high;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

function platformCosts(p: PlatformInputs, rate: number, downtimeCost: number, horizon: number): Own {
  const infraMonthly = Object.values(p.infrastructure).map(normalise).reduce(add, zero());
  const opsHoursMonthly = normalise(p.opsHoursPerMonth);
  const opsCostMonthly = scale(opsHoursMonthly, rate);
  const downtimeHoursMonthly = normalise(p.downtimeHoursPerMonth ?? zero());
  const downtimeCostMonthly = scale(downtimeHoursMonthly, downtimeCost);
  const monthlyTotal = add(add(infraMonthly, opsCostMonthly), downtimeCostMonthly);
  const oneOffHours = add(normalise(p.setupHours), normalise(p.learningHours));
  const oneOffCost = scale(oneOffHours, rate);
  return {
    infraMonthly,
    opsHoursMonthly,
    opsCostMonthly,
    downtimeHoursMonthly,
    downtimeCostMonthly,
    monthlyTotal,
    oneOffHours,
    oneOffCost,
    tco: costAfter(oneOffCost, monthlyTotal, horizon),
    cumulative: Array.from({ length: horizon + 1 }, (_, m) => costAfter(oneOffCost, monthlyTotal, m)),
  };
}

export function computeCosts<Id extends PlatformId = PlatformId>(inputs: CostInputs<Id>): CostResult<Id> {
  const hourlyRate = figure(inputs.hourlyRate);
  const downtimeCost = figure(inputs.downtimeCost ?? 0);
  const horizonMonths = clampHorizon(inputs.horizonMonths);
  const ids = Object.keys(inputs.platforms) as Id[];
  const owned = new Map(ids.map((id) => [id, platformCosts(inputs.platforms[id], hourlyRate, downtimeCost, horizonMonths)]));
  // The baseline is one of the options (recordChecks); the first stands in for a bad link.
  const base = owned.get(inputs.baseline) ?? owned.get(ids[0]!)!;
  const compared = (p: Own): PlatformCosts => ({
    ...p,
    infraMultipleOfBaseline: multiple(p.infraMonthly, base.infraMonthly),
    tcoMultipleOfBaseline: multiple(p.tco, base.tco),
  });
  return {
    hourlyRate,
    downtimeCost,
    horizonMonths,
    platforms: Object.fromEntries([...owned].map(([id, p]) => [id, compared(p)])) as Record<Id, PlatformCosts>,
  };
}
