/**
 * Reading and writing numbers the way a Norwegian or English reader types them.
 * Used by the islands' input fields, so it must accept what people actually type
 * ("1 000,5", "€1,000.50", "99.9 %") and never hand NaN or Infinity to a calculation.
 */
import { DECIMAL_STYLE, type Lang } from './locale';
import { formatDecimal } from './decimalText';

export type { Lang };

/** `separators`: the digits are there, but their grouping or decimal mark could be misread (see below). */
export type NumberError = 'empty' | 'notANumber' | 'separators' | 'negative' | 'tooSmall' | 'tooLarge' | 'notInteger';

export type ParseResult = { ok: true; value: number } | { ok: false; error: NumberError };

export interface NumberBounds {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Longer input is not something a person typed into a number field. */
const MAX_INPUT_LENGTH = 40;

/** Space, no-break space and narrow no-break space: what Intl and keyboards use to group digits. */
const SPACE_GROUPS = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+`;

/**
 * The digits of a number, without sign or currency. nb takes either decimal mark (people
 * type both); en groups with commas and uses the point. Exponents, hex and words never match.
 */
const BODY: Record<Lang, RegExp> = {
  nb: new RegExp(String.raw`^(?:${SPACE_GROUPS}|\d+)(?:[.,]\d+)?$`),
  en: new RegExp(String.raw`^(?:\d{1,3}(?:,\d{3})+|${SPACE_GROUPS}|\d+)(?:\.\d+)?$`),
};

/**
 * nb: a point before groups of exactly three digits ("1.000", "12.500", "1.000.000",
 * "1.000,5"). Norwegians write a thousand as "1 000", but "1.000" is common too (shops,
 * banks), and this field also takes the point as a decimal mark because people type
 * "1.5". So "1.000" may mean one or a thousand, and either reading is silently wrong for
 * some reader: such input gets a message saying how to write it, never a guess. A point
 * that cannot group thousands stays a decimal mark: "1.5", "0.125", "1000.5".
 * A comma is only ever a decimal mark in Norwegian, so nb "1,000" is one, as written.
 */
const NB_POINT_GROUPS = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * en: a comma as the decimal mark, as nb writes it ("1,5", "1 000,5", "1.000,5"). In
 * English a comma only groups thousands ("1,000" is a thousand), so rather than a bare
 * "not a number" the reader is told how English writes decimals.
 */
const EN_COMMA_DECIMAL = /^(?:\d{1,3}(?:[. \u00a0\u202f]\d{3})+|\d+),\d+$/;

const SIGN = /^[+\-\u2212]/; // U+2212 is the minus Intl writes in nb

/** Splits off a sign and one currency or percent sign: "-€5", "€-5", "5 €", "99.9 %". */
function stripAffixes(text: string): { negative: boolean; body: string } {
  let rest = text;
  let sign = '';
  const takeSign = () => {
    if (sign === '' && SIGN.test(rest)) {
      sign = rest.charAt(0);
      rest = rest.slice(1).trimStart();
    }
  };
  takeSign();
  if (rest.startsWith('€')) {
    rest = rest.slice(1).trimStart();
    takeSign();
  } else if (/[€%]$/.test(rest)) {
    rest = rest.slice(0, -1).trimEnd();
  }
  return { negative: sign !== '' && sign !== '+', body: rest };
}

export function parseLocaleNumber(input: string, lang: Lang, opts: NumberBounds = {}): ParseResult {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: 'notANumber' };
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };

  const { negative, body } = stripAffixes(text);
  if (lang === 'nb' && NB_POINT_GROUPS.test(body)) return { ok: false, error: 'separators' };
  if (!BODY[lang].test(body)) {
    return { ok: false, error: lang === 'en' && EN_COMMA_DECIMAL.test(body) ? 'separators' : 'notANumber' };
  }

  const digits = body.replace(/\s/g, '');
  // In en every comma is a group separator; in nb the only comma left is the decimal mark.
  // At most 40 plain digits, so always finite.
  const magnitude = Number(lang === 'en' ? digits.replace(/,/g, '') : digits.replace(',', '.'));
  const value = negative && magnitude !== 0 ? -magnitude : magnitude; // "-0" reads as 0

  const { min, max, integer } = opts;
  if (min !== undefined && value < min) {
    return { ok: false, error: value < 0 && min >= 0 ? 'negative' : 'tooSmall' };
  }
  if (max !== undefined && value > max) return { ok: false, error: 'tooLarge' };
  if (integer && !Number.isInteger(value)) return { ok: false, error: 'notInteger' };
  return { ok: true, value };
}


/** Shown instead of a figure that cannot be computed: a reader never sees "NaN". */
const MISSING = '–';

/** Digits as Intl.NumberFormat(INTL_LOCALE[lang]) writes them, without loading Intl (src/lib/text/decimalText.ts). */
const formatDigits = (value: number, lang: Lang, minFraction: number, maxFraction: number) =>
  formatDecimal(value, DECIMAL_STYLE[lang], { minFraction, maxFraction });

/** A figure never needs more than 20 fraction digits (Intl's own limit is 100). */
const fractionDigits = (n: number) => (Number.isFinite(n) ? Math.min(20, Math.max(0, Math.trunc(n))) : 2);

export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return MISSING;
  return formatDigits(value, lang, 0, fractionDigits(maxFractionDigits));
}

/** Whole euros print without cents ("€20"); anything else with both cent digits. */
const centsNeeded = (...values: number[]) => values.some((v) => Math.round(v * 100) % 100 !== 0);

const euro = (amount: string, lang: Lang) => (lang === 'nb' ? `${amount}\u00a0€` : `€${amount}`);

function moneyDigits(value: number, lang: Lang, cents: boolean): string {
  const digits = cents ? 2 : 0;
  return formatDigits(value, lang, digits, digits);
}

/** nb "1 000,50 €", en "€1,000.50"; the minus goes before the euro sign ("-€5"). */
export function formatMoney(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return MISSING;
  const amount = euro(moneyDigits(Math.abs(value), lang, centsNeeded(value)), lang);
  // Only a sum that is not 0 once rounded to cents gets a minus: never "-€0".
  return Math.round(value * 100) < 0 ? `${lang === 'nb' ? '\u2212' : '-'}${amount}` : amount;
}

/**
 * "At least this much": en "€100+", nb "100+ €". The plus belongs to the number, so in nb
 * it goes before the euro sign, as in the document's own "200+ €/mnd".
 */
export function formatMoneyOrMore(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return MISSING;
  return euro(`${moneyDigits(Math.abs(value), lang, centsNeeded(value))}+`, lang);
}

/** en "€80–140", nb "80–140 €": one currency sign for the pair, as the document writes it. */
export function formatMoneyRange(low: number, high: number, lang: Lang): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return MISSING;
  const [a, b] = low <= high ? [low, high] : [high, low];
  const cents = centsNeeded(a, b);
  const first = moneyDigits(a, lang, cents);
  const second = moneyDigits(b, lang, cents);
  if (first === second) return formatMoney(a, lang);
  return euro(`${first}–${second}`, lang);
}

/** "2–4", or "20" when both ends print the same; units are the caller's ("2–4 timer/mnd"). */
export function formatRange(range: { low: number; high: number }, lang: Lang, maxFractionDigits = 2): string {
  const { low, high } = range;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return MISSING;
  const first = formatNumber(Math.min(low, high), lang, maxFractionDigits);
  const second = formatNumber(Math.max(low, high), lang, maxFractionDigits);
  return first === second ? first : `${first}–${second}`;
}

/**
 * A multiple of a baseline with one decimal ("0.9–1.1"): an end below 1 never prints as 1
 * and an end above it never does either, so "1" always means the same cost.
 */
export function formatMultiple(range: { low: number; high: number }, lang: Lang): string {
  const side = (v: number) => {
    const rounded = Math.round(v * 10) / 10;
    if (v < 1 && rounded >= 1) return Math.floor(v * 10) / 10;
    if (v > 1 && rounded <= 1) return Math.ceil(v * 10) / 10;
    return rounded;
  };
  return formatRange({ low: side(range.low), high: side(range.high) }, lang, 1);
}

/**
 * Plain digits, no grouping and never an exponent, so parseLocaleNumber reads it back.
 * 15 significant digits hide float noise (0.1 + 0.2 -> "0.3").
 */
const INPUT_STYLE = { group: '', decimal: '.', minus: '-' };

export function toInputString(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '';
  const text = formatDecimal(value, INPUT_STYLE, { minFraction: 0, maxFraction: 12, maxSignificant: 15 });
  return lang === 'nb' ? text.replace('.', ',') : text;
}
