/**
 * npm run lint:records [-- --strict] [--dir <records>] [--today YYYY-MM-DD]
 * Every record: what the build checks (schemas and cross-checks, the same code), then
 * numbers, page front matter and links, and reviews overdue. Exit code 1 on any error.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRecordFolders } from '../src/data/recordsLoader';
import { yamlLine, numberFindings, pageFindings, reviewFindings, findingText, type Finding, type PageFile } from '../src/lib/recordLint';
import { LANGS } from '../src/schemas/text';
import { recordsDir } from './recordsDir';

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { strict: { type: 'boolean', default: false }, dir: { type: 'string' }, today: { type: 'string' } } });
  const { dir, base } = recordsDir(values.dir);
  const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
  if (!Number.isFinite(today.getTime())) {
    console.error(`--today: "${values.today}" is not a date (YYYY-MM-DD)`);
    return 2;
  }
  if (!existsSync(dir)) {
    console.error(`no records folder at ${dir}`);
    return 2;
  }

  const { folders, problems } = await readRecordFolders(dir, base);
  const findings: Finding[] = problems.map((p) => ({ ...p, level: 'error' }));
  const pages: PageFile[] = [];
  for (const f of folders) {
    for (const lang of LANGS) {
      const pagesDir = join(dir, f.id, 'pages', lang);
      if (!existsSync(pagesDir)) continue;
      for (const name of (await readdir(pagesDir)).filter((n) => n.endsWith('.mdx')).sort()) {
        const text = await readFile(join(pagesDir, name), 'utf8');
        pages.push({ recordId: f.id, lang, name: name.replace(/\.mdx$/, ''), file: `${base}/${f.id}/pages/${lang}/${name}`, text });
      }
    }
  }
  findings.push(...numberFindings(folders, base), ...pageFindings(folders, pages, (page, path) => existsSync(join(dir, page.recordId, 'pages', page.lang, decodeURIComponentSafe(path)))), ...reviewFindings(folders, base, today, values.strict));
  // A field of a YAML file: find its line.
  for (const f of findings.filter((f) => f.line === undefined && f.file.endsWith('.yaml'))) {
    const path = join(dir, f.file.slice(base.length + 1));
    const line = existsSync(path) ? yamlLine(await readFile(path, 'utf8'), f.field) : undefined;
    if (line !== undefined) f.line = line;
  }

  for (const f of findings) console.log(findingText(f));
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  console.log(`lint:records: ${folders.length} records, ${pages.length} pages in ${base}: ${errors} errors, ${warnings} warnings`);
  return errors > 0 ? 1 : 0;
}

/** A file path from an image address ("my%20map.png" -> "my map.png"); kept as written when not encoded. */
function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
