/**
 * A threshold as the checklist applies it: "≥ 3 people", "> 1,000 req/s", "≥ 99.9%".
 * Labels are written from the rule's `applied` comparison and the metric's unit, never
 * from a document's wording, so a label and its ✓/✗ cannot disagree.
 */
import type { Lang } from '../text/locale';
import { formatNumber } from '../text/localeNumber';
import type { PluralForms } from '../text/plural';
import { unitWord, withUnit } from '../text/unitText';
import type { Comparison } from './triggerRules';

/** What a reader sees for a comparison. */
export const COMPARISON_SIGN: Readonly<Record<Comparison, string>> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

/** A threshold prints every digit it has: rounding 99.995 to "100" would change what it says. */
const FRACTION_DIGITS = 10;

export interface Threshold {
  op: Comparison;
  value: number;
}

/**
 * The comparison sign, the figure in the page's language and the unit in the form that
 * figure takes ("≥ 1 person", "≥ 1.5 people"). A no-break space keeps the sign with its figure.
 */
export function thresholdText({ op, value }: Threshold, unit: PluralForms | undefined, lang: Lang): string {
  const figure = formatNumber(value, lang, FRACTION_DIGITS);
  return `${COMPARISON_SIGN[op]}\u00a0${withUnit(figure, unitWord(unit, lang, value), lang)}`;
}

/** A comparison in words, for a sentence: "more than 2 people", nb "over 2 personer". */
export const COMPARISON_WORDS: Readonly<Record<Lang, Readonly<Record<Comparison, string>>>> = {
  nb: { '>': 'over', '>=': 'minst', '<': 'under', '<=': 'høyst' },
  en: { '>': 'more than', '>=': 'at least', '<': 'less than', '<=': 'at most' },
};

/**
 * The threshold as a sentence says it ("more than 2 people", "at least 99.9%"): a rule's
 * reason reads as prose, where a bare "> 2" would not. The figure and unit are thresholdText's.
 */
export function thresholdWords({ op, value }: Threshold, unit: PluralForms | undefined, lang: Lang): string {
  const figure = formatNumber(value, lang, FRACTION_DIGITS);
  return `${COMPARISON_WORDS[lang][op]} ${withUnit(figure, unitWord(unit, lang, value), lang)}`;
}

/** A rule's reason with its threshold in words; a reason that opens with the threshold starts with a capital. */
export function reasonText(template: string, placeholder: string, words: string, lang: Lang): string {
  const text = template.replace(placeholder, words);
  return template.startsWith(placeholder) ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}
