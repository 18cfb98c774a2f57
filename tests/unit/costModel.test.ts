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
} from '../../src/lib/calculator/costModel';

/** A fixture record with invented figures (tests/fixtures/engine-record); ADR 0001's: tests/unit/content/adr0001Costs.test.ts. */
const costs = costsSchema.parse(parse(readFileSync('tests/fixtures/engine-record/0001-search-index/costs.yaml', 'utf8')));
/** The fixture's options. */
type PlatformId = 'embedded' | 'replica' | 'cluster';
const defaults = () => defaultCostInputs<PlatformId>(costs);
const result = computeCosts(defaults());
const { embedded, replica, cluster } = result.platforms;

describe('the figures of costs.yaml', () => {
  it('the baseline costs its one item a month, with its hours of operations', () => {
    expect(embedded.infraMonthly).toEqual({ low: 30, high: 35 });
    expect(embedded.opsHoursMonthly).toEqual({ low: 3, high: 5 });
  });

  it('an option of three items costs their sum, given as a multiple of the baseline, end by end', () => {
    expect(cluster.infraMonthly).toEqual({ low: 120, high: 210 });
    expect(cluster.infraMultipleOfBaseline).toEqual({ low: 120 / 30, high: 210 / 35 });
  });

  it('hours of operations are the option’s own, each end against the baseline’s', () => {
    expect(cluster.opsHoursMonthly).toEqual({ low: 30, high: 50 });
    expect(cluster.opsHoursMonthly.low / embedded.opsHoursMonthly.low).toBe(10);
    expect(cluster.opsHoursMonthly.high / embedded.opsHoursMonthly.high).toBe(10);
  });

  it('setup and learning hours add up to the one-off hours', () => {
    const c = defaults().platforms.cluster;
    expect(c.setupHours).toEqual({ low: 50, high: 90 });
    expect(c.learningHours).toEqual({ low: 100, high: 130 });
    expect(cluster.oneOffHours).toEqual({ low: 150, high: 220 });
  });

  it('an option of one item costs that item', () => {
    expect(replica.infraMonthly).toEqual({ low: 75, high: 75 });
  });

  it('uses the calculator’s assumed hourly rate and horizon', () => {
    expect(result.hourlyRate).toBe(costs.assumptions.hourlyRate);
    expect(result.horizonMonths).toBe(costs.assumptions.horizonMonths);
    expect(embedded.opsCostMonthly).toEqual({ low: 3 * 60, high: 5 * 60 });
    expect(embedded.monthlyTotal).toEqual({ low: 30 + 3 * 60, high: 35 + 5 * 60 });
    expect(cluster.tco).toEqual({ low: 150 * 60 + (120 + 30 * 60) * 18, high: 220 * 60 + (210 + 50 * 60) * 18 });
  });
});

describe('over time', () => {
  const withHorizon = (months: number) => computeCosts({ ...defaults(), horizonMonths: months });

  it('the total cost of ownership grows with the horizon', () => {
    const ids: PlatformId[] = ['embedded', 'replica', 'cluster'];
    for (const id of ids) {
      expect(withHorizon(24).platforms[id].tco.low).toBeGreaterThan(withHorizon(12).platforms[id].tco.low);
      expect(withHorizon(24).platforms[id].tco.high).toBeGreaterThan(withHorizon(12).platforms[id].tco.high);
    }
  });

  it('the cumulative cost starts at the one-off cost and ends at the total', () => {
    expect(cluster.cumulative).toHaveLength(result.horizonMonths + 1);
    expect(cluster.cumulative[0]).toEqual(cluster.oneOffCost);
    expect(cluster.cumulative.at(-1)).toEqual(cluster.tco);
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
    inputs.platforms.cluster.infrastructure['nodes'] = { low: 150, high: 90 };
    inputs.platforms.cluster.setupHours = { low: 90, high: 50 };
    const c = computeCosts(inputs).platforms.cluster;
    expect(c.infraMonthly).toEqual({ low: 120, high: 210 });
    expect(c.oneOffHours).toEqual({ low: 150, high: 220 });
  });

  it('a negative entry counts as zero', () => {
    const inputs = defaults();
    inputs.hourlyRate = -50;
    expect(computeCosts(inputs).platforms.cluster.opsCostMonthly).toEqual({ low: 0, high: 0 });
  });

  it('no multiple of the baseline is given when the baseline costs nothing', () => {
    const inputs = defaults();
    inputs.platforms.embedded.infrastructure = { server: { low: 0, high: 0 } };
    expect(computeCosts(inputs).platforms.cluster.infraMultipleOfBaseline).toBeNull();
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
    baseline: fc.constant('embedded'),
    platforms: fc.record({ embedded: anyPlatform, replica: anyPlatform, cluster: anyPlatform }),
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
