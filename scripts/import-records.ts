/**
 * npm run import -- <folder>… [--lang nb|en] [--renumber] [--dir <records>]
 * Imports the Markdown ADRs of each folder (MADR 2/3/4, adr-tools, Log4brains) as records,
 * each in the language it is written in. Reports what was imported and what was not, and
 * why. Writes nothing when a number clashes with a record the site has (unless
 * --renumber) or a record would not build. Never writes to the source folders.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRecordFolders } from '../src/data/recordsLoader';
import { parseAdr, type ParseResult } from '../src/lib/adrImport';
import { planImport, plannedFiles } from '../src/lib/importPlan';
import { recordLabel } from '../src/lib/paths';
import { problemText } from '../src/lib/recordChecks';
import { toIsoDate } from '../src/lib/reviewDate';
import { LANGS, type Lang } from '../src/schemas/text';
import { recordsDir } from './recordsDir';
import { schemaProblems, writeRecord } from './recordWrite';

/** A path as the report shows it: relative to the working directory when inside it. */
const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? resolve(path) : relative(process.cwd(), path));

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, renumber: { type: 'boolean', default: false }, dir: { type: 'string' } },
  });
  const fail = (message: string) => (console.error(`import: ${message}`), 1);
  if (positionals.length === 0) return fail('name the folder of Markdown ADRs: npm run import -- docs/decisions');
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) return fail(`--lang: "${values.lang}" is not one of ${LANGS.join(', ')}`);
  const { dir, base } = recordsDir(values.dir);

  if (!existsSync(dir)) return (console.error(`import: no records folder at ${dir}`), 1);
  const { folders, problems } = await readRecordFolders(dir, base);
  if (problems.length > 0) return fail(`the records in ${base} do not build; fix these first:\n${problems.map(problemText).join('\n')}`);

  const parsed: ParseResult[] = [];
  for (const source of positionals) {
    if (!existsSync(source) || !(await stat(source)).isDirectory()) return fail(`${source} is not a folder`);
    for (const entry of (await readdir(source, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = shown(join(source, entry.name));
      if (!entry.isFile()) parsed.push({ ok: false, file, reason: 'not a file (sub-folders are not read)' });
      else if (!/\.md$/i.test(entry.name)) parsed.push({ ok: false, file, reason: 'not a Markdown file (.md)' });
      else {
        const path = join(source, entry.name);
        const fileDate = toIsoDate((await stat(path)).mtime);
        parsed.push(parseAdr(file, await readFile(path, 'utf8'), fileDate, values.lang as Lang | undefined));
      }
    }
  }

  const plan = planImport(parsed, folders.map((f) => ({ number: f.meta.number, id: f.id })), values.renumber);
  if (plan.clashes.length > 0) {
    const next = Math.max(...folders.map((f) => f.meta.number)) + 1;
    return fail(
      `stopped, nothing written: numbers the site already has\n${plan.clashes.map((c) => `  ${c.file}: ${recordLabel(c.number)} is ${base}/${c.existing}`).join('\n')}\n` +
        `Rerun with --renumber to number the imported records from ${recordLabel(next)} on (links between them follow).`,
    );
  }
  const records = plannedFiles(plan);
  const invalid = records.flatMap(schemaProblems);
  const taken = records.filter((r) => existsSync(join(dir, r.id))).map((r) => `${base}/${r.id} exists`);
  if (invalid.length + taken.length > 0) return fail(`stopped, nothing written:\n${[...taken, ...invalid].join('\n')}`);

  for (const record of records) await writeRecord(dir, record);
  console.log(`import: ${plan.records.length} imported into ${base}, ${plan.skipped.length} not imported`);
  for (const r of plan.records) {
    const { draft } = r;
    const links = [...(draft.supersedes ?? []).map((id) => `supersedes ${id}`), ...(draft.amends ?? []).map((id) => `amends ${id}`)];
    console.log(`  imported  ${r.file} -> ${base}/${r.id}/ (${r.lang}, ${draft.status}, ${draft.date}${links.length ? `, ${links.join(', ')}` : ''})`);
    for (const note of r.notes) console.log(`            note: ${note}`);
  }
  for (const s of plan.skipped) console.log(`  skipped   ${s.file}: ${s.reason}`);
  return 0;
}
