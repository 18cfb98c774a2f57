/**
 * The checklist's rules: applies the rules of a record's triggers.yaml to the reader's
 * figures and answers, and picks the first outcome whose condition holds. Stages,
 * outcomes and their wording are the record's; nothing here knows what they are about.
 */
import type { TriggersData } from '../../schemas/triggers';
import { allowedDowntimeMinutes } from './allowedDowntime';

type Rule = TriggersData['rules'][number];
type Outcome = TriggersData['outcomes'][number];
type Metric = TriggersData['metrics'][number];
type Flag = TriggersData['flags'][number];
export type Comparison = NonNullable<Rule['applied']>['op'];
/** A metric's or a flag's id, as triggers.yaml names it. */
export type MetricId = string;
export type FlagId = string;

export interface TriggerInputs {
  metrics: Record<MetricId, number>;
  flags: Record<FlagId, boolean>;
}

export interface RuleResult {
  id: string;
  stage: string;
  required: boolean;
  met: boolean;
  /** The reader's figure, or answer for a yes/no rule. */
  value: number | boolean;
  threshold?: { op: Comparison; value: number };
  /**
   * How far the figure has come towards the threshold, 0..1, for a meter: a linear ratio
   * (of the downtime allowed, for an `allowedDowntime` metric), full only once met.
   */
  progress?: number;
  /**
   * A yes that accepts downtime which the reader's own figures rule out: the downtime a
   * month it adds up to (low–high, minutes) and what the uptime allows. The rule is then not met.
   */
  downtimeClash?: { monthly: { low: number; high: number }; allowed: number; uptime: number };
}

export interface Count {
  met: number;
  total: number;
}

export interface TriggerEvaluation {
  rules: RuleResult[];
  /** Some rule of a `signal` stage holds. */
  anySignal: boolean;
  /** Whether each conditional outcome's condition holds, by outcome id. */
  holds: Record<string, boolean>;
  /** The first outcome that holds: its id, and the roadmap phase it points to. */
  recommendation: string;
  phase: number;
  /** Rules met per stage id. */
  stageCounts: Record<string, Count>;
  /** Ids of the met rules, per stage id. */
  metByStage: Record<string, string[]>;
  requiredTriggers: Count;
  /** The recommendation's `against` stage, with the ids of its rules that still hold (maybe none). */
  against?: { stage: string; holding: string[] };
}

export function defaultTriggerInputs(triggers: TriggersData): TriggerInputs {
  return {
    metrics: Object.fromEntries(triggers.metrics.map((m) => [m.id, m.now])),
    flags: Object.fromEntries(triggers.flags.map((f) => [f.id, f.now])),
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
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** Inputs may come from a hand-edited link: a missing or non-finite figure counts as 0. */
function metricValue(inputs: TriggerInputs, id: string): number {
  const value: unknown = own(inputs.metrics, id);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A meter that is not met never looks full, even at the threshold of a strict "> 1000". */
export const NOT_MET_CAP = 0.95;

/**
 * The meter's fraction: the figure over the threshold for "at least", the threshold over
 * the figure for "at most". Allowed downtime falls as uptime rises, so it turns the ratio round.
 */
function progressOf(value: number, op: Comparison, threshold: number, met: boolean, meter: Metric['meter']): number {
  if (met) return 1;
  const asDowntime = meter === 'allowedDowntime';
  const scale = asDowntime ? allowedDowntimeMinutes : (n: number) => n;
  const upwards = (op === '>' || op === '>=') !== asDowntime;
  const ratio = upwards ? scale(value) / scale(threshold) : scale(threshold) / scale(value);
  return Math.min(NOT_MET_CAP, clamp01(ratio));
}

/** Days in the month SLA tables use (allowedDowntime.ts). */
const MONTH_DAYS = 30;

/** The downtime a month a flag's yes adds up to, when even its low end exceeds what the uptime allows. */
function downtimeClash(flag: Flag | undefined, inputs: TriggerInputs): RuleResult['downtimeClash'] {
  if (!flag?.downtime) return undefined;
  const { minutes, perDay, uptime } = flag.downtime;
  const times = metricValue(inputs, perDay) * MONTH_DAYS;
  const monthly = { low: minutes.low * times, high: minutes.high * times };
  const sla = metricValue(inputs, uptime);
  const allowed = allowedDowntimeMinutes(sla);
  return monthly.low > allowed ? { monthly, allowed, uptime: sla } : undefined;
}

function evaluateRule(rule: Rule, metric: Metric | undefined, flag: Flag | undefined, inputs: TriggerInputs): RuleResult {
  const base = { id: rule.id, stage: rule.stage, required: rule.required === true };
  if (rule.applied === undefined) {
    const value = own(inputs.flags, rule.input) === true;
    // A yes the reader's figures contradict is not a reason that still holds.
    const clash = value ? downtimeClash(flag, inputs) : undefined;
    return { ...base, value, met: value === rule.whenFlag && !clash, ...(clash ? { downtimeClash: clash } : {}) };
  }
  const { op, value: threshold } = rule.applied;
  const value = metricValue(inputs, rule.input);
  const met = compare(value, op, threshold);
  return { ...base, value, met, threshold: { op, value: threshold }, progress: progressOf(value, op, threshold, met, metric?.meter ?? 'ratio') };
}

const count = (rules: RuleResult[]): Count => ({ met: rules.filter((r) => r.met).length, total: rules.length });

/** An empty list of conditions never counts as all of them met. */
const allMet = (rules: RuleResult[]) => rules.length > 0 && rules.every((r) => r.met);

export function evaluateTriggers(triggers: TriggersData, inputs: TriggerInputs): TriggerEvaluation {
  const metrics = new Map(triggers.metrics.map((m) => [m.id, m]));
  const flags = new Map(triggers.flags.map((f) => [f.id, f]));
  const rules = triggers.rules.map((rule) => evaluateRule(rule, metrics.get(rule.input), flags.get(rule.input), inputs));
  const inStage = (stage: string) => rules.filter((r) => r.stage === stage);
  const signalStages = new Set(triggers.stages.filter((s) => s.signal).map((s) => s.id));
  const anySignal = rules.some((r) => r.met && signalStages.has(r.stage));

  const holds = (when: NonNullable<Outcome['when']>) =>
    when === 'signal'
      ? anySignal
      : allMet(inStage(when.stage).filter((r) => when.rules === 'all' || r.required));
  const conditional = triggers.outcomes.filter((o) => o.when !== undefined);
  const held = Object.fromEntries(conditional.map((o) => [o.id, holds(o.when!)]));
  // The schema makes the last outcome unconditional, so one always matches.
  const outcome = triggers.outcomes.find((o) => o.when === undefined || held[o.id]) ?? triggers.outcomes.at(-1)!;

  const metByStage = Object.fromEntries(triggers.stages.map((s) => [s.id, inStage(s.id).filter((r) => r.met).map((r) => r.id)]));

  return {
    rules,
    anySignal,
    holds: held,
    recommendation: outcome.id,
    phase: outcome.phase,
    stageCounts: Object.fromEntries(triggers.stages.map((s) => [s.id, count(inStage(s.id))])),
    metByStage,
    requiredTriggers: count(rules.filter((r) => r.required)),
    ...(outcome.against ? { against: { stage: outcome.against, holding: metByStage[outcome.against] ?? [] } } : {}),
  };
}
