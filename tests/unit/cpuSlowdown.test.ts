/**
 * The timed tests' CPU slowdown, from the machine's measured speed: the same reference
 * phone on every machine, so a faster machine is slowed more and a slower one less.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_PHONE_INDEX, cpuSlowdownFor } from '../support/machineSpeed';

describe('cpuSlowdownFor', () => {
  it.each([
    // benchmarkIndex, slowdown
    [REFERENCE_PHONE_INDEX, 1],
    [1.5 * REFERENCE_PHONE_INDEX, 1.5],
    [2 * REFERENCE_PHONE_INDEX, 2],
    [4 * REFERENCE_PHONE_INDEX, 4],
    [10 * REFERENCE_PHONE_INDEX, 10],
    // Slower than the phone: it cannot be sped up.
    [0.5 * REFERENCE_PHONE_INDEX, 1],
    [1, 1],
  ])('a machine of benchmarkIndex %s is slowed %s×', (benchmarkIndex, slowdown) => {
    expect(cpuSlowdownFor(benchmarkIndex)).toBeCloseTo(slowdown, 10);
  });

  it.each([1500, 2204, 2900, 3175, 7500])('a machine measured twice as fast as one of %s is slowed twice as much', (benchmarkIndex) => {
    expect(cpuSlowdownFor(2 * benchmarkIndex)).toBeCloseTo(2 * cpuSlowdownFor(benchmarkIndex), 10);
  });

  it.each([0, -100, Number.NaN, Number.POSITIVE_INFINITY])('refuses a speed of %s rather than guess', (benchmarkIndex) => {
    expect(() => cpuSlowdownFor(benchmarkIndex)).toThrow(RangeError);
  });
});
