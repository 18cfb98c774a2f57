/**
 * A record data file: `<file>.yaml` beside record.yaml, its zod schema, and its cross-checks,
 * what the schema cannot see (the file against record.yaml and the record's other files).
 * The data files no tool owns are each made by defineDataFile beside their schema
 * (src/schemas/decision.ts …) and listed once in src/schemas/recordFolder.ts; a tool's data
 * file is its entry's `data` (src/tools/<tool>/tool.ts). The record folder's schema, the
 * loader, the lint, the export and the cross-file checks (src/lib/records/recordChecks.ts)
 * read both lists the same way. Recipe: CONTRIBUTING.md, "A record data file".
 *
 * This module stays free of .astro and CSS imports, so Node scripts can read it.
 */
import type { z } from 'astro/zod';
import type { RecordMeta } from './record';

/** What a data file's check sees of its record beside the file itself. */
export interface DataFileCheckContext {
  meta: RecordMeta;
  /** The record's page keys in reading order. */
  pageOrder: readonly string[];
  /** Another data file of the record, as its schema read it; undefined when the record has none. */
  dataOf<S extends z.ZodType>(other: DataFileDefinition<string, S>): z.infer<S> | undefined;
  /** Reports a problem at a field of the data file. */
  problem: (field: string, message: string) => void;
  /** Reports a problem at `field` unless `id` is one of record.yaml's options. */
  knownOption: (field: string, id: string) => void;
}

export interface DataFileDefinition<File extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** The file's name without .yaml: `decision` is decision.yaml, and the record folder's `decision`. */
  file: File;
  schema: Schema;
  /** What the schema cannot see: the file against the record's other files. */
  check?(data: z.infer<Schema>, context: DataFileCheckContext): void;
}

const FILE_NAME = /^[a-z][a-z0-9-]*$/;

/** Throws unless `file` can name a data file: lower case, digits, hyphens. `owner` starts the message. */
export function checkFileName(file: string, owner = 'data file'): void {
  if (!FILE_NAME.test(file)) throw new Error(`${owner}: "${file}" is not a data file name (lower case, digits, hyphens)`);
}

/** A data file's definition, its name checked. */
export function defineDataFile<const File extends string, Schema extends z.ZodType>(
  definition: DataFileDefinition<File, Schema>,
): DataFileDefinition<File, Schema> {
  checkFileName(definition.file);
  return definition;
}

/** The first value that repeats in `values`, if any. */
export function firstRepeat(values: Iterable<string>): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** A record's data files, each name once. */
export function checkDataFileList<T extends readonly DataFileDefinition[]>(files: T): T {
  const repeated = firstRepeat(files.map((f) => f.file));
  if (repeated !== undefined) throw new Error(`two data files share the name "${repeated}"`);
  return files;
}

/** The data files' schemas, by file name. */
export type DataFileSchemas<T extends readonly DataFileDefinition[]> = {
  [File in T[number] as File['file']]: File['schema'];
};

export const dataFileSchemas = <T extends readonly DataFileDefinition[]>(files: T): DataFileSchemas<T> =>
  Object.fromEntries(files.map((f) => [f.file, f.schema])) as DataFileSchemas<T>;
