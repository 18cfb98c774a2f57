// npm run audit:lighthouse: Lighthouse 13's SEO and Best Practices categories (mobile preset)
// on the two builds `npm test` makes: dist/ (no site address, as `npm start` serves it) and
// dist-subpath/ (SITE_URL, under /adr/). Every record's overview and tool pages, both
// languages. Prints each page's two scores and any audit that lost points; exits 1 below 100.
// LH_CONCURRENCY (default 4) runs that many at once, each in a process and a Chrome of its own
// (Lighthouse keeps global state, so one process runs one page at a time); these categories
// time nothing, so running side by side changes no score.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { measuredPages } from './builtPages.mjs';
import { CHROME, lighthouseRun, serve } from './lighthouseRun.mjs';

const BUILDS = [
  { name: 'npm start (no address)', dist: 'dist', base: '/', port: 4395 },
  { name: 'SITE_URL, under /adr/', dist: 'dist-subpath', base: '/adr/', port: 4396 },
];
const CONCURRENCY = Math.max(1, Number(process.env.LH_CONCURRENCY ?? 4));
const CATEGORIES = ['seo', 'best-practices'];

/** Audits that cost points: scored, not informative, below 1. */
const lost = (lhr) =>
  Object.values(lhr.audits)
    .filter((a) => typeof a.score === 'number' && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
    .map((a) => a.id);

// One page, in a process of its own: print what the parent needs as JSON.
if (process.argv[2] === '--page') {
  const lhr = await lighthouseRun(process.argv[3], CATEGORIES);
  const scores = CATEGORIES.map((c) => Math.round(lhr.categories[c].score * 100));
  console.log(JSON.stringify({ version: lhr.lighthouseVersion, scores, lost: lost(lhr) }));
  process.exit(0);
}

if (!existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME} (set CHROMIUM_PATH)`);
for (const { dist } of BUILDS) if (!existsSync(dist)) throw new Error(`${dist}/ is missing: run npm run build and npm run build:subpath first`);

const run = promisify(execFile);
const rows = [];
let version = '';
for (const build of BUILDS) {
  const server = await serve(build.dist, build.port, build.base);
  try {
    const queue = measuredPages(build.dist);
    const worker = async () => {
      for (let path; (path = queue.shift()); ) {
        const url = `http://127.0.0.1:${build.port}${build.base}${path.slice(1)}`;
        const { stdout } = await run(process.execPath, [import.meta.filename, '--page', url]);
        const page = JSON.parse(stdout);
        version = page.version;
        const [seo, bestPractices] = page.scores;
        rows.push({ build: build.name, path, seo, bestPractices, lost: page.lost });
        console.error(`audit: ${build.name} ${path}: SEO ${seo}, Best Practices ${bestPractices}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    server.kill();
  }
}

rows.sort((a, b) => a.build.localeCompare(b.build) || a.path.localeCompare(b.path));
console.log('| build | page | SEO | Best Practices | audits that lost points |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.build} | \`${r.path}\` | ${r.seo} | ${r.bestPractices} | ${r.lost.join(', ') || '–'} |`);
const below = rows.filter((r) => r.seo < 100 || r.bestPractices < 100);
console.log(`\n${rows.length} pages, ${below.length} below 100 (Lighthouse ${version}).`);
process.exitCode = below.length ? 1 : 0;
