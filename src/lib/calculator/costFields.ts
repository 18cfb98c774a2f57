/**
 * The cost calculator's input fields: one per figure a reader may change, each with the
 * bounds that both the field and a shared link must respect, and the mapping between
 * the calculator's inputs and the flat values kept in the form and the query string;
 * and calculatorData, which the .astro wrapper uses to hand the island its data with every
 * label already in the page's language. Pure data and functions, shared by the island,
 * the wrapper and the unit test; the island's bundle keeps only what it uses.
 */
import type { CostsData } from '../../schemas/costs';
import type { RecordOption } from '../../schemas/record';
import type { Lang } from '../../schemas/text';
import type { Strings } from '../../i18n/strings';
import {
  defaultCostInputs,
  MAX_HORIZON_MONTHS,
  MIN_HORIZON_MONTHS,
  type CostInputs,
  type PlatformCosts,
  type PlatformId,
} from './costModel';
import { fillTemplate } from '../text/template';
import { dictionaryForms, pluralForm } from '../text/plural';
import { formatList } from '../text/locale';
import { formatNumber, formatRange } from '../text/localeNumber';
import type { FieldSpec } from '../site/urlState';

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
  downtimeCost: { min: 0, max: 1_000_000 },
} as const;

export type BoundKind = keyof typeof BOUNDS;

export const ENDS = ['low', 'high'] as const;
export type End = (typeof ENDS)[number];

/** The hour figures of a platform: short key in links, input, bounds, label (string key). */
export const HOUR_FIGURES = [
  { figure: 'ops', input: 'opsHoursPerMonth', bound: 'hoursPerMonth', label: 'opsHours' },
  { figure: 'setup', input: 'setupHours', bound: 'hours', label: 'setupHours' },
  { figure: 'learn', input: 'learningHours', bound: 'hours', label: 'learningHours' },
] as const;
export type HourFigure = (typeof HOUR_FIGURES)[number]['figure'];

export const RATE_KEY = 'rate';
export const HORIZON_KEY = 'months';
/** The cost of one hour of downtime: a field only when the record gives downtime. */
export const DOWNTIME_COST_KEY = 'downtime';
export const infraKey = (platform: PlatformId, item: string, end: End) => `${platform}.infra.${item}.${end}`;
export const hoursKey = (platform: PlatformId, figure: HourFigure, end: End) => `${platform}.${figure}.${end}`;
export const downtimeKey = (platform: PlatformId, end: End) => `${platform}.down.${end}`;
/** Scenario A in a link: a copy of every field under this prefix, and a flag that it is saved. */
export const SCENARIO_A_PREFIX = 'a.';
export const SCENARIO_A_SAVED = 'a';
/** Every key a shared link of the calculator may hold: its fields, scenario A's copies and flag. */
export const calculatorLinkKeys = (fields: readonly { key: string }[]): string[] => [
  ...fields.map((f) => f.key),
  ...fields.map((f) => SCENARIO_A_PREFIX + f.key),
  SCENARIO_A_SAVED,
];

/** Whether the record gives downtime (for every option, or for none: costs.ts). */
export const hasDowntime = (inputs: CostInputs) => Object.values(inputs.platforms).some((p) => p.downtimeHoursPerMonth);

/** A field, and where its value sits in CostInputs. */
export type CostField = NumberSpec & { path: readonly string[] };

/** Every field, in the order the island shows them. */
export function costFieldSpecs(inputs: CostInputs): CostField[] {
  const field = (key: string, bound: BoundKind, path: string[]): CostField => ({
    kind: 'number',
    key,
    ...BOUNDS[bound],
    path,
  });
  const fields = [
    field(RATE_KEY, 'hourlyRate', ['hourlyRate']),
    field(HORIZON_KEY, 'horizonMonths', ['horizonMonths']),
    ...(hasDowntime(inputs) ? [field(DOWNTIME_COST_KEY, 'downtimeCost', ['downtimeCost'])] : []),
  ];
  for (const id of Object.keys(inputs.platforms)) {
    const pair = (key: (end: End) => string, bound: BoundKind, ...path: string[]) => {
      for (const end of ENDS) fields.push(field(key(end), bound, ['platforms', id, ...path, end]));
    };
    for (const item of Object.keys(inputs.platforms[id]!.infrastructure)) {
      pair((end) => infraKey(id, item, end), 'money', 'infrastructure', item);
    }
    for (const { figure, input, bound } of HOUR_FIGURES) pair((end) => hoursKey(id, figure, end), bound, input);
    if (inputs.platforms[id]!.downtimeHoursPerMonth) pair((end) => downtimeKey(id, end), 'hoursPerMonth', 'downtimeHoursPerMonth');
  }
  return fields;
}

type Node = Record<string, unknown>;
/** The object at `path` inside `root`. */
const at = (root: unknown, path: readonly string[]) => path.reduce((node, key) => (node as Node)[key], root) as Node;

/** The flat form values of a set of inputs. */
export function inputsToValues(inputs: CostInputs, fields: readonly CostField[]): Record<string, number> {
  return Object.fromEntries(fields.map((f) => [f.key, at(inputs, f.path) as unknown as number]));
}

/** The inputs the form's values describe; a missing or non-number value keeps `base`'s figure. */
export function valuesToInputs<I extends CostInputs>(
  values: Readonly<Record<string, unknown>>,
  base: I,
  fields: readonly CostField[],
): I {
  const inputs = structuredClone(base);
  for (const { key, path } of fields) {
    const v = values[key];
    if (typeof v === 'number' && Number.isFinite(v)) at(inputs, path.slice(0, -1))[path.at(-1)!] = v;
  }
  return inputs;
}

/** The strings the island uses: the `calculator` and `island` subtrees, typed by en.json. */
export type CalculatorStrings = Strings['calculator'] & Strings['island'];

/** A figure of one platform: a result of the cost model or, for the one-off hours, an input. */
export type Metric = Exclude<keyof PlatformCosts, 'cumulative'> | 'setupHours' | 'learningHours';

/** A row of the results table or a column of the Markdown table; "{period}" in the label is filled in. */
export interface FigureLine {
  label: string;
  metric: Metric;
  /** Written as euros; otherwise as a plain range with at most 2 decimals. */
  money?: boolean;
  /** A multiple of the baseline: one decimal, never rounded across 1 (formatMultiple). */
  multiple?: boolean;
  /** Template the written range goes into ("{value}/month"). */
  unit?: string;
  strong?: boolean;
  /** The figure is an hour figure: marked as the editor's estimate for a platform with an assumption. */
  hours?: boolean;
  /** The figure is a downtime figure: marked as the editor's reading where its source is the editor. */
  downtime?: boolean;
}

/** A low–high pair of fields. */
export interface FieldPair {
  legend: string;
  keys: readonly [low: string, high: string];
  hours?: boolean;
  downtime?: boolean;
}

/** What the island needs to know of each option, already in the page's language. */
export interface PlatformProps {
  id: PlatformId;
  name: string;
  /** Printed at the chart's line ends. */
  short: string;
  topology: string;
  /** The editor's note on figures the document does not give; its hour figures are then estimates. */
  assumption?: string;
  /** Where the option's downtime comes from, when the record gives it. */
  downtime?: {
    /** The editor's reading, not the document's figure. */
    editor: boolean;
    note?: string;
    /** The availability it is derived from, written ("99.9 %"). */
    availability?: string;
  };
  pairs: FieldPair[];
}

type Translate = (key: string) => string;

/**
 * The island's props besides its strings, built on the server in the page's language.
 * `options` are record.yaml's: they give each option with cost figures its name.
 */
export function calculatorData(costs: CostsData, options: readonly RecordOption[], lang: Lang, translate: Translate) {
  const option = (id: string) => options.find((o) => o.id === id);
  const nameOf = (id: string) => option(id)?.name[lang] ?? id;
  const shortOf = (id: string) => option(id)?.short?.[lang] ?? nameOf(id);
  const baseline = { name: nameOf(costs.baseline), short: shortOf(costs.baseline) };
  /** A string of the `calculator` subtree, the baseline's short name filled in. */
  const text = (key: string) => fillTemplate(translate(`calculator.${key}`), { baseline: baseline.short });
  const defaults = defaultCostInputs(costs);
  const platforms: PlatformProps[] = costs.platforms.map((p) => ({
    id: p.id,
    name: nameOf(p.id),
    short: shortOf(p.id),
    topology: p.topology[lang],
    ...(p.assumption ? { assumption: p.assumption[lang] } : {}),
    ...(p.downtime
      ? {
          downtime: {
            editor: p.downtime.source === 'editor',
            ...(p.downtime.note ? { note: p.downtime.note[lang] } : {}),
            ...('availability' in p.downtime
              ? { availability: fillTemplate(text('percent'), { value: formatRange(p.downtime.availability, lang) }) }
              : {}),
          },
        }
      : {}),
    pairs: [
      ...p.infrastructure.map((item) => ({
        legend: labelWithUnit(item.label[lang], text('infraUnit')),
        keys: [infraKey(p.id, item.id, 'low'), infraKey(p.id, item.id, 'high')] as const,
      })),
      ...HOUR_FIGURES.map(({ figure, label }) => ({
        legend: text(label),
        keys: [hoursKey(p.id, figure, 'low'), hoursKey(p.id, figure, 'high')] as const,
        hours: true,
      })),
      ...(p.downtime ? [{ legend: text('downtimeHours'), keys: [downtimeKey(p.id, 'low'), downtimeKey(p.id, 'high')] as const, downtime: true }] : []),
    ],
  }));
  const line = (label: string, metric: Metric, extra: Partial<FigureLine> = {}): FigureLine => ({
    label: text(label),
    metric,
    ...extra,
  });
  const money = { money: true };
  const times = { multiple: true, unit: text('times') };
  const perMonth = { money: true, unit: text('perMonth') };
  // Units are in the row labels, so the cells stay narrow enough for three options.
  const downtime = costs.platforms.some((p) => p.downtime);
  const rows = [
    line('rowInfra', 'infraMonthly', money),
    line('opsHours', 'opsHoursMonthly', { hours: true }),
    line('rowOpsCost', 'opsCostMonthly', money),
    ...(downtime ? [line('downtimeHours', 'downtimeHoursMonthly', { downtime: true }), line('rowDowntimeCost', 'downtimeCostMonthly', money)] : []),
    line('rowMonthly', 'monthlyTotal', { ...money, strong: true }),
    line('setupHours', 'setupHours', { hours: true }),
    line('learningHours', 'learningHours', { hours: true }),
    line('rowOneOffCost', 'oneOffCost', money),
    line('rowTco', 'tco', { ...money, strong: true }),
    line('rowInfraMultiple', 'infraMultipleOfBaseline', times),
    line('rowTcoMultiple', 'tcoMultipleOfBaseline', times),
  ];
  const markdown = [
    line('mdInfra', 'infraMonthly', perMonth),
    line('mdOps', 'opsHoursMonthly', { unit: text('hoursPerMonth') }),
    ...(downtime ? [line('mdDowntime', 'downtimeCostMonthly', perMonth)] : []),
    line('mdMonthly', 'monthlyTotal', perMonth),
    line('mdOneOff', 'oneOffCost', money),
    line('mdOneOffHours', 'oneOffHours', { unit: text('hours') }),
    line('mdTco', 'tco', money),
    line('mdInfraMultiple', 'infraMultipleOfBaseline', times),
    line('mdTcoMultiple', 'tcoMultipleOfBaseline', times),
  ];
  const fields = costFieldSpecs(defaults);
  return {
    defaults,
    fields,
    values: inputsToValues(defaults, fields),
    platforms,
    rows,
    markdown,
    baseline: costs.baseline,
    /** Whether the record gives downtime, so the calculator asks what an hour of it costs. */
    downtime,
    /** The option whose break-even with the baseline the verdict states. */
    payback: costs.payback,
    /** "A, B and C": the options in the chart's description. */
    optionList: formatList(platforms.map((p) => p.name), lang),
  };
}

export type CalculatorData = ReturnType<typeof calculatorData>;

type UsedStrings = Pick<CalculatorStrings, 'inputsUsed' | 'inputsEdited' | 'inputsNoneEdited' | 'editedFigure' | 'low' | 'high'>;

/**
 * What produced the results, for paper: the hourly value, the period and every platform
 * figure that differs from the document's, with the document's figure beside it.
 * `rate` and `period` come already written ("€50", "12 months").
 */
export function inputsUsed(
  s: UsedStrings,
  lang: Lang,
  platforms: readonly Pick<PlatformProps, 'name' | 'pairs'>[],
  current: Readonly<Record<string, unknown>>,
  original: Readonly<Record<string, number>>,
  rate: string,
  period: string,
): string {
  const edited = platforms.flatMap((p) =>
    p.pairs.flatMap((pair) =>
      pair.keys.flatMap((key, i) => {
        const value = current[key];
        if (typeof value !== 'number' || value === original[key]) return [];
        return [
          fillTemplate(s.editedFigure, {
            platform: p.name,
            figure: pair.legend,
            end: s[ENDS[i]!],
            value: formatNumber(value, lang),
            original: formatNumber(original[key]!, lang),
          }),
        ];
      }),
    ),
  );
  const rest = edited.length ? fillTemplate(s.inputsEdited, { figures: edited.join('; ') }) : s.inputsNoneEdited;
  return `${fillTemplate(s.inputsUsed, { rate, period })} ${rest}`;
}

/**
 * A label with its unit in parentheses: "1× VPS (€/month)". A label that already ends in a
 * parenthesis takes the unit inside it, "3× VPS (control plane + 2 workers; €/month)",
 * rather than a second pair beside the first.
 */
export function labelWithUnit(label: string, unit: string): string {
  return label.endsWith(')') ? `${label.slice(0, -1)}; ${unit})` : `${label} (${unit})`;
}

/** A field's error code: a number's parse error, or a value a shared link carried. */
export type FieldErrorCode = keyof CalculatorStrings['errors'];

/**
 * What a field says when its value cannot be used. The period counts whole months, so
 * its messages speak of months ("The period can be at most 60 months"), not of numbers
 * in general; every other field takes the general message with its bounds.
 */
export function fieldErrorText(key: string, code: FieldErrorCode, spec: NumberSpec, s: CalculatorStrings, lang: Lang): string {
  if (key === HORIZON_KEY && code !== 'fromLink') {
    const months = (n: number) => fillTemplate(pluralForm(dictionaryForms(s, 'months'), n, lang), { n: formatNumber(n, lang) });
    return fillTemplate(s.horizonErrors[code], { months: months(code === 'tooSmall' ? spec.min : spec.max) });
  }
  return fillTemplate(s.errors[code], { min: formatNumber(spec.min, lang), max: formatNumber(spec.max, lang) });
}

/** The period field's hint: whole months, between its bounds. */
export function horizonHint(s: CalculatorStrings, lang: Lang): string {
  const { min, max } = BOUNDS.horizonMonths;
  return fillTemplate(s.horizonHint, { min: formatNumber(min, lang), max: formatNumber(max, lang) });
}
