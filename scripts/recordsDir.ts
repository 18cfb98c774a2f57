/**
 * Where the command scripts find the records: `--dir`, else $RECORDS_DIR (as the build
 * reads it, src/content.config.ts), else content/records. Relative to the working directory.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { folderKind, mixedMessage } from '../src/lib/records/recordsFolderKind';

export function recordsDir(option: string | undefined): { dir: string; base: string } {
  const dir = resolve(option ?? process.env.RECORDS_DIR ?? 'content/records');
  const base = relative(process.cwd(), dir) || '.';
  return { dir, base: base.startsWith('..') ? dir : base };
}

/**
 * Why a command that writes or reads record folders cannot work on `dir`, if it holds a
 * team's plain ADR files (read in place by the build, src/data/inPlaceRecords.ts): those
 * files are the source, and a record folder written beside them would make the folder mixed.
 */
export function adrFilesFolder(dir: string, shown: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const kind = folderKind(
    readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory(), record: e.isDirectory() && existsSync(join(dir, e.name, 'record.yaml')) })),
  );
  if (kind.kind === 'mixed') return mixedMessage(shown, kind);
  if (kind.kind === 'adr-files') {
    return `${shown} holds a team's Markdown ADR files (${kind.files.slice(0, 2).join(', ')}${kind.files.length > 2 ? ', …' : ''}), which the build reads in place: they are the source, so add or change an ADR file there; to keep records in this site's own format, import them into a records folder of their own (npm run import -- ${shown} --dir <folder>)`;
  }
  return undefined;
}
