/**
 * A record folder as one whole: record.yaml and the optional data files beside it,
 * each with its schema. The records collection (src/data/recordsLoader.ts) reads a
 * folder into this shape; src/lib/records/recordChecks.ts checks the files against each other.
 * Each data file is named once: here if the record's components read it, in its tool's
 * entry (src/tools/) if an island tool does.
 */
import { z } from 'astro/zod';
import { TOOLS } from '../tools';
import { toolDataFiles, type ToolDefinition } from '../tools/registry';
import { alternativesSchema } from './alternatives';
import { decisionSchema } from './decision';
import { learningSchema } from './learning';
import { recordSchema } from './record';
import { roadmapSchema } from './roadmap';
import { LANGS } from './text';

/** The data files no tool owns, by the name of their file (without .yaml). */
const RECORD_DATA_FILES = {
  decision: decisionSchema,
  alternatives: alternativesSchema,
  roadmap: roadmapSchema,
  learning: learningSchema,
} as const;

/** A record's optional data files with those of these tools. */
export const dataFilesWith = <T extends readonly ToolDefinition[]>(tools: T) => ({ ...RECORD_DATA_FILES, ...toolDataFiles(tools) });

/** The optional data files of a record, by the name of their file (without .yaml). */
export const DATA_FILES = dataFilesWith(TOOLS);
export type DataFileName = keyof typeof DATA_FILES;

const optional = <F extends Record<string, z.ZodType>>(files: F) =>
  Object.fromEntries(Object.entries(files).map(([name, schema]) => [name, schema.optional()])) as { [K in keyof F]: z.ZodOptional<F[K]> };

/** A record folder's schema with these data files. */
export const recordFolderSchemaWith = <F extends Record<string, z.ZodType>>(files: F) =>
  z.object({
    id: z.string(),
    meta: recordSchema,
    /** The `key` of each page, per language, as its frontmatter gives it. */
    pageKeys: z.record(z.enum(LANGS), z.array(z.string())),
    ...optional(files),
  });

export const recordFolderSchema = recordFolderSchemaWith(DATA_FILES);

export type RecordFolder = z.infer<typeof recordFolderSchema>;
