/**
 * A raw HTML `<table>` of a team's Markdown ADR as a Markdown (GFM) table, so an MDX page
 * can show it: MDX reads HTML as JSX, where `class`, `style="…"` strings and an unclosed
 * `<br>` do not parse, and the site's content policy would block inline styles anyway.
 * Only the table's words and its plain structure carry over: cells, header row, alignment,
 * line breaks (`<br />`), bold, italics, code and links. Attributes (`on…` handlers,
 * `style`, `class`) and `<script>`/`<style>` contents are dropped, so nothing executable
 * passes through. A `colspan`/`rowspan` cell is written once and the cells it covered
 * are left empty, since a Markdown table has no spans.
 */
import type { AlignType, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { decodeHTML } from 'entities';
import { parse, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

/** Elements whose content is not words for the reader. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed']);
/** Block elements inside a cell: their content starts on a new line (`<br />`). */
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr']);

const BR = { type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] } as unknown as PhrasingContent;

/** Whether a block of raw HTML is one whole table (a comment before it aside). */
export function isHtmlTable(html: string): boolean {
  const text = html.trim().replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  return /^<table[\s>]/i.test(text) && /<\/table>$/i.test(text);
}

const elements = (node: HtmlNode): HtmlNode[] => (node.children ?? []).filter((c) => c.type === ELEMENT_NODE);
const nameOf = (node: HtmlNode) => (node.name ?? '').toLowerCase();

/** The rows of a table in reading order: `<thead>`, then the bodies and bare rows, `<tfoot>` last. */
function rowsOf(table: HtmlNode): { rows: HtmlNode[]; headRows: number } {
  const parts = elements(table);
  const head = parts.filter((p) => nameOf(p) === 'thead').flatMap((p) => elements(p).filter((r) => nameOf(r) === 'tr'));
  const body = parts.flatMap((p) => (nameOf(p) === 'tr' ? [p] : nameOf(p) === 'tbody' ? elements(p).filter((r) => nameOf(r) === 'tr') : []));
  const foot = parts.filter((p) => nameOf(p) === 'tfoot').flatMap((p) => elements(p).filter((r) => nameOf(r) === 'tr'));
  return { rows: [...head, ...body, ...foot], headRows: head.length };
}

/** A cell's content as Markdown phrasing: text, line breaks, emphasis, code and links. */
export function cellContent(nodes: readonly HtmlNode[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const text = (value: string) => {
    const last = out.at(-1);
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  const lineBreak = () => {
    if (out.length > 0 && out.at(-1) !== BR) out.push(BR);
  };
  for (const node of nodes) {
    if (node.type === TEXT_NODE) {
      text(decodeHTML(node.value ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.type !== ELEMENT_NODE) continue;
    const name = nameOf(node);
    if (DROPPED.has(name)) continue;
    const inner = () => trimPhrasing(cellContent(node.children ?? []));
    if (name === 'br') lineBreak();
    else if (name === 'strong' || name === 'b') out.push({ type: 'strong', children: inner() });
    else if (name === 'em' || name === 'i') out.push({ type: 'emphasis', children: inner() });
    else if (name === 'del' || name === 's') out.push({ type: 'delete', children: inner() });
    else if (name === 'code' || name === 'kbd' || name === 'samp') out.push({ type: 'inlineCode', value: plain(node).replace(/\s+/g, ' ').trim() });
    else if (name === 'a' && node.attributes?.href && !/^\s*(javascript|data|vbscript):/i.test(node.attributes.href)) {
      out.push({ type: 'link', url: decodeHTML(node.attributes.href.trim()), children: inner() });
    } else if (name === 'img') {
      const alt = decodeHTML(node.attributes?.alt ?? '').trim();
      if (alt) text(alt);
    } else if (BLOCKS.has(name)) {
      lineBreak();
      if (name === 'li') text('• ');
      out.push(...trimPhrasing(cellContent(node.children ?? [])));
      lineBreak();
    } else out.push(...cellContent(node.children ?? []));
  }
  return out;
}

/** Without the spaces and line breaks at either end (the cell's own padding). */
function trimPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out[0] === BR) out.shift();
  while (out.at(-1) === BR) out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

const plain = (node: HtmlNode): string =>
  node.type === TEXT_NODE ? decodeHTML(node.value ?? '') : DROPPED.has(nameOf(node)) ? '' : (node.children ?? []).map(plain).join('');

function alignOf(cell: HtmlNode): AlignType {
  const align = (cell.attributes?.align ?? /text-align\s*:\s*(left|center|right)/i.exec(cell.attributes?.style ?? '')?.[1] ?? '').toLowerCase();
  return align === 'left' || align === 'center' || align === 'right' ? align : null;
}

const span = (value: string | undefined) => Math.min(Math.max(Number.parseInt(value ?? '1', 10) || 1, 1), 50);

/**
 * The table as mdast, or undefined when the HTML holds no table with a row of cells.
 * The header row is the `<thead>`'s first row, else the first row (GFM needs one); a
 * `<caption>` becomes a bold line before the table (returned apart, as a paragraph's content).
 */
export function htmlTableToMdast(html: string): { table: Table; caption: PhrasingContent[] } | undefined {
  const root = parse(html) as HtmlNode;
  const table = elements(root).find((n) => nameOf(n) === 'table');
  if (!table) return undefined;
  const { rows } = rowsOf(table);
  if (rows.length === 0) return undefined;
  // Spans: a grid of cells, a spanned cell written once, the cells it covers left empty.
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  const aligns: AlignType[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of elements(row).filter((n) => nameOf(n) === 'td' || nameOf(n) === 'th')) {
      while (grid[r]![c]) c++;
      const content = trimPhrasing(cellContent(cell.children ?? []));
      const cols = span(cell.attributes?.colspan);
      const down = Math.min(span(cell.attributes?.rowspan), rows.length - r);
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = { type: 'tableCell', children: dr === 0 && dc === 0 ? content : [] };
      if (r === 0 || aligns[c] === undefined) aligns[c] = alignOf(cell);
      c += cols;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  if (width === 0) return undefined;
  const tableRows: TableRow[] = grid.map((row) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => row[i] ?? { type: 'tableCell', children: [] }),
  }));
  const captionNode = elements(table).find((n) => nameOf(n) === 'caption');
  return {
    table: { type: 'table', align: Array.from({ length: width }, (_, i) => aligns[i] ?? null), children: tableRows },
    caption: captionNode ? trimPhrasing(cellContent(captionNode.children ?? [])) : [],
  };
}
