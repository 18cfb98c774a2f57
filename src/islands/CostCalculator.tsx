/**
 * The cost calculator: a record's cost figures for each of its options as editable
 * low–high fields (text until it runs), and what they add up to over the reader's horizon.
 * It leads with its answer: right after the hourly value and the period (beside them when
 * there is room) the verdict and each option's total, then the figures behind them, the
 * full table and the chart. Thin on purpose: the arithmetic is src/lib/calculator/costModel.ts, the verdict
 * src/lib/calculator/costVerdict.ts, parsing and formatting src/lib/text/localeNumber.ts, state and links
 * ./shared/useFormState.ts. Its CSS is ./CostCalculator.css.
 * Strings and data arrive as props, already translated by the .astro wrapper.
 * Every byte here counts against the page's 19.5 KB JavaScript budget; what can wait is in
 * ./CostInsights.tsx, loaded when the reader needs it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { computeCosts, PAYBACK_SEARCH_MONTHS, type Range } from '../lib/calculator/costModel';
import { breakEvenMarks, costVerdict } from '../lib/calculator/costVerdict';
import { formatMoney, formatMoneyRange, formatMultiple, formatNumber, formatRange, type Lang } from '../lib/text/localeNumber';
import { toMarkdownTable } from '../lib/text/markdownTable';
import { fillTemplate as fill } from '../lib/text/template';
import { dictionaryForms, pluralForm } from '../lib/text/plural';
import { chatMessage } from '../lib/text/chatMessage';
import { useFormState, type TypedBeforeHydration } from './shared/useFormState';
import { NumberField } from './shared/NumberField';
import { IslandActions } from './shared/IslandActions';
import { Deferred, yieldToMain } from './shared/Deferred';
import { patchesServerHtml } from './shared/renderMode';
import { monthStep } from '../lib/calculator/monthStep';
import { AnswerInView } from './AnswerInView';
import {
  DOWNTIME_COST_KEY,
  fieldErrorText,
  HORIZON_KEY,
  horizonHint,
  inputsUsed,
  RATE_KEY,
  SCENARIO_A_PREFIX as A,
  SCENARIO_A_SAVED as A_SAVED,
  valuesToInputs,
  type CalculatorData,
  type CalculatorStrings,
  type FigureLine,
} from '../lib/calculator/costFields';
import { wholeRanges } from '../lib/text/wholeRanges';
import { formatList } from '../lib/text/locale';
import { Table, type Cell, type Row } from './CostTable';
import type * as Insights from './CostInsights';
import type { InsightsContext } from './CostInsights';

/** Where "skip to the results" moves focus: what follows the estimates' fields. */
const RESULTS_ID = 'cc-results';
/** A sentence whose ranges of figures never break across lines (src/lib/text/wholeRanges.ts). */
const unbroken = (text: string) => wholeRanges(text).map((run) => (run.whole ? <span class="cc-range">{run.text}</span> : run.text));

type PlatformProps = CalculatorData['platforms'][number];
/** Each field's input id is this plus its key. */
const FIELD_ID = 'cc-';

type Props = CalculatorData & TypedBeforeHydration & { lang: Lang; strings: CalculatorStrings };

/** Renders `render()` when it renders: inside a Deferred part, its work runs in that part's task. */
const Later = ({ render }: { render: () => JSX.Element | null }) => render();

/**
 * The later part (./CostInsights.tsx): the server has it from the start (provideInsights,
 * called by ../tools/cost-calculator/CostCalculator.astro); the browser loads it when the
 * reader needs it (below, "the later part").
 */
let insights: typeof Insights | undefined;
export const provideInsights = (module: typeof Insights) => {
  insights = module;
};

/**
 * Where a later part goes (class cc-later). Until the browser renders it (`later` below),
 * it keeps what the server rendered there while the figures are the server's (Preact
 * leaves an element's inner HTML alone then), and shows nothing once they are other
 * figures (a link's, what was typed), so no part ever shows the answer to other inputs.
 */
function Slot({ tag: Tag = 'div', class: css = '', render, stale }: { tag?: 'div' | 'p'; class?: string; render: (() => JSX.Element | null) | false; stale: boolean }) {
  const classes = `${css} cc-later`.trim();
  if (render)
    return (
      <Tag class={classes}>
        <Later render={render} />
      </Tag>
    );
  return stale ? <Tag class={classes} /> : <Tag class={classes} dangerouslySetInnerHTML={{ __html: '' }} />;
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
  baseline,
  downtime,
  payback,
  optionList,
  typedBeforeHydration,
}: Props): JSX.Element {
  // The form holds scenario A beside the fields shown (B): the same figures under A's prefix.
  const [specs, initial] = useMemo(
    () => [
      [...fields, ...fields.map((f) => ({ ...f, key: A + f.key })), { kind: 'boolean' as const, key: A_SAVED }],
      { ...values, ...Object.fromEntries(fields.map((f) => [A + f.key, values[f.key]!])), [A_SAVED]: false },
    ],
    [],
  );
  const form = useFormState(specs, initial, lang, { idPrefix: FIELD_ID, typedBeforeHydration });
  /** Scenario A's figures under the fields' own keys. */
  const scenarioA = () => Object.fromEntries(fields.map((f) => [f.key, form.values[A + f.key]]));
  // While a field is invalid nothing computed from it is shown or copied: the answer names
  // the fields to fix instead, so no half-typed keystroke ("1" of "1e9") passes for a value.
  const invalid = fields.filter((f) => form.errors[f.key]).map((f) => f.key);
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
    const text = line.money ? money(r) : line.multiple ? formatMultiple(r, lang) : formatRange(r, lang);
    return line.unit ? fill(line.unit, { value: text }) : text;
  };

  // ---------------------------------------------------------------- inputs
  // The options' figures are text in the server's HTML and fields once the island runs (from
  // its first render when that patches, as from a link): as a page loads, a browser's
  // autofill reads each of its fields, and these, most of the calculator's, were most of its
  // page's blocking time on a slow phone (docs/performance.md). Without JavaScript a field
  // could change nothing anyway.
  const [editable, setEditable] = useState(patchesServerHtml);
  useEffect(() => setEditable(true), []);
  const field = (key: string, text: string, unit?: string, hint?: string, asText?: boolean) => {
    const code = form.errors[key];
    const spec = fields.find((f) => f.key === key)!;
    return (
      <NumberField
        id={`${FIELD_ID}${key}`}
        label={text}
        text={form.text[key] ?? ''}
        error={code && fieldErrorText(key, code, spec, s, lang)}
        unit={unit}
        hint={hint}
        onInput={(value) => form.setText(key, value)}
        asText={asText}
      />
    );
  };

  /** Marks a figure of the editor's: `shown` for the eye, the full words for a screen reader. */
  const estimate = (shown: string, css: string, words = s.editorEstimate) => (
    <>
      <span class="visually-hidden">, {words}</span>
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
          {line.downtime && p.downtime?.editor && estimate('†', 'cc-star', s.editorReading)}
        </>
      )),
    ];
  });

  const summary = fill(result.downtimeCost > 0 ? s.summaryDowntime : s.summary, {
    period: horizon,
    platforms: platforms.map((p) => `${p.name} ${money(of(p.id).tco)}`).join(', '),
  });
  const line = (id: PlatformProps['id']) => ({ oneOff: of(id).oneOffCost, monthly: of(id).monthlyTotal });
  const verdict = costVerdict({
    lang,
    strings: s,
    horizon: result.horizonMonths,
    limit: PAYBACK_SEARCH_MONTHS,
    options: platforms.map((p) => ({ id: p.id, name: p.name, tco: of(p.id).tco, ...line(p.id) })),
    baseline,
    payback,
  });
  /** Each field's name as the reader sees it ("Option A, VPS (€/month), low"). */
  const fieldNames = new Map<string, string>([
    [RATE_KEY, s.hourlyRate],
    [HORIZON_KEY, s.horizon],
    [DOWNTIME_COST_KEY, s.downtimeCost],
    ...platforms.flatMap((p) =>
      p.pairs.flatMap((pair) => pair.keys.map((key, i) => [key, `${p.name}, ${pair.legend}, ${i ? s.high : s.low}`] as [string, string])),
    ),
  ]);
  const toFix = invalid.length ? fill(s.fixFields, { fields: formatList(invalid.map((k) => fill(s.fieldName, { name: fieldNames.get(k)! })), lang) }) : undefined;
  const answer = toFix ?? verdict;
  // Announced once the reader pauses, not on every keystroke; the page shows it at once.
  const [announced, setAnnounced] = useState(answer);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(answer), 600);
    return () => clearTimeout(timer);
  }, [answer]);

  const rate = formatMoney(result.hourlyRate, lang);
  const downtimeCost = formatMoney(result.downtimeCost, lang);
  const used = `${inputsUsed(s, lang, platforms, form.values, values, rate, horizon)}${downtime ? ` ${fill(s.inputsDowntime, { cost: downtimeCost })}` : ''}`;

  // ---------------------------------------------------------------- chart and its table
  // The chart's table: a row per x-axis tick of the widest drawing, at most seven.
  const step = monthStep(result.horizonMonths, 6);
  const months = of(platforms[0]!.id)
    .cumulative.map((_, m) => m)
    .filter((m) => m % step === 0 || m === result.horizonMonths);

  const copyTable = () =>
    `**${fill(s.markdownTitle, { period: horizon, rate })}**\n\n${toMarkdownTable(
      [s.mdPlatform, ...markdown.map(label)],
      platforms.map((p) => [p.name, ...markdown.map((line) => figure(p.id, line))]),
    )}\n\n${form.shareUrl()}\n`;

  // For a chat: the verdict as the page shows it, the figures behind it, the assumption.
  const monthly = markdown.find((line) => line.metric === 'monthlyTotal');
  const copyChat = () =>
    chatMessage({
      verdict,
      figures: [
        ...(more?.headline(context) ? [more.headline(context)] : []),
        summary,
        ...(monthly ? [`${label(monthly)}: ${platforms.map((p) => `${p.name} ${figure(p.id, monthly)}`).join(', ')}`] : []),
        downtime ? fill(s.chatRates, { rate, cost: downtimeCost }) : fill(s.chatRate, { rate }),
      ],
      link: form.shareUrl(),
    });

  const paybackName = platforms.find((p) => p.id === payback)?.name;
  const baselineName = platforms.find((p) => p.id === baseline)?.name;
  // The record names an option that pays back against another: the break-even and its chances follow it.
  const tracked = !!(payback && paybackName && baselineName && payback !== baseline);
  const marks = tracked ? breakEvenMarks(line(payback!), line(baseline!), result.horizonMonths, PAYBACK_SEARCH_MONTHS) : [];

  // Focus moves to the results without a #fragment in the address, which holds the tool's state.
  const skipToResults = (event: Event) => {
    event.preventDefault();
    const results = document.getElementById(RESULTS_ID);
    results?.focus();
    results?.scrollIntoView({ block: 'start' });
  };

  // ---------------------------------------------------------------- the later part
  // How sure, which figure decides, A beside B: the server's HTML shows them for its own
  // figures, so the browser loads them only when the reader needs them: once the figures
  // differ from the server's (a link's, a keystroke), the reader reaches into the island
  // (focus, a tap) or the parts below the fields come near the screen. A first load that
  // only reads costs no simulation, so the page answers at once on a slow phone.
  const [more, setMore] = useState(insights);
  const served = useMemo(() => JSON.stringify(valuesToInputs(values, defaults, fields)), []);
  const stale = JSON.stringify(inputs) !== served;
  // The server renders the later parts for its figures. A browser that hydrated that HTML
  // keeps it until the figures leave the server's, rather than render the same again (a long
  // task on a slow phone at the reader's first use); a first render that patched the
  // server's HTML (a link, something typed) left none to keep.
  const rendersLaterParts = useRef(typeof window === 'undefined' || patchesServerHtml() || !!typedBeforeHydration);
  if (stale || toFix) rendersLaterParts.current = true;
  const later = rendersLaterParts.current ? more : undefined;
  const island = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (more || wanted) return;
    if (stale) return setWanted(true);
    const want = () => setWanted(true);
    const root = island.current!;
    const below = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && want(), { rootMargin: '50% 0px' });
    below.observe(document.getElementById(RESULTS_ID)!);
    root.addEventListener('focusin', want);
    root.addEventListener('pointerdown', want);
    return () => {
      below.disconnect();
      root.removeEventListener('focusin', want);
      root.removeEventListener('pointerdown', want);
    };
  }, [stale]);
  useEffect(() => {
    if (more || !wanted) return;
    // Scenario A too, when the link saved one: the comparison simulates both.
    const a = form.values[A_SAVED] === true ? [valuesToInputs(scenarioA(), defaults, fields)] : [];
    void import('./CostInsights')
      .then(async (module) => {
        await module.prepare([inputs, ...a], payback, yieldToMain);
        return module;
      })
      .then((module) => setMore((insights = module)));
  }, [wanted]);
  const context: InsightsContext = {
    lang,
    s,
    platforms,
    defaults,
    fields,
    baseline,
    payback,
    paybackName: paybackName ?? '',
    baselineName: baselineName ?? '',
    tracked,
    inputs,
    result,
    horizon,
    num,
    money,
    period,
  };

  // ---------------------------------------------------------------- scenarios A and B
  const saveA = () => {
    for (const f of fields) form.setText(A + f.key, form.text[f.key] ?? '');
    form.setFlag(A_SAVED, true);
  };
  return (
    // data-later-part: the browser has the later part and shows it (never in the server's HTML).
    <div ref={island} class="island cost-calculator" data-later-part={more && typeof window !== 'undefined' ? 'shown' : undefined}>
      {/* The answer and the fields that change it; on a phone the answer stays in view (./AnswerInView.tsx). */}
      <div class="cc-edit">
      <AnswerInView fix={!!toFix}>{toFix ?? unbroken(verdict)}</AnswerInView>
      <div class="cc-top">
        <fieldset class="cc-assumptions">
          <legend>{s.assumptions}</legend>
          <div class="cc-assumption-fields">
            {field(RATE_KEY, s.hourlyRate, s.perHourUnit)}
            {field(HORIZON_KEY, s.horizon, s.monthsUnit, horizonHint(s, lang))}
            {downtime && field(DOWNTIME_COST_KEY, s.downtimeCost, s.perHourUnit)}
          </div>
          <p class="cc-hint">{s.hourlyRateHint}</p>
          {downtime && <p class="cc-hint">{s.downtimeHint}</p>}
        </fieldset>
        <div class="cc-answer">
          <h3 class="cc-heading">{s.resultsHeading}</h3>
          {Object.keys(form.fromLink).length > 0 && <p class="cc-link-notice">{s.linkNotice}</p>}
          {toFix ? (
            <p class="cc-fix">{toFix}</p>
          ) : (
            <>
              <p class="cc-verdict" data-tool-answer>{unbroken(verdict)}</p>
              <p class="cc-summary">{unbroken(summary)}</p>
              {tracked && (
                <Deferred>
                  <Slot tag="p" class="cc-chance" stale={stale} render={!!later && (() => <later.Chance c={context} />)} />
                </Deferred>
              )}
              <p class="cc-used">{used}</p>
            </>
          )}
        </div>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announced}
      </p>

      {/* Past the estimates' many fields to the results, for a reader moving by keyboard. */}
      <a class="cc-skip" href={`#${RESULTS_ID}`} onClick={skipToResults}>
        {s.skipToResults}
      </a>
      {/* Below the answer: from a shared link, each Deferred part renders a task later (./shared/Deferred.tsx). */}
      <div class="cc-platforms">
        <Deferred>
          {platforms.map((p, i) => (
            <fieldset class={`cc-platform cc-s-${i} rendered-when-near`}>
              <legend>
                {p.name} <span class="cc-topology">({p.topology})</span>
              </legend>
              {p.assumption && <p class="cc-note">{p.assumption}</p>}
              {p.pairs.map((pair) => (
                <fieldset class="cc-pair">
                  <legend>
                    {pair.legend}
                    {pair.hours && p.assumption && estimate(s.editorEstimate, 'cc-estimate')}
                    {pair.downtime && p.downtime?.editor && estimate(s.editorReading, 'cc-estimate', s.editorReading)}
                  </legend>
                  <div class="cc-pair-fields">
                    {pair.keys.map((key, i) => field(key, i ? s.high : s.low, undefined, undefined, !editable))}
                  </div>
                  {/* The cost model reads a reversed range the right way round; say so. */}
                  {Number(form.values[pair.keys[0]]) > Number(form.values[pair.keys[1]]) && <p class="cc-swapped">{s.rangeSwapped}</p>}
                  {pair.downtime && p.downtime && (p.downtime.availability || p.downtime.note) && (
                    <p class="cc-note">
                      {p.downtime.availability && fill(s.fromAvailability, { availability: p.downtime.availability })} {p.downtime.note}
                    </p>
                  )}
                </fieldset>
              ))}
            </fieldset>
          ))}
        </Deferred>
      </div>
      </div>

      <div id={RESULTS_ID} class="cc-after-fields rendered-when-near" tabIndex={-1}>
      <Deferred>
        {!toFix && (
          <>
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
            {platforms.map(
              (p) =>
                p.downtime?.editor &&
                p.downtime.note && (
                  <p class="cc-footnote">
                    <span aria-hidden="true">† </span>
                    {p.name}: {p.downtime.note}
                  </p>
                ),
            )}

            <h3 class="cc-heading">{s.chartHeading}</h3>
            <Slot
              stale={stale}
              render={
                !!later &&
                (() => (
                  <later.CostChart
              series={platforms.map((p) => ({ name: p.short, points: of(p.id).cumulative }))}
              marks={marks}
              markLabel={fill(s.chartMonth, { n: [...new Set(marks.map((m) => m.month).sort((a, b) => a - b))].map(num).join('–') })}
              lang={lang}
              label={fill(s.chartLabel, { period: horizon, options: optionList })}
              axis={s.axisMonths}
            />
                ))
              }
            />
            <p class="cc-hint">
              {s.chartLegendBand}
              {marks.length > 0 && ` ${fill(s.chartBreakEven, { option: paybackName!, baseline: baselineName! })}`}
            </p>
            <details class="cc-data">
              <summary>{s.chartTable}</summary>
              <Table
                caption={fill(pluralForm(dictionaryForms(s, 'chartTableEvery'), step, lang), { n: num(step) })}
                corner={s.month}
                names={names}
                rows={months.map((m) => [m ? num(m) : s.start, ...platforms.map((p) => money(of(p.id).cumulative[m]!))])}
              />
            </details>
            <Slot stale={stale} render={!!later && (() => <later.Sure c={context} />)} />
            {tracked && <Slot stale={stale} render={!!later && (() => <later.Decides c={context} />)} />}
            <div class="cc-scenarios needs-js">
              <h3 class="cc-heading">{s.scenariosHeading}</h3>
              {form.values[A_SAVED] === true && (
                <Slot stale={stale} render={!!more && (() => <more.Compare c={context} a={scenarioA()} />)} />
              )}
              <p class="cc-hint">{s.scenarioHint}</p>
              <div class="island-actions needs-js">
                <button type="button" onClick={saveA}>
                  {s.saveA}
                </button>
                {form.values[A_SAVED] === true && (
                  <button type="button" onClick={() => form.setFlag(A_SAVED, false)}>
                    {s.clearA}
                  </button>
                )}
              </div>
            </div>
          </>
        )}

        <IslandActions strings={s} shareUrl={form.shareUrl} chat={copyChat} table={copyTable} onReset={form.reset} waiting={!!toFix} />
      </Deferred>
      </div>
    </div>
  );
}
