/**
 * The components MDX pages may use without importing them. They and the parts only they use
 * live in this folder, src/components/mdx/, apart from the page chrome in src/components/
 * (RecordMeta, the record's metadata block, is chrome that a page may also place); the island
 * tools' components come from their entries in src/tools/.
 */
import type { RecordBundle, RecordPage } from '../../data/records';
import H2 from './H2.astro';
import H3 from './H3.astro';
import ContentLink from './ContentLink.astro';
import MarkdownTable from './MarkdownTable.astro';
import CodeBlock from './CodeBlock.astro';
import RecordMeta from '../RecordMeta.astro';
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
import islandCss from '../../islands/shared/island.css?inline';
import { TOOLS } from '../../tools';
import { loadViews, toolComponents, toolCssFor, toolLinkKeys, usesComponent } from '../../tools/registry';

/** The island tools' components and CSS (src/tools/), by each tool's MDX name. */
const toolViews = await loadViews(TOOLS);

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
  ...toolComponents(toolViews),
};

export { usesComponent };

/**
 * The CSS of the tools these MDX sources use, once each, after what the tools share. A page
 * carries in its <head> only the CSS of the tools its MDX uses (src/layouts/RecordLayout.astro),
 * inline: no request, and no other page pays for it.
 */
export const toolCss = (bodies: readonly (string | undefined)[]): string => toolCssFor(toolViews, islandCss, bodies);

/** The query keys the tools on `page` read from a shared link: a page a tool has moved from (its `toolMovedTo`) sends on only a link that holds one. */
export const linkKeysOf = (record: RecordBundle, page: RecordPage): string[] =>
  TOOLS.filter((tool) => usesComponent(page.entry.body, tool.name)).flatMap((tool) => toolLinkKeys(tool, record));

/** The page that holds the record's checklist (triggers.yaml `page`, else the one using it), if any: review notices link to it. */
export const checklistPageOf = (record: RecordBundle, pages: readonly RecordPage[]): RecordPage | undefined =>
  record.triggers ? pages.find((p) => (record.triggers!.page ? p.key === record.triggers!.page : usesComponent(p.entry.body, 'TriggerChecklist'))) : undefined;
