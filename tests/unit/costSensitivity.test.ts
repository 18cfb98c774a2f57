/**
 * The tornado: each ranged input from its low to its high end, the others in the middle,
 * largest swing first; on a constructed case where one input clearly dominates, and on
 * ADR 0001's figures through the calculator's own fields.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { costsSchema } from '../../src/schemas/costs';
import { recordSchema } from '../../src/schemas/record';
import { computeCosts } from '../../src/lib/costModel';
import { calculatorData, hoursKey, valuesToInputs } from '../../src/lib/costFields';
import { tornado } from '../../src/lib/costSensitivity';
import { t } from '../../src/i18n';

const pair = (id: string) => ({ id, keys: [`${id}.low`, `${id}.high`] as const });

describe('a constructed case', () => {
  // answer = 3a - 2b + c: a swings 300, b 20 the other way, c not at all.
  const answer = (v: Record<string, number>) => 3 * v['a.low']! - 2 * v['b.low']! + v['c.low']!;
  it.each([
    ['in the inputs’ order', [pair('c'), pair('b'), pair('a')]],
    ['in another order', [pair('a'), pair('c'), pair('b')]],
  ])('largest first, %s; an input that moves nothing is left out', (_name, inputs) => {
    const values = { 'a.low': 0, 'a.high': 100, 'b.low': 0, 'b.high': 10, 'c.low': 5, 'c.high': 5 };
    expect(tornado(values, inputs, answer)).toEqual({
      middle: 3 * 50 - 2 * 5 + 5,
      bars: [
        { id: 'a', atLow: 0 - 10 + 5, atHigh: 300 - 10 + 5 },
        { id: 'b', atLow: 150 - 0 + 5, atHigh: 150 - 20 + 5 },
      ],
    });
  });

  it('reads a range typed high-to-low in order', () => {
    const values = { 'a.low': 100, 'a.high': 0, 'b.low': 0, 'b.high': 10, 'c.low': 5, 'c.high': 5 };
    // Only a is an input here: b keeps its typed low end, 0.
    const { bars } = tornado(values, [pair('a')], answer);
    expect(bars).toEqual([{ id: 'a', atLow: 0 + 5, atHigh: 300 + 5 }]);
  });
});

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
