/**
 * A sentence cut into runs so that a range of figures ("1 440–2 640 €", "€6,480–12,240")
 * is one run a line never breaks inside: browsers break after an en dash, which would leave
 * "1 440–" at the end of one line and "2 640 €" on the next.
 */
const NUMBER = String.raw`\d(?:[\d\u00a0\u202f.,]*\d)?`;
const RANGE = new RegExp(String.raw`(€?${NUMBER}–${NUMBER}(?:\u00a0€)?)`);

export interface Run {
  text: string;
  /** A range of figures, to be kept on one line. */
  whole: boolean;
}

export const wholeRanges = (text: string): Run[] =>
  text
    .split(RANGE)
    .map((part, i) => ({ text: part, whole: i % 2 === 1 }))
    .filter((run) => run.text !== '');
