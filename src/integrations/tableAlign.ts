/**
 * MDX and Markdown: a table column's alignment (`| :-: |`, `| --: |`) as a class instead of
 * the `style="text-align: …"` the Markdown processor writes, which the pages' content
 * policy blocks (no inline styles), so an aligned column showed unaligned and logged a
 * policy violation. The classes are styled in global.css.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** "text-align: right" -> "right"; anything else (or more) -> undefined. */
export const alignOf = (style: unknown): 'left' | 'center' | 'right' | undefined =>
  (/^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i.exec(typeof style === 'string' ? style : '')?.[1]?.toLowerCase() as 'left' | 'center' | 'right' | undefined) ?? undefined;

export const tableAlign: HastPluginEntry = () => ({
  name: 'table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const align = alignOf(node.properties?.style);
      if (!align) return;
      const classes = Array.isArray(node.properties?.className) ? node.properties.className : [];
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'className', [...classes, `align-${align}`]);
    },
  },
});
