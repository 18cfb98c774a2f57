/** Ranges of figures stay on one line in the calculator's answer, in both languages' styles. */
import { describe, expect, it } from 'vitest';
import { wholeRanges } from '../../src/lib/text/wholeRanges';

const NBSP = '\u00a0';

describe('a range of figures is one unbreakable run', () => {
  it.each([
    ['Over 36 months A is the cheapest (€6,480–12,240); B costs more.', ['€6,480–12,240']],
    [`Over 12 måneder er A billigst (1${NBSP}440–2${NBSP}640${NBSP}€).`, [`1${NBSP}440–2${NBSP}640${NBSP}€`]],
    ['From month 16–27, and 3–6 hours.', ['16–27', '3–6']],
    ['Docker Swarm – the middle way, 1 VPS.', []],
    ['No range here.', []],
  ])('%s', (sentence, ranges) => {
    const runs = wholeRanges(sentence);
    expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual(ranges);
    expect(runs.map((r) => r.text).join('')).toBe(sentence);
  });
});
