/**
 * The tornado: each ranged input from its low to its high end, the others in the middle,
 * largest swing first, on a constructed case where one input clearly dominates (ADR 0001's
 * figures: tests/unit/content/adr0001CostInsights.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { tornado } from '../../src/lib/calculator/costSensitivity';

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
