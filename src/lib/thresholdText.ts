/**
 * A threshold as the checklist applies it: "≥ 3 people", "> 1,000 req/s", "≥ 99.9%".
 * Labels are written from the rule's `applied` comparison and the metric's unit, never
 * from a document's wording, so a label and its ✓/✗ cannot disagree.
 */
import type { Lang } from './locale';
import { formatNumber } from './localeNumber';
import type { PluralForms } from './plural';
import { unitWord, withUnit } from './unitText';
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
