/**
 * What a records folder (content/records or $RECORDS_DIR) holds: this site's record
 * folders (record.yaml and pages/), or a team's plain Markdown ADR files, which the build
 * reads in place (src/data/inPlaceRecords.ts). One folder holds one kind: with both, which
 * of them is the source of truth would be anyone's guess, so the build and the lint stop
 * and say so (docs/team-adr-folders.md).
 */
import { notAnAdr } from './adrImport';

export interface FolderEntry {
  name: string;
  /** A sub-folder (record folder, images/, …) rather than a file. */
  folder: boolean;
  /** A sub-folder holding record.yaml: one of this site's records. */
  record?: boolean;
}

export type FolderKind =
  | { kind: 'records' }
  | { kind: 'adr-files'; files: string[] }
  | { kind: 'mixed'; records: string[]; files: string[] };

/** Markdown files other than templates and indexes are the team's ADRs; folders with record.yaml are records. */
export function folderKind(entries: readonly FolderEntry[]): FolderKind {
  const names = (list: readonly FolderEntry[]) => list.map((e) => e.name).sort();
  const records = names(entries.filter((e) => e.folder && e.record));
  const files = names(entries.filter((e) => !e.folder && /\.md$/i.test(e.name) && !notAnAdr(e.name)));
  if (files.length === 0) return { kind: 'records' };
  return records.length === 0 ? { kind: 'adr-files', files } : { kind: 'mixed', records, files };
}

const some = (list: readonly string[]) => `${list.slice(0, 3).join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`;

/** The error for a folder holding both kinds, naming some of each and the two ways out. */
export function mixedMessage(dir: string, mixed: { records: readonly string[]; files: readonly string[] }): string {
  return (
    `${dir} holds both record folders (${some(mixed.records)}) and Markdown ADR files (${some(mixed.files)}): ` +
    'a records folder holds one kind or the other, so that one of them is the source. ' +
    'Either import the files into record folders (npm run import) and remove them, or keep the ADR files in a folder of their own and point RECORDS_DIR at it.'
  );
}

/** A folder name for the generated records of `absoluteDir`: readable, and distinct for distinct folders. */
export function cacheName(absoluteDir: string): string {
  let hash = 2166136261;
  for (const char of absoluteDir) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  const last = absoluteDir.replace(/\/+$/, '').replace(/^.*\//, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'root';
  return `${last}-${hash.toString(16).padStart(8, '0')}`;
}
