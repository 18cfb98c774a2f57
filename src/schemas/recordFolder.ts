/**
 * A record folder as one whole: record.yaml and the optional data files beside it,
 * each with its schema. The records collection (src/data/recordsLoader.ts) reads a
 * folder into this shape; src/lib/recordChecks.ts checks the files against each other.
 */
import { z } from 'astro/zod';
import { alternativesSchema } from './alternatives';
import { costsSchema } from './costs';
import { decisionSchema } from './decision';
import { learningSchema } from './learning';
import { recordSchema } from './record';
import { roadmapSchema } from './roadmap';
import { LANGS } from './text';
import { triggersSchema } from './triggers';

/** The optional data files of a record, by the name of their file (without .yaml). */
export const DATA_FILES = {
  decision: decisionSchema,
  costs: costsSchema,
  alternatives: alternativesSchema,
  triggers: triggersSchema,
  roadmap: roadmapSchema,
  learning: learningSchema,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

export const recordFolderSchema = z.object({
  id: z.string(),
  meta: recordSchema,
  /** The `key` of each page, per language, as its frontmatter gives it. */
  pageKeys: z.record(z.enum(LANGS), z.array(z.string())),
  decision: decisionSchema.optional(),
  costs: costsSchema.optional(),
  alternatives: alternativesSchema.optional(),
  triggers: triggersSchema.optional(),
  roadmap: roadmapSchema.optional(),
  learning: learningSchema.optional(),
});

export type RecordFolder = z.infer<typeof recordFolderSchema>;
