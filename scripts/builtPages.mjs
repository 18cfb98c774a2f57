// The built pages that the bench and the Lighthouse audit open: every record's overview and
// tool pages (those holding an island), in both languages. Shared so both measure the same pages.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every .html file under dir, the search index's folder left out. */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** A built file's path on the site, relative to the base: /nb/0001-x/ for nb/0001-x/index.html. */
export const pathOf = (dist, file) => `/${relative(dist, file).replace(/index\.html$/, '')}`;

/** Every record's overview and tool pages in dist, as site paths, sorted. */
export function measuredPages(dist, recordsDir = 'content/records') {
  const records = new Set(readdirSync(recordsDir));
  return htmlFiles(dist)
    .filter((file) => {
      const [, record, ...rest] = relative(dist, file).split('/');
      if (!records.has(record)) return false;
      return rest.length === 1 || readFileSync(file, 'utf8').includes('<astro-island');
    })
    .map((file) => pathOf(dist, file))
    .sort();
}
