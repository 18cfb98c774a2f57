import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { costsSchema } from '../../src/schemas/costs';
import {
  computeCosts,
  defaultCostInputs,
  type CostInputs,
  type CostResult,
  type Range,
} from '../../src/lib/costModel';

const costs = costsSchema.parse(parse(readFileSync('content/records/0001-kubernetes/costs.yaml', 'utf8')));
/** ADR 0001's options. */
type PlatformId = 'compose' | 'swarm' | 'kubernetes';
const defaults = () => defaultCostInputs<PlatformId>(costs);
const result = computeCosts(defaults());
const { compose, swarm, kubernetes } = result.platforms;
const sum = (ranges: Range[]): Range =>
  ranges.reduce((a, r) => ({ low: a.low + r.low, high: a.high + r.high }), { low: 0, high: 0 });

describe('the document’s figures', () => {
  it('Compose costs €20 a month and 2–4 hours of operations', () => {
    expect(compose.infraMonthly).toEqual({ low: 20, high: 20 });
    expect(compose.opsHoursMonthly).toEqual({ low: 2, high: 4 });
  });

  it('Kubernetes costs €80–140 a month, 4–7 times Compose', () => {
    expect(kubernetes.infraMonthly).toEqual({ low: 80, high: 140 });
    expect(kubernetes.infraMultipleOfBaseline).toEqual({ low: 4, high: 7 });
  });

  it('Kubernetes takes 20–40 hours a month, ten times Compose', () => {
    expect(kubernetes.opsHoursMonthly).toEqual({ low: 20, high: 40 });
    expect(kubernetes.opsHoursMonthly.low / compose.opsHoursMonthly.low).toBe(10);
    expect(kubernetes.opsHoursMonthly.high / compose.opsHoursMonthly.high).toBe(10);
  });

  it('Kubernetes needs 40–80 hours of setup and 100–120 hours of learning', () => {
    const k8s = defaults().platforms.kubernetes;
    expect(k8s.setupHours).toEqual({ low: 40, high: 80 });
    expect(k8s.learningHours).toEqual({ low: 100, high: 120 });
    expect(kubernetes.oneOffHours).toEqual({ low: 140, high: 200 });
  });

  it('Swarm costs €60 a month', () => {
    expect(swarm.infraMonthly).toEqual({ low: 60, high: 60 });
  });

  it('uses the calculator’s assumed hourly rate and horizon', () => {
    expect(result.hourlyRate).toBe(costs.assumptions.hourlyRate);
    expect(result.horizonMonths).toBe(costs.assumptions.horizonMonths);
    expect(compose.opsCostMonthly).toEqual({ low: 2 * 50, high: 4 * 50 });
    expect(compose.monthlyTotal).toEqual({ low: 120, high: 220 });
    expect(kubernetes.tco).toEqual({ low: 140 * 50 + (80 + 20 * 50) * 12, high: 200 * 50 + (140 + 40 * 50) * 12 });
  });
});

describe('costs.yaml agrees with itself', () => {
  it.each(costs.platforms.map((p) => [p.id, p] as const))('%s: the infrastructure total is the sum of its items', (_, p) => {
    expect(sum(p.infrastructure.map((i) => i.monthly))).toEqual(p.infrastructureTotal);
  });

  it.each(costs.platforms.filter((p) => p.learning.items.length > 0).map((p) => [p.id, p] as const))(
    '%s: the learning items add up to the learning total',
    (_, p) => {
      expect(sum(p.learning.items.map((i) => i.hours))).toEqual(p.learning.hours);
    },
  );
});

describe('over time', () => {
  const withHorizon = (months: number) => computeCosts({ ...defaults(), horizonMonths: months });

  it('the total cost of ownership grows with the horizon', () => {
    const ids: PlatformId[] = ['compose', 'swarm', 'kubernetes'];
    for (const id of ids) {
      expect(withHorizon(24).platforms[id].tco.low).toBeGreaterThan(withHorizon(12).platforms[id].tco.low);
      expect(withHorizon(24).platforms[id].tco.high).toBeGreaterThan(withHorizon(12).platforms[id].tco.high);
    }
  });

  it('the cumulative cost starts at the one-off cost and ends at the total', () => {
    expect(kubernetes.cumulative).toHaveLength(result.horizonMonths + 1);
    expect(kubernetes.cumulative[0]).toEqual(kubernetes.oneOffCost);
    expect(kubernetes.cumulative.at(-1)).toEqual(kubernetes.tco);
  });

  it('clamps the horizon to whole months from 1 to 60', () => {
    expect(withHorizon(0).horizonMonths).toBe(1);
    expect(withHorizon(500).horizonMonths).toBe(60);
    expect(withHorizon(6.4).horizonMonths).toBe(6);
    expect(withHorizon(Number.NaN).horizonMonths).toBe(1);
  });
});

describe('a reader’s entries', () => {
  it('a range entered high-to-low is put back in order', () => {
    const inputs = defaults();
    inputs.platforms.kubernetes.infrastructure['vps'] = { low: 100, high: 60 };
    inputs.platforms.kubernetes.setupHours = { low: 80, high: 40 };
    const k8s = computeCosts(inputs).platforms.kubernetes;
    expect(k8s.infraMonthly).toEqual({ low: 80, high: 140 });
    expect(k8s.oneOffHours).toEqual({ low: 140, high: 200 });
  });

  it('a negative entry counts as zero', () => {
    const inputs = defaults();
    inputs.hourlyRate = -50;
    expect(computeCosts(inputs).platforms.kubernetes.opsCostMonthly).toEqual({ low: 0, high: 0 });
  });

  it('no multiple of Compose is given when Compose costs nothing', () => {
    const inputs = defaults();
    inputs.platforms.compose.infrastructure = { vps: { low: 0, high: 0 } };
    expect(computeCosts(inputs).platforms.kubernetes.infraMultipleOfBaseline).toBeNull();
  });

  it('recomputes in well under a millisecond', () => {
    const inputs = { ...defaults(), horizonMonths: 60 };
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i++) computeCosts(inputs);
    expect((performance.now() - start) / runs).toBeLessThan(1);
  });
});

describe('for any entries', () => {
  const anyNumber = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 1e308, -1e308, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY),
  );
  const anyRange = fc.record({ low: anyNumber, high: anyNumber });
  const anyPlatform = fc.record({
    infrastructure: fc.dictionary(fc.string({ maxLength: 8 }), anyRange, { maxKeys: 5 }),
    opsHoursPerMonth: anyRange,
    setupHours: anyRange,
    learningHours: anyRange,
  });
  const anyInputs: fc.Arbitrary<CostInputs> = fc.record({
    hourlyRate: anyNumber,
    horizonMonths: anyNumber,
    baseline: fc.constant('compose'),
    platforms: fc.record({ compose: anyPlatform, swarm: anyPlatform, kubernetes: anyPlatform }),
  });

  /** Every number anywhere in the result, with where it was found. */
  function numbersIn(value: unknown, path = ''): [string, number][] {
    if (typeof value === 'number') return [[path, value]];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }

  /** Every low–high pair. */
  function rangesIn(value: unknown): Range[] {
    if (value === null || typeof value !== 'object') return [];
    const nested = Object.values(value).flatMap(rangesIn);
    const isRange = 'low' in value && 'high' in value && typeof value.low === 'number' && typeof value.high === 'number';
    return isRange ? [value as Range, ...nested] : nested;
  }

  it('every figure is finite and every range runs from low to high', () => {
    fc.assert(
      fc.property(anyInputs, (inputs) => {
        const out: CostResult = computeCosts(inputs);
        for (const [path, n] of numbersIn(out)) expect(Number.isFinite(n), path).toBe(true);
        for (const r of rangesIn(out)) expect(r.low).toBeLessThanOrEqual(r.high);
        expect(out.horizonMonths).toBeGreaterThanOrEqual(1);
        expect(out.horizonMonths).toBeLessThanOrEqual(60);
      }),
    );
  });
});
