import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { triggersSchema } from '../../src/schemas/triggers';
import {
  compare,
  defaultTriggerInputs,
  NOT_MET_CAP,
  evaluateTriggers,
  type Comparison,
  type FlagId,
  type MetricId,
  type TriggerInputs,
} from '../../src/lib/checklist/triggerRules';

/** A fixture record with invented thresholds (tests/fixtures/engine-record); ADR 0001's: tests/unit/content/adr0001Triggers.test.ts. */
const TRIGGERS_YAML = 'tests/fixtures/engine-record/0001-search-index/triggers.yaml';
const triggers = triggersSchema.parse(parse(readFileSync(TRIGGERS_YAML, 'utf8')));

/** The record's "now", with some figures or answers changed. */
function inputs(
  metrics: Partial<Record<MetricId, number>> = {},
  flags: Partial<Record<FlagId, boolean>> = {},
): TriggerInputs {
  const now = defaultTriggerInputs(triggers);
  // Ids here are the record's; a key left out keeps the record's value.
  return {
    metrics: { ...now.metrics, ...metrics } as Record<MetricId, number>,
    flags: { ...now.flags, ...flags } as Record<FlagId, boolean>,
  };
}

const evaluate = (i: TriggerInputs) => evaluateTriggers(triggers, i);
const isMet = (i: TriggerInputs, id: string) => evaluate(i).rules.find((r) => r.id === id)?.met;
const metIds = (i: TriggerInputs) => new Set(evaluate(i).rules.filter((r) => r.met).map((r) => r.id));

describe('today, as the record describes it', () => {
  const today = evaluate(inputs());

  it('stays in phase 1 on the baseline', () => {
    expect(today.phase).toBe(1);
    expect(today.recommendation).toBe('embedded');
    expect(today.anySignal).toBe(false);
  });

  it('meets none of the cluster triggers and still has both reasons to stay', () => {
    expect(today.stageCounts.cluster).toEqual({ met: 0, total: 8 });
    expect(today.requiredTriggers).toEqual({ met: 0, total: 4 });
    expect(today.metByStage.stay).toEqual(['stay-downtime', 'stay-features']);
  });

  it('shows one server as a quarter of the way to the cluster threshold', () => {
    const servers = today.rules.find((r) => r.id === 'cluster-servers');
    expect(servers).toMatchObject({ value: 1, threshold: { op: '>=', value: 4 }, progress: 0.25, met: false });
  });
});

describe('thresholds, exactly at and just past the boundary', () => {
  it.each<[string, MetricId, number, boolean]>([
    ['cluster-servers', 'servers', 4, true],
    ['cluster-servers', 'servers', 3, false],
    ['cluster-queries', 'queriesPerSecond', 500, false],
    ['cluster-queries', 'queriesPerSecond', 500.01, true],
    ['cluster-uptime', 'uptime', 99.5, true],
    ['cluster-uptime', 'uptime', 99.49, false],
    ['cluster-team', 'teamSize', 4, true],
    ['cluster-team', 'teamSize', 3, false],
    ['replica-team', 'teamSize', 2, true],
    ['replica-team', 'teamSize', 1, false],
    ['replica-servers', 'servers', 2, false],
    ['replica-servers', 'servers', 3, true],
    ['replica-queries', 'queriesPerSecond', 50, false],
    ['replica-queries', 'queriesPerSecond', 51, true],
    ['cluster-indexes', 'indexes', 12, true],
    ['cluster-indexes', 'indexes', 11, false],
    ['cluster-reindexes', 'reindexesPerDay', 8, true],
    ['cluster-reindexes', 'reindexesPerDay', 7.5, false],
    ['growth-multi-server', 'servers', 2, true],
    ['growth-multi-server', 'servers', 1, false],
  ])('%s with %s = %d is met: %s', (rule, metric, value, met) => {
    expect(isMet(inputs({ [metric]: value }), rule)).toBe(met);
  });

  it.each<[string, number, boolean]>([
    ['>', 1, false],
    ['>', 1.01, true],
    ['>=', 1, true],
    ['<', 1, false],
    ['<', 0.99, true],
    ['<=', 1, true],
    ['<=', 1.01, false],
  ])('"value %s 1" with value %d is %s', (op, value, expected) => {
    expect(compare(value, op as Comparison, 1)).toBe(expected);
  });
});

describe('crossing one threshold', () => {
  const today = metIds(inputs());
  const growthRules = triggers.rules.filter((r) => r.stage !== 'stay');

  /** The smallest change that meets the rule: its threshold, nudged when the comparison is strict. */
  function crossing(rule: (typeof growthRules)[number]): TriggerInputs {
    if (rule.applied === undefined) return inputs({}, { [rule.input]: rule.whenFlag });
    const { op, value } = rule.applied;
    const step = triggers.metrics.find((m) => m.id === rule.input)?.integer ? 1 : 0.01;
    return inputs({ [rule.input]: op === '>' ? value + step : value });
  }

  const cases = growthRules.map((r) => [r.id, r] as const);

  it.each(cases)('%s: meets that trigger alone in its stage, and moves to phase 2', (id, rule) => {
    const crossed = crossing(rule);
    const met = metIds(crossed);
    expect(met.has(id)).toBe(true);
    const changed = [...met].filter((m) => !today.has(m));
    // Only rules reading the same figure can change with it, and of this rule's stage only this one.
    for (const other of changed) {
      const otherRule = triggers.rules.find((r) => r.id === other);
      expect(otherRule?.input).toBe(rule.input);
      if (other !== id) expect(otherRule?.stage).not.toBe(rule.stage);
    }
    expect(evaluate(crossed).phase).toBe(2);
    expect(evaluate(crossed).recommendation).toBe('embedded-plus');
  });
});

describe('verdicts', () => {
  it('a team of 5 at 800 searches/s on 5 servers with 99.9 % uptime may consider a cluster', () => {
    const result = evaluate(inputs({ teamSize: 5, queriesPerSecond: 800, servers: 5, uptime: 99.9 }));
    expect(result.holds.cluster).toBe(true);
    expect(result.phase).toBe(3);
    expect(result.recommendation).toBe('cluster');
    expect(result.requiredTriggers).toEqual({ met: 4, total: 4 });
  });

  it('a team of 2 at 60 searches/s on 3 servers should try a replicated index first', () => {
    const result = evaluate(inputs({ teamSize: 2, queriesPerSecond: 60, servers: 3 }));
    expect(result.holds.replica).toBe(true);
    expect(result.holds.cluster).toBe(false);
    expect(result.phase).toBe(3);
    expect(result.recommendation).toBe('replica');
  });

  it('three of the four required cluster conditions are not enough', () => {
    const result = evaluate(inputs({ teamSize: 5, queriesPerSecond: 800, servers: 5 }));
    expect(result.requiredTriggers).toEqual({ met: 3, total: 4 });
    expect(result.holds.cluster).toBe(false);
    expect(result.recommendation).toBe('replica');
  });

  it('a reason to stay stops holding when the answer changes', () => {
    expect(evaluate(inputs({}, { productFocus: false })).metByStage.stay).toEqual(['stay-downtime']);
  });

  it('treats a figure that is not a number as 0, never as met', () => {
    const result = evaluate(inputs({ servers: Number.NaN, queriesPerSecond: Number.POSITIVE_INFINITY }));
    expect(result.phase).toBe(1);
    for (const r of result.rules) {
      if (typeof r.value === 'number') expect(Number.isFinite(r.value)).toBe(true);
      if (r.progress !== undefined) expect(Number.isFinite(r.progress)).toBe(true);
    }
  });
});

describe('meters are honest', () => {
  const rule = (i: TriggerInputs, id: string) => evaluate(i).rules.find((r) => r.id === id)!;

  it.each<[string, string, MetricId, number, number]>([
    // A linear ratio of figure to threshold
    ['one of four servers is a quarter', 'cluster-servers', 'servers', 1, 0.25],
    ['three of four servers', 'cluster-servers', 'servers', 3, 0.75],
    // At the threshold of a strict "> 500": not met, so not full
    ['500 searches/s against "> 500"', 'cluster-queries', 'queriesPerSecond', 500, NOT_MET_CAP],
    ['met is full', 'cluster-queries', 'queriesPerSecond', 800, 1],
    ['far past the threshold is still full, never more', 'cluster-servers', 'servers', 500, 1],
    // Uptime as downtime allowed: 3.6 h against 36 h is 10 %, not 95 / 99.5
    ['95 % uptime against 99.5 %', 'cluster-uptime', 'uptime', 95, 216 / (36 * 60)],
    ['99 % uptime against 99.5 %', 'cluster-uptime', 'uptime', 99, 0.5],
    ['99.5 % meets it', 'cluster-uptime', 'uptime', 99.5, 1],
    ['nothing typed counts as 0', 'cluster-uptime', 'uptime', Number.NaN, 216 / (30 * 24 * 60)],
  ])('%s', (_name, id, metric, value, progress) => {
    const result = rule(inputs({ [metric]: value }), id);
    expect(result.progress).toBeCloseTo(progress, 6);
    expect(result.progress === 1).toBe(result.met);
  });
});

describe('reasons against the recommendation', () => {
  const allRequired = { teamSize: 5, queriesPerSecond: 800, servers: 5, uptime: 99.9 };

  it.each<[string, TriggerInputs, { stage: string; holding: string[] } | undefined]>([
    // A rebuild every 4 days at 2–3 min is 15–22.5 min a month; 99.9 % allows 43.2 min.
    ['a cluster with both reasons to stay', inputs({ ...allRequired, reindexesPerDay: 0.25 }), { stage: 'stay', holding: ['stay-downtime', 'stay-features'] }],
    // 2 rebuilds a day at 2–3 min is 120–180 min a month; 99.9 % allows 43.2 min.
    ['a cluster, the rebuilds’ downtime ruled out by the uptime', inputs(allRequired), { stage: 'stay', holding: ['stay-features'] }],
    ['a cluster with one', inputs(allRequired, { toleratesDowntime: false }), { stage: 'stay', holding: ['stay-features'] }],
    ['a cluster with none', inputs(allRequired, { toleratesDowntime: false, productFocus: false }), { stage: 'stay', holding: [] }],
    ['a replicated index first', inputs({ teamSize: 2, queriesPerSecond: 60, servers: 3 }), { stage: 'stay', holding: ['stay-downtime', 'stay-features'] }],
    ['staying, which the reasons to stay argue for', inputs(), undefined],
  ])('%s', (_name, i, against) => {
    expect(evaluate(i).against).toEqual(against);
  });
});

describe('the schema keeps labels and verdicts honest', () => {
  const raw = () =>
    parse(readFileSync(TRIGGERS_YAML, 'utf8')) as {
      metrics: { id: string; max: number }[];
      rules: { id: string; reason: { nb: string; en: string } }[];
      outcomes: { against?: string }[];
      stages: { counted?: unknown }[];
    };
  const messages = (data: unknown) => {
    const result = triggersSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the record as it is', () => {
    expect(messages(raw())).toEqual([]);
  });

  it.each<[string, (d: ReturnType<typeof raw>) => void, RegExp]>([
    ['a metric rule that writes its own threshold', (d) => (d.rules.find((r) => r.id === 'cluster-team')!.reason.en = 'Team > 4 people'), /^rules\.\d+\.reason: .*\{threshold\}/],
    ['a yes/no rule with a threshold to fill', (d) => (d.rules.find((r) => r.id === 'stay-features')!.reason.nb = 'Fokus {threshold}'), /^rules\.\d+\.reason: /],
    ['an outcome against a stage that does not exist', (d) => (d.outcomes[0]!.against = 'nowhere'), /^outcomes\.0\.against: unknown stage "nowhere"/],
    ['an outcome against a stage with no word for its rules', (d) => d.stages.forEach((s) => delete s.counted), /^outcomes\.0\.against: .*`counted`/],
    ['a downtime meter on a figure that is not a percentage', (d) => (d.metrics.find((m) => m.id === 'uptime')!.max = 1000), /^metrics\.\d+\.max: .*allowedDowntime/],
  ])('rejects %s, naming the field', (_name, edit, message) => {
    const data = raw();
    edit(data);
    expect(messages(data).some((m) => message.test(m)), messages(data).join('\n')).toBe(true);
  });
});

describe('a yes that accepts downtime, checked against the uptime (issue 27, point 5)', () => {
  const stay = (metrics: Partial<Record<MetricId, number>>, flags: Partial<Record<FlagId, boolean>> = {}) =>
    evaluate(inputs(metrics, flags)).rules.find((r) => r.id === 'stay-downtime')!;
  it.each([
    // 95 % allows 36 h a month: 2 rebuilds a day at 2–3 min (120–180 min) fit.
    ['the record’s figures', {}, true],
    // 99.95 % allows ~22 min: 120–180 min do not.
    ['99.95 % at 2 rebuilds a day', { uptime: 99.95 }, false],
    // 99.8 % allows 86.4 min: 1 rebuild a day is 60–90 min, whose low end fits.
    ['99.8 % at 1 rebuild a day', { uptime: 99.8, reindexesPerDay: 1 }, true],
    ['99.8 % at 2 rebuilds a day', { uptime: 99.8, reindexesPerDay: 2 }, false],
    ['100 % with no rebuilds', { uptime: 100, reindexesPerDay: 0 }, true],
  ] as const)('%s', (_name, metrics, holds) => {
    const r = stay(metrics);
    expect(r.met).toBe(holds);
    expect(r.downtimeClash === undefined).toBe(holds);
  });

  it('says how much it adds up to against what the uptime allows, and drops it from the reasons that hold', () => {
    const r = stay({ uptime: 99.95 });
    expect(r.downtimeClash).toEqual({ monthly: { low: 120, high: 180 }, allowed: expect.closeTo(21.6, 6), uptime: 99.95 });
    const all = inputs({ uptime: 99.95, teamSize: 6, queriesPerSecond: 2000, servers: 6 });
    expect(evaluate(all).against?.holding).not.toContain('stay-downtime');
  });

  it('a no is neither met nor contradicted', () => {
    const r = stay({ uptime: 99.95 }, { toleratesDowntime: false });
    expect(r.met).toBe(false);
    expect(r.downtimeClash).toBeUndefined();
  });
});
