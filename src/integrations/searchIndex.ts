/**
 * Builds the Pagefind search index over the finished site. Pagefind splits it by each
 * page's <html lang>, so a Norwegian reader searches Norwegian pages only. It reads each
 * page's prose (data-pagefind-body in RecordLayout) and, within it, only the content:
 * results then quote the text, and headings' ids give each section its own result.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Page furniture inside the prose, left out of the index so no excerpt reads
 * "#Copy link to the section …" or "2 of 5 stars". Listed here rather than as
 * data-pagefind-ignore in each component, so one place says what search reads.
 */
const NOT_CONTENT = [
  // A heading's # link and copy button.
  '.heading-tools',
  // Decorative marks (stars, ✅ ⚠️ list markers) and the words that stand in for them.
  '[aria-hidden="true"]',
  '.visually-hidden',
  // Status badges.
  '.status',
  // Table captions and column headers: Pagefind joins table cells without a space, so in an
  // excerpt they run into one word ("CaptionSolutionComplexityCost"); the rows carry the content.
  'caption',
  'thead',
  // The tools: form labels, controls and their computed results. A tool page is found by
  // its own prose; the prose pages that embed a tool must not return the tool's text too.
  '.island-wrap',
  '.island-noscript',
];

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT });
        if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
