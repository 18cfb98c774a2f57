/**
 * Reading Markdown ADRs written by other tools: MADR 2/3/4 (YAML front matter, or the
 * `* Status:` bullet header), adr-tools (Nygard: `Date:` line, `## Status` section with
 * "Superseded by [n](…)"), Log4brains (MADR 2 bullets plus `Tags:`, files named by date)
 * and Docusaurus (front matter title, a `| Created | Status |` table). Each way of writing
 * the metadata is one import format (src/lib/records/formats/); parseAdr parses the file as
 * a syntax tree (src/lib/records/markdownTree.ts), lets the formats read it, and applies
 * the rules they share. What cannot be read is reported with a reason.
 */
import type { Root } from 'mdast';
import { STATUSES, type Status } from '../../schemas/record';
import { RECORD_FIELDS, type RecordFieldValues } from '../../schemas/fields';
import { fieldValues } from '../../schemas/fields/registry';
import type { Lang } from '../../schemas/text';
import { numberFromFileName, plainText, splitTitle, type AdrLink } from './adrText';
import { IMPORT_FORMATS, newImportState, type ImportFormat } from './formats';
import { parseMarkdown } from './markdownTree';
import { readStatusWord } from './statusWords';

export { linkedFile, numberFromFileName, plainText, splitTitle, type AdrLink, type LinkKind } from './adrText';
export { readFrontMatter } from './formats/frontMatter';

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

export type ParseResult = { ok: true; adr: ParsedAdr } | { ok: false; file: string; reason: string };

const NB_WORDS = new Set(['og', 'ikke', 'som', 'er', 'det', 'vi', 'til', 'på', 'med', 'for', 'av', 'en', 'et', 'har', 'skal', 'vil', 'kan', 'denne', 'beslutning', 'fordi', 'må', 'også', 'hvor', 'eller']);
const EN_WORDS = new Set(['and', 'not', 'the', 'is', 'are', 'we', 'to', 'on', 'with', 'for', 'of', 'a', 'an', 'has', 'will', 'can', 'this', 'decision', 'because', 'must', 'also', 'where', 'or']);

/** nb or en, by which language's common words the text uses more; æ, ø, å count for nb. */
export function guessLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let score = (text.match(/[æøå]/gi) ?? []).length;
  for (const w of words) score += (NB_WORDS.has(w) ? 1 : 0) - (EN_WORDS.has(w) ? 1 : 0);
  return score > 0 ? 'nb' : 'en';
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

/** Files many ADR folders keep besides the decisions: skipped, with the reason. */
export function notAnAdr(file: string): string | undefined {
  const name = file.replace(/^.*\//, '').toLowerCase();
  if (/(^|[-_.])template\.md$/.test(name) || /^(\d+[-_])?template[-_]/.test(name)) return 'a template, not a decision';
  if (/^(index|readme|_index|toc|contents)\.md$/.test(name)) return 'the folder\'s index, not a decision';
  return undefined;
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

/**
 * One ADR file read: the formats of `formats` (by default every one of IMPORT_FORMATS) read
 * its metadata, in order: readTop on the whole file, then the title (the first "# "
 * heading, else a title a format read), then readHeaderBlock on each block after it until
 * none reads one, then readRest on what is left. Then the rules every format shares: the
 * number (file name, else title), the status word through the status table, the date, the
 * language.
 */
export function parseAdr(file: string, text: string, options: ParseOptions = {}, formats: readonly ImportFormat[] = IMPORT_FORMATS): ParseResult {
  const skip = (reason: string): ParseResult => ({ ok: false, file, reason });
  const other = notAnAdr(file);
  if (other) return skip(other);
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    return skip(`not readable as Markdown: ${(error as Error).message}`);
  }
  const state = newImportState(file, [...tree.children]);
  const { fields, notes } = state;

  for (const format of formats) {
    const reason = format.readTop?.(state);
    if (reason) return skip(reason);
  }

  // --- the title: the first "# " heading, else one a format read (Docusaurus front matter)
  const h1Index = state.blocks.findIndex((n) => n.type === 'heading' && n.depth === 1);
  if (h1Index < 0 && !state.title) return skip('no title: an ADR starts with a "# Title" heading or has a title in its front matter');
  const heading = splitTitle(h1Index >= 0 ? plainText(state.blocks[h1Index]!) : state.title!);
  if (h1Index >= 0) {
    const before = state.blocks.slice(0, h1Index).filter((n) => n.type !== 'html');
    if (before.length > 0) notes.push(`${before.length} block(s) before the title left out`);
    state.blocks.splice(0, h1Index + 1);
  }

  // --- the header right after the title: each block read by a format, up to one none reads
  while (state.blocks[0] && formats.some((format) => format.readHeaderBlock?.(state.blocks[0]!, state))) state.blocks.shift();

  for (const format of formats) {
    const reason = format.readRest?.(state);
    if (reason) return skip(reason);
  }

  const datePrefix = state.datePrefix;
  const number = datePrefix ? heading.number : (numberFromFileName(file) ?? heading.number);
  if (number === undefined && !datePrefix) return skip('no record number in the file name (NNNN-title.md) or the title ("# 7. Title")');
  let status: Status | undefined;
  if (state.statusWord) {
    const read = readStatusWord(state.statusWord, options.statusWords);
    if (!read.found && options.unknownStatus === 'unknown') notes.push(`status "${read.word}" is not a known word (add it to status-words.yaml): shown as unknown`);
    else if (!read.found) return skip(`unknown status "${read.word}" (known: ${STATUSES.join(', ')}, the words in docs/team-adr-folders.md, or add it: --status-word "${read.word}=<status>")`);
    else {
      status = read.found.status;
      if (read.found.note) notes.push(read.found.note);
    }
  } else {
    const sections = state.blocks.some((n) => n.type === 'heading' && n.depth === 2 && ADR_SECTIONS.test(plainText(n).trim()));
    if (!state.statusOptional && !sections) return skip('no status (front matter "status:", a "* Status:" line or a "## Status" section) and no ADR sections: not an ADR?');
    notes.push('no status: shown as unknown');
  }

  const date = toIsoDay(fields.date) ?? (datePrefix ? toIsoDay(`${datePrefix.slice(0, 4)}-${datePrefix.slice(4, 6)}-${datePrefix.slice(6, 8)}`) : undefined);
  if (!date) notes.push(fields.date === undefined ? 'no date: shown as unknown' : `date "${String(fields.date)}" not a YYYY-MM-DD date: shown as unknown`);

  const body: Root = { type: 'root', children: state.blocks };
  return {
    ok: true,
    adr: {
      file,
      number,
      ...(datePrefix && { datePrefix }),
      title: heading.title,
      lang: options.lang ?? guessLanguage(`${heading.title}\n${plainText(body)}`),
      ...(status && { status }),
      ...(date && { date }),
      ...fieldValues(RECORD_FIELDS, (field) => toList(fields[field.key])),
      links: state.links,
      body,
      notes,
    },
  };
}
