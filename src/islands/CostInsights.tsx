/**
 * The calculator's later part: how sure its answer is (a seeded Monte Carlo), which figure
 * decides it (a tornado) and scenario A beside B. The island loads this module with a
 * dynamic import() when the reader needs it (./CostCalculator.tsx), so the
 * verdict never waits for it and the page's first JavaScript stays within its budget; the
 * server imports it at once (../tools/cost-calculator/CostCalculator.astro), so the page without
 * JavaScript and the print view carry all of it, computed when the site is built.
 */
import type { JSX } from 'preact';
import { computeCosts, PAYBACK_SEARCH_MONTHS, type CostInputs, type Range } from '../lib/calculator/costModel';
import { chanceInTen, SAMPLES, simulateInSlices, simulateOnce } from '../lib/calculator/costUncertainty';
import { tornado } from '../lib/calculator/costSensitivity';
import { breakEven } from '../lib/calculator/costVerdict';
import { shortBreakEven } from '../lib/calculator/shortBreakEven';
import { inputsToValues, valuesToInputs, type CalculatorData, type CalculatorStrings } from '../lib/calculator/costFields';
import { dictionaryForms, pluralForm } from '../lib/text/plural';
import { fillTemplate as fill } from '../lib/text/template';
import { wholeRanges } from '../lib/text/wholeRanges';
import { Table, type Row } from './CostTable';

/** What the island knows and has written that these parts need. */
export interface InsightsContext {
  lang: 'nb' | 'en';
  s: CalculatorStrings;
  platforms: CalculatorData['platforms'];
  defaults: CalculatorData['defaults'];
  fields: CalculatorData['fields'];
  baseline: string;
  payback: string | undefined;
  paybackName: string;
  baselineName: string;
  /** Whether a payback option is compared with the baseline. */
  tracked: boolean;
  inputs: CostInputs;
  result: ReturnType<typeof computeCosts>;
  /** The period, written ("12 months"). */
  horizon: string;
  num: (n: number) => string;
  money: (r: Range) => string;
  period: (n: number) => string;
}

/**
 * Before the first render in the browser: each scenario's simulation, a slice per task
 * (src/lib/calculator/costUncertainty.ts), so rendering then only reads them.
 */
export async function prepare(scenarios: CostInputs[], payback: string | undefined, pause: () => Promise<void>): Promise<void> {
  for (const inputs of scenarios) await simulateInSlices(inputs, payback, pause);
}

/** A sentence whose ranges of figures never break across lines (src/lib/text/wholeRanges.ts). */
const unbroken = (text: string) => wholeRanges(text).map((run) => (run.whole ? <span class="cc-range">{run.text}</span> : run.text));

const percent = (c: InsightsContext, chance: number) => fill(c.s.percent, { value: c.num(Math.round(chance * 100)) });

// ---------------------------------------------------------------- how sure
/** The chance of payback by the reader's period, in words; empty without a payback option. */
export function headline(c: InsightsContext): string {
  if (!c.tracked) return '';
  const { s } = c;
  const at = simulateOnce(c.inputs, c.payback).payback.find((p) => p.month === c.result.horizonMonths);
  if (!at) return '';
  const chance = chanceInTen(at.chance);
  const template = { none: s.chanceNone, all: s.chanceAll, under: s.chanceUnder, over: s.chanceOver, tenths: s.chanceTenths }[chance.kind];
  return `${fill(template, { n: 'n' in chance ? c.num(chance.n) : '', option: c.paybackName, baseline: c.baselineName, month: c.num(at.month) })}.`;
}

export const Chance = ({ c }: { c: InsightsContext }) => <>{unbroken(headline(c))}</>;

export function Sure({ c }: { c: InsightsContext }): JSX.Element {
  const { s, num } = c;
  const sim = simulateOnce(c.inputs, c.payback);
  // Whole euros: a simulated percentile is no more exact than that.
  const euros = (n: number) => c.money({ low: Math.round(n), high: Math.round(n) });
  return (
    <div class="cc-sure">
      <h3 class="cc-heading">{s.sureHeading}</h3>
      <div class="cc-cards">
        {c.tracked && (
          <Table
            caption={fill(s.chanceCaption, { option: c.paybackName, baseline: c.baselineName })}
            corner={s.month}
            names={[s.chance]}
            rows={sim.payback.map((p) => [fill(s.byMonth, { n: num(p.month) }), percent(c, p.chance)])}
          />
        )}
        <Table
          caption={fill(s.percentilesCaption, { period: c.horizon })}
          corner={s.figure}
          names={c.platforms.map((p) => p.name)}
          rows={(['p10', 'p50', 'p90'] as const).map((q) => [s[q], ...c.platforms.map((p) => euros(sim.totals[p.id]![q]))])}
        />
      </div>
      <p class="cc-hint">{fill(s.sureMethod, { samples: num(SAMPLES) })}</p>
    </div>
  );
}

// ---------------------------------------------------------------- which figure decides
export function Decides({ c }: { c: InsightsContext }): JSX.Element {
  const { s, platforms, defaults, fields, payback, baseline } = c;
  /** "€3,000 more" or "€1,200 less": the payback option against the baseline. */
  const diffText = (d: number) => fill(d > 1e-6 ? s.diffMore : s.diffLess, { amount: c.money({ low: Math.abs(d), high: Math.abs(d) }) });
  const ranged = platforms.flatMap((p) =>
    p.pairs.map((pair) => ({ id: pair.keys[0], keys: pair.keys, name: fill(s.tornadoInput, { platform: p.name, figure: pair.legend }) })),
  );
  const answer = (v: Record<string, number>) => {
    const r = computeCosts(valuesToInputs(v, defaults, fields)).platforms;
    return r[payback!]!.tco.low - r[baseline]!.tco.low;
  };
  const t = tornado(inputsToValues(c.inputs, fields), ranged, answer);
  // The eight that move it most: the rest move it less than the smallest shown.
  const bars = t.bars.slice(0, 8);
  const ends = [t.middle, ...bars.flatMap((b) => [b.atLow, b.atHigh])];
  const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
  // The line where the two cost the same, only where a bar reaches it: far off, it would squash the bars.
  const zero = lo <= 0 && hi >= 0;
  const x = (v: number) => (hi > lo ? ((v - lo) / (hi - lo)) * 100 : 50);
  const segment = (v: number, css: string) => <rect class={css} x={Math.min(x(v), x(t.middle))} width={Math.abs(x(v) - x(t.middle))} y="1" height="8" />;
  const nameOf = (id: string) => ranged.find((r) => r.id === id)!.name;
  const first = bars[0];
  const vars = { option: c.paybackName, baseline: c.baselineName, period: c.horizon };
  return (
    <div class="cc-tornado">
      <h3 class="cc-heading">{s.tornadoHeading}</h3>
      {first && (
        <p class="cc-decides">
          {unbroken(fill(s.tornadoSentence, { ...vars, input: nameOf(first.id), atLow: diffText(first.atLow), atHigh: diffText(first.atHigh) }))}
          {first.atLow > 1e-6 !== first.atHigh > 1e-6 && ` ${s.tornadoFlips}`}
        </p>
      )}
      <ol aria-label={fill(s.tornadoLabel, vars)}>
        {bars.map((b) => (
          <li>
            <span class="cc-t-name">{nameOf(b.id)}</span>
            <svg class="cc-t-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              {segment(b.atLow, 'cc-t-low')}
              {segment(b.atHigh, 'cc-t-high')}
              {zero && <line class="cc-t-zero" x1={x(0)} x2={x(0)} y1="0" y2="10" vector-effect="non-scaling-stroke" />}
            </svg>
            <span class="cc-t-ends">{unbroken(fill(s.tornadoEnds, { atLow: diffText(b.atLow), atHigh: diffText(b.atHigh) }))}</span>
          </li>
        ))}
      </ol>
      <p class="cc-hint">
        {unbroken(fill(s.tornadoMiddle, { amount: diffText(t.middle), baseline: c.baselineName }))} {s.tornadoKey}
        {zero && ` ${s.tornadoZero}`}
      </p>
    </div>
  );
}

// ---------------------------------------------------------------- scenarios A and B
/** Scenario A (its figures, as form values) beside B, the figures shown. */
export function Compare({ c, a }: { c: InsightsContext; a: Record<string, unknown> }): JSX.Element {
  const { s, num, lang, payback, baseline, platforms, defaults, fields } = c;
  const years = fill(pluralForm(dictionaryForms(s, 'years'), PAYBACK_SEARCH_MONTHS / 12, lang), { n: num(PAYBACK_SEARCH_MONTHS / 12) });
  type Result = InsightsContext['result'];
  /** When the payback option breaks even in a scenario, at each end, in a few words. */
  const breaksEven = (r: Result) => {
    const lineOf = (id: string) => ({ oneOff: r.platforms[id]!.oneOffCost, monthly: r.platforms[id]!.monthlyTotal });
    const at = (end: 'low' | 'high') => breakEven(lineOf(payback!), lineOf(baseline), end, r.horizonMonths, PAYBACK_SEARCH_MONTHS);
    return shortBreakEven(at('low'), at('high'), s, num, years);
  };
  const aInputs = valuesToInputs(a, defaults, fields);
  const both = [
    { r: computeCosts(aInputs), i: aInputs },
    { r: c.result, i: c.inputs },
  ];
  const chance = (x: (typeof both)[number]) => simulateOnce(x.i, payback).payback.find((p) => p.month === x.r.horizonMonths)?.chance ?? 0;
  const rows: Row[] = [
    [s.abPeriod, ...both.map((x) => c.period(x.r.horizonMonths))],
    ...platforms.map((p): Row => [fill(s.abTotal, { name: p.name }), ...both.map((x) => c.money(x.r.platforms[p.id]!.tco))]),
    ...(c.tracked
      ? [
          [fill(s.abBreakEven, { option: c.paybackName, baseline: c.baselineName }), ...both.map((x) => breaksEven(x.r))] as Row,
          [fill(s.abChance, { option: c.paybackName }), ...both.map((x) => percent(c, chance(x)))] as Row,
        ]
      : []),
  ];
  return (
    <div class="cc-cards">
      <Table caption={s.abCaption} corner={s.figure} names={[s.scenarioA, s.scenarioB]} rows={rows} />
    </div>
  );
}

// ---------------------------------------------------------------- the chart
// Below the fields, after the answer and its table: it can wait for this module too.
export { CostChart } from './CostChart';
