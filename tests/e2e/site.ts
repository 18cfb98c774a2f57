/** What the built site holds, read from dist/, so the tests follow the content. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(__dirname, '../../dist');

export interface BuiltPage {
  /** URL path, e.g. /nb/0001-kubernetes/kostnader/ */
  path: string;
  lang: 'nb' | 'en';
  html: string;
  /** Pages with an island (calculator, checklist). */
  interactive: boolean;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function builtPages(): BuiltPage[] {
  return htmlFiles(DIST)
    .filter((f) => f.endsWith('index.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const rel = relative(DIST, file).replace(/index\.html$/, '');
      const lang = /<html lang="(nb|en)"/.exec(html)?.[1] as 'nb' | 'en';
      return { path: `/${rel}`, lang, html, interactive: html.includes('<astro-island') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Pages of records: /<lang>/<record>/... */
export const recordPages = () => builtPages().filter((p) => /^\/(nb|en)\/[^/]+\//.test(p.path));
