/**
 * Plural forms of a UI string for the islands. The build reads a key's i18next plural
 * forms (`_one`, `_other` …, src/i18n: pluralForms); the browser picks one with the same
 * CLDR rules i18next applies (Intl.PluralRules), so i18next itself never ships.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for `count` in `locale` ("nb", "en"); a form the language lacks falls back to `other`. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
