/**
 * The site's collections. A record is a folder under content/records/<id>/ (or
 * $RECORDS_DIR, which the tests point at fixtures): record.yaml, optional data files
 * (one concern per schema in src/schemas/) and its pages (pages/<lang>/<slug>.mdx).
 * A records folder of a team's plain Markdown ADR files is read in place: the records
 * are generated from them into a folder the build owns (src/data/inPlaceRecords.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { inPlaceReport, recordsFolder } from './data/inPlaceRecords';
import { recordsLoader } from './data/recordsLoader';
import { pageSchema } from './schemas/page';
import { recordFolderSchema } from './schemas/recordFolder';

const folder = recordsFolder(process.env.RECORDS_DIR ?? 'content/records');
if (folder.kind === 'adr-files') console.log(inPlaceReport(folder).join('\n'));
const RECORDS_DIR = folder.dir;

export const collections = {
  records: defineCollection({ loader: recordsLoader(RECORDS_DIR, folder.kind === 'adr-files' ? folder.source : undefined), schema: recordFolderSchema }),
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
