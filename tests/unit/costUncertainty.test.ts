/**
 * The seeded simulation against cases whose answer is known in closed form: one or two
 * uniform ranges whose chance of payback by a month is a length (or an area) over the
 * range's, within one percentage point at the sample count the calculator uses.
 */
import { describe, expect, it } from 'vitest';
import { type CostInputs, type PlatformInputs, type Range } from '../../src/lib/calculator/costModel';
import { chanceInTen, mulberry32, SAMPLES, simulate, simulateInSlices, simulateOnce, SLICE } from '../../src/lib/calculator/costUncertainty';

const fixed = (n: number): Range => ({ low: n, high: n });
const option = (infrastructure: Record<string, Range>, setupHours = 0): PlatformInputs => ({
  infrastructure,
  opsHoursPerMonth: fixed(0),
  setupHours: fixed(setupHours),
  learningHours: fixed(0),
});
const inputs = (base: PlatformInputs, pay: PlatformInputs, horizonMonths: number): CostInputs<'base' | 'pay'> => ({
  hourlyRate: 50,
  horizonMonths,
  baseline: 'base',
  platforms: { base, pay },
});
const ONE_POINT = 0.01;

describe('chance of payback against closed-form cases', () => {
  // The payback option costs €1,200 up front (24 hours at €50).
  it.each([
    {
      name: 'payback monthly U(0, 100), baseline €100: paid off by m when X <= 100 - 1200/m',
      input: inputs(option({ x: fixed(100) }), option({ x: { low: 0, high: 100 } }, 24), 48),
      expected: { 12: 0, 24: 0.5, 36: 2 / 3, 48: 0.75 },
    },
    {
      name: 'baseline monthly U(0, 200), payback €0 a month: paid off by m when Y >= 1200/m',
      input: inputs(option({ y: { low: 0, high: 200 } }), option({ x: fixed(0) }, 24), 10),
      expected: { 10: 0.4, 12: 0.5, 24: 0.75, 36: 5 / 6 },
    },
    {
      name: 'payback monthly the sum of two U(0, 100): a triangle, paid off when X1 + X2 <= 100 - 1200/m',
      input: inputs(option({ x: fixed(100) }), option({ a: { low: 0, high: 100 }, b: { low: 0, high: 100 } }, 24), 60),
      expected: { 12: 0, 24: 0.125, 36: (2 / 3) ** 2 / 2, 60: 0.32 },
    },
  ])('$name', ({ input, expected }) => {
    const { payback } = simulate(input, 'pay');
    expect(payback.map((p) => p.month)).toEqual(Object.keys(expected).map(Number));
    for (const { month, chance } of payback) {
      expect(Math.abs(chance - expected[month as keyof typeof expected]!), `month ${month}: ${chance}`).toBeLessThanOrEqual(ONE_POINT);
    }
  });

  it('no chance is stated without a payback option, or when it is the baseline', () => {
    const input = inputs(option({ x: fixed(100) }), option({ x: { low: 0, high: 100 } }, 24), 12);
    expect(simulate(input, undefined).payback).toEqual([]);
    expect(simulate(input, 'base').payback).toEqual([]);
  });
});

describe('percentiles of each total', () => {
  it.each([
    // payback total over 48 months: 1200 + 48 X, X ~ U(0, 100): quantile q at 1200 + 4800 q
    [0.1, 'p10', 1200 + 480],
    [0.5, 'p50', 1200 + 2400],
    [0.9, 'p90', 1200 + 4320],
  ] as const)('at %d (%s) within 1 %% of the range of %d', (_q, key, value) => {
    const { totals } = simulate(inputs(option({ x: fixed(100) }), option({ x: { low: 0, high: 100 } }, 24), 48), 'pay');
    expect(Math.abs(totals.pay[key] - value)).toBeLessThanOrEqual(48);
    expect(totals.base).toEqual({ p10: 4800, p50: 4800, p90: 4800 });
  });
});

describe('the seeded generator', () => {
  it('gives the same figures for the same inputs, and others for another seed', () => {
    const input = inputs(option({ x: fixed(100) }), option({ x: { low: 0, high: 100 } }, 24), 30);
    expect(simulate(input, 'pay')).toEqual(simulate(input, 'pay'));
    expect(simulate(input, 'pay', SAMPLES, 1)).not.toEqual(simulate(input, 'pay', SAMPLES, 2));
  });

  it('draws evenly from [0, 1): each tenth holds a tenth of the draws, within one point', () => {
    const random = mulberry32(24);
    const tenths = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < SAMPLES; i++) {
      const r = random();
      expect(r >= 0 && r < 1).toBe(true);
      tenths[Math.floor(r * 10)]!++;
    }
    for (const count of tenths) expect(Math.abs(count / SAMPLES - 0.1)).toBeLessThanOrEqual(ONE_POINT);
  });
});

describe('a chance in words', () => {
  it.each([
    [0, { kind: 'none' }],
    [0.0001, { kind: 'under' }],
    [0.049, { kind: 'under' }],
    [0.05, { kind: 'tenths', n: 1 }],
    [0.34, { kind: 'tenths', n: 3 }],
    [0.7, { kind: 'tenths', n: 7 }],
    [0.95, { kind: 'tenths', n: 9 }],
    [0.951, { kind: 'over' }],
    [0.9999, { kind: 'over' }],
    [1, { kind: 'all' }],
  ])('%d: %j', (chance, words) => {
    expect(chanceInTen(chance)).toEqual(words);
  });
});

describe('the simulation run a slice at a time, as the browser runs it', () => {
  const pay = option({ x: { low: 0, high: 100 } }, 24);
  it.each([
    { name: 'the calculator\'s case', input: inputs(option({ x: fixed(100) }), pay, 36), pauses: SAMPLES / SLICE - 1 },
    { name: 'another period', input: inputs(option({ y: { low: 0, high: 200 } }), pay, 7), pauses: SAMPLES / SLICE - 1 },
  ])('$name: pauses between slices and keeps the figures of one run', async ({ input, pauses }) => {
    let paused = 0;
    await simulateInSlices(input, 'pay', async () => {
      paused++;
    });
    expect(paused).toBe(pauses);
    // What simulateOnce then gives is what it kept: the same as one run, draw for draw.
    expect(simulateOnce(input, 'pay')).toEqual(simulate(input, 'pay'));
    // Kept: a second call has nothing to run.
    await simulateInSlices(input, 'pay', async () => {
      paused++;
    });
    expect(paused).toBe(pauses);
  });
});
