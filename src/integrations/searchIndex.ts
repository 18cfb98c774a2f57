/**
 * Builds the Pagefind search index over the finished site. Pagefind splits it by each
 * page's <html lang>, so a Norwegian reader searches Norwegian pages only. It reads each
 * page's prose (data-pagefind-body in RecordLayout) and, within it, only the content:
 * results then quote the text, and headings' ids give each section its own result.
 */
import type { AstroIntegration } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withToolAnswers } from '../lib/site/toolAnswers.ts';

/**
 * Page furniture inside the prose, left out of the index so no excerpt reads
 * "#Copy link to the section …" or "2 of 5 stars". Listed here rather than as
 * data-pagefind-ignore in each component, so one place says what search reads.
 */
/** A tool on a page: its wrapper (src/tools/<tool>/*.astro). */
const TOOL = '.island-wrap';
/** A tool's one-sentence answer: the element its island marks `data-tool-answer`. */
const ANSWER = '[data-tool-answer]';

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
  // The tools: form labels, controls and their computed results. A tool's page is found by
  // its prose and by the tool's answer, which is copied out of it for the index (below).
  TOOL,
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
        // Every page as built, except that a tool's answer is read beside the tool
        // (src/lib/site/toolAnswers.ts); each page's address as Pagefind gives it ("/en/x/"), with
        // forward slashes on any system.
        let pages = 0;
        for await (const file of glob('**/*.html', { cwd: site })) {
          const html = await readFile(`${site}/${file}`, 'utf8');
          const url = `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
          const added = await index.addHTMLFile({ url, content: withToolAnswers(html, TOOL, ANSWER) ?? html });
          if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join(', ')}`);
          if (added.file) pages++;
        }
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefind.close();
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
