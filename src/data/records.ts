/**
 * Build-time access to a record: its metadata, figures and pages, validated by the
 * schemas in src/content.config.ts. Components and routes read records only from here.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { PAGE_KEYS, type Lang, type PageKey } from '../content.config';
import { recordPagePath } from '../lib/paths';

export type PageEntry = CollectionEntry<'pages'>;

export interface RecordPage {
  entry: PageEntry;
  key: PageKey;
  lang: Lang;
  recordId: string;
  /** URL slug in this page's language; '' for the overview, served at the record root. */
  slug: string;
  href: string;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Record data missing: ${what}`);
  return value;
}

const bundles = new Map<string, Promise<RecordBundle>>();

export type RecordBundle = Awaited<ReturnType<typeof readRecord>>;

async function readRecord(id: string) {
  const [meta, decision, costs, alternatives, triggers, roadmap, learning] = await Promise.all([
    getEntry('records', id),
    getEntry('decisions', id),
    getEntry('costs', id),
    getEntry('alternatives', id),
    getEntry('triggers', id),
    getEntry('roadmaps', id),
    getEntry('learning', id),
  ]);
  const where = (file: string) => `content/records/${id}/${file}`;
  return {
    id,
    meta: required(meta, where('record.yaml')).data,
    decision: required(decision, where('decision.yaml')).data,
    costs: required(costs, where('costs.yaml')).data,
    alternatives: required(alternatives, where('alternatives.yaml')).data,
    triggers: required(triggers, where('triggers.yaml')).data,
    roadmap: required(roadmap, where('roadmap.yaml')).data,
    learning: required(learning, where('learning.yaml')).data,
  };
}

export function loadRecord(id: string): Promise<RecordBundle> {
  let bundle = bundles.get(id);
  if (!bundle) {
    bundle = readRecord(id);
    bundles.set(id, bundle);
  }
  return bundle;
}

export async function allRecordIds(): Promise<string[]> {
  return (await getCollection('records')).map((r) => r.id).sort();
}

/** Every record, in id order: for the index pages. */
export async function allRecords(): Promise<RecordBundle[]> {
  return Promise.all((await allRecordIds()).map(loadRecord));
}

function toRecordPage(entry: PageEntry, base: string): RecordPage {
  const [recordId, lang, file] = entry.id.split('/') as [string, Lang, string];
  const slug = entry.data.key === 'overview' ? '' : file;
  return {
    entry,
    key: entry.data.key,
    lang,
    recordId,
    slug,
    href: recordPagePath(base, lang, recordId, slug),
  };
}

/** Every page of every record, in the reading order of PAGE_KEYS. */
export async function allRecordPages(base: string): Promise<RecordPage[]> {
  const entries = await getCollection('pages');
  return entries
    .map((e) => toRecordPage(e, base))
    .sort(
      (a, b) =>
        a.recordId.localeCompare(b.recordId) ||
        a.lang.localeCompare(b.lang) ||
        PAGE_KEYS.indexOf(a.key) - PAGE_KEYS.indexOf(b.key),
    );
}

export async function recordPages(base: string, recordId: string, lang: Lang): Promise<RecordPage[]> {
  return (await allRecordPages(base)).filter((p) => p.recordId === recordId && p.lang === lang);
}
