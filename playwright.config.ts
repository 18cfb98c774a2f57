import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/browser.ts';

// The tests drive the system's Chromium (tests/support/browser.ts) against the built site
// (dist/ and dist-subpath/, or E2E_DIST and E2E_DIST_SUBPATH), and the test sites with
// fixture records (npm run build:test-sites) on the ports after those.
const port = Number(process.env.E2E_PORT ?? 4322);
// One worker per core (2 on the machines this runs on): each drives its own Chromium,
// and more workers than cores only make every test slower. E2E_WORKERS overrides.
const workers = Number(process.env.E2E_WORKERS) || availableParallelism();
// The tests that time the page on a slowed-down CPU run last, when no other test's browser
// competes for the cores (two of them at a time barely do: each slowed renderer runs a
// quarter of the time). \`playwright test --project=timed --no-deps\` runs them alone.
const timed = /toolPageOnSlowPhone\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  projects: [
    { name: 'site', testIgnore: timed },
    { name: 'timed', testMatch: timed, dependencies: ['site'], fullyParallel: false },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node scripts/serve-static.mjs ${process.env.E2E_DIST ?? 'dist'} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The same site built with BASE_PATH=/adr/, served under that sub-path.
      command: `node scripts/serve-static.mjs ${process.env.E2E_DIST_SUBPATH ?? 'dist-subpath'} ${port + 1} /adr/`,
      url: `http://127.0.0.1:${port + 1}/adr/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    // The test sites of scripts/build-test-sites.mjs (npm run build:test-sites).
    // dist-teams-in-place holds one site per team folder, each under /<folder>/ (the first answers for all).
    ...['dist-fixtures', 'dist-shapes', 'dist-authoring', 'dist-teams', 'dist-teams-in-place'].map((dir, i) => ({
      command: `node scripts/serve-static.mjs ${dir} ${port + 2 + i}`,
      url: `http://127.0.0.1:${port + 2 + i}/${dir === 'dist-teams-in-place' ? 'madr4-optional/' : ''}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    })),
  ],
});
