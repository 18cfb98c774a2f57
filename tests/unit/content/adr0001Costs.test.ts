/**
 * Content test: ADR 0001's cost figures (content/records/0001-kubernetes/costs.yaml), as the
 * document prints them, come out of the cost model, the calculator's form and the
 * break-even search. How the engine computes is tested on a fixture record
 * (tests/unit/costModel.test.ts, calculatorInputs.test.ts, costVerdict.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { costsSchema } from '../../../src/schemas/costs';
import { computeCosts, defaultCostInputs, type Range } from '../../../src/lib/calculator/costModel';
import { costFieldSpecs, inputsToValues, valuesToInputs } from '../../../src/lib/calculator/costFields';
import { breakEven } from '../../../src/lib/calculator/costVerdict';

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

  it('the calculator’s form values reproduce the document’s results', () => {
    const specs = costFieldSpecs(defaults());
    const { compose, swarm, kubernetes } = computeCosts(valuesToInputs(inputsToValues(defaults(), specs), defaults(), specs)).platforms;
    expect(compose.infraMonthly).toEqual({ low: 20, high: 20 });
    expect(compose.opsHoursMonthly).toEqual({ low: 2, high: 4 });
    expect(swarm.infraMonthly).toEqual({ low: 60, high: 60 });
    expect(kubernetes.infraMonthly).toEqual({ low: 80, high: 140 });
    expect(kubernetes.infraMultipleOfBaseline).toEqual({ low: 4, high: 7 });
    expect(kubernetes.opsHoursMonthly).toEqual({ low: 20, high: 40 });
    expect(kubernetes.oneOffHours).toEqual({ low: 140, high: 200 });
  });

  it('Kubernetes never breaks even with Compose; without its monthly costs it would, in month 59 (low) and 46 (high)', () => {
    const inputs = defaults();
    const line = (r: ReturnType<typeof computeCosts<PlatformId>>, id: 'compose' | 'kubernetes') => ({
      oneOff: r.platforms[id].oneOffCost,
      monthly: r.platforms[id].monthlyTotal,
    });
    const before = computeCosts(inputs);
    for (const end of ['low', 'high'] as const) {
      expect(breakEven(line(before, 'kubernetes'), line(before, 'compose'), end, 12, 120)).toEqual({ kind: 'never' });
    }
    inputs.platforms.kubernetes.infrastructure = { vps: { low: 0, high: 0 } };
    inputs.platforms.kubernetes.opsHoursPerMonth = { low: 0, high: 0 };
    const after = computeCosts(inputs);
    // One-off €7,000–10,000 against Compose's €120–220 a month.
    expect(breakEven(line(after, 'kubernetes'), line(after, 'compose'), 'low', 12, 120)).toMatchObject({ kind: 'later', month: 59 });
    expect(breakEven(line(after, 'kubernetes'), line(after, 'compose'), 'high', 12, 120)).toMatchObject({ kind: 'later', month: 46 });
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
