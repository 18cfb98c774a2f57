/**
 * Numbers and lists written as Intl writes them for the site's two languages, without
 * Intl. A page's first Intl.NumberFormat or Intl.ListFormat loads the browser's locale
 * data: 15–50 ms of main thread on this machine, 60–200 ms with the CPU slowed 4×, the
 * largest script cost of an island page (README, "Hydration and first render"). The
 * output is Intl's own, character for character: tests/unit/decimalText.test.ts
 * compares it with Intl over random numbers.
 */

export interface DecimalStyle {
  /** Between groups of three integer digits; '' groups nothing. */
  group: string;
  decimal: string;
  minus: string;
}

export interface DecimalDigits {
  minFraction: number;
  maxFraction: number;
  /** Also round to this many significant digits, where that keeps fewer (Intl's roundingPriority 'lessPrecision'). */
  maxSignificant?: number;
}

/** The shortest decimal that reads back as |value| (as String() prints it), as digits and the point's place in them. */
function shortestDecimal(value: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toString().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leadingZeros).replace(/0+$/, '');
  return { digits, point: whole.length + Number(exponent) - leadingZeros };
}

/** digits rounded half away from zero to their first `keep` (adding one in front when 9s carry). */
function roundDigits(digits: string, point: number, keep: number): { digits: string; point: number } {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0 || (keep === 0 && digits.charAt(0) < '5')) return { digits: '', point };
  let kept = digits.slice(0, keep);
  if (digits.charAt(keep) >= '5') {
    const carried = kept.replace(/9+$/, '');
    if (carried === '') return { digits: '1', point: point + 1 };
    kept = carried.slice(0, -1) + String(Number(carried.slice(-1)) + 1);
  }
  return { digits: kept.replace(/0+$/, ''), point };
}

/** A finite number as Intl.NumberFormat writes it with these digits and signDisplay 'negative'. */
export function formatDecimal(value: number, style: DecimalStyle, { minFraction, maxFraction, maxSignificant }: DecimalDigits): string {
  const exact = shortestDecimal(value);
  const fractionKept = maxSignificant === undefined ? maxFraction : Math.min(maxFraction, maxSignificant - exact.point);
  const { digits, point } = roundDigits(exact.digits, exact.point, exact.point + fractionKept);
  const integerDigits = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  const fractionDigits = point < 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  const fraction = (digits === '' ? '' : fractionDigits).padEnd(minFraction, '0');
  const integer = style.group ? integerDigits.replace(/\B(?=(\d{3})+$)/g, style.group) : integerDigits;
  // 'negative': a minus only for a figure that is not zero once rounded (never "-0").
  const sign = value < 0 && digits !== '' ? style.minus : '';
  return `${sign}${integer}${fraction ? style.decimal + fraction : ''}`;
}

/** "A, B and C" as Intl.ListFormat's conjunction writes it, with the language's "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
