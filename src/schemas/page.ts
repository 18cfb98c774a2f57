/** A page's frontmatter (pages/<lang>/<slug>.mdx). */
import { z } from 'astro/zod';
import { slugId } from './text';

export const pageSchema = z.strictObject({
  /** The page's identity across languages, one of record.yaml's `pages`; its slug differs per language. */
  key: slugId,
  title: z.string().min(1),
  /** Short label for navigation. */
  navTitle: z.string().min(1).max(32),
  description: z.string().min(50).max(200),
});

export type PageData = z.infer<typeof pageSchema>;
