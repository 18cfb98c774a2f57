/**
 * What no single file's schema can see: a record's files against each other (option ids,
 * stages, phases, page keys) and records against each other (supersedes, amends,
 * relates-to). The record-level checks are here; each data file's own are beside its schema
 * (src/schemas/dataFile.ts; a tool's in its src/tools/<tool>/tool.ts), and checkRecords runs
 * them all. Each problem names the file and the field, like a schema error.
 */
import type { z } from 'astro/zod';
import { dataFileList, RECORD_DATA_FILES, type RecordFolder } from '../../schemas/recordFolder';
import type { DataFileDefinition } from '../../schemas/dataFile';
import { LANGS } from '../../schemas/text';
import { TOOLS } from '../../tools';
import type { ToolDefinition } from '../../tools/registry';

export interface Problem {
  /** Path of the file, from the project root. */
  file: string;
  /** Dotted path of the field inside it. */
  field: string;
  message: string;
}

export const problemText = (p: Problem) => `${p.file} ${p.field}: ${p.message}`;

/** The page keys of a record in reading order: record.yaml's `pages`, or its one page. */
export function pageOrder(folder: Pick<RecordFolder, 'meta' | 'pageKeys'>): string[] {
  return folder.meta.pages ?? [...new Set(Object.values(folder.pageKeys).flat())];
}

/** A page's URL slug: '' for the record's first page (served at its root), else its file name. */
export function pageSlug(order: readonly string[], key: string, file: string): string {
  return order[0] === key ? '' : file;
}

/** Reports a problem at a field of one file. */
type Report = (field: string, message: string) => void;

/**
 * Every problem of these records: the record-level checks, then each data file's own, those
 * of these tools' files among them (by default the site's data files and tools).
 */
export function checkRecords(
  folders: readonly RecordFolder[],
  base: string,
  tools: readonly ToolDefinition[] = TOOLS,
  dataFiles: readonly DataFileDefinition[] = RECORD_DATA_FILES,
): Problem[] {
  const problems: Problem[] = [];
  const files = dataFileList({ dataFiles, tools });
  for (const f of folders) {
    const at = (file: string): Report => (field, message) => problems.push({ file: `${base}/${f.id}/${file}`, field, message });
    const record = at('record.yaml');
    linkProblems(f, folders, record);
    const knownOption = optionCheck(f, record);
    const sameNumber = folders.filter((o) => o.meta.number === f.meta.number && o.id !== f.id);
    if (sameNumber.length > 0) record('number', `${f.meta.number} is also the number of ${sameNumber.map((o) => o.id).join(', ')}`);
    pageProblems(f, at);

    const order = pageOrder(f);
    const folderData = f as Partial<Record<string, unknown>>;
    for (const file of files) {
      const data = folderData[file.file];
      if (data === undefined || !file.check) continue;
      const problem = at(`${file.file}.yaml`);
      file.check(data, {
        meta: f.meta,
        pageOrder: order,
        dataOf: <S extends z.ZodType>(other: DataFileDefinition<string, S>) => folderData[other.file] as z.infer<S> | undefined,
        problem,
        knownOption: (field, id) => knownOption(problem, field, id),
      });
    }
  }
  return problems;
}

/** Links between records (supersedes, amends, relates-to) and the statuses they imply. */
function linkProblems(f: RecordFolder, folders: readonly RecordFolder[], record: Report): void {
  const { meta } = f;
  const ids = new Set(folders.map((o) => o.id));
  for (const link of ['supersedes', 'amends', 'relates-to'] as const) {
    (meta[link] ?? []).forEach((other, i) => {
      if (other === f.id) record(`${link}.${i}`, 'a record cannot link to itself');
      else if (!ids.has(other)) record(`${link}.${i}`, `no record "${other}" (known: ${[...ids].join(', ')})`);
    });
  }
  (meta.supersedes ?? []).forEach((old, i) => {
    const target = folders.find((o) => o.id === old);
    if (target && target.meta.status !== 'superseded') {
      record(`supersedes.${i}`, `"${old}" is superseded by this record, so its status must be "superseded"`);
    }
  });
  if (meta.status === 'superseded' && !folders.some((o) => o.meta.supersedes?.includes(f.id))) {
    record('status', 'a superseded record needs a successor whose `supersedes` lists it');
  }
  const lastReview = meta.reviews?.at(-1);
  if (lastReview?.outcome === 'superseded' && meta.status !== 'superseded') {
    record(`reviews.${meta.reviews!.length - 1}.outcome`, 'the last review superseded the decision, so its status must be "superseded"');
  }
}

/** Checks that record.yaml's option ids are unique; returns the check that an id is one of them. */
function optionCheck(f: RecordFolder, record: Report) {
  const options = (f.meta.options ?? []).map((o) => o.id);
  const optionSet = new Set(options);
  if (optionSet.size !== options.length) record('options', 'each option id appears once');
  return (problem: Report, field: string, id: string) => {
    if (!optionSet.has(id)) problem(field, `unknown option "${id}" (record.yaml options: ${options.join(', ') || 'none'})`);
  };
}

/** Each language's pages against record.yaml's `pages`, and the pages its reasons point at. */
function pageProblems(f: RecordFolder, at: (file: string) => Report): void {
  const { meta } = f;
  const record = at('record.yaml');
  const order = pageOrder(f);
  const original = meta['original-language'];
  for (const lang of LANGS) {
    const keys = f.pageKeys[lang] ?? [];
    const page = at(`pages/${lang}`);
    // Pages not yet translated are shown in the original language (untranslatedPages).
    const pending = original !== undefined && original !== lang;
    if (keys.length === 0 && !pending) {
      record('pages', `no page in ${lang}: write one, or set original-language if the record is not yet translated`);
      continue;
    }
    if (!meta.pages && keys.length > 1) {
      record('pages', `${keys.length} pages in ${lang}: a record with more than one page lists their keys in \`pages\``);
      continue;
    }
    for (const key of order) {
      if (!keys.includes(key) && !pending) {
        page('key', `no page with key "${key}" (record.yaml pages; or set original-language if it is not yet translated)`);
      }
    }
    for (const key of keys) if (!order.includes(key)) page('key', `page key "${key}" is not in record.yaml pages`);
    if (new Set(keys).size !== keys.length) page('key', 'two pages share a key');
  }
  (meta.reasons ?? []).forEach((reason, i) => {
    if (reason.page !== undefined && !order.includes(reason.page)) {
      record(`reasons.${i}.page`, `no page with key "${reason.page}" (record.yaml pages: ${order.join(', ')})`);
    }
  });
}
