// Compares two built sites, page by page: what a reader sees and follows must not change when
// the code is reorganised. For every HTML page of either build it compares the visible text
// (whitespace normalised), the set of element ids and the set of URLs the page names (hrefs,
// srcs, srcsets, form actions; built asset names with their content hash left out), and the
// set of pages itself. It totals the JavaScript and CSS of each build, files and inline
// <script>/<style> alike, raw and gzip.
//
//   node scripts/site-diff.mjs <distA> <distB>
//
// Exit 1 if a page, text, id or URL differs, or the JS or CSS total (raw or gzip) differs by
// more than 1 %; 2 on wrong use.
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
  const body = root.querySelector('body') ?? root;
  const title = root.querySelector('title')?.textContent ?? '';
  return { text: `${title.trim()} | ${visibleText(body)}`, ids, urls, inline };
}

/** A built site's pages (by path) and its JS and CSS totals. */
export function readSite(dist) {
  const pages = new Map();
  const bytes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  const count = (kind, content) => {
    const buffer = Buffer.from(content);
    bytes[kind].raw += buffer.length;
    bytes[kind].gzip += gzipSync(buffer, { level: 9 }).length;
  };
  for (const file of filesOf(dist).sort()) {
    const full = join(dist, file);
    if (file.endsWith('.html')) {
      const facts = pageFacts(readFileSync(full, 'utf8'));
      pages.set(`/${file}`, facts);
      facts.inline.js.forEach((js) => count('js', js));
      facts.inline.css.forEach((css) => count('css', css));
    } else if (/\.m?js$/.test(file)) count('js', readFileSync(full));
    else if (file.endsWith('.css')) count('css', readFileSync(full));
  }
  return { pages, bytes };
}

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
  for (const kind of ['js', 'css']) {
    for (const measure of ['raw', 'gzip']) {
      const before = a.bytes[kind][measure];
      const after = b.bytes[kind][measure];
      const change = before === 0 ? (after === 0 ? 0 : Infinity) : (after - before) / before;
      bytes.push({ kind, measure, before, after, change });
      if (Math.abs(change) > BYTE_TOLERANCE)
        problems.push(`${kind.toUpperCase()} ${measure} bytes differ by ${(change * 100).toFixed(2)} % (${before} → ${after}), more than ${BYTE_TOLERANCE * 100} %`);
    }
  }
  return { pages: [a.pages.size, b.pages.size], problems, bytes };
}

/** The report as lines of text. */
export function report({ pages, problems, bytes }) {
  const lines = [`pages: A ${pages[0]}, B ${pages[1]}`];
  for (const { kind, measure, before, after, change } of bytes)
    lines.push(`${kind.toUpperCase().padEnd(3)} ${measure.padEnd(4)}: A ${before} B, B ${after} B (${change >= 0 ? '+' : ''}${(change * 100).toFixed(2)} %)`);
  lines.push(problems.length ? `${problems.length} difference(s):` : 'text, ids and URLs identical on every page; JS and CSS within 1 %');
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
