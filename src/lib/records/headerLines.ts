/**
 * The lines of a team's ADR file that a generated record.yaml's fields come from: the
 * title, and the status, date and people of its header, in any of the forms the import
 * reads (src/lib/records/adrImport.ts: front matter, `* Status:` bullets, `Date:` lines, a
 * `| Created | Status |` table, a `## Status` section), looked for in the same order, so the
 * first one found is the one the import read. For the lint of a folder read in place: a
 * finding in record.yaml names the team's file and this line.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { parseMarkdown } from './markdownTree';

export type HeaderField = 'title' | 'status' | 'date' | 'decision-makers' | 'consulted' | 'informed' | 'tags';

const KEYS: Record<string, HeaderField> = {
  title: 'title',
  status: 'status',
  date: 'date',
  dato: 'date',
  created: 'date',
  deciders: 'decision-makers',
  'decision-makers': 'decision-makers',
  'decision makers': 'decision-makers',
  beslutningstakere: 'decision-makers',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
};

const text = (node: RootContent | Root): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as RootContent[]).map(text).join('') : '';

/** "Status: accepted" (a bullet's paragraph or a line of its own) -> "status". */
const keyOf = (paragraph: Paragraph | undefined) => {
  const first = paragraph?.children[0];
  const m = first?.type === 'text' ? /^\s*([A-Za-zÆØÅæøå -]{2,30}?)\s*:/.exec(first.value) : null;
  return m ? m[1]!.toLowerCase().trim() : undefined;
};

/** Each header field's line in the team's file; a field it does not give is absent. */
export function headerLines(source: string): Partial<Record<HeaderField, number>> {
  const lines: Partial<Record<HeaderField, number>> = {};
  const found = (key: string | undefined, line: number | undefined) => {
    const field = key === undefined ? undefined : KEYS[key];
    if (field && line !== undefined) lines[field] ??= line;
  };
  let tree: Root;
  try {
    tree = parseMarkdown(source);
  } catch {
    return lines;
  }
  const children = tree.children;
  // The title: the first "# " heading, else the front matter's (Docusaurus).
  const h1 = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  if (h1 >= 0) found('title', children[h1]!.position?.start.line);

  const front = children[0]?.type === 'yaml' ? children[0] : undefined;
  if (front?.position) {
    const counter = new LineCounter();
    const doc = parseDocument(front.value, { lineCounter: counter });
    for (const item of isMap(doc.contents) ? doc.contents.items : []) {
      if (isScalar(item.key) && item.key.range) found(String(item.key.value).toLowerCase(), front.position.start.line + counter.linePos(item.key.range[0]).line);
    }
  }

  // The header right after the title: bullets, "Key: value" lines, a one-row table with a Status column.
  for (const block of children.slice(h1 >= 0 ? h1 + 1 : front ? 1 : 0)) {
    if (block.type === 'table') {
      const [head, row] = block.children;
      const keys = head?.children.map((c) => text(c).trim().toLowerCase()) ?? [];
      if (!row || block.children.length !== 2 || !keys.includes('status')) break;
      for (const key of keys) found(key, row.position?.start.line);
    } else if (block.type === 'paragraph' && keyOf(block) && KEYS[keyOf(block)!]) {
      found(keyOf(block), block.position?.start.line);
    } else if (block.type === 'list' && block.children.every((i) => i.children[0]?.type === 'paragraph' && KEYS[keyOf(i.children[0] as Paragraph) ?? ''])) {
      for (const item of block.children) found(keyOf(item.children[0] as Paragraph), item.position?.start.line);
    } else break;
  }

  // adr-tools: the "## Status" section; the line of its first block (the status word).
  const status = children.findIndex((n) => n.type === 'heading' && n.depth === 2 && /^status$/i.test(text(n).trim()));
  if (status >= 0) found('status', (children[status + 1]?.type === 'heading' ? children[status] : (children[status + 1] ?? children[status]))!.position?.start.line);
  return lines;
}

const OWN_LINE = ['status', 'date', 'decision-makers', 'consulted', 'informed', 'tags'] as const;

/**
 * The header line a record.yaml field comes from: the title's from the title; `supersedes`
 * and `amends` from the status ("Superseded by [ADR 5](…)"); the others from
 * their own line. Undefined for a field the team's file does not give.
 */
export function fieldLine(lines: Partial<Record<HeaderField, number>>, field: string): number | undefined {
  const top = field.split('.')[0]!;
  if (top === 'title') return lines.title;
  if (top === 'supersedes' || top === 'amends') return lines.status;
  return (OWN_LINE as readonly string[]).includes(top) ? lines[top as HeaderField] : undefined;
}
