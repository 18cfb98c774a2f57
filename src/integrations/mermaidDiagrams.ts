/**
 * MDX and Markdown: a ```mermaid code block becomes its diagram, drawn at build time as
 * inline SVG (src/lib/records/mermaidDiagram.ts; docs/diagrams.md), in a block with the source
 * one click away. On a phone a wide drawing scrolls in its box, which is therefore a named,
 * focusable group, as a code block is (src/components/mdx/CodeBlock.astro). A block the renderer cannot draw stays code, after a note in the
 * page's language, and the build goes on. Prism leaves these blocks alone
 * (astro.config.mjs), so the block's text is the author's source as written.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { renderDiagram } from '../lib/records/mermaidDiagram.ts';
import { pageLang } from './meaningMarks.ts';
import nb from '../i18n/nb.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

const WORDS = { nb: nb.diagram, en: en.diagram };

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });

const isMermaid = (node: Readonly<Element>): Readonly<Element> | undefined => {
  const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const classes = code?.properties?.className;
  return code && Array.isArray(classes) && classes.includes('language-mermaid') ? code : undefined;
};

export const mermaidDiagrams: HastPluginEntry = () => {
  let count = 0;
  return {
    name: 'mermaid-diagrams',
    element: {
      filter: ['pre'],
      visit(node, ctx) {
        const code = isMermaid(node);
        if (!code) return;
        const source = ctx.textContent(code).replace(/\n$/, '');
        const words = WORDS[(ctx.fileURL && pageLang(fileURLToPath(ctx.fileURL))) || 'en'];
        // Unique on any page that shows several pages' text: from the source, and its place in this one.
        const id = `diagram-${createHash('sha256').update(source).digest('hex').slice(0, 8)}-${++count}`;
        const drawn = renderDiagram(source, id, (kind) => words.kinds[kind]);
        if (!drawn.ok) {
          // Named as a Mermaid block (src/components/mdx/CodeBlock.astro reads the class).
          ctx.setProperty(node, 'className', ['language-mermaid']);
          ctx.insertBefore(node, el('p', { className: ['diagram-note'] }, [text(words.unsupported.replace('{{keyword}}', drawn.keyword))]));
          return;
        }
        const svg = (htmlToHast(drawn.svg, { fragment: true }) as Root).children.find((c): c is Element => c.type === 'element');
        if (!svg) return;
        const sourceBlock = el('details', { className: ['diagram-source'] }, [
          el('summary', {}, [text(words.source)]),
          el('pre', { className: ['language-mermaid'] }, [el('code', { className: ['language-mermaid'] }, [text(source)])]),
        ]);
        return el('div', { className: ['diagram', `diagram-${drawn.kind}`] }, [el('div', { className: ['diagram-drawing'], role: 'group', ariaLabel: words.kinds[drawn.kind], tabIndex: 0 }, [svg]), sourceBlock]);
      },
    },
  };
};
