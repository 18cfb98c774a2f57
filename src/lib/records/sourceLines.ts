/**
 * Where a line of a page made from a team's ADR file comes from in that file. The import
 * converts the team's Markdown tree (src/lib/records/importPlan.ts) and writes it as MDX;
 * the converted nodes keep the `position` of the team's text. Reading the written MDX back
 * and walking both trees together gives, for each line of the page, the team's line: so
 * the lint of a folder read in place names the team's file and line, not the generated
 * copy's. A line no node accounts for has none: left out rather than wrong.
 */
import type { Root } from 'mdast';
import { parseMdx } from './markdownTree';

interface Node {
  type: string;
  position?: { start: { line: number }; end: { line: number } } | undefined;
  children?: Node[];
}

/**
 * Written line -> source line, from a converted tree (nodes with the source's positions,
 * nodes made here without) and the tree read back from what was written. Nodes are paired
 * in order while type and number of children agree. A block spanning as many lines in both
 * maps each of its lines (a paragraph, a list item: written line by line as the source has
 * them); a block whose span changed (a setext heading written as ATX) maps its first line
 * only; a deeper node's mapping wins over its parent's.
 */
export function sourceLines(converted: Root, written: Root): Map<number, number> {
  const lines = new Map<number, number>();
  const walk = (from: Node, to: Node) => {
    if (from.type !== to.type) return;
    const a = from.position;
    const b = to.position;
    if (a && b) {
      const span = a.end.line - a.start.line;
      const same = span === b.end.line - b.start.line;
      for (let i = 0; i <= (same ? span : 0); i++) lines.set(b.start.line + i, a.start.line + i);
    }
    const fromChildren = from.children ?? [];
    const toChildren = to.children ?? [];
    if (fromChildren.length === toChildren.length) fromChildren.forEach((child, i) => walk(child, toChildren[i]!));
  };
  walk(converted as Node, written as Node);
  return lines;
}

/** The line map of `mdx`, written from `converted`; empty if it cannot be read back. */
export function writtenLines(converted: Root, mdx: string): Map<number, number> {
  try {
    return sourceLines(converted, parseMdx(mdx));
  } catch {
    return new Map();
  }
}

/**
 * A line of a generated page file -> the source line, where the page holds `body` (the MDX
 * the line map was made for) after its front matter and whatever else it starts with.
 */
export function pageSourceLine(page: string, body: string, lines: ReadonlyMap<number, number>, line: number): number | undefined {
  const at = page.lastIndexOf(body.trim());
  if (at < 0 || body.trim() === '') return undefined;
  const before = page.slice(0, at).split('\n').length - 1;
  return lines.get(line - before);
}
