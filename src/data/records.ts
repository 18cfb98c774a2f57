/**
 * Build-time access to a record: its metadata, its optional data files and its pages,
 * validated by src/data/recordsLoader.ts. Components and routes read records only from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/text';
import type { RecordFolder } from '../schemas/recordFolder';
import { pageOrder, pageSlug } from '../lib/records/recordChecks';
import { LANGS } from '../schemas/text';
import { recordPagePath, withBase } from '../lib/site/paths';

export type PageEntry = CollectionEntry<'pages'>;
export type RecordBundle = RecordFolder & {
  /** Page keys in reading order. */
  order: string[];
  /** Records that list this one in their `supersedes` / `amends`. */
  supersededBy: string[];
  amendedBy: string[];
};

export interface RecordPage {
  entry: PageEntry;
  key: string;
  lang: Lang;
  recordId: string;
  /** URL slug in this page's language; '' for the record's first page, served at its root. */
  slug: string;
  href: string;
  /**
   * Set on a page not yet translated into `lang`: the language its content (the
   * original's entry) is written in.
   */
  contentLang?: Lang;
}

let all: Promise<Map<string, RecordBundle>> | undefined;

async function readAll(): Promise<Map<string, RecordBundle>> {
  const folders = (await getCollection('records')).map((e) => e.data as RecordFolder);
  const linking = (id: string, link: 'supersedes' | 'amends') =>
    folders.filter((f) => f.meta[link]?.includes(id)).map((f) => f.id);
  return new Map(
    folders.map((f) => [f.id, { ...f, order: pageOrder(f), supersededBy: linking(f.id, 'supersedes'), amendedBy: linking(f.id, 'amends') }]),
  );
}

export async function loadRecord(id: string): Promise<RecordBundle> {
  all ??= readAll();
  const record = (await all).get(id);
  if (!record) throw new Error(`No record "${id}"`);
  return record;
}

export async function allRecordIds(): Promise<string[]> {
  return (await getCollection('records')).map((r) => r.id).sort();
}

/** Every record, in id order: for the index pages. */
export async function allRecords(): Promise<RecordBundle[]> {
  all ??= readAll();
  return [...(await all).values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Every page of every record, each record's pages in its own reading order. A page not
 * yet translated is served in the other language from its original (`contentLang`).
 */
export async function allRecordPages(base: string): Promise<RecordPage[]> {
  const records = new Map((await allRecords()).map((r) => [r.id, r]));
  const entries = await getCollection('pages');
  const page = (entry: PageEntry, lang: Lang, contentLang?: Lang): RecordPage => {
    const [recordId, , file] = entry.id.split('/') as [string, Lang, string];
    const slug = pageSlug(records.get(recordId)?.order ?? [], entry.data.key, file);
    const href = recordPagePath(base, lang, recordId, slug);
    return { entry, key: entry.data.key, lang, recordId, slug, href, ...(contentLang && { contentLang }) };
  };
  const pages = entries.map((entry) => page(entry, entry.id.split('/')[1] as Lang));
  for (const record of records.values()) {
    const original = record.meta['original-language'];
    if (!original) continue;
    for (const lang of LANGS.filter((l) => l !== original)) {
      for (const key of record.order.filter((k) => !record.pageKeys[lang]?.includes(k))) {
        const source = pages.find((p) => p.recordId === record.id && p.lang === original && p.key === key);
        if (source) pages.push(page(source.entry, lang, original));
      }
    }
  }
  const position = (p: RecordPage) => records.get(p.recordId)?.order.indexOf(p.key) ?? 0;
  return pages.sort(
    (a, b) => a.recordId.localeCompare(b.recordId) || a.lang.localeCompare(b.lang) || position(a) - position(b),
  );
}

export async function recordPages(base: string, recordId: string, lang: Lang): Promise<RecordPage[]> {
  return (await allRecordPages(base)).filter((p) => p.recordId === recordId && p.lang === lang);
}

/**
 * What a page's link preview states besides its title: on the record's first page (the
 * one a shared record link opens) the decision, when the record states one.
 */
export function previewDecision(record: RecordBundle, page: RecordPage): string | undefined {
  return page.slug === '' ? record.meta.decision?.[page.lang] : undefined;
}

/** The routes of a view of each whole record, one per language (/<lang>/<record>/print/, …/brief/). */
export async function eachRecordInEachLanguage() {
  const ids = await allRecordIds();
  return LANGS.flatMap((lang) => ids.map((record) => ({ params: { lang, record } })));
}

/** What a view of one whole record (`view`: print, brief) starts from: the record, its pages in the route's language, and the view's address in each language. */
export async function wholeRecordView(params: Readonly<Record<string, string | undefined>>, base: string, view: string) {
  const lang = params.lang as Lang;
  const id = params.record!;
  return {
    lang,
    id,
    alternates: Object.fromEntries(LANGS.map((l) => [l, withBase(base, l, id, view)])) as Record<Lang, string>,
    record: await loadRecord(id),
    pages: await recordPages(base, id, lang),
  };
}
