/**
 * From parsed ADRs (src/lib/adrImport.ts) to the records to write: numbers checked
 * against each other and against the site's records (a clash stops the import unless
 * renumbering is asked for; links follow), links between ADRs made into `supersedes` /
 * `amends`, bodies made into MDX. Everything left out or changed is reported.
 */
import type { Link, Root, RootContent } from 'mdast';
import type { Lang } from '../schemas/text';
import { plainText, type ParsedAdr, type ParseResult, numberFromFileName } from './adrImport';
import { writeMdx } from './markdownTree';
import { recordNumber } from './paths';
import { recordFiles, recordId, type RecordDraft, type RecordFiles } from './recordFiles';

export interface PlannedRecord {
  file: string;
  /** The number in the source folder, and the one it gets here. */
  from: number;
  number: number;
  id: string;
  lang: Lang;
  draft: RecordDraft;
  notes: string[];
}

export interface ImportPlan {
  records: PlannedRecord[];
  skipped: { file: string; reason: string }[];
  /** Numbers the site already has: the import stops unless renumbering. */
  clashes: { file: string; number: number; existing: string }[];
}

export function planImport(parsed: readonly ParseResult[], existing: readonly { number: number; id: string }[], renumber: boolean): ImportPlan {
  const skipped = parsed.flatMap((p) => (p.ok ? [] : [{ file: p.file, reason: p.reason }]));
  const parsedAdrs = parsed.flatMap((p) => (p.ok ? [p.adr] : []));
  // Log4brains names files by date: they follow the numbered ones, oldest first.
  let last = Math.max(0, ...parsedAdrs.map((a) => a.number ?? 0));
  const adrs = [
    ...parsedAdrs.filter((a) => a.number !== undefined).sort((a, b) => a.number! - b.number! || a.file.localeCompare(b.file)),
    ...parsedAdrs
      .filter((a) => a.number === undefined)
      .sort((a, b) => a.datePrefix!.localeCompare(b.datePrefix!) || a.file.localeCompare(b.file))
      .map((a) => ({ ...a, number: ++last, notes: [...a.notes, `numbered ${recordNumber(last)} by the date in its file name`] })),
  ] as (ParsedAdr & { number: number })[];

  // Two files with one number: the first (by file name) keeps it.
  const firstOf = new Map<number, ParsedAdr>();
  const kept: (ParsedAdr & { number: number })[] = [];
  for (const adr of adrs) {
    const first = firstOf.get(adr.number);
    if (!first) firstOf.set(adr.number, adr);
    if (first && !renumber) skipped.push({ file: adr.file, reason: `number ${adr.number} is also claimed by ${first.file} (--renumber gives it the next free number)` });
    else kept.push(adr);
  }

  const existingBy = new Map(existing.map((e) => [e.number, e.id]));
  const clashes = kept.flatMap((a) => (existingBy.has(a.number) ? [{ file: a.file, number: a.number, existing: existingBy.get(a.number)! }] : []));
  if (clashes.length > 0 && !renumber) return { records: [], skipped, clashes };

  // Renumbering puts the imported records after the site's, in their own order.
  const next = Math.max(0, ...existing.map((e) => e.number));
  const records: PlannedRecord[] = kept.map((adr, i) => {
    const number = renumber ? next + i + 1 : adr.number;
    const notes = [...adr.notes];
    if (number !== adr.number) notes.push(`renumbered ${recordNumber(adr.number)} -> ${recordNumber(number)}`);
    return {
      file: adr.file,
      from: adr.number,
      number,
      id: recordId(number, adr.title),
      lang: adr.lang,
      notes,
      draft: {
        number,
        title: { nb: adr.title, en: adr.title },
        status: adr.status,
        date: adr.date,
        'decision-makers': adr['decision-makers'],
        consulted: adr.consulted,
        informed: adr.informed,
        tags: adr.tags,
        supersedes: [],
        amends: [],
        originalLanguage: adr.lang,
        pages: {},
      },
    };
  });
  // Links name numbers of the source folder; the first file with a number is the one meant.
  const bySource = new Map<number, PlannedRecord>();
  for (const r of records) if (!bySource.has(r.from) && firstOf.get(r.from)?.file === r.file) bySource.set(r.from, r);
  const add = (list: string[] | undefined, id: string) => (list && !list.includes(id) ? list.push(id) : undefined);

  for (const [i, adr] of kept.entries()) {
    const record = records[i]!;
    for (const link of adr.links) {
      const other = bySource.get(link.number);
      if (!other || other === record) {
        record.notes.push(`"${link.kind} ${recordNumber(link.number)}" left out: no such ADR among those imported`);
        continue;
      }
      if (link.kind === 'supersedes') add(record.draft.supersedes, other.id);
      if (link.kind === 'superseded-by') add(other.draft.supersedes, record.id);
      if (link.kind === 'amends') add(record.draft.amends, other.id);
      if (link.kind === 'amended-by') add(other.draft.amends, record.id);
    }
    const body = convertBody(adr.body, (url) => linkTarget(url, bySource), record.notes);
    record.draft.pages = { [adr.lang]: { body: writeMdx(body), summary: summaryOf(body) } };
  }
  // A record another supersedes is "superseded", and only then.
  for (const record of records) {
    const successor = records.find((r) => r.draft.supersedes?.includes(record.id));
    if (successor && record.draft.status !== 'superseded') {
      record.notes.push(`status "${record.draft.status}" changed to "superseded": ${successor.id} supersedes it`);
      record.draft.status = 'superseded';
    } else if (!successor && record.draft.status === 'superseded') {
      record.notes.push('status "superseded" imported as "deprecated": its successor is not among the imported records');
      record.draft.status = 'deprecated';
    }
  }
  return { records, skipped, clashes: [] };
}

/** A link to another ADR file of the source folder ("0002-x.md#y") -> that record's page here. */
function linkTarget(url: string, bySource: Map<number, PlannedRecord>): string | null | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return undefined;
  const [path = '', fragment] = url.split(/(?=#)/, 2);
  if (!/\.md$/i.test(path)) return undefined;
  const number = numberFromFileName(decodeURI(path));
  const target = number === undefined ? undefined : bySource.get(number);
  return target ? `../${target.id}/${fragment ?? ''}` : null;
}

/**
 * The body as MDX can read it: ADR links pointed at the records here (a link to a file
 * not imported keeps its text), HTML comments made MDX comments, other raw HTML shown as text.
 */
function convertBody(tree: Root, target: (url: string) => string | null | undefined, notes: string[]): Root {
  const convert = (node: RootContent, flow: boolean): RootContent[] => {
    if (node.type === 'link') {
      const to = target(node.url);
      if (to === null) {
        notes.push(`link to "${node.url}" made plain text: not among the imported ADRs`);
        return (node as Link).children.flatMap((c) => convert(c, false));
      }
      if (to !== undefined) return [{ ...node, url: to, children: node.children.flatMap((c) => convert(c, false)) } as RootContent];
    }
    if (node.type === 'html') {
      const comment = /^<!--([\s\S]*?)-->$/.exec(node.value.trim());
      if (comment) {
        const value = `/* ${comment[1]!.trim().replace(/\*\//g, '* /')} */`;
        return [{ type: flow ? 'mdxFlowExpression' : 'mdxTextExpression', value } as unknown as RootContent];
      }
      notes.push('raw HTML shown as text');
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
