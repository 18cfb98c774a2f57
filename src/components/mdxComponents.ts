/** The components MDX pages may use without importing them. */
import type { RecordBundle, RecordPage } from '../data/records';
import H2 from './H2.astro';
import H3 from './H3.astro';
import ContentLink from './ContentLink.astro';
import MarkdownTable from './MarkdownTable.astro';
import CodeBlock from './CodeBlock.astro';
import RecordMeta from './RecordMeta.astro';
import DecisionTable from './DecisionTable.astro';
import EditorNote from './EditorNote.astro';
import CostBreakdown from './CostBreakdown.astro';
import AlternativesTable from './AlternativesTable.astro';
import ProsCons from './ProsCons.astro';
import TriggerLists from './TriggerLists.astro';
import MetricsTable from './MetricsTable.astro';
import RoadmapPhase from './RoadmapPhase.astro';
import LearningBasics from './LearningBasics.astro';
import LearningTopics from './LearningTopics.astro';
import LearningResources from './LearningResources.astro';
import TimelineStep from './TimelineStep.astro';
import ActionPlan from './ActionPlan.astro';
import CostCalculator from './CostCalculator.astro';
import TriggerChecklist from './TriggerChecklist.astro';
import islandCss from '../islands/shared/island.css?inline';
import costCalculatorCss from '../islands/CostCalculator.css?inline';
import answerInViewCss from '../islands/AnswerInView.css?inline';
import triggerChecklistCss from '../islands/TriggerChecklist.css?inline';
import { calculatorData, calculatorLinkKeys } from '../lib/costFields';
import { requireData } from '../data/pageContext';
import { useTranslations, type Lang } from '../i18n';

export const mdxComponents = {
  h2: H2,
  h3: H3,
  a: ContentLink,
  table: MarkdownTable,
  pre: CodeBlock,
  RecordMeta,
  DecisionTable,
  EditorNote,
  CostBreakdown,
  AlternativesTable,
  ProsCons,
  TriggerLists,
  MetricsTable,
  RoadmapPhase,
  LearningBasics,
  LearningTopics,
  LearningResources,
  TimelineStep,
  ActionPlan,
  CostCalculator,
  TriggerChecklist,
};

/**
 * The tools' stylesheets (beside each island), by the component that shows it. A page
 * carries in its <head> only those its MDX uses (src/layouts/RecordLayout.astro), inline:
 * no request, and no other page pays for them.
 */
const toolStyles: Record<string, string> = { CostCalculator: costCalculatorCss + answerInViewCss, TriggerChecklist: triggerChecklistCss };

/**
 * The query keys each tool reads from a shared link, by the component that shows it: a page
 * the tool has moved from (its `toolMovedTo`) sends on only a link that holds one.
 */
const toolLinkKeys: Record<string, (record: RecordBundle, lang: Lang) => string[]> = {
  CostCalculator: (record, lang) =>
    calculatorLinkKeys(calculatorData(requireData(record, 'costs', 'CostCalculator'), record.meta.options ?? [], lang, useTranslations(lang)).fields),
  TriggerChecklist: (record) => {
    const { metrics, flags } = requireData(record, 'triggers', 'TriggerChecklist');
    return [...metrics, ...flags].map((field) => field.id);
  },
};

/** The query keys the tools on `page` read from a shared link. */
export const linkKeysOf = (record: RecordBundle, page: RecordPage, lang: Lang): string[] =>
  Object.entries(toolLinkKeys)
    .filter(([name]) => usesComponent(page.entry.body, name))
    .flatMap(([, keys]) => keys(record, lang));

/** Whether an MDX source uses the component of this name (`<TriggerChecklist />` …). */
export const usesComponent = (body: string | undefined, name: string): boolean =>
  body !== undefined && new RegExp(`<${name}\\b`).test(body);

/** The CSS of the tools these MDX sources use, once each, after what the tools share. */
export const toolCss = (bodies: readonly (string | undefined)[]): string => {
  const used = Object.entries(toolStyles).filter(([name]) => bodies.some((body) => usesComponent(body, name)));
  return used.length ? islandCss + used.map(([, css]) => css).join('') : '';
};

/** The page that holds the record's checklist (triggers.yaml `page`, else the one using it), if any: review notices link to it. */
export const checklistPageOf = (record: RecordBundle, pages: readonly RecordPage[]): RecordPage | undefined =>
  record.triggers ? pages.find((p) => (record.triggers!.page ? p.key === record.triggers!.page : usesComponent(p.entry.body, 'TriggerChecklist'))) : undefined;
