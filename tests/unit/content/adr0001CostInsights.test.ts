/**
 * ADR 0001's figures through the calculator's later parts (content tests): the tornado's
 * deciding input and the simulation's chances and percentiles on the document's ranges.
 * The engine's own cases are in tests/unit/costSensitivity.test.ts and costUncertainty.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { costsSchema } from '../../../src/schemas/costs';
import { recordSchema } from '../../../src/schemas/record';
import { computeCosts, defaultCostInputs } from '../../../src/lib/calculator/costModel';
import { calculatorData, hoursKey, valuesToInputs } from '../../../src/lib/calculator/costFields';
import { tornado } from '../../../src/lib/calculator/costSensitivity';
import { simulate } from '../../../src/lib/calculator/costUncertainty';
import { t } from '../../../src/i18n';

describe('ADR 0001: what Kubernetes costs more than Compose over the period', () => {
  const costs = costsSchema.parse(parse(readFileSync('content/records/0001-kubernetes/costs.yaml', 'utf8')));
  const options = recordSchema.parse(parse(readFileSync('content/records/0001-kubernetes/record.yaml', 'utf8'))).options ?? [];
  const data = calculatorData(costs, options, 'en', (key) => t('en', key));
  const inputs = data.platforms.flatMap((p) => p.pairs.map((pr) => ({ id: pr.keys[0], keys: pr.keys })));
  const answerAt = (extra: Record<string, number>) => (v: Record<string, number>) => {
    const r = computeCosts(valuesToInputs({ ...v, ...extra }, data.defaults, data.fields)).platforms;
    return r.kubernetes!.tco.low - r.compose!.tco.low;
  };
  it.each([
    // 20–40 hours a month at €50 over 12 months: a €12,000 swing, more than any other.
    [{}, hoursKey('kubernetes', 'ops', 'low'), 12_000],
    // Over 60 months, the same hours swing €60,000.
    [{ months: 60 }, hoursKey('kubernetes', 'ops', 'low'), 60_000],
    // At €0 an hour, only euros move: Kubernetes's servers, €60–100 a month over 12 months.
    [{ rate: 0 }, 'kubernetes.infra.vps.low', 480],
  ])('with %j the deciding input is %s, swinging €%d', (extra, first, swing) => {
    const { bars } = tornado({ ...data.values, ...extra }, inputs, answerAt(extra));
    expect(bars[0]!.id).toBe(first);
    expect(bars[0]!.atHigh - bars[0]!.atLow).toBeCloseTo(swing, 6);
    for (let i = 1; i < bars.length; i++) {
      expect(Math.abs(bars[i]!.atHigh - bars[i]!.atLow)).toBeLessThanOrEqual(Math.abs(bars[i - 1]!.atHigh - bars[i - 1]!.atLow));
    }
  });
});

describe('ADR 0001: how sure the payback is', () => {
  const costs = costsSchema.parse(parse(readFileSync('content/records/0001-kubernetes/costs.yaml', 'utf8')));
  const defaults = defaultCostInputs<'compose' | 'swarm' | 'kubernetes'>(costs);
  it.each([
    // Even Kubernetes's lowest figures against Compose's highest never pay off: no draw does.
    [0, 0],
    // €500 an hour of downtime: Compose's 36 hours a month cost more than all of Kubernetes.
    [500, 1],
  ])('at €%d an hour of downtime the chance of payback is %d at every month', (downtimeCost, chance) => {
    const { payback } = simulate({ ...defaults, downtimeCost }, 'kubernetes');
    expect(payback).toEqual([12, 24, 36].map((month) => ({ month, chance })));
  });

  it('each total’s percentiles lie within its low–high total, in order', () => {
    const { totals } = simulate(defaults, 'kubernetes');
    // Kubernetes over 12 months: €17,960–34,000 (one-off 140–200 h, monthly €1,080–2,140).
    expect(totals.kubernetes.p10).toBeGreaterThan(17_960);
    expect(totals.kubernetes.p90).toBeLessThan(34_000);
    expect(totals.kubernetes.p10).toBeLessThan(totals.kubernetes.p50);
    expect(totals.kubernetes.p50).toBeLessThan(totals.kubernetes.p90);
  });
});
