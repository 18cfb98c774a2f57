/**
 * Downtime on the cost side (a content test: on ADR 0001's costs.yaml, its uptime figures): an option's expected downtime, as hours a month or derived
 * from an availability, and the cost of one hour of it in every total. At a cost of 0 the
 * totals are the document's; with a cost, downtime counts in the monthly total, the total
 * over the period, the break-even and the verdict.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { costsSchema } from '../../../src/schemas/costs';
import {
  computeCosts,
  defaultCostInputs,
  downtimeFromAvailability,
  downtimeHours,
  PAYBACK_SEARCH_MONTHS,
  type CostInputs,
} from '../../../src/lib/calculator/costModel';
import { breakEven } from '../../../src/lib/calculator/costVerdict';

const adr = () => parse(readFileSync('content/records/0001-kubernetes/costs.yaml', 'utf8'));
const costs = costsSchema.parse(adr());
type Id = 'compose' | 'swarm' | 'kubernetes';
const defaults = () => defaultCostInputs<Id>(costs);

describe('downtime from an availability, in a 30-day month', () => {
  it.each([
    [{ low: 100, high: 100 }, { low: 0, high: 0 }],
    [{ low: 99.9, high: 99.9 }, { low: 0.72, high: 0.72 }],
    [{ low: 99.5, high: 99.5 }, { low: 3.6, high: 3.6 }],
    [{ low: 99, high: 99.5 }, { low: 3.6, high: 7.2 }],
    [{ low: 95, high: 95 }, { low: 36, high: 36 }],
    [{ low: 0, high: 0 }, { low: 720, high: 720 }],
    // Out of range: none above 100 %, a whole month below 0 %.
    [{ low: -5, high: 120 }, { low: 0, high: 720 }],
  ])('%j leaves %j hours down', (availability, hours) => {
    expect(downtimeFromAvailability(availability)).toEqual(hours);
  });

  it.each([
    [{ hoursPerMonth: { low: 1, high: 2 }, source: 'document' as const }, { low: 1, high: 2 }],
    [{ availability: { low: 99, high: 99.5 }, source: 'editor' as const }, { low: 3.6, high: 7.2 }],
  ])('%j gives %j hours a month', (downtime, hours) => {
    expect(downtimeHours(downtime)).toEqual(hours);
  });
});

describe('ADR 0001’s downtime, from the document’s uptime figures', () => {
  it.each([
    ['compose', { low: 36, high: 36 }],
    ['swarm', { low: 3.6, high: 7.2 }],
    ['kubernetes', { low: 0.72, high: 0.72 }],
  ] as const)('%s: %j hours a month', (id, hours) => {
    expect(defaults().platforms[id].downtimeHoursPerMonth).toEqual(hours);
  });
});

describe('totals with and without a cost of downtime', () => {
  const at = (downtimeCost: number) => {
    const inputs = { ...defaults(), downtimeCost };
    return computeCosts(inputs).platforms;
  };
  const none = computeCosts({ ...defaults(), downtimeCost: 0 }).platforms;

  it.each([
    // cost per hour, option, expected downtime €/month (hours × cost)
    [0, 'compose', { low: 0, high: 0 }],
    [0, 'kubernetes', { low: 0, high: 0 }],
    [500, 'compose', { low: 18_000, high: 18_000 }],
    [500, 'swarm', { low: 1_800, high: 3_600 }],
    [500, 'kubernetes', { low: 360, high: 360 }],
  ] as const)('at €%d an hour, %s loses %j a month', (cost, id, monthly) => {
    const p = at(cost)[id];
    expect(p.downtimeCostMonthly).toEqual(monthly);
    expect(p.monthlyTotal).toEqual({
      low: none[id].monthlyTotal.low + monthly.low,
      high: none[id].monthlyTotal.high + monthly.high,
    });
    const months = costs.assumptions.horizonMonths;
    expect(p.tco.low).toBeCloseTo(none[id].tco.low + monthly.low * months, 6);
    expect(p.tco.high).toBeCloseTo(none[id].tco.high + monthly.high * months, 6);
  });

  it('at 0 the totals are those without downtime data at all', () => {
    const withoutData = defaults();
    for (const p of Object.values(withoutData.platforms)) delete p.downtimeHoursPerMonth;
    expect(computeCosts({ ...defaults(), downtimeCost: 0 }).platforms.kubernetes.tco).toEqual(
      computeCosts(withoutData).platforms.kubernetes.tco,
    );
  });

  it.each([
    // cost per hour; Kubernetes against Compose at the low and the high end (kind, month)
    // €40 low: Compose 20 + 100 + 36 × 40 = €1,560/month, Kubernetes 80 + 1,000 + 0.72 × 40 = €1,108.80;
    // €7,000 up front / €451.20 a month = 15.5, so month 16, after the 12 months.
    [0, ['never'], ['never']],
    [40, ['later', 16], ['never']],
    [100, ['month', 3], ['month', 7]],
    [500, ['month', 1], ['month', 1]],
  ] as const)('at €%d an hour Kubernetes against Compose: %j (low), %j (high)', (cost, low, high) => {
    const p = at(cost);
    const line = (id: Id) => ({ oneOff: p[id].oneOffCost, monthly: p[id].monthlyTotal });
    for (const [end, [kind, month]] of [['low', low], ['high', high]] as const) {
      const b = breakEven(line('kubernetes'), line('compose'), end, 12, PAYBACK_SEARCH_MONTHS);
      expect(b.kind, end).toBe(kind);
      if (month !== undefined) expect('month' in b && b.month, end).toBe(month);
    }
  });

  it('a negative or non-number cost counts as 0', () => {
    for (const cost of [-500, Number.NaN]) {
      expect(computeCosts({ ...defaults(), downtimeCost: cost } as CostInputs<Id>).platforms.compose.downtimeCostMonthly).toEqual({ low: 0, high: 0 });
    }
  });
});

describe('the schema', () => {
  it('takes downtime for every option or for none', () => {
    const data = adr();
    expect(costsSchema.safeParse(data).success).toBe(true);
    delete data.platforms[1].downtime;
    expect(costsSchema.safeParse(data).success).toBe(false);
    for (const p of data.platforms) delete p.downtime;
    expect(costsSchema.safeParse(data).success).toBe(true);
  });

  it.each([
    [{ availability: { low: 99, high: 100 }, source: 'document' }, true],
    [{ availability: { low: 99, high: 100.5 }, source: 'document' }, false],
    [{ hoursPerMonth: { low: 1, high: 2 }, source: 'editor' }, true],
    [{ hoursPerMonth: { low: 1, high: 2 }, source: 'guess' }, false],
    [{ hoursPerMonth: { low: 1, high: 2 }, availability: { low: 99, high: 99 }, source: 'editor' }, false],
  ])('%j: %s', (downtime, ok) => {
    const data = adr();
    for (const p of data.platforms) p.downtime = downtime;
    expect(costsSchema.safeParse(data).success).toBe(ok);
  });
});
