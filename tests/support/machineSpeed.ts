/**
 * How fast this machine is, and how far to slow the CPU so that a timed test runs on the
 * same phone on every machine.
 *
 * Speed is Lighthouse's benchmarkIndex, computed by Lighthouse's own page function in the
 * tests' browser (the figure Lighthouse prints beside every report). DevTools' CPU
 * throttling divides it about linearly: on this project's 2-core machine, 2,900–3,000
 * unthrottled measured 990 at 3× and 710 at 4× (docs/testing.md). So the slowdown that
 * turns this machine into the reference phone is its index over the phone's; measured
 * again at that slowdown, the phone's index times the slowdown corrects the first guess.
 */
import type { Page } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

/**
 * The phone the timed tests' budgets are set for: benchmarkIndex 1,500. For scale, Chrome
 * DevTools' CPU calibration (Performance panel, "Calibrate") names 1,000 its mid-tier phone
 * (like a Pixel 5) and 264 its low tier (a Moto G Power 2022); 4× on the machine where the
 * 150 ms budget was first met made a phone of about 1,900. docs/testing.md says why 1,500
 * and what the pages measure on the mid-tier phone.
 */
export const REFERENCE_PHONE_INDEX = 1500;

/**
 * The CPU slowdown that makes a machine of this benchmarkIndex run like the reference
 * phone: a machine twice as fast is slowed twice as much. A machine slower than the phone
 * cannot be sped up, so it runs at 1× (and its timed tests measure a slower phone).
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new RangeError(`benchmarkIndex must be a positive number, not ${benchmarkIndex}`);
  }
  return Math.max(1, benchmarkIndex / REFERENCE_PHONE_INDEX);
}

export interface BenchmarkIndex {
  /** The median of the runs: one run can lose a share of its second to another process. */
  median: number;
  runs: number[];
}

/**
 * Lighthouse's benchmarkIndex in `page`, a second per run, after one run thrown away while
 * V8 optimises the benchmark (as DevTools' calibration does).
 */
export async function measureBenchmarkIndex(page: Page, runs = 5): Promise<BenchmarkIndex> {
  await page.evaluate(pageFunctions.computeBenchmarkIndex);
  const results: number[] = [];
  for (let i = 0; i < runs; i++) results.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
  const sorted = results.toSorted((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs: results };
}
