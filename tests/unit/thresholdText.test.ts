/**
 * The checklist's threshold wording: what a label says is the comparison its ✓/✗ comes
 * from, in both languages, with the unit in the form its figure takes.
 */
import { describe, expect, it } from 'vitest';
import { COMPARISON_SIGN, reasonText, thresholdText, thresholdWords } from '../../src/lib/checklist/thresholdText';
import { compare, type Comparison } from '../../src/lib/checklist/triggerRules';
import { parseLocaleNumber } from '../../src/lib/text/localeNumber';
import type { Lang } from '../../src/lib/text/locale';
import type { PluralForms } from '../../src/lib/text/plural';

const UNITS = {
  none: undefined,
  people: { nb: { one: 'person', other: 'personer' }, en: { one: 'person', other: 'people' } },
  nodes: { nb: { one: 'VPS-node', other: 'VPS-noder' }, en: { one: 'VPS node', other: 'VPS nodes' } },
  rps: { nb: { other: 'req/sek' }, en: { other: 'req/s' } },
  percent: { nb: { other: '%' }, en: { other: '%' } },
} satisfies Record<string, Record<Lang, PluralForms> | undefined>;
type Unit = keyof typeof UNITS;

const nbsp = '\u00a0';

describe('thresholdText', () => {
  it.each<[Comparison, number, Unit, Lang, string]>([
    // Each comparison, in each language
    ['>', 1000, 'rps', 'en', `>${nbsp}1,000${nbsp}req/s`],
    ['>', 1000, 'rps', 'nb', `>${nbsp}1${nbsp}000${nbsp}req/sek`],
    ['>=', 3, 'people', 'en', `≥${nbsp}3${nbsp}people`],
    ['>=', 3, 'people', 'nb', `≥${nbsp}3${nbsp}personer`],
    ['<', 100, 'rps', 'en', `<${nbsp}100${nbsp}req/s`],
    ['<=', 2, 'nodes', 'nb', `≤${nbsp}2${nbsp}VPS-noder`],
    // Plural forms follow the threshold's figure
    ['>=', 1, 'people', 'en', `≥${nbsp}1${nbsp}person`],
    ['>', 1, 'people', 'nb', `>${nbsp}1${nbsp}person`],
    ['>=', 0, 'people', 'en', `≥${nbsp}0${nbsp}people`],
    ['>=', 1.5, 'people', 'en', `≥${nbsp}1.5${nbsp}people`],
    ['>=', 1.5, 'people', 'nb', `≥${nbsp}1,5${nbsp}personer`],
    ['>=', 5, 'nodes', 'en', `≥${nbsp}5${nbsp}VPS nodes`],
    ['>=', 1, 'nodes', 'nb', `≥${nbsp}1${nbsp}VPS-node`],
    // Decimals: every digit printed, the percent sign as each language writes it
    ['>=', 99.9, 'percent', 'en', `≥${nbsp}99.9%`],
    ['>=', 99.9, 'percent', 'nb', `≥${nbsp}99,9${nbsp}%`],
    ['>=', 99.995, 'percent', 'en', `≥${nbsp}99.995%`],
    ['<', 0.25, 'none', 'nb', `<${nbsp}0,25`],
    // A bare figure
    ['>=', 20, 'none', 'en', `≥${nbsp}20`],
  ])('%s %s (%s, %s) reads "%s"', (op, value, unit, lang, text) => {
    expect(thresholdText({ op, value }, UNITS[unit]?.[lang], lang)).toBe(text);
  });

  /** What the printed sign means, as a reader applies it to a figure. */
  const MEANING: Record<string, (a: number, b: number) => boolean> = {
    '>': (a, b) => a > b,
    '≥': (a, b) => a >= b,
    '<': (a, b) => a < b,
    '≤': (a, b) => a <= b,
  };

  /** The sign and the figure a reader sees in the label. */
  function readBack(text: string, lang: Lang, unit: PluralForms | undefined) {
    const [sign, rest] = text.split(nbsp, 2) as [string, string];
    const figure = text.slice(sign.length + 1).replace(unit ? new RegExp(`\\s?(${Object.values(unit).join('|')})$`) : /$/, '');
    const parsed = parseLocaleNumber(figure, lang);
    if (!parsed.ok) throw new Error(`"${rest}" does not read as a number in ${lang}`);
    return { meaning: MEANING[sign]!, value: parsed.value };
  }

  const cases: [Comparison, number, Unit, number][] = [
    ['>', 1000, 'rps', 1],
    ['>=', 3, 'people', 1],
    ['>=', 5, 'nodes', 1],
    ['>=', 99.9, 'percent', 0.01],
    ['>', 2, 'people', 1],
    ['<', 100, 'rps', 1],
    ['<=', 2, 'nodes', 1],
    ['>=', 99.995, 'percent', 0.001],
  ];
  for (const lang of ['nb', 'en'] as const) {
    it.each(cases)(`${lang}: "%s %s %s" agrees with the rule's ✓/✗ below, at and above it`, (op, threshold, unit, step) => {
      const forms = UNITS[unit]?.[lang];
      const { meaning, value } = readBack(thresholdText({ op, value: threshold }, forms, lang), lang, forms);
      expect(value).toBe(threshold);
      for (const figure of [threshold - step, threshold, threshold + step]) {
        expect(meaning(figure, value), `${figure}`).toBe(compare(figure, op, threshold));
      }
    });
  }

  it('has a sign for every comparison the rules know', () => {
    expect(Object.keys(COMPARISON_SIGN).sort()).toEqual(['<', '<=', '>', '>=']);
  });
});

describe('thresholdWords and reasonText: a threshold in a sentence', () => {
  it.each<[Comparison, number, Unit, Lang, string]>([
    ['>', 2, 'people', 'en', `more than 2${nbsp}people`],
    ['>', 2, 'people', 'nb', `over 2${nbsp}personer`],
    ['>=', 3, 'people', 'en', `at least 3${nbsp}people`],
    ['>=', 5, 'nodes', 'nb', `minst 5${nbsp}VPS-noder`],
    ['>', 1000, 'rps', 'en', `more than 1,000${nbsp}req/s`],
    ['>=', 99.9, 'percent', 'nb', `minst 99,9${nbsp}%`],
    ['>=', 99.9, 'percent', 'en', 'at least 99.9%'],
    ['<', 100, 'rps', 'nb', `under 100${nbsp}req/sek`],
    ['<=', 2, 'nodes', 'en', `at most 2${nbsp}VPS nodes`],
  ])('%s %s (%s, %s) reads "%s"', (op, value, unit, lang, text) => {
    expect(thresholdWords({ op, value }, UNITS[unit]?.[lang], lang)).toBe(text);
  });

  it.each<[string, string, Lang, string]>([
    ['A team of {threshold}', 'more than 2 people', 'en', 'A team of more than 2 people'],
    ['{threshold} (manual orchestration becomes unmanageable)', 'at least 5 VPS nodes', 'en', 'At least 5 VPS nodes (manual orchestration becomes unmanageable)'],
    ['{threshold}', 'over 3 VPS-noder', 'nb', 'Over 3 VPS-noder'],
    ['Trafikk på {threshold}', 'over 100 req/sek', 'nb', 'Trafikk på over 100 req/sek'],
  ])('"%s" with "%s" (%s) reads "%s"', (template, words, lang, text) => {
    expect(reasonText(template, '{threshold}', words, lang)).toBe(text);
  });

  it('has words for every comparison, in both languages, and none of them is a sign', () => {
    for (const lang of ['nb', 'en'] as const) {
      for (const op of Object.keys(COMPARISON_SIGN) as Comparison[]) {
        expect(thresholdWords({ op, value: 2 }, UNITS.people[lang], lang)).not.toMatch(/[<>≤≥]/);
      }
    }
  });
});
