/** The components MDX pages may use without importing them. */
import H2 from './H2.astro';
import H3 from './H3.astro';
import ContentLink from './ContentLink.astro';
import MarkdownTable from './MarkdownTable.astro';
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

export const mdxComponents = {
  h2: H2,
  h3: H3,
  a: ContentLink,
  table: MarkdownTable,
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
