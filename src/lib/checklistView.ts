/**
 * What the trigger checklist shows, apart from the rules themselves (./triggerRules.ts):
 * the props the .astro wrapper hands the island, how far a figure has come towards a
 * threshold, and what it copies (a chat message, Markdown tables). No Preact here, so it
 * is unit-tested.
 */
import type { Strings } from '../i18n/strings';
import type { TriggersData } from '../schemas/triggers';
import type { Lang } from './locale';
import { formatNumber } from './localeNumber';
import { toMarkdownTable } from './markdownTable';
import { fillTemplate } from './template';
import type { TriggerEvaluation } from './triggerRules';
import type { PluralForms } from './plural';
import { chatMessage } from './chatMessage';

/** A threshold as one section of the document states it, ready to print and link. */
export interface ThresholdView {
  /** "≥ 5", "> 1 000 req/s" in the page's language. */
  text: string;
  /** "<page>#<section>" */
  href: string;
  /** "Migration triggers › Concrete metrics" */
  source: string;
}

/** Server-side rendering of one rule; the island adds met/not met and the reader's figure. */
export interface RuleView {
  id: string;
  reason: string;
  why?: string;
  applied?: ThresholdView;
  alternative?: ThresholdView;
  /** Metric rules: "{value} of 5 nodes", with the figure the meter runs up to. */
  progress?: { template: string; target: number };
}

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

/** "≥", ">" …: what a reader sees for a comparison. */
export const OP_SYMBOL = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' } as const;

/**
 * The figure a metric must reach: for a whole-number metric "> 2" means 3. Comparisons
 * downwards ("< 100") have no target to climb to.
 */
export function targetOf(op: keyof typeof OP_SYMBOL, value: number, integer: boolean): number | undefined {
  if (op === '<' || op === '<=') return undefined;
  return op === '>' && integer && Number.isInteger(value) ? value + 1 : value;
}

/** A meter's value: the figure, held between 0 and the target; never NaN. */
export function meterValue(value: number, target: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(target) || target <= 0) return 0;
  return Math.min(target, Math.max(0, value));
}

/** "1 of 5 nodes"; for a flag rule, nothing. */
export function progressText(view: RuleView, value: number | boolean, lang: Lang): string | undefined {
  if (!view.progress || typeof value !== 'number') return undefined;
  return fillTemplate(view.progress.template, { value: formatNumber(value, lang) });
}

export interface VerdictText {
  line: string;
  detail: string;
  required: string;
}

export function verdictText(evaluation: TriggerEvaluation, wording: ChecklistWording, s: ChecklistStrings): VerdictText {
  const outcome = wording.outcomes[evaluation.recommendation];
  const { met, total } = evaluation.requiredTriggers;
  return {
    line: fillTemplate(s.verdictLine, {
      phase: evaluation.phase,
      name: wording.phaseNames[evaluation.phase] ?? '',
      verdict: outcome?.verdict ?? evaluation.recommendation,
    }),
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
        const progress = view ? progressText(view, r.value, lang) : undefined;
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
