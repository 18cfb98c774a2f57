// The sites the end-to-end tests need besides dist/ and dist-subpath/: ADR 0001 with
// records of other kinds, each built before the browser tests start (npm test runs this
// as a step of its own, so no build competes with the tests for the cores).
//
//   log        tests/fixtures/records/        -> dist-fixtures/  (decisionLog.spec.ts)
//   shapes     tests/fixtures/record-shapes/  -> dist-shapes/    (fixtureRecords.spec.ts)
//   authoring  new-record and import run on a -> dist-authoring/ (writingRecords.spec.ts)
//              copy of the content
//   teams      team ADR folders imported as  -> dist-teams/      (teamAdrFolders.spec.ts)
//              teams keep them, alone
//   teams-in-place  each team folder read in    -> dist-teams-in-place/<folder>/ (teamAdrFolders.spec.ts)
//              place (no import), one build per folder
//              (their numbers clash across folders),
//              under /<folder>/, with a repository for the edit links
//   host       ADR 0001 as Vercel builds it   -> dist-host/      (siteUrl.spec.ts,
//              (its build variables, no SITE_URL,                  editLinkAndHistory.spec.ts)
//              its git variables for the edit links); the build's output in dist-host.log
//
// Each is pinned to a build date where its tests read review states. The records folders
// are assembled under .records/ (git-ignored); playwright.config.ts serves each output.
//
//   node scripts/build-test-sites.mjs [log|shapes|authoring|teams|teams-in-place|host ...]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const run = (args, env = {}) => execFileSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const records = (out, ...add) => run(['scripts/assemble-records.mjs', out, ...add.flatMap((dir) => ['--add', dir])]);
const command = (script, ...args) => run(['scripts/run-ts.mjs', `scripts/${script}.ts`, ...args]);
const build = (recordsDir, outDir, env = {}) => run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { RECORDS_DIR: recordsDir, ...env });

// The team folders of tests/fixtures/team-folders the teams sites are made of (tests/e2e/site.ts names the same).
const TEAM_FOLDERS = ['madr4-optional', 'madr3-custom', 'docusaurus', 'log4brains-dated', 'adr-tools-images', 'nygard-mix'];

const SITES = {
  log() {
    records('.records/fixtures', 'tests/fixtures/records');
    // A public address, so the feeds are written and linked (they need absolute URLs).
    build('.records/fixtures', 'dist-fixtures', { BUILD_DATE: '2026-06-01', SITE_URL: 'https://adr.example.org' });
  },
  shapes() {
    records('.records/shapes', 'tests/fixtures/record-shapes');
    build('.records/shapes', 'dist-shapes', { BUILD_DATE: '2026-01-10' });
  },
  authoring() {
    const dir = '.records/authoring';
    records(dir);
    command('new-record', '--dir', dir, '--title-nb', 'Bruk én database for alle tjenester', '--title-en', 'Use one database for every service', '--tags', 'data', '--supersedes', '1', '--date', '2026-02-02');
    for (const layout of ['madr2', 'adr-tools']) command('import-records', `tests/fixtures/import/${layout}`, '--dir', dir, '--renumber');
    build(dir, 'dist-authoring');
  },
  teams() {
    // Only the team folders of tests/fixtures/team-folders: two kept as numbered (from 0,
    // with gaps: 0000, 0001, 0003, 0011, 0012, 0014), the others numbered after them
    // (0015 on; the Nygard/MADR mix with its HTML table and Mermaid diagrams 0022–0024).
    const dir = '.records/teams';
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const shape of ['madr4-optional', 'madr3-custom']) command('import-records', `tests/fixtures/team-folders/${shape}`, '--dir', dir);
    for (const shape of ['docusaurus', 'log4brains-dated', 'adr-tools-images', 'nygard-mix']) command('import-records', `tests/fixtures/team-folders/${shape}`, '--dir', dir, '--renumber');
    build(dir, 'dist-teams');
  },
  'teams-in-place'() {
    // The folders as teams keep them, read by the build itself: RECORDS_DIR is the team's folder.
    // Numbers clash across the folders (each has an ADR 1), so each is a site of its own, under its name.
    rmSync('dist-teams-in-place', { recursive: true, force: true });
    for (const shape of TEAM_FOLDERS) {
      build(`tests/fixtures/team-folders/${shape}`, `dist-teams-in-place/${shape}`, {
        BASE_PATH: `/${shape}/`,
        REPOSITORY_URL: 'https://github.com/example-team/adr',
        REPOSITORY_BRANCH: 'main',
      });
    }
  },
  host() {
    // Only the host's own variables: an address or repository set by the reader (or a CI's) would win over them.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^(SITE_URL|BASE_PATH|URL|DEPLOY_PRIME_URL|NETLIFY|CONTEXT|BRANCH|REPOSITORY_.*|GITHUB_.*|VERCEL.*|CF_PAGES.*)$/.test(k),
      ),
    );
    const vercel = {
      ...{ VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'adr.example.org', VERCEL_URL: 'adr-3f9a.vercel.app' },
      ...{ VERCEL_GIT_PROVIDER: 'github', VERCEL_GIT_REPO_OWNER: 'example-team', VERCEL_GIT_REPO_SLUG: 'adr', VERCEL_GIT_COMMIT_REF: 'main' },
    };
    const log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-host'], {
      env: { ...env, ...vercel },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    process.stdout.write(log);
    writeFileSync('dist-host.log', log);
  },
};

const names = process.argv.slice(2);
for (const name of names.length ? names : Object.keys(SITES)) {
  if (!SITES[name]) throw new Error(`unknown test site "${name}": one of ${Object.keys(SITES).join(', ')}`);
  console.log(`\n== test site: ${name}`);
  SITES[name]();
}
