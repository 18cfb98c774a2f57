/**
 * Reading Markdown ADRs written by other tools: MADR 2/3/4 (YAML front matter, or the
 * `* Status:` bullet header), adr-tools (Nygard: `Date:` line, `## Status` section with
 * "Superseded by [n](…)") and Log4brains (MADR 2 bullets plus `Tags:`). Parsed as a
 * syntax tree (src/lib/records/markdownTree.ts); what cannot be read is reported with a reason.
 */
import type { Heading, Link, List, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { STATUSES, type Status } from '../../schemas/record';
import { RECORD_FIELDS, type RecordFieldKey, type RecordFieldValues } from '../../schemas/fields';
import { fieldValues, headerWords } from '../../schemas/fields/registry';
import type { Lang } from '../../schemas/text';
import { parseMarkdown } from './markdownTree';
import { readStatusWord } from './statusWords';

export type LinkKind = 'supersedes' | 'superseded-by' | 'amends' | 'amended-by' | 'relates-to';

/** The record fields (src/schemas/fields/) are its lists of people and tags, empty when the file gives none. */
export interface ParsedAdr extends RecordFieldValues {
  file: string;
  /** Undefined for a Log4brains file named by its date (YYYYMMDD-title.md): numbered by that date on import. */
  number: number | undefined;
  /** YYYYMMDD of a Log4brains file name. */
  datePrefix?: string;
  title: string;
  lang: Lang;
  /** Undefined when the file gives none (MADR 4 makes it optional): shown as unknown. */
  status?: Status;
  /** YYYY-MM-DD; undefined when the file gives none (never the file's own date). */
  date?: string;
  /** Links to other ADRs of the same folder: the file linked to, and its number there. */
  links: AdrLink[];
  /** The text after the title and the metadata. */
  body: Root;
  /** What was read differently from how it was written (shown in the report). */
  notes: string[];
}

export interface AdrLink {
  kind: LinkKind;
  number?: number;
  /** File name linked to ("20201016-use-x.md"), without folders or fragment. */
  file?: string;
}

export type ParseResult = { ok: true; adr: ParsedAdr } | { ok: false; file: string; reason: string };

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
function readStatusText(nodes: readonly RootContent[]): { word?: string; links: AdrLink[] } {
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

/** The header words: status and date, and each record field's (src/schemas/fields/). */
const HEADER_KEYS: Record<string, 'status' | 'date' | RecordFieldKey> = {
  status: 'status',
  date: 'date',
  dato: 'date',
  ...headerWords(RECORD_FIELDS),
};

/** Files many ADR folders keep besides the decisions: skipped, with the reason. */
export function notAnAdr(file: string): string | undefined {
  const name = file.replace(/^.*\//, '').toLowerCase();
  if (/(^|[-_.])template\.md$/.test(name) || /^(\d+[-_])?template[-_]/.test(name)) return 'a template, not a decision';
  if (/^(index|readme|_index|toc|contents)\.md$/.test(name)) return 'the folder\'s index, not a decision';
  return undefined;
}

/**
 * YAML as Docusaurus reads front matter: a value with a second, unquoted colon
 * (`title: ADR006: Avoid X`) is taken as text. Returns the fields and whether quoting was needed.
 */
export function readFrontMatter(yaml: string): { fields: Record<string, unknown>; lenient: boolean } {
  try {
    return { fields: (parseYaml(yaml) as Record<string, unknown> | null) ?? {}, lenient: false };
  } catch (error) {
    const quoted = yaml
      .split('\n')
      .map((line) => {
        const m = /^([A-Za-z][\w-]*):[ \t]+(.*\S)\s*$/.exec(line);
        return m && !/^["'[{|>&*!]/.test(m[2]!) && m[2]!.includes(': ') ? `${m[1]}: ${JSON.stringify(m[2])}` : line;
      })
      .join('\n');
    if (quoted === yaml) throw error;
    return { fields: (parseYaml(quoted) as Record<string, unknown> | null) ?? {}, lenient: true };
  }
}

/** A metadata table (`| Created | Status |`, one row): its cells by lower-case header. */
function tableFields(table: Table): Record<string, RootContent[]> | undefined {
  const [head, row] = table.children;
  if (!head || !row || table.children.length !== 2) return undefined;
  const keys = head.children.map((c) => plainText(c as RootContent).trim().toLowerCase());
  if (!keys.includes('status')) return undefined;
  return Object.fromEntries(keys.map((k, i) => [k, [{ type: 'paragraph', children: row.children[i]?.children ?? [] } as Paragraph]]));
}

/** Headings that make a file an ADR even when it gives no status (MADR 4 makes status optional). */
const ADR_SECTIONS = /^(context( and problem statement)?|decision( outcome| drivers)?|considered options|consequences|bakgrunn|beslutning|konsekvenser)$/i;

export interface ParseOptions {
  /** The language, when the team says it (--lang); else guessed from the words. */
  lang?: Lang | undefined;
  /** The team's own status words (status-words.yaml, --status-word). */
  statusWords?: Readonly<Record<string, Status>> | undefined;
  /**
   * A status word outside the table: the import skips the file (the team adds the word and
   * imports again); a build that reads the folder in place shows the record with its status
   * unknown rather than leave out a decision the team has written, and says so.
   */
  unknownStatus?: 'skip' | 'unknown' | undefined;
}

export function parseAdr(file: string, text: string, options: ParseOptions = {}): ParseResult {
  const skip = (reason: string): ParseResult => ({ ok: false, file, reason });
  const other = notAnAdr(file);
  if (other) return skip(other);
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    return skip(`not readable as Markdown: ${(error as Error).message}`);
  }
  const notes: string[] = [];
  const fields: Record<string, unknown> = {};
  const links: AdrLink[] = [];
  let statusWord: string | undefined;
  const children = [...tree.children];
  const hasFrontMatter = children[0]?.type === 'yaml';

  // --- MADR 3/4 and Docusaurus front matter
  if (children[0]?.type === 'yaml') {
    try {
      const read = readFrontMatter(children[0].value);
      Object.assign(fields, read.fields);
      if (read.lenient) notes.push('front matter: a value with an unquoted colon read as text');
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

  // --- the title: the first "# " heading, else the front matter's title (Docusaurus)
  const h1Index = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const frontTitle = typeof fields.title === 'string' && fields.title.trim() ? fields.title.trim() : undefined;
  if (h1Index < 0 && !frontTitle) return skip('no title: an ADR starts with a "# Title" heading or has a title in its front matter');
  const heading = splitTitle(h1Index >= 0 ? plainText(children[h1Index]!) : frontTitle!);
  if (h1Index >= 0) {
    const before = children.slice(0, h1Index).filter((n) => n.type !== 'html');
    if (before.length > 0) notes.push(`${before.length} block(s) before the title left out`);
    children.splice(0, h1Index + 1);
  }

  // --- header right after the title: MADR 2 / Log4brains bullets, adr-tools "Date:" lines, a `| Created | Status |` table
  while (children[0] && (children[0].type === 'list' || children[0].type === 'paragraph' || children[0].type === 'table')) {
    const block = children[0];
    if (block.type === 'table') {
      const cells = tableFields(block);
      if (!cells) break;
      const read = readStatusText(cells.status!);
      statusWord ??= read.word;
      links.push(...read.links);
      const date = cells.date ?? cells.created ?? cells.updated;
      if (date) fields.date ??= plainText(date[0]!).trim();
      children.shift();
      continue;
    }
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
  let status: Status | undefined;
  if (statusWord) {
    const read = readStatusWord(statusWord, options.statusWords);
    if (!read.found && options.unknownStatus === 'unknown') notes.push(`status "${read.word}" is not a known word (add it to status-words.yaml): shown as unknown`);
    else if (!read.found) return skip(`unknown status "${read.word}" (known: ${STATUSES.join(', ')}, the words in docs/team-adr-folders.md, or add it: --status-word "${read.word}=<status>")`);
    else {
      status = read.found.status;
      if (read.found.note) notes.push(read.found.note);
    }
  } else {
    const sections = children.some((n) => n.type === 'heading' && n.depth === 2 && ADR_SECTIONS.test(plainText(n).trim()));
    if (!hasFrontMatter && !sections) return skip('no status (front matter "status:", a "* Status:" line or a "## Status" section) and no ADR sections: not an ADR?');
    notes.push('no status: shown as unknown');
  }

  const date = toIsoDay(fields.date) ?? (datePrefix ? toIsoDay(`${datePrefix[1]}-${datePrefix[2]}-${datePrefix[3]}`) : undefined);
  if (!date) notes.push(fields.date === undefined ? 'no date: shown as unknown' : `date "${String(fields.date)}" not a YYYY-MM-DD date: shown as unknown`);

  const body: Root = { type: 'root', children };
  return {
    ok: true,
    adr: {
      file,
      number,
      ...(datePrefix && { datePrefix: datePrefix.slice(1).join('') }),
      title: heading.title,
      lang: options.lang ?? guessLanguage(`${heading.title}\n${plainText(body)}`),
      ...(status && { status }),
      ...(date && { date }),
      ...fieldValues(RECORD_FIELDS, (field) => toList(fields[field.key])),
      links,
      body,
      notes,
    },
  };
}
