/**
 * The migration checklist: applies the rules in triggers.yaml to the reader's figures
 * and answers, and turns the result into the roadmap's phase and a recommendation.
 */
import type { TriggersData } from '../content.config';

type Rule = TriggersData['rules'][number];
export type MetricId = TriggersData['metrics'][number]['id'];
export type FlagId = TriggersData['flags'][number]['id'];
export type Stage = Rule['stage'];
export type Comparison = NonNullable<Rule['applied']>['op'];

export interface TriggerInputs {
  metrics: Record<MetricId, number>;
  flags: Record<FlagId, boolean>;
}

export interface RuleResult {
  id: string;
  stage: Stage;
  required: boolean;
  met: boolean;
  /** The reader's figure, or answer for a yes/no rule. */
  value: number | boolean;
  threshold?: { op: Comparison; value: number };
  /** How far the figure has come towards the threshold, 0..1; 1 once met. */
  progress?: number;
}

export type Recommendation = 'kubernetes' | 'swarm' | 'compose-plus' | 'compose';

export interface Count {
  met: number;
  total: number;
}

export interface TriggerEvaluation {
  rules: RuleResult[];
  /** Every required Kubernetes condition holds. */
  kubernetesReady: boolean;
  /** Every Swarm condition holds. */
  swarmReady: boolean;
  /** Some growth, Swarm or Kubernetes rule holds. */
  anySignal: boolean;
  /** The roadmap phase the figures point to. */
  phase: 1 | 2 | 3;
  recommendation: Recommendation;
  kubernetesTriggers: Count;
  requiredTriggers: Count;
  /** Ids of the `stay` rules (reasons to remain on Compose) that still hold. */
  stayReasons: string[];
}

export function defaultTriggerInputs(triggers: TriggersData): TriggerInputs {
  // The schema lists every metric and flag exactly once, so the records are complete.
  return {
    metrics: Object.fromEntries(triggers.metrics.map((m) => [m.id, m.now])) as Record<MetricId, number>,
    flags: Object.fromEntries(triggers.flags.map((f) => [f.id, f.now])) as Record<FlagId, boolean>,
  };
}

/** The comparison a threshold states, value on the left: "teamSize >= 3". */
export function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
  }
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Inputs may come from a hand-edited link: a missing or non-finite figure counts as 0. */
function metricValue(inputs: TriggerInputs, id: string): number {
  const value: unknown = (inputs.metrics as Partial<Record<string, number>>)[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function evaluateRule(rule: Rule, inputs: TriggerInputs): RuleResult {
  const base = { id: rule.id, stage: rule.stage, required: rule.required === true };
  if (rule.applied === undefined) {
    const value = (inputs.flags as Partial<Record<string, boolean>>)[rule.input] === true;
    return { ...base, value, met: value === rule.whenFlag };
  }
  const { op, value: threshold } = rule.applied;
  const value = metricValue(inputs, rule.input);
  const met = compare(value, op, threshold);
  const towards = op === '>' || op === '>=' ? value / threshold : threshold / value;
  return { ...base, value, met, threshold: { op, value: threshold }, progress: met ? 1 : clamp01(towards) };
}

const count = (rules: RuleResult[]): Count => ({ met: rules.filter((r) => r.met).length, total: rules.length });

/** An empty list of conditions never counts as all of them met. */
const allMet = (rules: RuleResult[]) => rules.length > 0 && rules.every((r) => r.met);

export function evaluateTriggers(triggers: TriggersData, inputs: TriggerInputs): TriggerEvaluation {
  const rules = triggers.rules.map((rule) => evaluateRule(rule, inputs));
  const inStage = (stage: Stage) => rules.filter((r) => r.stage === stage);
  const kubernetes = inStage('kubernetes');
  const required = kubernetes.filter((r) => r.required);

  const kubernetesReady = allMet(required);
  const swarmReady = allMet(inStage('swarm'));
  const anySignal = rules.some((r) => r.met && r.stage !== 'stay');
  const recommendation: Recommendation = kubernetesReady
    ? 'kubernetes'
    : swarmReady
      ? 'swarm'
      : anySignal
        ? 'compose-plus'
        : 'compose';

  return {
    rules,
    kubernetesReady,
    swarmReady,
    anySignal,
    phase: kubernetesReady || swarmReady ? 3 : anySignal ? 2 : 1,
    recommendation,
    kubernetesTriggers: count(kubernetes),
    requiredTriggers: count(required),
    stayReasons: inStage('stay')
      .filter((r) => r.met)
      .map((r) => r.id),
  };
}
