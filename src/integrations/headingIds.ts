/**
 * Heading ids as Astro makes them (github-slugger over each heading's text, numbered when
 * repeated), except that an en dash between numbers counts as the hyphen it stands for:
 * "0–6 months" keeps the anchor #0-6-months, so good typography never moves a shared link.
 * Runs before Astro's own heading-ids step, which keeps an id that is already set.
 */
import GithubSlugger from 'github-slugger';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The text a heading's id is made from: "0–6 months" → "0-6 months". */
export const idText = (text: string): string => text.replace(/(\d)\s*[–—]\s*(?=\d)/g, '$1-');

/** One slugger per document, as Astro numbers repeated headings per page. */
export const headingIds: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return {
    name: 'heading-ids-with-ranges',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(idText(ctx.textContent(node))));
      },
    },
  };
};
