/**
 * UI strings, server side only: pages and components translate here and pass plain
 * strings to islands as props, so i18next never reaches the browser bundle.
 */
import i18next, { type TOptions } from 'i18next';
import nb from './nb.json';
import en from './en.json';
import { LANGS, type Lang } from '../schemas/text';
import { INTL_LOCALE } from '../lib/text/locale';

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

// Strings without options are looked up once: every page asks for the same ones again,
// and each i18next look-up resolves the key's path anew.
const plain = new Map<string, string>();

/** The translation of `key` in `lang`. A missing key throws, so the build fails loudly. */
export function t(lang: Lang, key: string, options?: TOptions): string {
  const cacheKey = options ? undefined : `${lang}\0${key}`;
  const known = cacheKey === undefined ? undefined : plain.get(cacheKey);
  if (known !== undefined) return known;
  if (!instance.exists(key, { ...options, lng: lang })) {
    throw new Error(`Missing UI string "${key}" for language "${lang}" (src/i18n/${lang}.json)`);
  }
  const text = instance.t(key, { ...options, lng: lang }) as string;
  if (cacheKey !== undefined) plain.set(cacheKey, text);
  return text;
}

/** A translator bound to one language, for components that translate many strings. */
export const useTranslations = (lang: Lang) => (key: string, options?: TOptions) => t(lang, key, options);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** BCP 47 tags used for Intl and og:locale. */
export const LOCALE: Record<Lang, { intl: string; og: string }> = {
  nb: { intl: INTL_LOCALE.nb, og: 'nb_NO' },
  en: { intl: INTL_LOCALE.en, og: 'en_GB' },
};
