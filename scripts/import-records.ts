/**
 * npm run import -- <folder>… [--lang nb|en] [--renumber] [--dir <records>] [--status-word word=status]… [--repository-url <address of the folder>]
 * Imports the Markdown ADRs of each folder (MADR 2/3/4, adr-tools, Log4brains) as records,
 * each in the language it is written in. Reports what was imported and what was not, and
 * why. Writes nothing when a number clashes with a record the site has (unless
 * --renumber) or a record would not build. Never writes to the source folders.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { parseArgs } from 'node:util';
import { readAdrFolder, readStatusWordsFile } from '../src/data/adrFolder';
import { readRecordFolders } from '../src/data/recordsLoader';
import type { ParseResult } from '../src/lib/records/adrImport';
import { mergeImported, planImport, plannedFiles } from '../src/lib/records/importPlan';
import { recordLabel } from '../src/lib/site/paths';
import { problemText } from '../src/lib/records/recordChecks';
import type { RecordFiles } from '../src/lib/records/recordFiles';
import { statusTable } from '../src/lib/records/statusWords';
import { webAddress } from '../src/lib/records/repository';
import { LANGS, type Lang } from '../src/schemas/text';
import { adrFilesFolder, recordsDir } from './recordsDir';
import { schemaProblems, writeRecord } from './recordWrite';

/** A path as the report shows it: relative to the working directory when inside it. */
const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? resolve(path) : relative(process.cwd(), path));

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      renumber: { type: 'boolean', default: false },
      dir: { type: 'string' },
      'status-word': { type: 'string', multiple: true, default: [] },
      'repository-url': { type: 'string' },
    },
  });
  const fail = (message: string) => (console.error(`import: ${message}`), 1);
  if (positionals.length === 0) return fail('name the folder of Markdown ADRs: npm run import -- docs/decisions');
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) return fail(`--lang: "${values.lang}" is not one of ${LANGS.join(', ')}`);
  const { dir, base } = recordsDir(values.dir);
  if (values['repository-url'] !== undefined) {
    // The same check as the build's REPOSITORY_URL (src/lib/records/repository.ts).
    try {
      webAddress('--repository-url', values['repository-url']);
    } catch (error) {
      return fail((error as Error).message);
    }
  }

  if (!existsSync(dir)) return (console.error(`import: no records folder at ${dir}`), 1);
  const teamFiles = adrFilesFolder(dir, base);
  if (teamFiles) return (console.error(`import: ${teamFiles}`), 1);
  const { folders, problems } = await readRecordFolders(dir, base);
  if (problems.length > 0) return fail(`the records in ${base} do not build; fix these first:\n${problems.map(problemText).join('\n')}`);

  // The team's status words: status-words.yaml in the records folder, then --status-word "word=status".
  const words: Record<string, unknown> = readStatusWordsFile(dir);
  for (const pair of values['status-word'] ?? []) {
    const at = pair.lastIndexOf('=');
    if (at < 1) return fail(`--status-word: "${pair}" is not word=status`);
    words[pair.slice(0, at)] = pair.slice(at + 1).trim();
  }
  const { table: statusWords, problems: wordProblems } = statusTable(words);
  if (wordProblems.length > 0) return fail(wordProblems.join('\n'));

  const parsed: ParseResult[] = [];
  let markdownFiles = 0;
  for (const source of positionals) {
    if (!existsSync(source) || !(await stat(source)).isDirectory()) return fail(`${source} is not a folder`);
    const read = readAdrFolder(source, shown, { lang: values.lang as Lang | undefined, statusWords });
    parsed.push(...read.parsed);
    markdownFiles += read.markdownFiles;
  }

  const plan = planImport(parsed, folders.map((f) => ({ number: f.meta.number, id: f.id, source: f.meta.source })), values.renumber, {
    repositoryUrl: values['repository-url'],
    exists: (path) => existsSync(path),
  });
  if (plan.conflicts.length > 0) {
    return fail(
      `stopped, nothing written: two files with one number\n${plan.conflicts.map((c) => `  ${recordLabel(c.number)}: ${c.files[0]} and ${c.files[1]}`).join('\n')}\n` +
        'Rename one of them, or rerun with --renumber to give the second the next free number.',
    );
  }
  if (plan.clashes.length > 0) {
    const next = Math.max(...folders.map((f) => f.meta.number)) + 1;
    return fail(
      `stopped, nothing written: numbers the site already has\n${plan.clashes.map((c) => `  ${c.file}: ${recordLabel(c.number)} is ${base}/${c.existing}`).join('\n')}\n` +
        `Rerun with --renumber to number the imported records from ${recordLabel(next)} on (links between them follow).`,
    );
  }
  const records = plannedFiles(plan);
  const invalid = records.flatMap(schemaProblems);
  const taken = records.filter((r, i) => !plan.records[i]!.updates && existsSync(join(dir, r.id))).map((r) => `${base}/${r.id} exists`);
  if (invalid.length + taken.length > 0) return fail(`stopped, nothing written:\n${[...taken, ...invalid].join('\n')}`);

  for (const [i, record] of records.entries()) {
    const planned = plan.records[i]!;
    if (planned.updates) await updateRecord(dir, record, planned.lang);
    else await writeRecord(dir, record);
    for (const asset of planned.assets) {
      await mkdir(dirname(join(dir, record.id, asset.to)), { recursive: true });
      await copyFile(asset.from, join(dir, record.id, asset.to));
    }
  }
  const updated = plan.records.filter((r) => r.updates).length;
  console.log(
    `import: ${plan.records.length - updated} imported into ${base}${updated ? `, ${updated} updated` : ''}, ${plan.skipped.length} not imported`,
  );
  for (const r of plan.records) {
    const { draft } = r;
    const links = [...(draft.supersedes ?? []).map((id) => `supersedes ${id}`), ...(draft.amends ?? []).map((id) => `amends ${id}`)];
    console.log(`  imported  ${r.file} -> ${base}/${r.id}/ (${r.lang}, ${draft.status ?? 'status unknown'}, ${draft.date ?? 'date unknown'}${links.length ? `, ${links.join(', ')}` : ''})`);
    for (const note of r.notes) console.log(`            note: ${note.message}`);
  }
  const copied = new Map(plan.records.flatMap((r) => r.assets.map((a) => [a.from, `${base}/${r.id}/${a.to}`] as const)));
  for (const [from, to] of copied) console.log(`  copied    ${from} -> ${to}`);
  for (const s of plan.skipped) if (!copied.has(s.file)) console.log(`  skipped   ${s.file}: ${s.reason}`);
  if (plan.records.length === 0 && markdownFiles > 0) {
    console.error(`import: nothing imported from ${markdownFiles} Markdown file${markdownFiles === 1 ? '' : 's'}: see the reasons above`);
    return 1;
  }
  return 0;
}

/** A re-import: record.yaml's imported fields and the original-language page replaced; translations, reviews and the rest kept. */
async function updateRecord(dir: string, { id, files }: RecordFiles, lang: Lang): Promise<void> {
  for (const [path, text] of files) {
    const file = join(dir, id, path);
    await mkdir(dirname(file), { recursive: true });
    if (path === 'record.yaml') {
      const existing = (parseYaml(await readFile(file, 'utf8')) ?? {}) as Record<string, unknown>;
      await writeFile(file, stringify(mergeImported(existing, parseYaml(text) as Record<string, unknown>, lang), { lineWidth: 0 }));
    } else await writeFile(file, text);
  }
}
