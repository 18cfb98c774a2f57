/**
 * Plural forms for the islands: a UI string's i18next forms (`months_one`, `months_other`
 * in the dictionary subtree an island receives) or a unit's forms from a record's data.
 * The browser picks one with the CLDR rules i18next applies (Intl.PluralRules), so
 * i18next itself never ships.
 */
export type PluralForms = { [category in Intl.LDMLPluralRule]?: string | undefined } & { other: string };

const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

// One rule set per locale: building one loads locale data, and a page picks many forms.
const rules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale` ("nb", "en"); a form the language lacks falls back to `other`. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)] ?? forms.other;
}

/** The plural forms of `key` in a dictionary subtree, as i18next names them (`key_one`, `key_other` …). */
export function dictionaryForms<K extends string>(
  strings: Readonly<Record<`${K}_other`, string>> & Readonly<Partial<Record<`${K}_${Intl.LDMLPluralRule}`, string>>>,
  key: K,
): PluralForms {
  const all = strings as Readonly<Record<string, string | undefined>>;
  const forms = CATEGORIES.map((category) => [category, all[`${key}_${category}`]] as const).filter(([, text]) => text);
  return { ...Object.fromEntries(forms), other: all[`${key}_other`]! };
}
