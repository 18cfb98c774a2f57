/**
 * From parsed ADRs (src/lib/records/adrImport.ts) to the records to write: numbers checked
 * against each other and against the site's records (a clash stops the import unless
 * renumbering is asked for; links follow), links between ADRs made into `supersedes` /
 * `amends`, bodies made into MDX. Everything left out or changed is reported.
 */
import type { Image, Link, Root, RootContent } from 'mdast';
import { LANGS, type Lang } from '../../schemas/text';
import { linkedFile, plainText, type ParsedAdr, type ParseResult, numberFromFileName } from './adrImport';
import { writeMdx } from './markdownTree';
import { writtenLines } from './sourceLines';
import { htmlTableToMdast, isHtmlTable } from './htmlTable';
import { recordLabel, recordNumber } from '../site/paths';
import { recordFiles, recordId, type RecordDraft, type RecordFiles } from './recordFiles';
import { RECORD_FIELDS } from '../../schemas/fields';
import { fieldValues } from '../../schemas/fields/registry';

export interface PlannedRecord {
  file: string;
  /** The number in the source folder, and the one it gets here. */
  from: number;
  number: number;
  id: string;
  lang: Lang;
  draft: RecordDraft;
  /** What was left out or read differently, in the order the report says it. */
  notes: ImportNote[];
  /** A record imported from this file before: updated in place, not added again. */
  updates?: string;
  /** Images its text shows: the source file (as the folder's path gives it) -> the path inside the record folder. */
  assets: { from: string; to: string }[];
  /** Its translations: sibling files "0007-x.nb.md" beside "0007-x.md", each the page of its language. */
  translations: { lang: Lang; file: string }[];
  /** Per language: the file its page was made from, and each line of the page's body -> that file's line (src/lib/records/sourceLines.ts). */
  sources: Partial<Record<Lang, { file: string; lines: ReadonlyMap<number, number> }>>;
}

/**
 * A note of the import about one record. An error is what the reader misses: an image not
 * in the folder (its alt text is shown) or a link to an ADR file that is not there (made
 * plain text); every other note is a warning.
 */
export interface ImportNote {
  message: string;
  level: 'error' | 'warning';
  /** For a note about a node of the team's text (an image, a link, raw HTML): the file and line it is on, as the lint names it. */
  at?: {
    file: string;
    line: number | undefined;
    /** "(image)", "(link)", "(text)", "(html)": the node's kind, as the lint names a field. */
    field: string;
  };
  /** The page's lint says it too, by line (an image on another site): the lint of a folder read in place leaves this note out. */
  linted?: true;
}

/** A note about the record as a whole (what the parser said, a number or status changed): a warning, with no place. */
const said = (message: string): ImportNote => ({ message, level: 'warning' });

export interface ImportPlan {
  records: PlannedRecord[];
  skipped: { file: string; reason: string }[];
  /** Numbers the site already has: the import stops unless renumbering. */
  clashes: { file: string; number: number; existing: string }[];
  /** Two files of the folder with one number: the import stops unless renumbering. */
  conflicts: { number: number; files: [string, string] }[];
}

export interface ExistingRecord {
  number: number;
  id: string;
  /** record.yaml `source`: the file it was imported from. */
  source?: string | undefined;
}

export interface ImportOptions {
  /**
   * The address of the ADR folder in the team's repository, for links to its other files
   * (`../../infra/main.tf`): e.g. https://github.com/org/repo/blob/main/docs/adr/. Without
   * it such links become plain text, each named in the report.
   */
  repositoryUrl?: string | undefined;
  /** Whether a file exists (the source folder's images); without it every image is taken to exist. */
  exists?: ((path: string) => boolean) | undefined;
}

const SIBLING = new RegExp(`^(.*)\\.(${LANGS.join('|')})\\.md$`, 'i');

/**
 * A translation kept beside its original: "0007-use-postgres.nb.md" translates
 * "0007-use-postgres.md" into nb (docs/team-adr-folders.md says why a sibling file and
 * not a folder per language). Undefined for any other file.
 */
export function siblingTranslation(file: string): { original: string; lang: Lang } | undefined {
  const m = SIBLING.exec(file);
  return m ? { original: `${m[1]}.md`, lang: m[2]!.toLowerCase() as Lang } : undefined;
}

/**
 * The parsed files split into ADRs and translations of them: a translation whose original
 * is not among the ADRs, or is written in the translation's own language, is skipped with
 * the reason. A translation is in the language its name says, whatever its words suggest.
 */
export function pairTranslations(adrs: readonly ParsedAdr[]): { originals: ParsedAdr[]; translations: Map<string, ParsedAdr[]>; skipped: { file: string; reason: string }[] } {
  const originals = adrs.filter((a) => !siblingTranslation(a.file));
  const byFile = new Map(originals.map((a) => [a.file, a]));
  const translations = new Map<string, ParsedAdr[]>();
  const skipped: { file: string; reason: string }[] = [];
  for (const adr of adrs) {
    const sibling = siblingTranslation(adr.file);
    if (!sibling) continue;
    const original = byFile.get(sibling.original);
    if (!original) skipped.push({ file: adr.file, reason: `a translation (${sibling.lang}) of ${sibling.original}, which is not an ADR read here` });
    else if (original.lang === sibling.lang) skipped.push({ file: adr.file, reason: `a translation into ${sibling.lang}, the language ${sibling.original} is written in itself` });
    else translations.set(original.file, [...(translations.get(original.file) ?? []), { ...adr, lang: sibling.lang }]);
  }
  return { originals, translations, skipped };
}

export function planImport(parsed: readonly ParseResult[], existing: readonly ExistingRecord[], renumber: boolean, options: ImportOptions = {}): ImportPlan {
  const paired = pairTranslations(parsed.flatMap((p) => (p.ok ? [p.adr] : [])));
  const skipped = [...parsed.flatMap((p) => (p.ok ? [] : [{ file: p.file, reason: p.reason }])), ...paired.skipped].sort((a, b) => a.file.localeCompare(b.file));
  const parsedAdrs = paired.originals;
  const previous = new Map(existing.flatMap((e) => (e.source ? [[e.source, e] as const] : [])));
  // Log4brains names files by date: they follow the numbered ones, oldest first (or keep the number an earlier import gave them).
  let last = Math.max(0, ...parsedAdrs.map((a) => a.number ?? 0), ...parsedAdrs.map((a) => previous.get(a.file)?.number ?? 0));
  const adrs = [
    ...parsedAdrs.filter((a) => a.number !== undefined).sort((a, b) => a.number! - b.number! || a.file.localeCompare(b.file)),
    ...parsedAdrs
      .filter((a) => a.number === undefined)
      .sort((a, b) => a.datePrefix!.localeCompare(b.datePrefix!) || a.file.localeCompare(b.file))
      .map((a) => {
        const number = previous.get(a.file)?.number ?? ++last;
        return { ...a, number, notes: [...a.notes, `numbered ${recordNumber(number)} by the date in its file name`] };
      }),
  ] as (ParsedAdr & { number: number })[];

  // Two files with one number: an error naming both, unless renumbering (the first by name keeps it).
  const firstOf = new Map<number, ParsedAdr>();
  const conflicts: ImportPlan['conflicts'] = [];
  for (const adr of adrs) {
    const first = firstOf.get(adr.number);
    if (!first) firstOf.set(adr.number, adr);
    else conflicts.push({ number: adr.number, files: [first.file, adr.file] });
  }

  const existingBy = new Map(existing.map((e) => [e.number, e]));
  const clashes = adrs.flatMap((a) => {
    const there = existingBy.get(a.number);
    return there && there.source !== a.file ? [{ file: a.file, number: a.number, existing: there.id }] : [];
  });
  if ((clashes.length > 0 || conflicts.length > 0) && !renumber) return { records: [], skipped, clashes, conflicts };

  // Renumbering puts the new records after the site's, in their own order; a re-imported file keeps its record.
  let next = Math.max(0, ...existing.map((e) => e.number));
  const records: PlannedRecord[] = adrs.map((adr) => {
    const before = previous.get(adr.file);
    const number = before?.number ?? (renumber ? ++next : adr.number);
    const notes = adr.notes.map(said);
    if (number !== adr.number) notes.push(said(`renumbered ${recordNumber(adr.number)} -> ${recordNumber(number)}`));
    if (before) notes.push(said(`imported before: ${before.id} updated`));
    return {
      file: adr.file,
      from: adr.number,
      number,
      id: before?.id ?? recordId(number, adr.title),
      lang: adr.lang,
      notes,
      ...(before && { updates: before.id }),
      assets: [],
      sources: {},
      translations: (paired.translations.get(adr.file) ?? []).map((t) => ({ lang: t.lang, file: t.file })),
      draft: {
        number,
        title: { nb: adr.title, en: adr.title },
        status: adr.status,
        date: adr.date,
        source: adr.file,
        ...fieldValues(RECORD_FIELDS, (field) => adr[field.key]),
        supersedes: [],
        amends: [],
        originalLanguage: adr.lang,
        pages: {},
      },
    };
  });
  // Links name files (or numbers) of the source folder; with one number twice, the first file is meant.
  const byNumber = new Map<number, PlannedRecord>();
  const byFile = new Map<string, PlannedRecord>();
  for (const r of records) {
    if (!byNumber.has(r.from) && firstOf.get(r.from)?.file === r.file) byNumber.set(r.from, r);
    byFile.set(r.file.replace(/^.*\//, ''), r);
    for (const t of r.translations) byFile.set(t.file.replace(/^.*\//, ''), r);
  }
  const find = (link: { number?: number | undefined; file?: string | undefined }) =>
    (link.file ? byFile.get(link.file) : undefined) ?? (link.number !== undefined ? byNumber.get(link.number) : undefined);
  const add = (list: string[] | undefined, id: string) => (list && !list.includes(id) ? list.push(id) : undefined);
  // Source numbers that now name another number: link text and prose that cite them are rewritten or named.
  const renumbered = new Map([...byNumber].filter(([from, r]) => r.number !== from).map(([from, r]) => [from, r.number]));

  for (const [i, adr] of adrs.entries()) {
    const record = records[i]!;
    for (const link of adr.links) {
      const other = find(link);
      if (!other || other === record) {
        record.notes.push(said(`"${link.kind} ${link.file ?? recordNumber(link.number!)}" left out: no such ADR among those imported`));
        continue;
      }
      if (link.kind === 'supersedes') add(record.draft.supersedes, other.id);
      if (link.kind === 'superseded-by') add(other.draft.supersedes, record.id);
      if (link.kind === 'amends') add(record.draft.amends, other.id);
      if (link.kind === 'amended-by') add(other.draft.amends, record.id);
    }
    for (const text of [adr, ...(paired.translations.get(adr.file) ?? [])]) {
      // A translation's links and images are relative to its own file: the same folder, so they resolve alike.
      const note: Note = (message, node, level = 'warning') => {
        record.notes.push({ message, level, ...(node && { at: { file: text.file, line: node.position?.start.line, field: `(${node.type})` } }) });
      };
      const images = (node: Image) => imageTarget(text.file, node, record, options.exists, note);
      const links = (url: string) => linkTarget(url, find, options.repositoryUrl, text.file, options.exists);
      const body = convertBody(text.body, links, note, renumbered, images);
      const mdx = writeMdx(body);
      record.draft.pages[text.lang] = { body: mdx, summary: summaryOf(body) };
      record.sources[text.lang] = { file: text.file, lines: writtenLines(body, mdx) };
      if (text !== adr) {
        record.draft.title[text.lang] = text.title;
        record.notes.push(said(`translation (${text.lang}): ${text.file}`));
      }
    }
  }
  // A record another supersedes is "superseded", and only then.
  for (const record of records) {
    const successor = records.find((r) => r.draft.supersedes?.includes(record.id));
    if (successor && record.draft.status !== 'superseded') {
      record.notes.push(said(`status "${record.draft.status ?? 'unknown'}" changed to "superseded": ${successor.id} supersedes it`));
      record.draft.status = 'superseded';
    } else if (!successor && record.draft.status === 'superseded') {
      record.notes.push(said('status "superseded" imported as "deprecated": its successor is not among the imported records'));
      record.draft.status = 'deprecated';
    }
  }
  return { records, skipped, clashes: [], conflicts: [] };
}

/** A note for the report; with the node it is about, placed in the team's file. */
type Note = (message: string, node?: RootContent, level?: 'error' | 'warning') => void;

type Target =
  | { kind: 'record'; url: string; from: number; number: number }
  /** An ADR file not imported: its path, and whether it is there all the same (a template, an index: the link is not broken). */
  | { kind: 'missing'; path: string; exists: boolean }
  | { kind: 'repository'; url: string | undefined };

/**
 * Where a link of an ADR leads here: another ADR file of the folder ("0002-x.md#y",
 * "../adr/0002-x.md") -> that record's page; an ADR file not imported -> nothing; another
 * file of the repository ("../../infra/main.tf") -> the repository, when its address is
 * given; web addresses and in-page anchors stay as they are (undefined).
 */
function linkTarget(
  url: string,
  find: (link: { number?: number; file?: string }) => PlannedRecord | undefined,
  repositoryUrl: string | undefined,
  from: string,
  exists: ((path: string) => boolean) | undefined,
): Target | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url.trim() === '') return undefined;
  const file = linkedFile(url);
  if (!file) return { kind: 'repository', url: repositoryUrl ? new URL(url, repositoryUrl.endsWith('/') ? repositoryUrl : `${repositoryUrl}/`).href : undefined };
  const fragment = /#.*$/.exec(url)?.[0] ?? '';
  const number = numberFromFileName(file);
  const target = find({ file, ...(number !== undefined && { number }) });
  return target ? { kind: 'record', url: `../${target.id}/${fragment}`, from: target.from, number: target.number } : missingFile(pathFrom(from, url), exists);
}

/** Without `exists`, a file is taken to be there (as images are). */
const missingFile = (path: string, exists: ((path: string) => boolean) | undefined): Target => ({ kind: 'missing', path, exists: !exists || exists(path) });

/** The path of a relative address in `file` (a path as the folder's gives it): "./dns%20map.png?raw=true" in "adr/0002-x.md" -> "adr/dns map.png". */
function pathFrom(file: string, url: string): string {
  const path = url.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    /* kept as written */
  }
  return `${file.replace(/[^/]*$/, '')}${decoded}`.replace(/(^|\/)\.\//g, '$1');
}

/** Where the record keeps the images its text shows: beside its pages, one folder for both languages. */
export const IMAGES_DIR = 'images';

/**
 * A relative image of an ADR ("./dns.jpg", "images/dns.png", GitHub's "./dns.jpg?raw=true")
 * -> the record's copy ("../../images/dns.jpg", from pages/<lang>/), noted in the record's
 * assets; a missing one -> its alt text, named in the report (null). Web images: undefined.
 */
function imageTarget(file: string, node: Image, record: PlannedRecord, exists: ((path: string) => boolean) | undefined, note: Note): string | null | undefined {
  const { url } = node;
  const alt = node.alt ?? '';
  if (/^([a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(url)) {
    // Said with no place: the page keeps it, and the lint of the page names it by line.
    if (/^https?:/i.test(url)) record.notes.push({ ...said(`image "${url}" is on another site: pages load nothing from other sites, so copy it into the folder`), linted: true });
    return undefined;
  }
  const path = url.replace(/[?#].*$/, '');
  const from = pathFrom(file, path);
  if (exists && !exists(from)) {
    note(`image "${url}" not found (${from}): its alt text "${alt}" shown instead`, node, 'error');
    return null;
  }
  const name = from.replace(/^.*\//, '');
  const taken = record.assets.find((a) => a.to === `${IMAGES_DIR}/${name}`);
  const to = taken && taken.from !== from ? `${IMAGES_DIR}/${record.assets.length}-${name}` : `${IMAGES_DIR}/${name}`;
  if (!taken || taken.from !== from) record.assets.push({ from, to });
  if (url !== path) note(`image "${url}": "${url.slice(path.length)}" dropped`, node);
  return `../../${to}`;
}

/** "ADR-0013", "ADR 13", "ADR013", "0013", "13": the number a link's text cites, if that is all it says. */
const CITED = /^\s*(?:adr[\s-]*)?0*(\d{1,5})\s*$/i;
/** "ADR 10", "ADR-0010" in prose. */
const MENTION = /\badr[\s-]*0*(\d{1,5})\b/gi;

/**
 * The body as MDX can read it: ADR links pointed at the records here (a link to a file
 * not imported keeps its text), HTML comments made MDX comments, an HTML table made a
 * Markdown table (src/lib/records/htmlTable.ts), other raw HTML shown as text. After renumbering,
 * a link whose text is only the old number ("ADR-0013") says the new one; a number in
 * prose ("under ADR 10") is left as the author wrote it and named in the report, since it
 * may mean a record of another folder.
 */
function convertBody(
  tree: Root,
  target: (url: string) => Target | undefined,
  note: Note,
  renumbered: ReadonlyMap<number, number>,
  image: (node: Image) => string | null | undefined,
): Root {
  const convert = (node: RootContent, flow: boolean): RootContent[] => {
    if (node.type === 'image') {
      const to = image(node);
      if (to === null) return [{ type: 'text', value: node.alt ?? '' } as RootContent];
      if (to !== undefined) return [{ ...node, url: to } as RootContent];
    }
    if (node.type === 'link') {
      const to = target(node.url);
      const children = () => (node as Link).children.flatMap((c) => convert(c, false));
      if (to?.kind === 'missing' || (to?.kind === 'repository' && !to.url)) {
        note(
          to.kind === 'missing'
            ? `link to "${node.url}" made plain text: ${to.exists ? 'not among the imported ADRs' : `no such file (${to.path})`}`
            : `link to "${node.url}" made plain text: a file of the repository, not a record (give --repository-url to link it there)`,
          node,
          to.kind === 'missing' && !to.exists ? 'error' : 'warning',
        );
        return children();
      }
      if (to?.kind === 'repository') return [{ ...node, url: to.url!, children: children() } as RootContent];
      if (to?.kind === 'record') {
        const cited = CITED.exec(plainText(node));
        if (cited && Number(cited[1]) === to.from && to.number !== to.from) {
          note(`link text "${plainText(node).trim()}" now reads "${recordLabel(to.number)}": renumbered`, node);
          return [{ ...node, url: to.url, children: [{ type: 'text', value: recordLabel(to.number) }] } as RootContent];
        }
        return [{ ...node, url: to.url, children: children() } as RootContent];
      }
    }
    if (node.type === 'text') {
      for (const m of node.value.matchAll(MENTION)) {
        const now = renumbered.get(Number(m[1]));
        if (now !== undefined) note(`text "${m[0]}" left as written: that ADR is ${recordLabel(now)} here`, node);
      }
    }
    if (node.type === 'html') {
      const comment = /^<!--([\s\S]*?)-->$/.exec(node.value.trim());
      if (comment) {
        const value = `/* ${comment[1]!.trim().replace(/\*\//g, '* /')} */`;
        return [{ type: flow ? 'mdxFlowExpression' : 'mdxTextExpression', value } as unknown as RootContent];
      }
      if (flow && isHtmlTable(node.value)) {
        const read = htmlTableToMdast(node.value);
        if (read) {
          note('HTML table made a Markdown table (attributes and scripts left out)', node);
          const caption = read.caption.length > 0 ? [{ type: 'paragraph', children: [{ type: 'strong', children: read.caption }] } as RootContent] : [];
          return [...caption, read.table].flatMap((c) => convert(c, true));
        }
      }
      note('raw HTML shown as text', node);
      const text = { type: 'text', value: node.value } as RootContent;
      return [flow ? ({ type: 'paragraph', children: [text] } as RootContent) : text];
    }
    if ('children' in node) {
      const isFlow = node.type === 'blockquote' || node.type === 'listItem';
      return [{ ...node, children: (node.children as RootContent[]).flatMap((c) => convert(c, isFlow)) } as RootContent];
    }
    return [node];
  };
  return { type: 'root', children: tree.children.flatMap((c) => convert(c, true)) };
}

/** The first paragraph's text: the record's link-preview summary. */
function summaryOf(tree: Root): string | undefined {
  const first = tree.children.find((n) => n.type === 'paragraph' && plainText(n).trim().length > 0);
  return first ? plainText(first).trim() : undefined;
}

export function plannedFiles(plan: ImportPlan): RecordFiles[] {
  return plan.records.map((r) => recordFiles(r.draft));
}

/** The fields of record.yaml an import writes; a re-import replaces these and keeps the rest (reviews, options, …). */
const IMPORTED_KEYS = ['number', 'title', 'status', 'date', ...RECORD_FIELDS.map((field): string => field.key), 'supersedes', 'amends', 'original-language', 'source'];

/**
 * record.yaml after a re-import: the imported fields from the source, everything else as
 * the site has it. A title someone translated (differs from the original's) is kept.
 */
export function mergeImported(existing: Record<string, unknown>, imported: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const keys = [...new Set([...IMPORTED_KEYS.filter((k) => k in imported || k in existing), ...Object.keys(existing)])];
  for (const key of keys) {
    if (!IMPORTED_KEYS.includes(key)) merged[key] = existing[key];
    else if (key in imported) merged[key] = imported[key];
  }
  const oldTitle = existing.title as Record<string, string> | undefined;
  const newTitle = imported.title as Record<string, string>;
  if (oldTitle) {
    merged.title = Object.fromEntries(Object.entries(newTitle).map(([l, t]) => [l, l !== lang && oldTitle[l] && oldTitle[l] !== oldTitle[lang] ? oldTitle[l] : t]));
  }
  return merged;
}
