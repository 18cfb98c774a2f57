/**
 * A Mermaid code block drawn at build time as inline SVG (docs/diagrams.md), with no
 * browser and no client script: beautiful-mermaid lays the diagram out in plain
 * TypeScript. What it draws is made fit for the site's pages here:
 * - colours: its `<style>` (which also loads a web font from another origin) and its
 *   root `style="…"` are dropped, both blocked by the pages' content policy; the
 *   `var(--_…)` colours it paints with become the site's theme variables (THEME_COLOURS),
 *   so the diagram follows the light and the dark theme; its text takes the page's font;
 * - ids: each diagram's marker ids get the diagram's own prefix, so two diagrams on a
 *   page never share one;
 * - a name: `role="img"` and an `aria-label` saying what kind of diagram it is;
 * - safety: anything outside the elements and attributes it is known to write (a script,
 *   an event handler, a link, foreign content) fails the diagram, which then stays code.
 * A diagram type the renderer does not know is reported as unsupported; the caller keeps
 * the block as code with a note.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import { escapeUTF8 } from 'entities';

/**
 * The diagram types drawn, by the keyword a Mermaid block starts with: those beautiful-mermaid
 * draws with presentation attributes alone. Its XY charts (`xychart-beta`) are left out:
 * they are coloured by classes of its own `<style>`, which the pages' content policy blocks.
 */
export const DIAGRAM_KINDS = {
  flowchart: 'flowchart',
  graph: 'flowchart',
  sequenceDiagram: 'sequence',
  stateDiagram: 'state',
  'stateDiagram-v2': 'state',
  classDiagram: 'class',
  erDiagram: 'er',
} as const;

export type DiagramKind = (typeof DIAGRAM_KINDS)[keyof typeof DIAGRAM_KINDS];

export type DiagramResult = { ok: true; kind: DiagramKind; svg: string } | { ok: false; keyword: string; reason: string };

/** The keyword a Mermaid block starts with ("flowchart", "gantt"), after front matter, `%%` comments and directives. */
export function diagramKeyword(source: string): string {
  const lines = source.replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '').split('\n');
  const first = lines.map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('%%'));
  return first?.split(/[\s;]/)[0] ?? '';
}

/** The kind of a block the renderer draws, or undefined. */
export function diagramKind(source: string): DiagramKind | undefined {
  const keyword = diagramKeyword(source);
  return Object.hasOwn(DIAGRAM_KINDS, keyword) ? DIAGRAM_KINDS[keyword as keyof typeof DIAGRAM_KINDS] : undefined;
}

/**
 * The renderer's colours (its `var(--_…)` custom properties, which its own dropped `<style>`
 * derived with color-mix) as the theme's variables of global.css, which switch with the
 * light and the dark theme: no CSS of the diagram's own on every page.
 */
export const THEME_COLOURS: Readonly<Record<string, string>> = {
  '--_text': '--text',
  '--_text-sec': '--muted',
  '--_text-muted': '--muted',
  '--_text-faint': '--muted',
  '--_line': '--muted',
  '--_arrow': '--text',
  '--_node-fill': '--bg-raised',
  '--_node-stroke': '--muted',
  '--_group-fill': '--bg',
  '--_group-hdr': '--bg-sunken',
  '--_inner-stroke': '--border',
  '--_key-badge': '--bg-sunken',
};

/** Elements and attributes beautiful-mermaid writes; anything else fails the diagram. */
const ELEMENTS = new Set(['svg', 'defs', 'marker', 'g', 'rect', 'line', 'polyline', 'polygon', 'path', 'circle', 'ellipse', 'text', 'tspan', 'pattern', 'filter', 'feDropShadow', 'linearGradient', 'stop', 'clipPath']);
const ATTRIBUTE = /^(?:viewBox|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|d|points|id|class|role|aria-label|fill|fill-opacity|stroke|stroke-width|stroke-dasharray|stroke-linejoin|stroke-linecap|stroke-opacity|opacity|font-size|font-weight|font-style|font-family|text-anchor|dominant-baseline|transform|marker-start|marker-end|marker-mid|markerWidth|markerHeight|markerUnits|refX|refY|orient|patternUnits|offset|stop-color|stop-opacity|clip-path|filter|flood-color|flood-opacity|stdDeviation|letter-spacing|preserveAspectRatio|gradientUnits|textLength|lengthAdjust|visibility)$/;

/**
 * The renderer's SVG made fit for a page: styles dropped, ids prefixed, named; throws
 * when it holds anything but the drawing (see the module's note).
 */
export function pageSvg(svg: string, id: string, label: string): string {
  let out = svg
    .replace(/<style[\s\S]*?<\/style>\s*/g, '')
    // Inline in HTML an SVG needs no namespace; its styles and data attributes are not used.
    .replace(/\s(?:style|xmlns|data-[\w-]+)="[^"]*"/g, '')
    .replace(/\sid="([^"]+)"/g, ` id="${id}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`)
    .replace(/var\((--_[\w-]+)\)/g, (_, name: string) => {
      const theme = THEME_COLOURS[name];
      if (!theme) throw new Error(`unknown colour ${name} in the drawing`);
      return `var(${theme})`;
    });
  if (/var\(--(?:_|fg\b)/.test(out)) throw new Error('a colour outside the theme in the drawing');
  for (const m of out.matchAll(/<\/?([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*\/?>/g)) {
    if (!ELEMENTS.has(m[1]!)) throw new Error(`unexpected <${m[1]}> in the drawing`);
    for (const a of m[2]!.matchAll(/\s+([^\s=]+)="([^"]*)"/g)) {
      if (!ATTRIBUTE.test(a[1]!)) throw new Error(`unexpected attribute ${a[1]} in the drawing`);
      if (/url\((?!#)/i.test(a[2]!)) throw new Error(`unexpected address in ${a[1]}`);
    }
  }
  // Every "<" opens a tag the loop above read: none is left over as something else.
  const tags = out.match(/</g)?.length ?? 0;
  const read = [...out.matchAll(/<\/?([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*\/?>/g)].length;
  if (tags !== read) throw new Error('unreadable markup in the drawing');
  out = out.replace(/^<svg\s/, `<svg class="diagram-svg" role="img" aria-label="${escapeUTF8(label)}" focusable="false" `);
  // No blank lines: Markdown would end an HTML block there.
  return out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n');
}

/** Draws a Mermaid block, or says why it cannot. `id` makes the drawing's ids unique on the page. */
export function renderDiagram(source: string, id: string, label: (kind: DiagramKind) => string): DiagramResult {
  const keyword = diagramKeyword(source);
  const kind = diagramKind(source);
  if (!kind) return { ok: false, keyword, reason: `"${keyword || '(empty)'}" diagrams are not drawn` };
  try {
    const svg = renderMermaidSVG(source, { bg: 'var(--bg)', fg: 'var(--text)', transparent: true, padding: 16 });
    return { ok: true, kind, svg: pageSvg(svg, id, label(kind)) };
  } catch (error) {
    return { ok: false, keyword, reason: (error as Error).message.split('\n')[0] ?? 'not drawn' };
  }
}
