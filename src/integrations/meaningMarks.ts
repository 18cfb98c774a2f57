/**
 * MDX and Markdown: an emoji that carries meaning (✅ ❌ ⚠️) becomes the icon drawn in
 * src/lib/text/meaningMarks.ts with its word for screen readers, unless the text beside it
 * already says it. Code keeps its characters, as the author wrote them.
 * A page's language is its folder's: content/records/<record>/pages/<lang>/.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Parents } from 'hast';
import { fileURLToPath } from 'node:url';
import { MARK_ICONS, hasMark, splitMarks, type Mark } from '../lib/text/meaningMarks.ts';
import nb from '../i18n/nb.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

const WORDS = { nb: nb.marks, en: en.marks };
/** Elements whose text is code, or not prose (a diagram's labels are drawn text). */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg']);

/** The page's language from its path; undefined outside a record's pages (no word then). */
export const pageLang = (path: string): 'nb' | 'en' | undefined =>
  (/[\\/]pages[\\/](nb|en)[\\/][^\\/]+$/.exec(path)?.[1] as 'nb' | 'en' | undefined) ?? undefined;

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The hast of one mark: `<span class="mark mark-no"><svg aria-hidden …/><span class="visually-hidden">No</span></span>`. */
export function markElement(mark: Mark, word: string | undefined): Element {
  const svg = el(
    'svg',
    { className: ['mark-icon'], viewBox: '0 0 16 16', ariaHidden: 'true', focusable: 'false' },
    MARK_ICONS[mark.kind].map((p) => el('path', { d: p.d, ...(p.fill && { className: ['mark-fill'] }) })),
  );
  const spoken = !mark.said && word;
  return el('span', { className: ['mark', `mark-${mark.kind}`] }, spoken ? [svg, el('span', { className: ['visually-hidden'] }, [{ type: 'text', value: word }])] : [svg]);
}

export const meaningMarks: HastPluginEntry = () => ({
  name: 'meaning-marks',
  text(node, ctx) {
    if (!hasMark(node.value)) return;
    for (let up: Readonly<Parents> | undefined = ctx.parent(node); up; up = ctx.parent(up)) {
      if (up.type === 'element' && VERBATIM.has(up.tagName)) return;
    }
    const lang = ctx.fileURL && pageLang(fileURLToPath(ctx.fileURL));
    const parent = ctx.parent(node);
    const at = ctx.indexOf(node) ?? 0;
    const following = parent ? parent.children.slice(at + 1).map((c) => ctx.textContent(c)).join('') : '';
    const segments = splitMarks(node.value, following);
    ctx.replaceNode(
      node,
      segments.map((s) => (typeof s === 'string' ? { type: 'text', value: s } : markElement(s, lang && WORDS[lang][s.kind]))),
    );
  },
});
