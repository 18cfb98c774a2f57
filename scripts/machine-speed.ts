/**
 * npm run machine-speed: how fast this machine runs the tests' browser, measured first in
 * `npm test` so any two runs can be compared (scripts/test.mjs prints it beside the
 * duration) and so the timed tests slow the CPU to the same reference phone on every
 * machine (tests/support/machineSpeed.ts). Writes reports/machine.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser.ts';
import { REFERENCE_PHONE_INDEX, cpuSlowdownFor, measureBenchmarkIndex } from '../tests/support/machineSpeed.ts';

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const { median, runs } = await measureBenchmarkIndex(page);
  const speed = {
    benchmarkIndex: median,
    runs,
    cpuSlowdown: cpuSlowdownFor(median),
    referencePhoneIndex: REFERENCE_PHONE_INDEX,
    browser: `${CHROMIUM_PATH} ${browser.version()}`,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/machine.json', `${JSON.stringify(speed, null, 2)}\n`);
  console.log(
    `benchmarkIndex ${Math.round(median)} (median of ${runs.map(Math.round).join(', ')}; ${speed.browser}); ` +
      `the timed tests' reference phone (benchmarkIndex ${REFERENCE_PHONE_INDEX}) is this machine slowed about ${speed.cpuSlowdown.toFixed(1)}×`,
  );
} finally {
  await browser.close();
}
