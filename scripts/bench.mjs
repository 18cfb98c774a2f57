// npm run bench: our site side by side with a Starlight build of the same pages, in one run on
// one machine, written to bench/report.md and printed:
// - build time: wall time of our `astro build` and Starlight's, in pairs whose order
//   alternates (median of BENCH_PAIRS, default 5), with peak memory where /usr/bin/time is
//   here, warm (caches as a repeated local build has them) and one cold pair (caches removed);
// - Lighthouse 13, mobile preset with its default simulated throttling, BENCH_RUNS (default 3)
//   runs per page, each in a fresh Chrome with a fresh profile, ours and Starlight's taking
//   turns: every record's overview and tool pages (a page holding an astro-island), both
//   languages; medians of performance, Total Blocking Time, LCP and CLS (BENCH_LIGHTHOUSE=0
//   skips this part; BENCH_PAGES, a regular expression, keeps the pages whose path matches;
//   BENCH_CPU replaces the preset's 4× CPU slowdown: 10 stands for a machine 2.5× slower);
// - every page's HTML/CSS/JS bytes (raw and gzip) and the island bundles;
// - the scale run (skip with BENCH_SCALE=0): build time per page with 1 record and with 300
//   (generated into .records/scale, never committed), the index's size, a search for a
//   generated record's title, and a rebuild after one record changed.
// Starlight lives in bench/starlight/ with its own package.json and lockfile; the bench
// installs it there (`npm ci`) when its lockfile is newer than what is installed, so
// neither the site nor CI depends on it. Its pages are written from our built pages by
// bench/starlight/generate.mjs. Ports: BENCH_PORT (default 4390) and the two after it.
// Runs on Node 24 (through scripts/node24.sh), which imports the TypeScript helper directly.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageCss, pageScripts } from '../src/integrations/builtAssets.ts';
import { htmlFiles, measuredPages, pathOf } from './builtPages.mjs';
import { CHROME, lighthouseRun, serve } from './lighthouseRun.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4390);
const PAIRS = Math.max(1, Number(process.env.BENCH_PAIRS ?? 5));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SCALE = process.env.BENCH_SCALE !== '0';
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const PAGES = new RegExp(process.env.BENCH_PAGES ?? '');
const CPU = process.env.BENCH_CPU ? Number(process.env.BENCH_CPU) : undefined;
if (CPU !== undefined && !(CPU >= 1)) throw new Error(`BENCH_CPU must be a slowdown of 1 or more, not ${process.env.BENCH_CPU}`);
// Both sites are built as for a host (sitemap, absolute preview links), the same address for both.
const SITE_URL = process.env.SITE_URL ?? 'https://adr.example.org';
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const OURS = { name: 'ours', cwd: '.', dist: 'dist', caches: ['node_modules/.cache/og-images', 'node_modules/.cache/reader-script.json', 'node_modules/.astro', 'node_modules/.vite'] };
const STARLIGHT = { name: 'Starlight', cwd: 'bench/starlight', dist: 'bench/starlight/dist', caches: ['node_modules/.astro', 'node_modules/.vite'] };
const OG_CACHE = OURS.caches[0];
const SCALE_DIR = '.records/scale';
const SCALE_DIST = 'dist-scale';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ');
const log = (line) => console.error(`bench: ${line}`);
function table(head, body) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** One `astro build` of a site: wall seconds and, with /usr/bin/time, peak memory (MiB). */
function build(site, { outDir, env = {} } = {}) {
  const args = [ASTRO, 'build', ...(outDir ? ['--outDir', outDir] : [])];
  const command = TIME ? [TIME, '-f', 'maxrss_kb=%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const run = spawnSync(command[0], command.slice(1), { cwd: site.cwd, encoding: 'utf8', env: { ...process.env, SITE_URL, ...env }, maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${site.name} build failed:\n${run.stdout}\n${run.stderr}`);
  const rss = /maxrss_kb=(\d+)/.exec(run.stderr);
  return { seconds, mib: rss ? Number(rss[1]) / 1024 : undefined };
}
const clearCaches = (site) => site.caches.forEach((dir) => rmSync(join(site.cwd, dir), { recursive: true, force: true }));

/** Installs Starlight in its folder when its lockfile is newer than the installed tree. */
function installStarlight() {
  const installed = join(STARLIGHT.cwd, 'node_modules/.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(STARLIGHT.cwd, 'package-lock.json')).mtimeMs) return;
  log('installing Starlight in bench/starlight (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: STARLIGHT.cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---------------------------------------------------------------- build time
log(`load ${load()}`);
installStarlight();
const buildLoad = { before: load() };
// Cold: each site without its caches (our link-preview images, Astro's and Vite's caches),
// as a CI run without a restored cache. Starlight's pages come from our build, so ours goes first.
clearCaches(OURS);
const coldOurs = build(OURS);
execFileSync(process.execPath, [join(STARLIGHT.cwd, 'generate.mjs'), OURS.dist, 'content/records'], { stdio: ['ignore', 'ignore', 'inherit'] });
const starlightAddresses = JSON.parse(readFileSync(join(STARLIGHT.cwd, 'addresses.json'), 'utf8'));
clearCaches(STARLIGHT);
const coldStarlight = build(STARLIGHT);
// Warm: as a repeated local build (or CI with its cache restored) finds them. The order
// alternates so neither site always builds on a machine the other has just warmed.
const warm = { ours: [], starlight: [] };
for (let pair = 0; pair < PAIRS; pair++) {
  const order = pair % 2 ? [STARLIGHT, OURS] : [OURS, STARLIGHT];
  for (const site of order) warm[site === OURS ? 'ours' : 'starlight'].push(build(site));
  log(`build pair ${pair + 1}/${PAIRS}: ours ${warm.ours.at(-1).seconds.toFixed(1)} s, Starlight ${warm.starlight.at(-1).seconds.toFixed(1)} s`);
}
buildLoad.after = load();

const seconds = (runs) => median(runs.map((r) => r.seconds));
const mib = (runs) => (runs.every((r) => r.mib !== undefined) ? `${median(runs.map((r) => r.mib)).toFixed(0)} MiB` : 'n/a');
const buildReport = [
  table(
    ['build', 'ours', 'Starlight', 'ours / Starlight'],
    [
      [`warm, median of ${PAIRS} alternating pairs`, `${seconds(warm.ours).toFixed(2)} s`, `${seconds(warm.starlight).toFixed(2)} s`, (seconds(warm.ours) / seconds(warm.starlight)).toFixed(2)],
      ['warm, peak memory (median)', mib(warm.ours), mib(warm.starlight), '–'],
      ['cold (caches removed), one pair', `${coldOurs.seconds.toFixed(2)} s`, `${coldStarlight.seconds.toFixed(2)} s`, (coldOurs.seconds / coldStarlight.seconds).toFixed(2)],
    ],
  ),
  '',
  `Every run (s): ours ${warm.ours.map((r) => r.seconds.toFixed(1)).join(', ')}; Starlight ${warm.starlight.map((r) => r.seconds.toFixed(1)).join(', ')}.`,
  `Wall time of \`node ${ASTRO} build\` in each site's folder with SITE_URL=${SITE_URL}, Node ${process.versions.node}; peak memory is the largest process's resident set (${TIME ? '/usr/bin/time' : 'not measured: no /usr/bin/time'}).`,
  `Load average (1, 5, 15 min) before: ${buildLoad.before}; after: ${buildLoad.after}.`,
].join('\n');

// ---------------------------------------------------------------- Lighthouse
/** One performance run: the medians' inputs, and the machine's speed as Lighthouse measured it during it (a score means little without it). */
async function performanceRun(url) {
  const lhr = await lighthouseRun(url, ['performance'], { cpuSlowdown: CPU });
  const value = (id) => lhr.audits[id].numericValue;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** A run that Chrome aborts (on a busy machine it now and then shows an error page) is run again, twice at most. */
async function withRetries(run) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3) throw error;
      log(`run failed (${error.message.split('\n')[0]}), running it again`);
    }
  }
}

async function lighthouseAll(paths) {
  if (!LIGHTHOUSE) return { note: 'Skipped (BENCH_LIGHTHOUSE=0).' };
  if (!existsSync(CHROME)) return { note: `Lighthouse skipped: no Chromium at ${CHROME}` };
  const ports = { ours: PORT, starlight: PORT + 1 };
  // Starlight names a page alike in both languages; generate.mjs wrote where each of ours went.
  const address = { ours: (path) => path, starlight: (path) => starlightAddresses[path] };
  const dirs = { ours: OURS.dist, starlight: STARLIGHT.dist };
  const servers = { ours: await serve(dirs.ours, ports.ours), starlight: await serve(dirs.starlight, ports.starlight) };
  // A server that stopped (on a shared machine someone may end it) is started again before a run.
  const serving = async (site) => {
    if (servers[site].exitCode !== null || servers[site].signalCode !== null) {
      log(`static server on ${ports[site]} had stopped; starting it again`);
      servers[site] = await serve(dirs[site], ports[site]);
    }
  };
  const started = load();
  const results = [];
  try {
    for (const path of paths) {
      const runs = { ours: [], starlight: [] };
      // Ours and Starlight's take turns, so a busy moment of the machine falls on both.
      for (let run = 0; run < RUNS; run++) {
        for (const site of ['ours', 'starlight']) {
          runs[site].push(await withRetries(async () => {
            await serving(site);
            return performanceRun(`http://127.0.0.1:${ports[site]}${address[site](path)}`);
          }));
        }
      }
      log(`lighthouse ${path}: ours ${runs.ours.map((r) => r.score).join('/')}, Starlight ${runs.starlight.map((r) => r.score).join('/')}`);
      results.push({ path, ...runs });
    }
  } finally {
    Object.values(servers).forEach((s) => s.kill());
  }
  return { results, load: { before: started, after: load() } };
}

const ms = (x) => `${Math.round(x)}`;
const perf = (runs) => `${median(runs.map((r) => r.score))} (${runs.map((r) => r.score).join(', ')})`;
/** A median with the range around it: "6 (3–9)". */
const spread = (xs) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
const tbt = (runs) => spread(runs.map((r) => r.tbt));
const lcp = (runs) => (median(runs.map((r) => r.lcp)) / 1000).toFixed(2);
const cls = (runs) => median(runs.map((r) => r.cls)).toFixed(3);
const speed = (runs) => spread(runs.map((r) => r.benchmarkIndex));

const lh = await lighthouseAll(measuredPages(OURS.dist).filter((path) => PAGES.test(path)));
const lighthouseReport = lh.results
  ? [
      table(
        ['page (ours; Starlight names it as in Norwegian)', 'ours perf, median (runs)', 'ours TBT ms, median (min–max)', 'Starlight perf, median (runs)', 'Starlight TBT ms, median (min–max)', 'LCP s, ours / Starlight', 'CLS, ours / Starlight', 'benchmarkIndex, median (min–max) of both'],
        lh.results.map((r) => [r.path, perf(r.ours), tbt(r.ours), perf(r.starlight), tbt(r.starlight), `${lcp(r.ours)} / ${lcp(r.starlight)}`, `${cls(r.ours)} / ${cls(r.starlight)}`, speed([...r.ours, ...r.starlight])]),
      ),
      '',
      `${RUNS} runs per page and site, each in a fresh headless Chromium (${CHROME}) with an empty profile; Lighthouse's mobile preset and simulated throttling${CPU ? `, the CPU slowed ${CPU}× instead of 4×` : ''}. Load average (1, 5, 15 min) before: ${lh.load.before}; after: ${lh.load.after}.`,
    ].join('\n')
  : lh.note;

// ---------------------------------------------------------------- bytes
const rows = htmlFiles(OURS.dist)
  .map((file) => {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const css = pageCss(OURS.dist, text);
    const inline = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => Buffer.from(m[1]));
    const js = [...inline, ...pageScripts(OURS.dist, text).map((f) => readFileSync(f))];
    const sum = (bufs, f) => bufs.reduce((n, b) => n + f(b), 0);
    return {
      page: pathOf(OURS.dist, file),
      html: [html.length, gz(html)],
      css: [css.raw, css.gzip],
      js: [sum(js, (b) => b.length), sum(js, gz)],
    };
  })
  .sort((a, b) => a.page.localeCompare(b.page));

const islands = readdirSync(join(OURS.dist, '_astro'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const buf = readFileSync(join(OURS.dist, '_astro', f));
    return { file: f, raw: buf.length, gzip: gz(buf) };
  })
  .sort((a, b) => b.gzip - a.gzip);

// ---------------------------------------------------------------- scale
const cachedImages = () => (existsSync(OG_CACHE) ? readdirSync(OG_CACHE).length : 0);

async function scale() {
  // Both builds start without cached link previews, so they are comparable.
  rmSync(OG_CACHE, { recursive: true, force: true });
  const one = { records: readdirSync('content/records').length, seconds: build(OURS).seconds, pages: htmlFiles(OURS.dist).length };
  execFileSync(process.execPath, ['scripts/assemble-records.mjs', SCALE_DIR, '--generate', '300'], { stdio: 'ignore' });
  const env = { RECORDS_DIR: SCALE_DIR };
  rmSync(OG_CACHE, { recursive: true, force: true });
  const many = { records: readdirSync(SCALE_DIR).length, seconds: build(OURS, { outDir: SCALE_DIST, env }).seconds, pages: htmlFiles(SCALE_DIST).length };
  const indexGzip = gz(readFileSync(join(SCALE_DIST, 'en', 'index.html')));
  // Change one record's title and build again: only its previews are drawn anew.
  const before = cachedImages();
  const changed = join(SCALE_DIR, '0150-generated-150', 'record.yaml');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/title: \{ nb: "([^"]+)"/, 'title: { nb: "$1 (endret)"'));
  const rebuild = { seconds: build(OURS, { outDir: SCALE_DIST, env }).seconds, drawn: cachedImages() - before };
  const title = /en: "([^"]+)"/.exec(readFileSync(join(SCALE_DIR, '0299-generated-299', 'record.yaml'), 'utf8'))[1];
  return { one, many, indexGzip, rebuild, search: await searchFor(title) };
}

/** Whether the search page of the 300-record build lists the record with this title. */
async function searchFor(title) {
  if (!existsSync(CHROME)) return `skipped: no Chromium at ${CHROME}`;
  const port = PORT + 2;
  const server = await serve(SCALE_DIST, port);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/en/search/?q=${encodeURIComponent(title)}`);
    const first = page.locator('.search-results a').first();
    await first.waitFor({ timeout: 20_000 });
    return `first hit for "${title}": ${(await first.textContent()).trim()} (${await first.getAttribute('href')})`;
  } finally {
    await browser.close();
    server.kill();
  }
}

let scaleReport = 'Skipped (BENCH_SCALE=0).';
if (SCALE) {
  const sc = await scale();
  const perPage = (r) => `${((r.seconds * 1000) / r.pages).toFixed(0)} ms`;
  scaleReport = [
    'Cold builds (no cached link previews).',
    '',
    table(
      ['records', 'HTML pages', 'build (s)', 'per page'],
      [sc.one, sc.many].map((r) => [String(r.records), String(r.pages), r.seconds.toFixed(1), perPage(r)]),
    ),
    '',
    `Index (/en/) with ${sc.many.records} records: ${kb(sc.indexGzip)} KB gzip (budget 60 KB).`,
    '',
    `Rebuild after changing one record's title: ${sc.rebuild.seconds.toFixed(1)} s, ${sc.rebuild.drawn} link-preview images drawn (the rest from the cache).`,
    '',
    `Search: ${sc.search}.`,
  ].join('\n');
}

const report = [
  '# Benchmark',
  '',
  `Run ${new Date().toISOString()} with Node ${process.versions.node} on ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm).length} cores. Starlight: bench/starlight (${JSON.parse(readFileSync(join(STARLIGHT.cwd, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version}), holding our pages' prose (bench/starlight/generate.mjs).`,
  '',
  '## Lighthouse (mobile preset): ours and Starlight',
  '',
  lighthouseReport,
  '',
  '## Build time: ours and Starlight',
  '',
  buildReport,
  '',
  '## Pages (KB, raw / gzip)',
  '',
  table(
    ['page', 'HTML', 'CSS', 'JS'],
    rows.map((r) => [r.page, `${kb(r.html[0])} / ${kb(r.html[1])}`, `${kb(r.css[0])} / ${kb(r.css[1])}`, r.js[0] ? `${kb(r.js[0])} / ${kb(r.js[1])}` : '0']),
  ),
  '',
  '## JavaScript bundles (KB)',
  '',
  table(['file', 'raw', 'gzip'], islands.map((i) => [i.file, kb(i.raw), kb(i.gzip)])),
  '',
  '## Scale',
  '',
  scaleReport,
  '',
].join('\n');

mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.md', report);
console.log(report);
