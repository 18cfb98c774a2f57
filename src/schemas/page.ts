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
  /**
   * The key of the page that now holds a tool this page once showed: a shared link to this
   * page, whose query string holds the tool's figures, is sent there with them.
   */
  toolMovedTo: slugId.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
