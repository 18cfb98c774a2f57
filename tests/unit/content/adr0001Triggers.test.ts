/**
 * Content test: ADR 0001's checklist (content/records/0001-kubernetes/triggers.yaml) says
 * what the document says: today's figures stay on Compose, the thresholds are the
 * document's, and the data agrees with itself. How the engine evaluates rules is tested
 * on a fixture record (tests/unit/triggerRules.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { THRESHOLD, triggersSchema } from '../../../src/schemas/triggers';
import { defaultTriggerInputs, evaluateTriggers, type FlagId, type MetricId, type TriggerInputs } from '../../../src/lib/checklist/triggerRules';

const triggers = triggersSchema.parse(parse(readFileSync('content/records/0001-kubernetes/triggers.yaml', 'utf8')));

/** The document's "now", with some figures changed. */
function inputs(metrics: Partial<Record<MetricId, number>> = {}): TriggerInputs {
  const now = defaultTriggerInputs(triggers);
  return { metrics: { ...now.metrics, ...metrics } as Record<MetricId, number>, flags: now.flags as Record<FlagId, boolean> };
}
const evaluate = (i: TriggerInputs) => evaluateTriggers(triggers, i);
const isMet = (i: TriggerInputs, id: string) => evaluate(i).rules.find((r) => r.id === id)?.met;

describe('today, as the document describes it', () => {
  const today = evaluate(inputs());

  it('stays in phase 1 on Compose', () => {
    expect(today.phase).toBe(1);
    expect(today.recommendation).toBe('compose');
    expect(today.anySignal).toBe(false);
  });

  it('meets none of the Kubernetes triggers and still has both reasons to stay', () => {
    expect(today.stageCounts.kubernetes).toEqual({ met: 0, total: 8 });
    expect(today.requiredTriggers).toEqual({ met: 0, total: 4 });
    expect(today.metByStage.stay).toEqual(['stay-downtime', 'stay-features']);
  });

  it('shows one node as a fifth of the way to the Kubernetes threshold', () => {
    const nodes = today.rules.find((r) => r.id === 'k8s-nodes');
    expect(nodes).toMatchObject({ value: 1, threshold: { op: '>=', value: 5 }, progress: 0.2, met: false });
  });
});

describe('the document’s thresholds, exactly at and just past the boundary', () => {
  it.each<[string, MetricId, number, boolean]>([
    ['k8s-nodes', 'nodes', 5, true],
    ['k8s-nodes', 'nodes', 4, false],
    ['k8s-traffic', 'trafficRps', 1000, false],
    ['k8s-traffic', 'trafficRps', 1000.01, true],
    ['k8s-uptime', 'uptimeSla', 99.9, true],
    ['k8s-uptime', 'uptimeSla', 99.89, false],
    ['k8s-team', 'teamSize', 3, true],
    ['k8s-team', 'teamSize', 2, false],
    ['swarm-team', 'teamSize', 3, true],
    ['swarm-team', 'teamSize', 2, false],
    ['swarm-nodes', 'nodes', 3, false],
    ['swarm-nodes', 'nodes', 4, true],
    ['swarm-traffic', 'trafficRps', 100, false],
    ['swarm-traffic', 'trafficRps', 101, true],
    ['k8s-containers', 'containers', 20, true],
    ['k8s-containers', 'containers', 19, false],
    ['k8s-deploys', 'deploysPerDay', 10, true],
    ['k8s-deploys', 'deploysPerDay', 9.5, false],
    ['growth-multi-node', 'nodes', 2, true],
    ['growth-multi-node', 'nodes', 1, false],
  ])('%s with %s = %d is met: %s', (rule, metric, value, met) => {
    expect(isMet(inputs({ [metric]: value }), rule)).toBe(met);
  });
});

describe('triggers.yaml agrees with itself', () => {
  /** The document asks the question without a number; the editor's threshold is explained in `why`. */
  const editorsThresholds = new Set(['growth-multi-node']);
  const metricRules = triggers.rules.filter((r) => r.applied);

  it.each(metricRules.map((r) => [r.id, r] as const))('%s: its reason leaves the threshold to the checklist and states no figure of its own', (_, rule) => {
    for (const lang of ['nb', 'en'] as const) {
      expect(rule.reason[lang]).toContain(THRESHOLD);
      expect(rule.reason[lang].replace(THRESHOLD, ''), `${lang}: ${rule.reason[lang]}`).not.toMatch(/\d/);
    }
  });

  it.each([...editorsThresholds])('%s: a threshold the document does not state is explained', (id) => {
    const rule = triggers.rules.find((r) => r.id === id);
    expect(rule?.applied).toBeDefined();
    expect(rule?.why?.en).toBeTruthy();
  });

  it('every rule reads a metric or flag the checklist asks for', () => {
    const inputsAsked = new Set<string>([...triggers.metrics.map((m) => m.id), ...triggers.flags.map((f) => f.id)]);
    for (const rule of triggers.rules) expect(inputsAsked.has(rule.input), rule.id).toBe(true);
  });
});

describe('a yes that accepts downtime, on the document’s figures', () => {
  it('95 % allows 36 h a month: 2 deploys a day at 1–2 min (60–120 min) fit', () => {
    const r = evaluate(inputs()).rules.find((r) => r.id === 'stay-downtime')!;
    expect(r.met).toBe(true);
    expect(r.downtimeClash).toBeUndefined();
  });
});
