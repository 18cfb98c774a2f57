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
import { pageSourceLine } from '../src/lib/records/sourceLines';
import { SITE_FILES, type FolderFiles } from '../src/schemas/recordFolder';
import { LANGS, type Lang } from '../src/schemas/text';
import { recordsDir } from './recordsDir';

/** `files`: the data files and tools a record may have (the site's; a test registers others). */
export async function main(args: string[], files: FolderFiles = SITE_FILES): Promise<number> {
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
  const { folders, problems } = await readRecordFolders(dir, base, files);
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
    const texts = new Map(pages.map((p) => [p.file, p.text]));
    for (const f of findings) Object.assign(f, teamFile(inPlace, f, texts));
    for (const r of inPlace.plan.records) {
      // A note about a node of the text, by the team's file and line: an image not in the folder, a link to an ADR file that is not there are errors.
      for (const { message, level, at } of r.notes) if (at) findings.push({ level, file: at.file, field: at.field, message, ...(at.line !== undefined && { line: at.line }) });
      // What was read differently from how it was written: said on the file, not errors (the reader sees the record).
      // A note the page's lint already made, by line, is not said twice.
      for (const { message, level, at, linted } of r.notes) if (!at && !linted) findings.push({ level, file: r.file, field: '(file)', message });
    }
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

/**
 * A finding in a generated record (".records-in-place/…/<id>/pages/en/decision.mdx") named by
 * the team's file it comes from, and a line of the page by that file's line (the import's
 * line map, src/lib/records/sourceLines.ts); a line it cannot map is left out rather than wrong.
 */
function teamFile(inPlace: InPlaceRecords, finding: Finding, texts: ReadonlyMap<string, string>): { file: string; line?: number | undefined } | undefined {
  const m = new RegExp(`^${inPlace.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+)/(?:pages/([a-z]+)/)?`).exec(finding.file);
  const team = m && inPlace.files.get(m[1]!);
  if (!team) return undefined;
  const lang = m[2] as Lang | undefined;
  const record = inPlace.plan.records.find((r) => r.id === m[1]);
  const source = lang ? record?.sources[lang] : undefined;
  const body = lang ? record?.draft.pages[lang]?.body : undefined;
  const text = texts.get(finding.file);
  const line = source && body !== undefined && text !== undefined && finding.line !== undefined ? pageSourceLine(text, body, source.lines, finding.line) : undefined;
  return { file: source?.file ?? team.byLang[lang ?? team.original] ?? team.byLang[team.original]!, line };
}
