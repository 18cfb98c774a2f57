// npm run bench: builds the site and writes bench/report.md: build wall time, every page's
// HTML/CSS/JS bytes (raw and gzip), the island bundles, and Lighthouse's four scores
// (mobile preset) for the overview, calculator and checklist pages when Chromium is here.
// Runs on Node 24 (through scripts/node24.sh), which imports the TypeScript helper directly.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../src/integrations/builtAssets.ts';

const DIST = 'dist';
const PORT = 4390;
const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

const started = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

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

const lh = await lighthouse(['/en/0001-kubernetes/', '/en/0001-kubernetes/calculator/', '/en/0001-kubernetes/checklist/']);

const table = (head, body) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
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
