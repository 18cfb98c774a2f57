/**
 * What a built page loads, shared by the build report, the budget tests and the benchmark:
 * - its JavaScript: module scripts and islands and, transitively, the chunks they import
 *   statically. Dynamic imports (e.g. Preact signals support, fetched only for islands
 *   that pass signals) are not loaded, so they are not counted;
 * - its CSS: the stylesheets it links and the <style> blocks in it (the tools' CSS).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every .html file under dir (a built site), the search index's folder left out. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const SCRIPT_SRC = /<script[^>]*\bsrc="([^"]+)"/g;
const ISLAND_URL = /\b(?:component-url|renderer-url)="([^"]+)"/g;
const STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g;

function localFile(root: string, from: string, url: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  const path = url.startsWith('/') ? join(root, url.replace(/^\/+/, '')) : resolve(dirname(from), url);
  return existsSync(path) ? path : undefined;
}

/** Every .js file a page pulls in, with the site's base path stripped by the caller's root. */
export function pageScripts(root: string, html: string, base = '/'): string[] {
  const strip = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  const seen = new Set<string>();
  const queue = [...html.matchAll(SCRIPT_SRC), ...html.matchAll(ISLAND_URL)]
    .map((m) => localFile(root, root, strip(m[1]!.replace(/&amp;/g, '&'))))
    .filter((f): f is string => f !== undefined);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const next = localFile(root, file, m[1]!);
      if (next) queue.push(next);
    }
  }
  return [...seen].sort();
}

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"/g;
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/g;
const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/**
 * The CSS a page costs, raw and gzip: each linked stylesheet, plus its <style> blocks,
 * counted as what they add to the page's gzipped HTML (they travel inside it).
 */
export function pageCss(root: string, html: string, base = '/'): { files: number; raw: number; gzip: number } {
  const sheets = [...html.matchAll(STYLESHEET)]
    .map((m) => localFile(root, root, m[1]!.startsWith(base) ? `/${m[1]!.slice(base.length)}` : m[1]!))
    .filter((f): f is string => f !== undefined)
    .map((f) => readFileSync(f));
  const inline = [...html.matchAll(STYLE_BLOCK)].map((m) => m[0]);
  return {
    files: sheets.length,
    raw: sheets.reduce((n, b) => n + b.length, 0) + inline.reduce((n, s) => n + Buffer.byteLength(s), 0),
    gzip: sheets.reduce((n, b) => n + gzip(b), 0) + gzip(html) - gzip(html.replace(STYLE_BLOCK, '')),
  };
}
