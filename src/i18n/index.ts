/**
 * UI strings, server side only: pages and components translate here and pass plain
 * strings to islands as props, so i18next never reaches the browser bundle.
 */
import i18next, { type TOptions } from 'i18next';
import nb from './nb.json';
import en from './en.json';
import { LANGS, type Lang } from '../content.config';
import type { PluralForms } from '../lib/plural';

export { LANGS, type Lang };

const instance = i18next.createInstance();
await instance.init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: 'nb',
  fallbackLng: false,
  // Astro escapes on output; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The translation of `key` in `lang`. A missing key throws, so the build fails loudly. */
export function t(lang: Lang, key: string, options?: TOptions): string {
  if (!instance.exists(key, { ...options, lng: lang })) {
    throw new Error(`Missing UI string "${key}" for language "${lang}" (src/i18n/${lang}.json)`);
  }
  return instance.t(key, { ...options, lng: lang }) as string;
}

/**
 * Every plural form of `key` in `lang` (`key_one`, `key_other` …, as i18next names them),
 * for an island to choose from by count with pluralForm (src/lib/plural.ts).
 */
export function pluralForms(lang: Lang, key: string): PluralForms {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((category) => [category, t(lang, `${key}_${category}`)])) as PluralForms;
}

/** A translator bound to one language, for components that translate many strings. */
export const useTranslations = (lang: Lang) => (key: string, options?: TOptions) => t(lang, key, options);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** BCP 47 tags used for Intl and og:locale. */
export const LOCALE: Record<Lang, { intl: string; og: string }> = {
  nb: { intl: 'nb-NO', og: 'nb_NO' },
  en: { intl: 'en-GB', og: 'en_GB' },
};
