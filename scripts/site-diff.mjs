// Compares two built sites, page by page: what a reader sees and follows must not change when
// the code is reorganised. For every HTML page of either build it compares the visible text
// (whitespace normalised), the set of element ids and the set of URLs the page names (hrefs,
// srcs, srcsets, form actions; built asset names with their content hash left out), and the
// set of pages itself. It weighs the JavaScript and CSS each page loads (the files its HTML
// names: stylesheets, scripts, module preloads; and its inline <script> and <style>), raw
// and gzip (each resource compressed on its own, as a server sends it), and totals those of
// each build (every .js/.css file once, plus every page's inline code).
//
//   node scripts/site-diff.mjs <distA> <distB>
//
// Exit 1 if a page, text, id or URL differs, or a page loads more than 1 % more JS or CSS
// (raw or gzip) in B than in A; 2 on wrong use. A page that loads less, and the builds'
// totals, are reported but pass: moving CSS that only some pages need off the others makes
// those pages lighter and repeats inline CSS on the pages that need it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

/** How far the JS and CSS totals may move, as a fraction of the first build's. */
export const BYTE_TOLERANCE = 0.01;

/** Every file under dir, relative to it, the search index's folder left out (it is built from the pages). */
function filesOf(dir, sub = '') {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return rel === 'pagefind' ? [] : filesOf(dir, rel);
    return [rel];
  });
}

/** A built asset's name without the hash Vite gives it: /_astro/Base.B3x_9kQ.css → /_astro/Base.css. */
export const withoutHash = (url) => url.replace(/(\/_astro\/[^/?#]*?)\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)(?=$|[?#])/, '$1$2');

const SKIPPED_TEXT = new Set(['script', 'style', 'template']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'formaction'];

/** The text a reader sees in an element, scripts and styles left out, whitespace collapsed. */
function visibleText(node) {
  const parts = [];
  const walk = (n) => {
    if (n.nodeType === 3) parts.push(n.text);
    else if (n.nodeType === 1 && !SKIPPED_TEXT.has(n.rawTagName?.toLowerCase())) {
      if (n.getAttribute?.('alt')) parts.push(` ${n.getAttribute('alt')} `);
      n.childNodes.forEach(walk);
    }
    if (n.nodeType === 1) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** What one page shows and names: text, ids, URLs, and its inline script and style. */
export function pageFacts(html) {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const elements = root.querySelectorAll('*');
  const ids = new Set(elements.map((el) => el.getAttribute('id')).filter((id) => id !== undefined));
  const urls = new Set();
  for (const el of elements) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== undefined) urls.add(withoutHash(value.trim()));
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) for (const candidate of srcset.split(',')) urls.add(withoutHash(candidate.trim().split(/\s+/)[0]));
  }
  const inline = { js: [], css: [] };
  for (const el of root.querySelectorAll('script')) {
    const type = el.getAttribute('type');
    if (el.getAttribute('src') === undefined && (!type || type === 'module' || /javascript/.test(type))) inline.js.push(el.textContent);
  }
  for (const el of root.querySelectorAll('style')) inline.css.push(el.textContent);
  const linked = {
    css: root.querySelectorAll('link[rel~=stylesheet]').map((el) => el.getAttribute('href')),
    js: [...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src')), ...root.querySelectorAll('link[rel=modulepreload]').map((el) => el.getAttribute('href'))],
  };
  const body = root.querySelector('body') ?? root;
  const title = root.querySelector('title')?.textContent ?? '';
  return { text: `${title.trim()} | ${visibleText(body)}`, ids, urls, inline, linked };
}

const zero = () => ({ js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } });
const weigh = (content) => {
  const buffer = Buffer.from(content);
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
};
const add = (into, kind, { raw, gzip }) => {
  into[kind].raw += raw;
  into[kind].gzip += gzip;
};

/**
 * A built site's pages (by path: their facts and the bytes each loads) and its JS and CSS
 * totals. A URL the page names is looked up in dist as it stands, else without its first
 * folder (the base of a build under a sub-path, /adr/_astro/… → _astro/…).
 */
export function readSite(dist) {
  const files = filesOf(dist).sort();
  const weights = new Map();
  const bytes = zero();
  const pages = new Map();
  for (const file of files) {
    if (/\.(m?js|css)$/.test(file)) {
      weights.set(file, weigh(readFileSync(join(dist, file))));
      add(bytes, file.endsWith('.css') ? 'css' : 'js', weights.get(file));
    }
  }
  const weightOf = (url) => {
    const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '').replace(/^\//, '');
    const weight = weights.get(path) ?? weights.get(path.split('/').slice(1).join('/'));
    if (!weight) throw new Error(`${url} is not a file of ${dist}`);
    return weight;
  };
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const facts = pageFacts(readFileSync(join(dist, file), 'utf8'));
    const loads = zero();
    for (const kind of ['js', 'css']) {
      for (const code of facts.inline[kind]) {
        const weight = weigh(code);
        add(bytes, kind, weight);
        add(loads, kind, weight);
      }
      for (const url of new Set(facts.linked[kind])) add(loads, kind, weightOf(url));
    }
    pages.set(`/${file}`, { ...facts, loads });
  }
  return { pages, bytes };
}

const change = (before, after) => (before === 0 ? (after === 0 ? 0 : Infinity) : (after - before) / before);
const percent = (fraction) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(2)} %`;

const difference = (a, b) => [...a].filter((x) => !b.has(x));

/** Where two texts first part, with a little of each around it. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return `at character ${i}: «${a.slice(from, i + 60)}» vs «${b.slice(from, i + 60)}»`;
}

/** The differences between two read sites: problems (each a line) and the byte figures. */
export function compareSites(a, b) {
  const problems = [];
  for (const path of difference(a.pages.keys(), b.pages)) problems.push(`page only in A: ${path}`);
  for (const path of difference(b.pages.keys(), a.pages)) problems.push(`page only in B: ${path}`);
  for (const [path, pa] of a.pages) {
    const pb = b.pages.get(path);
    if (!pb) continue;
    if (pa.text !== pb.text) problems.push(`text differs on ${path} ${firstDifference(pa.text, pb.text)}`);
    for (const [what, only] of [['id', difference(pa.ids, pb.ids)], ['id', difference(pb.ids, pa.ids)]].map(([w, o], i) => [`${w} only in ${i ? 'B' : 'A'}`, o]))
      if (only.length) problems.push(`${what} on ${path}: ${only.sort().join(', ')}`);
    for (const [what, only] of [['URL only in A', difference(pa.urls, pb.urls)], ['URL only in B', difference(pb.urls, pa.urls)]])
      if (only.length) problems.push(`${what} on ${path}: ${only.sort().join(', ')}`);
  }
  const bytes = [];
  const lighter = [];
  const perPage = [];
  const shared = [...a.pages.keys()].filter((path) => b.pages.has(path));
  for (const kind of ['js', 'css']) {
    for (const measure of ['raw', 'gzip']) {
      const [before, after] = [a, b].map((site) => site.bytes[kind][measure]);
      bytes.push({ kind, measure, before, after, change: change(before, after) });
      const [sumA, sumB] = [a, b].map((site) => shared.reduce((sum, path) => sum + site.pages.get(path).loads[kind][measure], 0));
      const [maxA, maxB] = [a, b].map((site) => Math.max(0, ...shared.map((path) => site.pages.get(path).loads[kind][measure])));
      perPage.push({ kind, measure, sum: [sumA, sumB, change(sumA, sumB)], max: [maxA, maxB, change(maxA, maxB)] });
      for (const path of shared) {
        const [pageA, pageB] = [a, b].map((site) => site.pages.get(path).loads[kind][measure]);
        const moved = change(pageA, pageB);
        const line = `${path} loads ${kind.toUpperCase()} ${measure} ${pageA} → ${pageB} B (${percent(moved)})`;
        if (moved > BYTE_TOLERANCE) problems.push(`${line}, more than ${BYTE_TOLERANCE * 100} % more`);
        else if (moved < -BYTE_TOLERANCE) lighter.push(line);
      }
    }
  }
  return { pages: [a.pages.size, b.pages.size], problems, bytes, perPage, lighter };
}

/** The report as lines of text. */
export function report({ pages, problems, bytes, perPage, lighter }) {
  const lines = [`pages: A ${pages[0]}, B ${pages[1]}`, 'loaded by the pages both builds have (sum over pages; heaviest page):'];
  for (const { kind, measure, sum, max } of perPage)
    lines.push(`  ${kind.toUpperCase().padEnd(3)} ${measure.padEnd(4)}: sum A ${sum[0]} B, B ${sum[1]} B (${percent(sum[2])}); heaviest A ${max[0]} B, B ${max[1]} B (${percent(max[2])})`);
  lines.push('the builds\' files and inline code, each file once:');
  for (const { kind, measure, before, after, change } of bytes) lines.push(`  ${kind.toUpperCase().padEnd(3)} ${measure.padEnd(4)}: A ${before} B, B ${after} B (${percent(change)})`);
  if (lighter.length) lines.push(`${lighter.length} page load(s) lighter by more than ${BYTE_TOLERANCE * 100} %:`, ...lighter.map((l) => `  ${l}`));
  lines.push(problems.length ? `${problems.length} difference(s):` : 'text, ids and URLs identical on every page; no page loads more than 1 % more JS or CSS');
  return [...lines, ...problems.map((p) => `  ${p}`)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [distA, distB] = process.argv.slice(2);
  if (!distA || !distB) {
    console.error('usage: node scripts/site-diff.mjs <distA> <distB>');
    process.exit(2);
  }
  const result = compareSites(readSite(distA), readSite(distB));
  console.log(report(result).join('\n'));
  process.exit(result.problems.length ? 1 : 0);
}
