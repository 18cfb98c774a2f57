/**
 * A record folder's files (record.yaml, one page per language) from a draft: what
 * `new-record` and `import` write. Pure; the scripts validate the result with the same
 * schemas as the build and write it.
 */
import { stringify } from 'yaml';
import type { Status } from '../../schemas/record';
import { RECORD_FIELDS, type RecordFieldKey } from '../../schemas/fields';
import { LANGS, type Lang, type Localized } from '../../schemas/text';
import { recordNumber } from '../site/paths';

/** The record fields (src/schemas/fields/): each list, written to record.yaml when not empty. */
export type DraftFields = { [Key in RecordFieldKey]?: string[] | undefined };

export interface RecordDraft extends DraftFields {
  number: number;
  title: Localized;
  /** Undefined: the source gives none, and the site shows it as unknown. */
  status?: Status | undefined;
  /** YYYY-MM-DD; undefined as for status. */
  date?: string | undefined;
  /** The team's file it was imported from (record.yaml `source`). */
  source?: string | undefined;
  /** Record ids (folder names). */
  supersedes?: string[] | undefined;
  amends?: string[] | undefined;
  'relates-to'?: string[] | undefined;
  /** The language the record is written in; pages missing in the other are shown untranslated. */
  originalLanguage: Lang;
  /** The page in each language it has: MDX body and link-preview summary (plain text, may be empty). */
  pages: Partial<Record<Lang, { body: string; summary?: string | undefined }>>;
}

/** The one page of a record made here: its key, and its file name (= slug, unused at the root) per language. */
export const PAGE_KEY = 'decision';
const PAGE_FILE: Record<Lang, string> = { nb: 'beslutning', en: 'decision' };
const NAV_TITLE: Record<Lang, string> = { nb: 'Beslutning', en: 'Decision' };
/** Link-preview text when the record gives no usable summary: says what the page holds. */
const DESCRIBES: Record<Lang, (title: string) => string> = {
  nb: (title) => `Beslutningen «${title}»: bakgrunnen, alternativene som ble vurdert, utfallet og konsekvensene.`,
  en: (title) => `The decision “${title}”: its context, the options considered, the outcome and its consequences.`,
};
const DESCRIPTION = { min: 50, max: 200 };

/** "Bruk PostgreSQL – ikke MySQL?" -> "bruk-postgresql-ikke-mysql": ASCII, for folder names and URLs. */
export function slugify(text: string, maxLength = 48): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii || 'record';
  const cut = ascii.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

export const recordId = (number: number, title: string) => `${recordNumber(number)}-${slugify(title)}`;

/** Cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** 50–200 characters for the link preview: the record's own summary if long enough, else what the page holds. */
export function pageDescription(title: string, lang: Lang, summary?: string): string {
  const own = summary ? clip(summary, DESCRIPTION.max) : '';
  if (own.length >= DESCRIPTION.min) return own;
  const titled = own ? clip(`${title}: ${own}`, DESCRIPTION.max) : '';
  return titled.length >= DESCRIPTION.min ? titled : clip(DESCRIBES[lang](title), DESCRIPTION.max);
}

export interface RecordFiles {
  id: string;
  /** Path inside the record folder -> text. */
  files: Map<string, string>;
}

export function recordFiles(draft: RecordDraft): RecordFiles {
  const id = recordId(draft.number, draft.title[draft.originalLanguage]);
  const meta = {
    number: draft.number,
    title: draft.title,
    ...(draft.status && { status: draft.status }),
    ...(draft.date && { date: draft.date }),
    ...Object.fromEntries(RECORD_FIELDS.flatMap((field) => Object.entries(nonEmpty(field.key, draft[field.key])))),
    ...nonEmpty('supersedes', draft.supersedes),
    ...nonEmpty('amends', draft.amends),
    ...nonEmpty('relates-to', draft['relates-to']),
    'original-language': draft.originalLanguage,
    ...(draft.source && { source: draft.source }),
  };
  const files = new Map<string, string>([['record.yaml', stringify(meta, { lineWidth: 0 })]]);
  for (const lang of LANGS) {
    const page = draft.pages[lang];
    if (!page) continue;
    const front = { key: PAGE_KEY, title: draft.title[lang], navTitle: NAV_TITLE[lang], description: pageDescription(draft.title[lang], lang, page.summary) };
    files.set(`pages/${lang}/${PAGE_FILE[lang]}.mdx`, `---\n${stringify(front, { lineWidth: 0 })}---\n\n<RecordMeta />\n\n${page.body.trim()}\n`);
  }
  return { id, files };
}

const nonEmpty = <K extends string>(key: K, list: string[] | undefined) => (list && list.length > 0 ? { [key]: list } : {});
