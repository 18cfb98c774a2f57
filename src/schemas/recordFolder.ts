/**
 * A record folder as one whole: record.yaml and the optional data files beside it,
 * each with its schema and cross-checks (src/schemas/dataFile.ts). The records collection
 * (src/data/recordsLoader.ts) reads a folder into this shape; src/lib/records/recordChecks.ts
 * runs each file's checks. Each data file is named once: here if the record's components
 * read it, in its tool's entry (src/tools/) if an island tool does.
 */
import { z } from 'astro/zod';
import { TOOLS } from '../tools';
import type { ToolDefinition } from '../tools/registry';
import { alternativesFile } from './alternatives';
import { checkDataFileList, dataFileSchemas, type DataFileDefinition, type DataFileSchemas } from './dataFile';
import { decisionFile } from './decision';
import { learningFile } from './learning';
import { recordSchema } from './record';
import { roadmapFile } from './roadmap';
import { LANGS } from './text';

/** The data files no tool owns (each defined beside its schema), in the order they are read and checked. */
export const RECORD_DATA_FILES = [decisionFile, alternativesFile, roadmapFile, learningFile] as const;

/** What a record folder may hold beside record.yaml: the data files no tool owns, and the island tools with theirs. */
export interface FolderFiles {
  dataFiles: readonly DataFileDefinition[];
  tools: readonly ToolDefinition[];
}

/** The site's: every record data file and every tool. */
export const SITE_FILES: FolderFiles = { dataFiles: RECORD_DATA_FILES, tools: TOOLS };

/** Every data file a record may have, the tools' after the others, each name once. */
export const dataFileList = ({ dataFiles, tools }: FolderFiles): DataFileDefinition[] =>
  checkDataFileList([...dataFiles, ...tools.map((tool) => tool.data)]);

/** The tools' data files with their schemas, by file name. */
type ToolDataFiles<T extends readonly ToolDefinition[]> = { [Tool in T[number] as Tool['data']['file']]: Tool['data']['schema'] };

/** A record's optional data files' schemas, by file name (without .yaml): these tools' and these data files' (by default the site's). */
export const dataFilesWith = <T extends readonly ToolDefinition[], F extends readonly DataFileDefinition[] = typeof RECORD_DATA_FILES>(
  tools: T,
  dataFiles: F = RECORD_DATA_FILES as unknown as F,
) => dataFileSchemas(dataFileList({ dataFiles, tools })) as DataFileSchemas<F> & ToolDataFiles<T>;

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
