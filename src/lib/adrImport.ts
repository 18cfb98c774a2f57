/**
 * Reading Markdown ADRs written by other tools: MADR 2/3/4 (YAML front matter, or the
 * `* Status:` bullet header), adr-tools (Nygard: `Date:` line, `## Status` section with
 * "Superseded by [n](…)") and Log4brains (MADR 2 bullets plus `Tags:`). Parsed as a
 * syntax tree (src/lib/markdownTree.ts); what cannot be read is reported with a reason.
 */
import type { Heading, Link, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { STATUSES, type Status } from '../schemas/record';
import type { Lang } from '../schemas/text';
import { parseMarkdown } from './markdownTree';

export type LinkKind = 'supersedes' | 'superseded-by' | 'amends' | 'amended-by' | 'relates-to';

export interface ParsedAdr {
  file: string;
  /** Undefined for a Log4brains file named by its date (YYYYMMDD-title.md): numbered by that date on import. */
  number: number | undefined;
  /** YYYYMMDD of a Log4brains file name. */
  datePrefix?: string;
  title: string;
  lang: Lang;
  status: Status;
  /** YYYY-MM-DD */
  date: string;
  'decision-makers': string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  /** Links to other ADRs of the same folder, by their number there. */
  links: { kind: LinkKind; number: number }[];
  /** The text after the title and the metadata. */
  body: Root;
  /** What was read differently from how it was written (shown in the report). */
  notes: string[];
}

export type ParseResult = { ok: true; adr: ParsedAdr } | { ok: false; file: string; reason: string };

/** Statuses other tools use, as this site's; anything else is reported. */
const STATUS_WORDS: Record<string, { status: Status; note?: string }> = {
  ...Object.fromEntries(STATUSES.map((s) => [s, { status: s }])),
  draft: { status: 'proposed', note: 'status "draft" imported as "proposed"' },
  // Norwegian
  foreslått: { status: 'proposed' },
  akseptert: { status: 'accepted' },
  vedtatt: { status: 'accepted' },
  avvist: { status: 'rejected' },
  foreldet: { status: 'deprecated' },
  erstattet: { status: 'superseded' },
};

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

const NB_WORDS = new Set(['og', 'ikke', 'som', 'er', 'det', 'vi', 'til', 'på', 'med', 'for', 'av', 'en', 'et', 'har', 'skal', 'vil', 'kan', 'denne', 'beslutning', 'fordi', 'må', 'også', 'hvor', 'eller']);
const EN_WORDS = new Set(['and', 'not', 'the', 'is', 'are', 'we', 'to', 'on', 'with', 'for', 'of', 'a', 'an', 'has', 'will', 'can', 'this', 'decision', 'because', 'must', 'also', 'where', 'or']);

/** nb or en, by which language's common words the text uses more; æ, ø, å count for nb. */
export function guessLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let score = (text.match(/[æøå]/gi) ?? []).length;
  for (const w of words) score += (NB_WORDS.has(w) ? 1 : 0) - (EN_WORDS.has(w) ? 1 : 0);
  return score > 0 ? 'nb' : 'en';
}

/** The plain text of a node. */
export function plainText(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join(node.type === 'list' || node.type === 'root' ? '\n' : '');
  return '';
}

const toList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,;]/) : []).map((s) => s.trim()).filter(Boolean);

function toIsoDay(value: unknown): string | undefined {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(String(value ?? '').trim());
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().startsWith(m[0]) ? m[0] : undefined;
}

/** The number an ADR link points at: its file name (0005-x.md), else its text (ADR-0005, 5.). */
function linkedNumber(link: Link): number | undefined {
  return numberFromFileName(decodeURI(link.url.split('#')[0] ?? '')) ?? splitTitle(plainText(link)).number;
}

/** Status and links in a status value: "superseded by [ADR-0005](0005-x.md)", "Accepted", "superseded by ADR-0123". */
function readStatusText(nodes: readonly RootContent[]): { word?: string; links: { kind: LinkKind; number: number }[] } {
  const links: { kind: LinkKind; number: number }[] = [];
  let word: string | undefined;
  for (const node of nodes) {
    const text = plainText(node).trim();
    const phrase = LINK_PHRASES.find(([re]) => re.test(text));
    if (phrase) {
      const targets = collect(node, 'link').map(linkedNumber);
      if (targets.length === 0) targets.push(splitTitle(text.replace(phrase[0], '').trim()).number);
      for (const n of targets) if (n !== undefined) links.push({ kind: phrase[1], number: n });
      word ??= phrase[1] === 'superseded-by' ? 'superseded' : undefined;
    } else if (text) {
      word ??= text.split(/\s/)[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
    }
  }
  return { ...(word && { word }), links };
}

function collect<T extends RootContent['type']>(node: RootContent | Root, type: T): Extract<RootContent, { type: T }>[] {
  const found: RootContent[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type === type) found.push(n as RootContent);
    if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
  };
  walk(node);
  return found as Extract<RootContent, { type: T }>[];
}

/** "Status: accepted" as a bullet or a line: key and the value's nodes. */
function keyValue(paragraph: Paragraph): { key: string; value: RootContent[] } | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'text') return undefined;
  const m = /^\s*([A-Za-zÆØÅæøå -]{2,30}?)\s*:\s*/.exec(first.value);
  if (!m) return undefined;
  const head = first.value.slice(m[0].length);
  const value: PhrasingContent[] = [...(head ? [{ ...first, value: head }] : []), ...rest];
  return { key: m[1]!.toLowerCase().trim(), value: [{ type: 'paragraph', children: value } as Paragraph] };
}

const HEADER_KEYS: Record<string, 'status' | 'date' | 'decision-makers' | 'consulted' | 'informed' | 'tags'> = {
  status: 'status',
  date: 'date',
  dato: 'date',
  deciders: 'decision-makers',
  'decision-makers': 'decision-makers',
  'decision makers': 'decision-makers',
  beslutningstakere: 'decision-makers',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
};

export function parseAdr(file: string, text: string, fallbackDate: string, forcedLang?: Lang): ParseResult {
  const skip = (reason: string): ParseResult => ({ ok: false, file, reason });
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    return skip(`not readable as Markdown: ${(error as Error).message}`);
  }
  const notes: string[] = [];
  const fields: Record<string, unknown> = {};
  const links: { kind: LinkKind; number: number }[] = [];
  let statusWord: string | undefined;
  const children = [...tree.children];

  // --- MADR 3/4 front matter
  if (children[0]?.type === 'yaml') {
    try {
      Object.assign(fields, parseYaml(children[0].value) ?? {});
    } catch (error) {
      return skip(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    children.shift();
    if (typeof fields.status === 'string') {
      const read = readStatusText(parseMarkdown(fields.status).children);
      statusWord = read.word;
      links.push(...read.links);
    }
    if (fields.deciders !== undefined && fields['decision-makers'] === undefined) fields['decision-makers'] = fields.deciders;
  }

  // --- the title
  const h1Index = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  if (h1Index < 0) return skip('no title: an ADR starts with a "# Title" heading');
  const heading = splitTitle(plainText(children[h1Index]!));
  const before = children.slice(0, h1Index).filter((n) => n.type !== 'html');
  if (before.length > 0) notes.push(`${before.length} block(s) before the title left out`);
  children.splice(0, h1Index + 1);

  // --- header right after the title: MADR 2 / Log4brains bullets, adr-tools "Date:" lines
  while (children[0] && (children[0].type === 'list' || children[0].type === 'paragraph')) {
    const block = children[0];
    const items = block.type === 'list' ? (block as List).children.map((i) => i.children[0]) : [block];
    const pairs = items.map((p) => (p?.type === 'paragraph' ? keyValue(p) : undefined));
    if (pairs.some((p) => !p || !HEADER_KEYS[p.key])) break;
    for (const pair of pairs) {
      const key = HEADER_KEYS[pair!.key]!;
      if (key === 'status') {
        const read = readStatusText(pair!.value);
        statusWord ??= read.word;
        links.push(...read.links);
      } else fields[key] ??= plainText(pair!.value[0]!).trim();
    }
    children.shift();
  }

  // --- adr-tools: the "## Status" section
  const statusIndex = children.findIndex((n) => n.type === 'heading' && n.depth === 2 && /^(status)$/i.test(plainText(n).trim()));
  if (statusIndex >= 0) {
    const end = children.findIndex((n, i) => i > statusIndex && n.type === 'heading' && (n as Heading).depth <= 2);
    const section = children.slice(statusIndex + 1, end < 0 ? undefined : end);
    const read = readStatusText(section);
    statusWord ??= read.word;
    links.push(...read.links);
    children.splice(statusIndex, section.length + 1);
  }

  const datePrefix = /^(\d{4})(\d{2})(\d{2})-/.exec(file.replace(/^.*\//, ''));
  const number = datePrefix ? heading.number : (numberFromFileName(file) ?? heading.number);
  if (number === undefined && !datePrefix) return skip('no record number in the file name (NNNN-title.md) or the title ("# 7. Title")');
  if (!statusWord) return skip('no status (front matter "status:", a "* Status:" line or a "## Status" section): not an ADR?');
  const known = STATUS_WORDS[statusWord];
  if (!known) return skip(`unknown status "${statusWord}" (known: ${STATUSES.join(', ')})`);
  if (known.note) notes.push(known.note);

  let date = toIsoDay(fields.date) ?? (datePrefix ? toIsoDay(`${datePrefix[1]}-${datePrefix[2]}-${datePrefix[3]}`) : undefined);
  if (!date) {
    notes.push(fields.date === undefined ? `no date: took the file's date, ${fallbackDate}` : `date "${String(fields.date)}" not a YYYY-MM-DD date: took the file's date, ${fallbackDate}`);
    date = fallbackDate;
  }

  const body: Root = { type: 'root', children };
  return {
    ok: true,
    adr: {
      file,
      number,
      ...(datePrefix && { datePrefix: datePrefix.slice(1).join('') }),
      title: heading.title,
      lang: forcedLang ?? guessLanguage(`${heading.title}\n${plainText(body)}`),
      status: known.status,
      date,
      'decision-makers': toList(fields['decision-makers']),
      consulted: toList(fields.consulted),
      informed: toList(fields.informed),
      tags: toList(fields.tags),
      links,
      body,
      notes,
    },
  };
}
