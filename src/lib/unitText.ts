/**
 * A figure with its unit: "95 %" in Norwegian, "95%" in English, "10 req/s" in both.
 * Its own module, so only the islands that print units carry it.
 */
import type { Lang } from './localeNumber';

export function withUnit(text: string, unit: string | undefined, lang: Lang): string {
  if (!unit) return text;
  return unit === '%' && lang === 'en' ? `${text}%` : `${text}\u00a0${unit}`;
}
