/**
 * npm run lint:records [-- --strict] [--dir <records>] [--today YYYY-MM-DD]
 * Every record: what the build checks (schemas and cross-checks, the same code), then
 * numbers, page front matter and links, and reviews overdue. Exit code 1 on any error.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inPlaceReport, recordsFolder, type InPlaceRecords, type RecordsFolder } from '../src/data/inPlaceRecords';
import { readRecordFolders } from '../src/data/recordsLoader';
import { yamlLine, numberFindings, pageFindings, reviewFindings, findingText, type Finding, type PageFile } from '../src/lib/records/recordLint';
import { LANGS } from '../src/schemas/text';
import { recordsDir } from './recordsDir';

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { strict: { type: 'boolean', default: false }, dir: { type: 'string' }, today: { type: 'string' } } });
  const { dir: given, base: givenBase } = recordsDir(values.dir);
  const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
  if (!Number.isFinite(today.getTime())) {
    console.error(`--today: "${values.today}" is not a date (YYYY-MM-DD)`);
    return 2;
  }
  if (!existsSync(given)) {
    console.error(`no records folder at ${given}`);
    return 2;
  }

  // A folder of a team's ADR files is linted as the build reads it: the records generated from them, each finding named by the team's file.
  let records: RecordsFolder;
  try {
    records = recordsFolder(given);
  } catch (error) {
    console.error(`lint:records: ${(error as Error).message}`);
    return 1;
  }
  const inPlace = records.kind === 'adr-files' ? records : undefined;
  const dir = inPlace ? resolve(inPlace.dir) : given;
  const base = inPlace ? inPlace.dir : givenBase;
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

  if (inPlace) {
    for (const f of findings) Object.assign(f, teamFile(inPlace, f.file));
    // What was read differently from how it was written, and the files left out: said, not errors (the reader sees the record).
    for (const r of inPlace.plan.records) for (const note of r.notes) findings.push({ level: 'warning', file: r.file, field: '(file)', message: note });
    console.log(inPlaceReport(inPlace).filter((line) => line.startsWith('  skipped')).join('\n'));
  }
  for (const f of findings) console.log(findingText(f));
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  const where = inPlace ? `${givenBase} (ADR files read in place)` : base;
  console.log(`lint:records: ${folders.length} records, ${pages.length} pages in ${where}: ${errors} errors, ${warnings} warnings`);
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

/** A finding in a generated record (".records-in-place/…/<id>/pages/en/decision.mdx") named by the team's file it comes from. */
function teamFile(inPlace: InPlaceRecords, file: string): { file: string; line?: undefined } | undefined {
  const m = new RegExp(`^${inPlace.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+)/(?:pages/([a-z]+)/)?`).exec(file);
  const team = m && inPlace.files.get(m[1]!);
  if (!team) return undefined;
  // The line numbers are the generated page's, not the team's file's: left out rather than wrong.
  return { file: team.byLang[m[2] as keyof typeof team.byLang] ?? team.byLang[team.original]!, line: undefined };
}
