/**
 * The cost calculator's input fields: one per figure a reader may change, each with the
 * bounds that both the field and a shared link must respect, and the mapping between
 * the calculator's inputs and the flat values kept in the form and the query string.
 * Pure data and functions: shared by the island, its .astro wrapper and the unit test.
 */
import { MAX_HORIZON_MONTHS, MIN_HORIZON_MONTHS, type CostInputs, type PlatformId, type Range } from '../lib/costModel';
import type { FieldSpec } from '../lib/urlState';

export type NumberSpec = Extract<FieldSpec, { kind: 'number' }>;

/**
 * What a reader may enter. Money per month stops at the cost model's own cap (1e9);
 * an operator has at most 744 hours in a month (31 × 24); one-off hours stop at
 * 100 000 (about 50 working years); the hourly value matches costs.yaml's schema.
 */
export const BOUNDS = {
  hourlyRate: { min: 0, max: 10_000 },
  horizonMonths: { min: MIN_HORIZON_MONTHS, max: MAX_HORIZON_MONTHS, integer: true },
  money: { min: 0, max: 1_000_000_000 },
  hoursPerMonth: { min: 0, max: 744 },
  hours: { min: 0, max: 100_000 },
} as const;

export type BoundKind = keyof typeof BOUNDS;

/** Calculator's platforms in display order (costs.yaml's order; the schema enforces it). */
export const PLATFORMS: readonly PlatformId[] = ['compose', 'swarm', 'kubernetes'];

export const ENDS = ['low', 'high'] as const;
export type End = (typeof ENDS)[number];

/** The hour figures of a platform: short key in links, input field, bounds. */
export const HOUR_FIGURES = [
  { figure: 'ops', input: 'opsHoursPerMonth', bound: 'hoursPerMonth' },
  { figure: 'setup', input: 'setupHours', bound: 'hours' },
  { figure: 'learn', input: 'learningHours', bound: 'hours' },
] as const;
export type HourFigure = (typeof HOUR_FIGURES)[number]['figure'];

export const RATE_KEY = 'rate';
export const HORIZON_KEY = 'months';
export const infraKey = (platform: PlatformId, item: string, end: End) => `${platform}.infra.${item}.${end}`;
export const hoursKey = (platform: PlatformId, figure: HourFigure, end: End) => `${platform}.${figure}.${end}`;

const spec = (key: string, bound: BoundKind): NumberSpec => ({ kind: 'number', key, ...BOUNDS[bound] });

/** Every field, in the order the island shows them. */
export function costFieldSpecs(inputs: CostInputs): NumberSpec[] {
  const specs = [spec(RATE_KEY, 'hourlyRate'), spec(HORIZON_KEY, 'horizonMonths')];
  for (const id of PLATFORMS) {
    for (const item of Object.keys(inputs.platforms[id].infrastructure)) {
      for (const end of ENDS) specs.push(spec(infraKey(id, item, end), 'money'));
    }
    for (const { figure, bound } of HOUR_FIGURES) {
      for (const end of ENDS) specs.push(spec(hoursKey(id, figure, end), bound));
    }
  }
  return specs;
}

/** The flat form values of a set of inputs. */
export function inputsToValues(inputs: CostInputs): Record<string, number> {
  const values: Record<string, number> = { [RATE_KEY]: inputs.hourlyRate, [HORIZON_KEY]: inputs.horizonMonths };
  for (const id of PLATFORMS) {
    const p = inputs.platforms[id];
    for (const [item, range] of Object.entries(p.infrastructure)) {
      for (const end of ENDS) values[infraKey(id, item, end)] = range[end];
    }
    for (const { figure, input } of HOUR_FIGURES) {
      for (const end of ENDS) values[hoursKey(id, figure, end)] = p[input][end];
    }
  }
  return values;
}

/** The inputs the form's values describe; a missing or non-number value keeps `base`'s figure. */
export function valuesToInputs(values: Readonly<Record<string, unknown>>, base: CostInputs): CostInputs {
  const num = (key: string, fallback: number) => {
    const v = values[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  };
  const range = (key: (end: End) => string, fallback: Range): Range => ({
    low: num(key('low'), fallback.low),
    high: num(key('high'), fallback.high),
  });
  const platform = (id: PlatformId) => {
    const p = base.platforms[id];
    const hours = (figure: HourFigure, input: (typeof HOUR_FIGURES)[number]['input']) =>
      range((end) => hoursKey(id, figure, end), p[input]);
    return {
      infrastructure: Object.fromEntries(
        Object.entries(p.infrastructure).map(([item, r]) => [item, range((end) => infraKey(id, item, end), r)]),
      ),
      opsHoursPerMonth: hours('ops', 'opsHoursPerMonth'),
      setupHours: hours('setup', 'setupHours'),
      learningHours: hours('learn', 'learningHours'),
    };
  };
  return {
    hourlyRate: num(RATE_KEY, base.hourlyRate),
    horizonMonths: num(HORIZON_KEY, base.horizonMonths),
    platforms: { compose: platform('compose'), swarm: platform('swarm'), kubernetes: platform('kubernetes') },
  };
}

/** Element id of a field's input: one calculator per page. */
export const fieldId = (key: string) => `cc-${key.replace(/\./g, '-')}`;

/** Keys of the calculator's translated strings (the `calculator` subtree of src/i18n/*.json). */
export const STRING_KEYS = [
  'label',
  'assumptions',
  'hourlyRate',
  'hourlyRateHint',
  'horizon',
  'perHourUnit',
  'monthsUnit',
  'moneyPerMonthUnit',
  'hoursPerMonthUnit',
  'hoursUnit',
  'infraLegend',
  'opsHours',
  'setupHours',
  'learningHours',
  'editorEstimate',
  'resultsHeading',
  'resultsCaption',
  'resultsRegion',
  'figure',
  'rowInfra',
  'rowOpsHours',
  'rowOpsCost',
  'rowMonthly',
  'rowSetup',
  'rowLearning',
  'rowOneOffCost',
  'rowTco',
  'rowInfraMultiple',
  'rowTcoMultiple',
  'perMonth',
  'hours',
  'hoursPerMonth',
  'times',
  'monthOne',
  'monthOther',
  'summary',
  'hoursOnly',
  'paybackNever',
  'paybackRange',
  'paybackLowOnly',
  'paybackHighOnly',
  'chartHeading',
  'chartLabel',
  'chartLegendBand',
  'chartTable',
  'chartTableCaption',
  'chartTableRegion',
  'month',
  'start',
  'markdownTitle',
  'mdPlatform',
  'mdInfra',
  'mdOps',
  'mdMonthly',
  'mdOneOff',
  'mdTco',
  'mdInfraMultiple',
  'mdTcoMultiple',
  'oneOffWithHours',
] as const;

export type CalculatorStringKey = (typeof STRING_KEYS)[number];

export type ErrorKey = 'empty' | 'notANumber' | 'negative' | 'tooSmall' | 'tooLarge' | 'notInteger' | 'fromLink';
export const ERROR_KEYS: readonly ErrorKey[] = ['empty', 'notANumber', 'negative', 'tooSmall', 'tooLarge', 'notInteger', 'fromLink'];

/** Shared island strings (`island.*`) the calculator uses. */
export const ISLAND_KEYS = ['keptLastValid', 'copyLink', 'copyMarkdown', 'copied', 'copyFailed', 'reset', 'low', 'high'] as const;

export type CalculatorStrings = Record<CalculatorStringKey | (typeof ISLAND_KEYS)[number], string> & {
  errors: Record<ErrorKey, string>;
};

/** What the island needs to know of each platform, already in the page's language. */
export interface PlatformProps {
  id: PlatformId;
  name: string;
  topology: string;
  /** The editor's note on figures the document does not give; its hours are then estimates. */
  assumption?: string;
  items: { id: string; label: string }[];
}
