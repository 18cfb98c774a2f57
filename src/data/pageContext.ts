/**
 * What a component inside a record page needs: the page's language, its record's data
 * and a translator. Read from the route's params, so MDX can use components without props.
 */
import type { AstroGlobal } from 'astro';
import { isLang, useTranslations } from '../i18n';
import { loadRecord } from './records';

export async function pageContext(astro: Pick<AstroGlobal, 'params'>) {
  const { lang, record } = astro.params;
  if (!isLang(lang) || !record) {
    throw new Error(`Record component used outside a record page (lang=${lang}, record=${record})`);
  }
  return { lang, record: await loadRecord(record), t: useTranslations(lang) };
}
