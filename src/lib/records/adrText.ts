/**
 * Reading the pieces every ADR format writes in its own place: a title with its number
 * ("7. Use X"), a number in a file name, links to other ADRs, and a status value
 * ("superseded by [ADR-0005](0005-x.md)"). Shared by the import formats
 * (src/lib/records/formats/) and the folder's import plan (importPlan.ts).
 */
import type { Link, Root, RootContent } from 'mdast';

export type LinkKind = 'supersedes' | 'superseded-by' | 'amends' | 'amended-by' | 'relates-to';

export interface AdrLink {
  kind: LinkKind;
  number?: number;
  /** File name linked to ("20201016-use-x.md"), without folders or fragment. */
  file?: string;
}

const LINK_PHRASES: [RegExp, LinkKind][] = [
  [/^(superseded by|erstattet av)\b/i, 'superseded-by'],
  [/^(supersedes|erstatter)\b/i, 'supersedes'],
  [/^(amended by|endret av)\b/i, 'amended-by'],
  [/^(amends|endrer)\b/i, 'amends'],
];

/** Number at the start of an ADR file name: 0007-use-x.md, adr-0007.md, 7-use-x.md. */
export function numberFromFileName(file: string): number | undefined {
  const m = /^(?:adr[-_ ]?)?(\d{1,5})(?:[-_. ]|$)/i.exec(file.replace(/^.*\//, ''));
  return m ? Number(m[1]) : undefined;
}

/** "7. Use X", "ADR-0007: Use X", "ADR 7 – Use X" -> { number: 7, title: "Use X" }. */
export function splitTitle(heading: string): { number?: number; title: string } {
  const m = /^(?:adr[\s-]*)?(\d{1,5})\s*(?:[.:–—-]\s*|\s+)(.+)$/i.exec(heading.trim());
  return m ? { number: Number(m[1]), title: m[2]!.trim() } : { title: heading.trim() };
}

/** The plain text of a node. */
export function plainText(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join(node.type === 'list' || node.type === 'root' ? '\n' : '');
  return '';
}

/** Every node of one type under a node (the node itself included), in document order. */
export function collect<T extends RootContent['type']>(node: RootContent | Root, type: T): Extract<RootContent, { type: T }>[] {
  const found: RootContent[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type === type) found.push(n as RootContent);
    if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
  };
  walk(node);
  return found as Extract<RootContent, { type: T }>[];
}

/** The file name of a relative link to a Markdown file ("../adr/0005-x.md#y" -> "0005-x.md"), else undefined. */
export function linkedFile(url: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return undefined;
  const path = url.split(/[#?]/)[0] ?? '';
  if (!/\.md$/i.test(path)) return undefined;
  try {
    return decodeURI(path).replace(/^.*\//, '');
  } catch {
    return path.replace(/^.*\//, '');
  }
}

/** What an ADR link points at: its file (0005-x.md, 20201016-x.md) and number, else the number in its text (ADR-0005, 5.). */
function linkedAdr(link: Link): { number?: number; file?: string } {
  const file = linkedFile(link.url);
  const number = (file === undefined ? undefined : numberFromFileName(file)) ?? splitTitle(plainText(link)).number;
  return { ...(file && { file }), ...(number !== undefined && { number }) };
}

/** Status and links in a status value: "superseded by [ADR-0005](0005-x.md)", "Accepted", "superseded by ADR-0123". */
export function readStatusText(nodes: readonly RootContent[]): { word?: string; links: AdrLink[] } {
  const links: AdrLink[] = [];
  let word: string | undefined;
  for (const node of nodes) {
    const text = plainText(node).trim();
    const phrase = LINK_PHRASES.find(([re]) => re.test(text));
    if (phrase) {
      const targets = collect(node, 'link').map(linkedAdr);
      const named = splitTitle(text.replace(phrase[0], '').trim()).number;
      if (targets.length === 0 && named !== undefined) targets.push({ number: named });
      for (const t of targets) if (t.number !== undefined || t.file) links.push({ kind: phrase[1], ...t });
      word ??= phrase[1] === 'superseded-by' ? 'superseded' : undefined;
    } else if (text) {
      word ??= text.split('\n')[0]!.trim();
    }
  }
  return { ...(word && { word }), links };
}
