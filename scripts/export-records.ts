/**
 * npm run export -- <folder> [--dir <records>]
 * Writes every record as MADR 4 Markdown, one file per language it is written in:
 * <folder>/<lang>/NNNN-title.md. Reports what MADR cannot hold.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readRecordFolders } from '../src/data/recordsLoader';
import { exportFileName, exportRecord, type ExportPage } from '../src/lib/records/madrExport';
import { recordLabel } from '../src/lib/site/paths';
import { pageOrder, problemText } from '../src/lib/records/recordChecks';
import { LANGS } from '../src/schemas/text';
import { adrFilesFolder, recordsDir } from './recordsDir';

const FRONT = /^---\n([\s\S]*?)\n---/;

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { dir: { type: 'string' } } });
  const out = positionals[0];
  if (!out) return (console.error('export: name the folder to write to: npm run export -- docs/decisions'), 1);
  const { dir, base } = recordsDir(values.dir);
  if (!existsSync(dir)) return (console.error(`export: no records folder at ${dir}`), 1);
  const teamFiles = adrFilesFolder(dir, base);
  if (teamFiles) return (console.error(`export: ${teamFiles}`), 1);
  const { folders, problems } = await readRecordFolders(dir, base);
  if (problems.length > 0) return (console.error(`export: the records in ${base} do not build; fix these first:\n${problems.map(problemText).join('\n')}`), 1);

  const written: string[] = [];
  const report: string[] = [];
  for (const lang of LANGS) {
    // Only records with their own pages in this language: an untranslated page is not a translation.
    const inLang = folders.filter((f) => (f.pageKeys[lang] ?? []).length > 0);
    const fileOf = (id: string) => {
      const f = inLang.find((r) => r.id === id);
      return f ? exportFileName(f.meta, lang) : undefined;
    };
    const untranslated = folders.filter((r) => !inLang.includes(r)).map((f) => recordLabel(f.meta.number));
    if (untranslated.length > 0) report.push(`  ${lang}: not yet translated, so not exported: ${untranslated.join(', ')}`);
    for (const f of inLang) {
      const pagesDir = join(dir, f.id, 'pages', lang);
      const files = await Promise.all((await readdir(pagesDir)).filter((n) => n.endsWith('.mdx')).map(async (n) => readFile(join(pagesDir, n), 'utf8')));
      const byKey = new Map(files.map((text) => [(parse(FRONT.exec(text)?.[1] ?? '') as { key: string }).key, text]));
      const pages: ExportPage[] = pageOrder(f).flatMap((key) => {
        const text = byKey.get(key);
        return text ? [{ title: (parse(FRONT.exec(text)![1]!) as { title: string }).title, text }] : [];
      });
      const notes: string[] = [];
      const supersededBy = folders.filter((o) => o.meta.supersedes?.includes(f.id)).map((o) => ({ id: o.id, number: o.meta.number }));
      const text = exportRecord({ id: f.id, meta: f.meta, supersededBy }, lang, pages, fileOf, notes);
      const file = join(out, lang, exportFileName(f.meta, lang));
      if (!existsSync(join(out, lang))) await mkdir(join(out, lang), { recursive: true });
      await writeFile(file, text);
      written.push(file);
      const counted = [...new Set(notes)].map((n) => `${n}${notes.filter((m) => m === n).length > 1 ? ` (×${notes.filter((m) => m === n).length})` : ''}`);
      report.push(`  ${lang}/${exportFileName(f.meta, lang)}`, ...counted.map((n) => `      note: ${n}`));
    }
  }
  console.log(`export: ${written.length} files from ${folders.length} records in ${base} to ${out}`);
  for (const line of report) console.log(line);
  return 0;
}
