/**
 * A records folder holding a team's plain Markdown ADR files (docs/decisions, doc/adr, …)
 * is read in place: each file goes through the import's parsers and plan
 * (src/lib/records/adrImport.ts, src/lib/records/importPlan.ts), with the team's numbers, and the records
 * the plan makes are written to a generated folder the build owns and reads
 * (.records-in-place/, git-ignored, rewritten on every build: never edited, never
 * committed). The team's files stay the source; each record remembers them, so the edit
 * link and the change history lead to the team's file and not to the copy.
 *
 * Used by the collections (src/content.config.ts), the edit link and history
 * (src/data/gitHistory.ts) and `npm run lint:records`; synchronous, since the collections'
 * configuration needs the folder when it is loaded.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { planImport, plannedFiles, type ImportPlan } from '../lib/records/importPlan';
import { recordLabel } from '../lib/site/paths';
import { cacheName, folderKind, mixedMessage } from '../lib/records/recordsFolderKind';
import { resolveRepository, viewUrl } from '../lib/records/repository';
import type { BuildEnv } from '../lib/site/siteUrl';
import { statusTable } from '../lib/records/statusWords';
import type { Lang } from '../schemas/text';
import { readAdrFolder, readStatusWordsFile } from './adrFolder';

/** Where the generated records of in-place folders go, under the project. */
export const IN_PLACE_CACHE = '.records-in-place';

export interface InPlaceRecords {
  /** The team's folder, as given. */
  source: string;
  /** The generated records folder the build reads, from the working directory. */
  dir: string;
  plan: ImportPlan;
  /** Record id -> the team's file of each language it is written in (paths from the working directory). */
  files: Map<string, { original: Lang; byLang: Partial<Record<Lang, string>> }>;
}

export type RecordsFolder = { kind: 'records'; dir: string } | ({ kind: 'adr-files' } & InPlaceRecords);

const fromCwd = (path: string) => {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel.split(sep).join('/');
};

// One reading per folder and process: the collections, every page's edit link and the lint ask again.
const read = new Map<string, RecordsFolder>();

/**
 * The records the build reads from `dir`: the folder itself when it holds record folders;
 * for a folder of ADR files, the generated folder made from them. Throws, naming the files,
 * when the folder mixes both kinds, when two ADR files share a number, or when none of its
 * Markdown files could be read as an ADR.
 */
export function recordsFolder(dir: string, cache = IN_PLACE_CACHE, env: BuildEnv = process.env): RecordsFolder {
  const key = `${resolve(dir)}\0${resolve(cache)}\0${env.REPOSITORY_URL ?? ''}`;
  const known = read.get(key);
  if (known) return known;
  const result = readFolder(dir, cache, env);
  read.set(key, result);
  return result;
}

/** Reads `dir` again (its files changed, in `astro dev`): the generated records and what the edit links use follow. */
export function rereadRecordsFolder(dir: string, cache = IN_PLACE_CACHE, env: BuildEnv = process.env): RecordsFolder {
  read.delete(`${resolve(dir)}\0${resolve(cache)}\0${env.REPOSITORY_URL ?? ''}`);
  return recordsFolder(dir, cache, env);
}

function readFolder(dir: string, cache: string, env: BuildEnv): RecordsFolder {
  if (!existsSync(dir)) return { kind: 'records', dir };
  const entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({
    name: e.name,
    folder: e.isDirectory(),
    record: e.isDirectory() && existsSync(join(dir, e.name, 'record.yaml')),
  }));
  const kind = folderKind(entries);
  if (kind.kind === 'records') return { kind: 'records', dir };
  if (kind.kind === 'mixed') throw new Error(mixedMessage(fromCwd(dir), kind));

  const { table: statusWords, problems } = statusTable(readStatusWordsFile(dir));
  if (problems.length > 0) throw new Error(`${fromCwd(join(dir, 'status-words.yaml'))}: ${problems.join('; ')}`);
  const { parsed } = readAdrFolder(dir, fromCwd, { statusWords, unknownStatus: 'unknown' });
  const plan = planImport(parsed, [], false, { exists: (path) => existsSync(path), repositoryUrl: folderAddress(dir, env) });
  if (plan.conflicts.length > 0) {
    throw new Error(
      `${fromCwd(dir)}: two ADR files with one number, so one record page would hide the other:\n` +
        `${plan.conflicts.map((c) => `  ${recordLabel(c.number)}: ${c.files[0]} and ${c.files[1]}`).join('\n')}\n` +
        'Renumber one of them in the folder.',
    );
  }
  if (plan.records.length === 0) {
    throw new Error(`${fromCwd(dir)}: no ADR read from its Markdown files:\n${plan.skipped.map((s) => `  ${s.file}: ${s.reason}`).join('\n')}`);
  }

  const out = fromCwd(join(cache, cacheName(resolve(dir))));
  const wanted = new Map<string, { text?: string; copyOf?: string }>();
  for (const [i, record] of plannedFiles(plan).entries()) {
    for (const [path, text] of record.files) wanted.set(join(out, record.id, path), { text });
    for (const asset of plan.records[i]!.assets) wanted.set(join(out, record.id, asset.to), { copyOf: asset.from });
  }
  writeTree(out, wanted);

  const files = new Map(
    plan.records.map((r) => [r.id, { original: r.lang, byLang: Object.fromEntries([[r.lang, r.file], ...r.translations.map((t) => [t.lang, t.file])]) }] as const),
  );
  return { kind: 'adr-files', source: dir, dir: out, plan, files };
}

/**
 * The address of the team's folder on its forge, when the build names the repository (as
 * for the edit links, src/lib/records/repository.ts): links from an ADR to other files of the
 * repository ("../../deploy/main.tf") lead there. None for a folder outside the project.
 */
function folderAddress(dir: string, env: BuildEnv): string | undefined {
  const repository = resolveRepository(env);
  const folder = fromCwd(dir);
  if (!repository || folder.startsWith('/')) return undefined;
  let prefix = '';
  try {
    prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No git: the project's folder is the repository's root, as for the edit links.
  }
  return viewUrl(repository, `${prefix}${folder}/`);
}

/**
 * Makes `root` hold exactly `wanted`: files that differ are written, others left alone (so
 * a second reading in the same build, or an unchanged folder, touches nothing), files no
 * longer wanted removed.
 */
function writeTree(root: string, wanted: ReadonlyMap<string, { text?: string; copyOf?: string }>): void {
  for (const [path, { text, copyOf }] of wanted) {
    const content = text !== undefined ? Buffer.from(text) : readFileSync(copyOf!);
    if (existsSync(path) && statSync(path).isFile() && readFileSync(path).equals(content)) continue;
    mkdirSync(dirname(path), { recursive: true });
    if (copyOf !== undefined) copyFileSync(copyOf, path);
    else writeFileSync(path, content);
  }
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !wanted.has(path)) rmSync(path);
  }
  // Folders of records no longer there.
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory() && ![...wanted.keys()].some((p) => p.startsWith(`${path}${sep}`))) rmSync(path, { recursive: true, force: true });
  }
}

/** The report the build prints: what was read, what was left out and why, what was read differently. */
export function inPlaceReport(folder: InPlaceRecords): string[] {
  // Images an ADR shows, and the folders holding them, are published, not skipped.
  const shown = new Set(folder.plan.records.flatMap((r) => r.assets.flatMap((a) => [a.from, a.from.replace(/\/[^/]*$/, '')])));
  return [
    `records: ${folder.plan.records.length} ADR files of ${fromCwd(folder.source)} read in place (${folder.dir}, generated)`,
    ...folder.plan.records.flatMap((r) => [`  ${r.file} -> ${r.id}`, ...r.notes.map((n) => `      note: ${n.message}`)]),
    ...folder.plan.skipped.filter((s) => !shown.has(s.file)).map((s) => `  skipped ${s.file}: ${s.reason}`),
  ];
}
