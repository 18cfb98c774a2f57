/**
 * The site's collections. A record is a folder under content/records/<id>/ (or
 * $RECORDS_DIR, which the tests point at fixtures): record.yaml, optional data files
 * (one concern per schema in src/schemas/) and its pages (pages/<lang>/<slug>.mdx).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { recordsLoader } from './data/recordsLoader';
import { pageSchema } from './schemas/page';
import { recordFolderSchema } from './schemas/recordFolder';

const RECORDS_DIR = process.env.RECORDS_DIR ?? 'content/records';

export const collections = {
  records: defineCollection({ loader: recordsLoader(RECORDS_DIR), schema: recordFolderSchema }),
  pages: defineCollection({
    loader: glob({
      pattern: '*/pages/*/*.mdx',
      base: RECORDS_DIR,
      // "<record>/pages/<lang>/<slug>.mdx" -> "<record>/<lang>/<slug>"
      generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace('/pages/', '/'),
    }),
    schema: pageSchema,
  }),
};
