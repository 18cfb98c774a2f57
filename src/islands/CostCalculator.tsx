/**
 * The cost calculator: a record's cost figures for each of its options as editable
 * low–high fields, and what they add up to over the reader's horizon. Thin on purpose: the arithmetic is src/lib/costModel.ts, parsing and
 * formatting src/lib/localeNumber.ts, state and links ./shared/useFormState.ts.
 * Strings and data arrive as props, already translated by the .astro wrapper.
 * Every byte here counts against the page's 15 KB JavaScript budget.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { computeCosts, PAYBACK_SEARCH_MONTHS, type Range } from '../lib/costModel';
import { formatMoneyRange, formatNumber, formatRange, type Lang } from '../lib/localeNumber';
import { toMarkdownTable } from '../lib/markdownTable';
import { fillTemplate as fill } from '../lib/template';
import { dictionaryForms, pluralForm } from '../lib/plural';
import { chatMessage } from '../lib/chatMessage';
import { useFormState } from './shared/useFormState';
import { NumberField } from './shared/NumberField';
import { IslandActions } from './shared/IslandActions';
import { CostChart, monthStep } from './CostChart';
import {
  HORIZON_KEY,
  RATE_KEY,
  valuesToInputs,
  type CalculatorData,
  type CalculatorStrings,
  type FigureLine,
} from '../lib/costFields';

type PlatformProps = CalculatorData['platforms'][number];
type Props = CalculatorData & { lang: Lang; strings: CalculatorStrings };

type Cell = JSX.Element | string;
type Row = [Cell, ...Cell[]];

/** A table with a caption, one column per platform and a header cell starting each row. */
function Table({ caption, corner, names, rows }: { caption: string; corner: string; names: string[]; rows: Row[] }) {
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[corner, ...names].map((name) => (
              <th scope="col">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells]) => (
            <tr>
              <th scope="row">{head}</th>
              {cells.map((cell) => (
                <td>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function CostCalculator({
  lang,
  strings: s,
  defaults,
  fields,
  values,
  platforms,
  rows,
  markdown,
  baselineName,
  payback: paybackOption,
  optionList,
}: Props): JSX.Element {
  const form = useFormState(fields, values, lang);
  // Recomputing everything on each render takes well under a millisecond.
  const inputs = valuesToInputs(form.values, defaults, fields);
  const result = computeCosts(inputs);
  // Every option in `platforms` has figures (the fields come from the same data).
  const of = (id: PlatformProps['id']) => result.platforms[id]!;
  const names = platforms.map((p) => p.name);

  // ---------------------------------------------------------------- wording
  const num = (n: number) => formatNumber(n, lang);
  const money = (r: Range) => formatMoneyRange(r.low, r.high, lang);
  const monthForms = dictionaryForms(s, 'months');
  const period = (n: number) => fill(pluralForm(monthForms, n, lang), { n: num(n) });
  const horizon = period(result.horizonMonths);
  const label = (line: FigureLine) => fill(line.label, { period: horizon });
  /** One platform's figure on a line: a result, or (one-off hours) the reader's input. */
  const figure = (id: PlatformProps['id'], line: FigureLine) => {
    const r = ({ ...inputs.platforms[id]!, ...of(id) } as unknown as Record<string, Range | null>)[line.metric];
    if (!r) return '–';
    const text = line.money ? money(r) : formatRange(r, lang, line.digits);
    return line.unit ? fill(line.unit, { value: text }) : text;
  };

  // ---------------------------------------------------------------- inputs
  const field = (key: string, text: string, unit?: string) => {
    const code = form.errors[key];
    const spec = fields.find((f) => f.key === key)!;
    return (
      <NumberField
        id={`cc-${key}`}
        label={text}
        text={form.text[key] ?? ''}
        error={code && fill(s.errors[code], { min: num(spec.min), max: num(spec.max) })}
        unit={unit}
        onInput={(value) => form.setText(key, value)}
      />
    );
  };

  /** Marks a figure of the editor's: `shown` for the eye, the full words for a screen reader. */
  const estimate = (shown: string, css: string) => (
    <>
      <span class="visually-hidden">, {s.editorEstimate}</span>
      <span class={css} aria-hidden="true">
        {shown}
      </span>
    </>
  );

  // ---------------------------------------------------------------- results
  const resultRows: Row[] = rows.map((line) => {
    const bold = (cell: Cell) => (line.strong ? <strong>{cell}</strong> : cell);
    return [
      bold(label(line)),
      ...platforms.map((p) => (
        <>
          {bold(figure(p.id, line))}
          {line.hours && p.assumption && estimate('*', 'cc-star')}
        </>
      )),
    ];
  });

  const summary = fill(s.summary, {
    period: horizon,
    platforms: platforms.map((p) => `${p.name} ${money(of(p.id).tco)}`).join(', '),
  });
  // Announced once the reader pauses, not on every keystroke.
  const [announced, setAnnounced] = useState(summary);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(summary), 600);
    return () => clearTimeout(timer);
  }, [summary]);

  const max = period(PAYBACK_SEARCH_MONTHS);
  const within = (m: number | null) =>
    m === null ? fill(s.paybackNotWithin, { period: max }) : fill(s.paybackIn, { period: period(m) });
  const paybackText = (id: string, option: string) => {
    const { lowEstimates: low, highEstimates: high } = of(id).payback;
    const names = { option, baseline: baselineName };
    return low === null && high === null
      ? fill(s.paybackNever, { ...names, max })
      : fill(s.paybackAfter, { ...names, low: within(low), high: within(high) });
  };

  const payback = paybackOption && paybackText(paybackOption.id, paybackOption.name);

  // ---------------------------------------------------------------- chart and its table
  const step = monthStep(result.horizonMonths, 12);
  const months = of(platforms[0]!.id)
    .cumulative.map((_, m) => m)
    .filter((m) => m % step === 0 || m === result.horizonMonths);

  const rate = money({ low: result.hourlyRate, high: result.hourlyRate });
  const copyTable = () =>
    `**${fill(s.markdownTitle, { period: horizon, rate })}**\n\n${toMarkdownTable(
      [s.mdPlatform, ...markdown.map(label)],
      platforms.map((p) => [p.name, ...markdown.map((line) => figure(p.id, line))]),
    )}\n\n${form.shareUrl()}\n`;

  // For a chat: the verdict (whether the record's option pays for itself, else the totals),
  // the figures behind it, the assumption.
  const monthly = markdown.find((line) => line.metric === 'monthlyTotal');
  const copyChat = () =>
    chatMessage({
      verdict: payback ?? summary,
      figures: [
        ...(payback ? [summary] : []),
        ...(monthly ? [`${label(monthly)}: ${platforms.map((p) => `${p.name} ${figure(p.id, monthly)}`).join(', ')}`] : []),
        fill(s.chatRate, { rate }),
      ],
      link: form.shareUrl(),
    });

  return (
    <div class="island cost-calculator">
      <fieldset class="cc-assumptions">
        <legend>{s.assumptions}</legend>
        <div class="cc-assumption-fields">
          {field(RATE_KEY, s.hourlyRate, s.perHourUnit)}
          {field(HORIZON_KEY, s.horizon, s.monthsUnit)}
        </div>
        <p class="cc-hint">{s.hourlyRateHint}</p>
      </fieldset>

      <div class="cc-platforms">
        {platforms.map((p, i) => (
          <fieldset class={`cc-platform cc-s-${i}`}>
            <legend>
              {p.name} <span class="cc-topology">({p.topology})</span>
            </legend>
            {p.assumption && <p class="cc-note">{p.assumption}</p>}
            {p.pairs.map((pair) => (
              <fieldset class="cc-pair">
                <legend>
                  {pair.legend}
                  {pair.hours && p.assumption && estimate(s.editorEstimate, 'cc-estimate')}
                </legend>
                <div class="cc-pair-fields">
                  {field(pair.keys[0], s.low)}
                  {field(pair.keys[1], s.high)}
                </div>
                {/* The cost model reads a reversed range the right way round; say so. */}
                {Number(form.values[pair.keys[0]]) > Number(form.values[pair.keys[1]]) && <p class="cc-swapped">{s.rangeSwapped}</p>}
              </fieldset>
            ))}
          </fieldset>
        ))}
      </div>

      <h3 class="cc-heading">{s.resultsHeading}</h3>
      <p class="cc-summary" aria-live="polite">
        {announced}
      </p>
      {Object.values(form.errors).some(Boolean) && <p class="cc-kept">{s.keptLastValid}</p>}
      <div class="cc-results">
        <Table
          caption={fill(s.resultsCaption, { period: horizon })}
          corner={s.figure}
          names={names}
          rows={resultRows}
        />
      </div>
      {platforms.map(
        (p) =>
          p.assumption && (
            <p class="cc-footnote">
              <span aria-hidden="true">* </span>
              {p.assumption}
            </p>
          ),
      )}
      {payback && <p class="cc-payback">{payback}</p>}

      <h3 class="cc-heading">{s.chartHeading}</h3>
      <CostChart
        series={platforms.map((p) => ({ id: p.id, name: p.short, points: of(p.id).cumulative }))}
        lang={lang}
        label={fill(s.chartLabel, { period: horizon, options: optionList })}
        axis={s.axisMonths}
      />
      <p class="cc-hint">{s.chartLegendBand}</p>
      <details class="cc-data">
        <summary>{s.chartTable}</summary>
        <Table
          caption={s.chartTableCaption}
          corner={s.month}
          names={names}
          rows={months.map((m) => [m ? num(m) : s.start, ...platforms.map((p) => money(of(p.id).cumulative[m]!))])}
        />
      </details>

      <IslandActions strings={s} shareUrl={form.shareUrl} chat={copyChat} table={copyTable} onReset={form.reset} />
    </div>
  );
}
