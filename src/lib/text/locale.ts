/** The one place a language becomes a locale: numbers, dates and lists. */
import type { Lang } from '../../schemas/text';
import { joinList, type DecimalStyle } from './decimalText';

export type { Lang };

/** BCP 47 tags for Intl. */
export const INTL_LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

const dates = new Map<`${Lang} ${string}`, Intl.DateTimeFormat>();

/**
 * A date as the pages write it: "16. desember 2025", "16 December 2025" (medium: "16. des. 2025").
 * One formatter per language and style: creating one costs about a millisecond, and a build
 * writes hundreds of dates.
 */
export function formatDate(date: Date, lang: Lang, style: 'long' | 'medium' = 'long'): string {
  let format = dates.get(`${lang} ${style}`);
  if (!format) dates.set(`${lang} ${style}`, (format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: style, timeZone: 'UTC' })));
  return format.format(date);
}

/** How INTL_LOCALE writes numbers (Intl's U+2212 minus in nb), for src/lib/text/decimalText.ts. */
export const DECIMAL_STYLE: Record<Lang, DecimalStyle> = {
  nb: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

const AND: Record<Lang, string> = { nb: 'og', en: 'and' };

/** "A, B and C" / "A, B og C", as Intl.ListFormat writes them (the islands call this as the reader types). */
export function formatList(items: readonly string[], lang: Lang): string {
  return joinList(items, AND[lang]);
}
