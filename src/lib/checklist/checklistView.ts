/**
 * What the trigger checklist shows, apart from the rules themselves (./triggerRules.ts):
 * the props the .astro wrapper hands the island, how far a figure has come towards a
 * threshold, and what it copies (a chat message, Markdown tables). No Preact here, so it
 * is unit-tested.
 */
import type { Strings } from '../../i18n/strings';
import type { TriggersData } from '../../schemas/triggers';
import type { Lang } from '../text/locale';
import { formatNumber } from '../text/localeNumber';
import { toMarkdownTable } from '../text/markdownTable';
import { fillTemplate } from '../text/template';
import type { RuleResult, TriggerEvaluation, TriggerInputs } from './triggerRules';
import { dictionaryForms, pluralForm, type PluralForms } from '../text/plural';
import { chatMessage } from '../text/chatMessage';
import { formatList } from '../text/locale';
import { unitWord, withUnit } from '../text/unitText';
import { allowedDowntimeMinutes, durationText, type DurationWords } from './allowedDowntime';

/** A threshold as one section of the document states it, ready to print and link. */
export interface ThresholdView {
  /** "≥ 5 VPS nodes", "> 1 000 req/sek" in the page's language (./thresholdText.ts). */
  text: string;
  /** "<page>#<section>" */
  href: string;
  /** "Migration triggers › Concrete metrics" */
  source: string;
}

/** Server-side rendering of one rule; the island adds met/not met and the reader's figure. */
export interface RuleView {
  id: string;
  /** The rule in the record's words, a metric rule's with the threshold it applies ("Team ≥ 3 people …"). */
  reason: string;
  why?: string;
  applied?: ThresholdView;
  alternative?: ThresholdView;
  /** Metric rules: what the meter's caption says of the reader's figure. */
  meter?: MeterView;
}

/**
 * The reader's figure with its unit ("4 people"), or for an `allowedDowntime` metric the
 * downtime it allows, in a template the server filled with the threshold's
 * ("{value} allows {downtime} …; ≥ 99.9% allows ~43 min.").
 */
export type MeterView =
  | { kind: 'ratio'; unit?: PluralForms | undefined }
  | { kind: 'allowedDowntime'; unit?: PluralForms | undefined; template: string };

export interface ReviewView {
  /** YYYY-MM-DD */
  iso: string;
  /** The date as the page writes dates ("16. desember 2025"). */
  text: string;
}

/** The record's own words for the checklist, in the page's language. */
export interface ChecklistWording {
  /** The stages in the order shown. */
  stages: readonly { id: string; name: string; intro: string }[];
  /** Each outcome's verdict ("stay on …") and what it means. */
  outcomes: Readonly<Record<string, { verdict: string; detail: string }>>;
  /** "Required … met: {met} of {total}."; none when the record has no required rules. */
  requiredCount?: string;
  /** The roadmap's name of each phase ("Now", "Growth", "Scale"). */
  phaseNames: Readonly<Record<number, string>>;
  /** What a met rule of a stage is called when a verdict counts those against it ("reasons to stay …"), by stage id. */
  counted: Readonly<Record<string, PluralForms>>;
}

/** Every UI string the island uses: the `checklist` and `island` subtrees, typed by en.json. */
export type ChecklistStrings = Strings['checklist'] & Strings['island'];

export interface ChecklistProps {
  lang: Lang;
  /** The record's triggers.yaml: the island evaluates its rules. */
  triggers: TriggersData;
  rules: RuleView[];
  wording: ChecklistWording;
  /** The next review; none for a record that no longer stands or plans none. */
  review: ReviewView | undefined;
  /** The unit of a reader's figure where the thresholds print bare (`fieldUnit`), in its plural forms ("person", "people"). */
  units: Partial<Record<string, PluralForms>>;
  strings: ChecklistStrings;
}

/** A figure or an answer the verdict rests on, formatted: "Team size", "1 person"; "…", "no". */
export interface InputLine {
  label: string;
  value: string;
}

/** Each metric with its figure in its unit, in triggers.yaml's order. */
export function metricLines(props: Pick<ChecklistProps, 'lang' | 'triggers' | 'units'>, inputs: TriggerInputs): InputLine[] {
  const { lang, units } = props;
  return props.triggers.metrics.map((m) => {
    const value = inputs.metrics[m.id] ?? 0;
    return { label: m.label[lang], value: withUnit(formatNumber(value, lang), unitWord(m.unit?.[lang] ?? units[m.id], lang, value), lang) };
  });
}

/** Each yes/no question with its answer. */
export function flagLines(props: Pick<ChecklistProps, 'lang' | 'triggers' | 'strings'>, inputs: TriggerInputs): InputLine[] {
  return props.triggers.flags.map((f) => ({ label: f.label[props.lang], value: inputs.flags[f.id] ? props.strings.yes : props.strings.no }));
}

/** The words a downtime takes in the page's language: "min", "h", "days". */
export const durationWords = (s: ChecklistStrings): DurationWords => ({
  seconds: dictionaryForms(s.duration, 'seconds'),
  minutes: dictionaryForms(s.duration, 'minutes'),
  hours: dictionaryForms(s.duration, 'hours'),
  days: dictionaryForms(s.duration, 'days'),
});

/** The meter's caption: "4 people", "1,000 req/s"; "95% allows 36 h of downtime a month; …". For a flag rule, nothing. */
export function progressText(view: RuleView, value: number | boolean, lang: Lang, s: ChecklistStrings): string | undefined {
  if (!view.meter || typeof value !== 'number') return undefined;
  const figure = withUnit(formatNumber(value, lang), unitWord(view.meter.unit, lang, value), lang);
  if (view.meter.kind === 'ratio') return figure;
  return fillTemplate(view.meter.template, { value: figure, downtime: durationText(allowedDowntimeMinutes(value), lang, durationWords(s)) });
}

/** Why a yes that accepts downtime no longer holds: what it adds up to a month, against what the uptime allows. */
export function downtimeClashText(clash: NonNullable<RuleResult['downtimeClash']>, lang: Lang, s: ChecklistStrings): string {
  const words = durationWords(s);
  const [low, high] = [durationText(clash.monthly.low, lang, words), durationText(clash.monthly.high, lang, words)];
  return fillTemplate(s.downtimeClash, {
    monthly: low === high ? low : `${low}–${high}`,
    allowed: durationText(clash.allowed, lang, words),
    uptime: withUnit(formatNumber(clash.uptime, lang), '%', lang),
  });
}

export interface VerdictText {
  /** One sentence: the phase, the recommendation and the reasons against it that still hold. */
  line: string;
  /** Where in `line` the reasons against start (its length when none hold): the island sets them apart. */
  againstAt: number;
  detail: string;
  required: string;
}

/**
 * The verdict in one sentence. When the recommended outcome has reasons against it
 * (`against` in triggers.yaml) that hold, the sentence names them, so a reader who meets
 * every trigger but still answers yes to the reasons to stay sees the tension.
 */
export function verdictText(
  evaluation: TriggerEvaluation,
  wording: ChecklistWording,
  rules: readonly RuleView[],
  s: ChecklistStrings,
  lang: Lang,
): VerdictText {
  const outcome = wording.outcomes[evaluation.recommendation];
  const { met, total } = evaluation.requiredTriggers;
  const verdict = outcome?.verdict ?? evaluation.recommendation;
  const holding = evaluation.against?.holding ?? [];
  const counted = evaluation.against && wording.counted[evaluation.against.stage];
  let against = '';
  if (counted && holding.length > 0) {
    const reasons = holding.map((id) => fillTemplate(s.quoted, { text: rules.find((r) => r.id === id)?.reason ?? id }));
    const count = holding.length;
    against = fillTemplate(pluralForm(dictionaryForms(s, 'verdictAgainst'), count, lang), {
      count: formatNumber(count, lang),
      counted: pluralForm(counted, count, lang),
      reasons: formatList(reasons, lang),
    });
  }
  const fill = (text: string) =>
    fillTemplate(s.verdictLine, { phase: evaluation.phase, name: wording.phaseNames[evaluation.phase] ?? '', verdict: text });
  // The sentence with a mark where the outcome's words end: the reasons against go there.
  const marked = fill(`${verdict}\u0000`);
  return {
    line: marked.replace('\u0000', against),
    againstAt: against ? marked.indexOf('\u0000') : marked.length - 1,
    detail: outcome?.detail ?? '',
    required: wording.requiredCount && total > 0 ? fillTemplate(wording.requiredCount, { met, total }) : '',
  };
}

export interface MarkdownInput {
  label: string;
  /** Already formatted: "10 req/s", "yes". */
  value: string;
}

/** The checklist as Markdown tables, for an issue or a document: inputs, triggers met or not, verdict, review date. */
export function checklistMarkdown(opts: {
  title: string;
  verdict: VerdictText;
  inputs: readonly MarkdownInput[];
  evaluation: TriggerEvaluation;
  rules: readonly RuleView[];
  stages: ChecklistWording['stages'];
  lang: Lang;
  review: ReviewView | undefined;
  reviewStatus?: string | undefined;
  url: string;
  strings: ChecklistStrings;
}): string {
  const { strings: s, evaluation, lang } = opts;
  const views = new Map(opts.rules.map((r) => [r.id, r]));
  const rows = opts.stages.flatMap((stage) =>
    evaluation.rules
      .filter((r) => r.stage === stage.id)
      .map((r) => {
        const view = views.get(r.id);
        const status = `${r.met ? '✅' : '❌'} ${r.met ? s.met : s.notMet}`;
        const progress = view ? progressText(view, r.value, lang, s) : undefined;
        const required = r.required ? ` (${s.required.toLowerCase()})` : '';
        return [
          stage.name,
          `${view?.reason ?? r.id}${required}`,
          view?.applied?.text ?? '',
          progress ? `${status} (${progress})` : status,
        ];
      }),
  );
  const review = opts.review && `**${s.md.review}:** ${opts.review.iso}${opts.reviewStatus ? ` – ${opts.reviewStatus}` : ''}`;
  return [
    `### ${opts.title}`,
    '',
    `**${opts.verdict.line}**`,
    [opts.verdict.detail, opts.verdict.required].filter(Boolean).join(' '),
    '',
    toMarkdownTable(
      [s.md.input, s.md.value],
      opts.inputs.map((i) => [i.label, i.value]),
    ),
    '',
    toMarkdownTable([s.triggersHeading, s.md.trigger, s.md.threshold, s.md.status], rows),
    '',
    ...(review ? [review] : []),
    `**${s.md.link}:** ${opts.url}`,
  ].join('\n');
}

/** The checklist for a team chat: the verdict, the figures it rests on, the review date, the link. */
export function checklistChat(opts: {
  verdict: VerdictText;
  /** The reader's metrics, formatted with their units. */
  metrics: readonly MarkdownInput[];
  review: ReviewView | undefined;
  reviewStatus?: string | undefined;
  url: string;
  strings: ChecklistStrings;
}): string {
  const { verdict, review, reviewStatus, strings: s } = opts;
  return chatMessage({
    verdict: verdict.line,
    figures: [
      verdict.required,
      opts.metrics.map((m) => `${m.label}: ${m.value}`).join(', '),
      review ? `${s.md.review}: ${review.text}${reviewStatus ? ` (${reviewStatus})` : ''}` : '',
    ].filter(Boolean),
    link: opts.url,
  });
}
