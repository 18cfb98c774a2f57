/**
 * A figure with its unit: "95 %" in Norwegian, "95%" in English, "10 req/s" in both,
 * "1 person", "3 people". Its own module, so only the islands that print units carry it.
 */
import type { Lang } from './localeNumber';
import { pluralForm, type PluralForms } from './plural';

export function withUnit(text: string, unit: string | undefined, lang: Lang): string {
  if (!unit) return text;
  return unit === '%' && lang === 'en' ? `${text}%` : `${text}\u00a0${unit}`;
}

/** A unit's word for `count` ("person" for 1); without a count (a label, "5+"), the plural. */
export function unitWord(unit: PluralForms | undefined, lang: Lang, count?: number): string | undefined {
  if (!unit) return undefined;
  return count === undefined ? unit.other : pluralForm(unit, count, lang);
}
