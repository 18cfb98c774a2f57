// npm run bench: builds the site and writes bench/report.md: build wall time, every page's
// HTML/CSS/JS bytes (raw and gzip), the island bundles, Lighthouse's four scores (mobile
// preset) for the overview, calculator and checklist pages when Chromium is here, and the
// scale run: build time per page with 1 record and with 300 (generated into .records/scale
// by scripts/records-dir.mjs, never committed), the index's size, a search for a generated
// record's title, and a rebuild after one record changed (link previews come from the cache).
// Runs on Node 24 (through scripts/node24.sh), which imports the TypeScript helper directly.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../src/integrations/builtAssets.ts';

const DIST = 'dist';
const PORT = 4390;
const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

const OG_CACHE = 'node_modules/.cache/og-images';
const SCALE_DIR = '.records/scale';
const SCALE_DIST = 'dist-scale';

/** Wall time of one `astro build`, in seconds. */
function build(outDir, env = {}) {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  return (performance.now() - started) / 1000;
}
const cachedImages = () => (existsSync(OG_CACHE) ? readdirSync(OG_CACHE).length : 0);

// Both first builds start without cached link previews, so they are comparable.
rmSync(OG_CACHE, { recursive: true, force: true });
const buildSeconds = build(DIST);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const rows = htmlFiles(DIST)
  .map((file) => {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const css = [...text.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1])));
    const inline = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => Buffer.from(m[1]));
    const js = [...inline, ...pageScripts(DIST, text).map((f) => readFileSync(f))];
    const sum = (bufs, f) => bufs.reduce((n, b) => n + f(b), 0);
    return {
      page: `/${relative(DIST, file).replace(/index\.html$/, '')}`,
      html: [html.length, gz(html)],
      css: [sum(css, (b) => b.length), sum(css, gz)],
      js: [sum(js, (b) => b.length), sum(js, gz)],
    };
  })
  .sort((a, b) => a.page.localeCompare(b.page));

const islands = readdirSync(join(DIST, '_astro'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const buf = readFileSync(join(DIST, '_astro', f));
    return { file: f, raw: buf.length, gzip: gz(buf) };
  })
  .sort((a, b) => b.gzip - a.gzip);

async function lighthouse(paths) {
  if (!existsSync(CHROME)) return { note: `Lighthouse skipped: no Chromium at ${CHROME}` };
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', DIST, String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const { default: run } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const results = [];
    try {
      for (const path of paths) {
        const { lhr } = await run(`http://127.0.0.1:${PORT}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const below = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        results.push({ path, scores: ['performance', 'accessibility', 'best-practices', 'seo'].map(score), below });
      }
    } finally {
      await chrome.kill();
    }
    return { results };
  } catch (error) {
    return { note: `Lighthouse did not run: ${error.message}` };
  } finally {
    server.kill();
  }
}

async function scale() {
  const one = { records: readdirSync('content/records').length, seconds: buildSeconds, pages: htmlFiles(DIST).length };
  execFileSync(process.execPath, ['scripts/records-dir.mjs', SCALE_DIR, '--generate', '300'], { stdio: 'ignore' });
  const env = { RECORDS_DIR: SCALE_DIR };
  rmSync(OG_CACHE, { recursive: true, force: true });
  const many = { records: readdirSync(SCALE_DIR).length, seconds: build(SCALE_DIST, env), pages: htmlFiles(SCALE_DIST).length };
  const indexGzip = gz(readFileSync(join(SCALE_DIST, 'en', 'index.html')));
  // Change one record's title and build again: only its previews are drawn anew.
  const before = cachedImages();
  const changed = join(SCALE_DIR, '0150-generated-150', 'record.yaml');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/title: \{ nb: "([^"]+)"/, 'title: { nb: "$1 (endret)"'));
  const rebuild = { seconds: build(SCALE_DIST, env), drawn: cachedImages() - before };
  const title = /en: "([^"]+)"/.exec(readFileSync(join(SCALE_DIR, '0299-generated-299', 'record.yaml'), 'utf8'))[1];
  return { one, many, indexGzip, rebuild, search: await searchFor(title) };
}

/** Whether the search page of the 300-record build lists the record with this title. */
async function searchFor(title) {
  if (!existsSync(CHROME)) return `skipped: no Chromium at ${CHROME}`;
  // A port nobody else on this machine is serving from.
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', SCALE_DIST, String(port)], { stdio: 'ignore' });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (let tries = 0; tries < 50; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/en/search/?q=${encodeURIComponent(title)}`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const first = page.locator('.search-results a').first();
    await first.waitFor({ timeout: 20_000 });
    return `first hit for "${title}": ${(await first.textContent()).trim()} (${await first.getAttribute('href')})`;
  } finally {
    await browser.close();
    server.kill();
  }
}

const sc = await scale();
const perPage = (r) => `${((r.seconds * 1000) / r.pages).toFixed(0)} ms`;
const scaleReport = [
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

const lh = await lighthouse(['/en/0001-kubernetes/', '/en/0001-kubernetes/calculator/', '/en/0001-kubernetes/checklist/']);

function table(head, body) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
const report = [
  '# Benchmark',
  '',
  `Built ${new Date().toISOString()} with Node ${process.versions.node}.`,
  '',
  `**Build wall time:** ${buildSeconds.toFixed(1)} s (astro build incl. link-preview images and the search index).`,
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
  '## Lighthouse (mobile preset)',
  '',
  lh.results
    ? table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits not passed'],
        lh.results.map((r) => [r.path, ...r.scores.map(String), r.below.join(', ') || '–']),
      )
    : lh.note,
  '',
].join('\n');

mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.md', report);
console.log(report);
