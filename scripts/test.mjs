// `npm test`: every check in order (the machine's speed, types, the records lint, unit
// tests, the builds, the browser tests), one at a time, so no two of them compete for the
// machine's cores (a build beside the browser tests is what made them time out). Ends
// with the durations, the slowest end-to-end tests, the duration beside the machine's
// speed (so two runs can be compared) and one line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const STEPS = [
  { script: 'machine-speed', label: 'machine speed' },
  { script: 'check', label: 'astro check' },
  { script: 'lint:records', label: 'records lint' },
  { script: 'test:unit', label: 'unit tests', report: 'reports/unit.json' },
  { script: 'build', label: 'build at /' },
  { script: 'build:subpath', label: 'build under /adr/' },
  { script: 'build:test-sites', label: 'test sites' },
  { script: 'test:e2e', label: 'end-to-end tests', report: 'reports/e2e.json' },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
rmSync('reports', { recursive: true, force: true });

const ran = [];
for (const step of STEPS) {
  console.log(`\n== ${step.label}`);
  const t0 = Date.now();
  const { status } = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
  ran.push({ ...step, ok: status === 0, ms: Date.now() - t0 });
  // A later step needs what an earlier one made (the e2e tests need both builds).
  if (status !== 0) break;
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const machine = read('reports/machine.json');
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');

/** Every end-to-end test of Playwright's JSON report, with its spec. */
function* e2eTests(suite) {
  for (const spec of suite.specs ?? []) for (const test of spec.tests) yield { spec, test };
  for (const child of suite.suites ?? []) yield* e2eTests(child);
}
const e2eList = e2e ? e2e.suites.flatMap((s) => [...e2eTests(s)]) : [];

let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
// A step that failed without a report of its own (type check, build) counts as one failure.
failed += ran.filter((s) => !s.ok && !(s.report && existsSync(s.report))).length;

console.log('\nsteps:');
for (const s of ran) console.log(`  ${s.ok ? 'ok    ' : 'FAILED'} ${s.label.padEnd(20)} ${seconds(s.ms)}`);
const notRun = STEPS.filter((s) => !ran.some((r) => r.script === s.script));
for (const s of notRun) console.log(`  not run ${s.label}`);

if (e2e) {
  const timeout = e2e.config?.projects?.[0]?.timeout ?? 30_000;
  const slowest = e2eList
    .map(({ spec, test }) => ({
      title: `${spec.file}:${spec.line} ${test.projectName ? `[${test.projectName}] ` : ''}${spec.title}`,
      ms: Math.max(0, ...test.results.map((r) => r.duration)),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  console.log(`\nslowest end-to-end tests (budget ${seconds(timeout)} each; aim for a third of it):`);
  for (const t of slowest) console.log(`  ${seconds(t.ms).padStart(7)}${t.ms > timeout / 3 ? ' !' : '  '} ${t.title}`);
}

const speed = machine ? `machine benchmarkIndex ${Math.round(machine.benchmarkIndex)} (Lighthouse's, median of ${machine.runs.length} runs)` : 'machine speed not measured';
console.log(`\nduration: ${seconds(Date.now() - started)} on a ${speed}`);
// How the timed tests slowed this machine into their reference phone (their annotations).
const calibration = e2eList.flatMap(({ test }) => test.results.flatMap((r) => r.annotations ?? [])).find((a) => a.type === 'calibration');
if (calibration) console.log(`timed tests: ${calibration.description}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0 || notRun.length > 0) process.exit(1);
