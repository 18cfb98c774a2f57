/**
 * What a component inside a record page needs: the page's language, its record's data
 * and a translator. Read from the route's params, so MDX can use components without props.
 */
import type { AstroGlobal } from 'astro';
import { isLang, useTranslations } from '../i18n';
import type { DataFileName } from '../schemas/recordFolder';
import { loadRecord, type RecordBundle } from './records';

export async function pageContext(astro: Pick<AstroGlobal, 'params'>) {
  const { lang, record } = astro.params;
  if (!isLang(lang) || !record) {
    throw new Error(`Record component used outside a record page (lang=${lang}, record=${record})`);
  }
  return { lang, record: await loadRecord(record), t: useTranslations(lang) };
}

/** A data file a component needs; a page using the component in a record without it fails the build. */
export function requireData<K extends DataFileName>(record: RecordBundle, file: K, component: string): NonNullable<RecordBundle[K]> {
  const data = record[file];
  if (data === undefined) {
    throw new Error(`<${component} /> on a page of record "${record.id}" needs its ${file}.yaml`);
  }
  return data as NonNullable<RecordBundle[K]>;
}

/** The record's decision date, which its dated roadmap counts from (recordChecks requires it there). */
export function decisionDate(record: RecordBundle, component: string): Date {
  if (!record.meta.date) throw new Error(`<${component} /> on a page of record "${record.id}" counts from the decision date: record.yaml needs date`);
  return record.meta.date;
}

/** The name of one of the record's options in `lang`. */
export function optionName(record: RecordBundle, id: string, lang: 'nb' | 'en', short = false): string {
  const option = record.meta.options?.find((o) => o.id === id);
  if (!option) throw new Error(`Record "${record.id}" has no option "${id}" (record.yaml options)`);
  return (short && option.short ? option.short : option.name)[lang];
}
