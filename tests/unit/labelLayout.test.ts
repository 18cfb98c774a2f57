/** Chart labels never overlap: moved apart as little as possible, kept inside the chart. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/lib/calculator/labelLayout';

describe('spreadLabels', () => {
  it.each([
    ['far enough apart: left where they are', [10, 50, 100], [10, 50, 100]],
    ['two at the same place: moved apart around it', [100, 100], [92.5, 107.5]],
    ['order of the answer follows the input', [100, 90], [102.5, 87.5]],
    ['a chain of near ones: spread around their middle', [100, 105, 112], [90 + 2 / 3, 105 + 2 / 3, 120 + 2 / 3]],
    ['near the top edge: pushed inside', [0, 0], [0, 15]],
    ['near the bottom edge: pushed inside', [295, 300], [285, 300]],
    ['a group grows as it meets the next label, centred on all of them', [100, 112, 125, 127], [93.5, 108.5, 123.5, 138.5]],
    ['no room for the gap: shared evenly', [5, 5, 5], [0, 10, 20]],
    ['nothing to place', [], []],
  ])('%s', (_name, wanted, expected) => {
    const max = wanted.length === 3 && wanted[0] === 5 ? 20 : 300;
    const got = spreadLabels(wanted, 15, 0, max);
    expect(got).toHaveLength(expected.length);
    got.forEach((at, i) => expect(at).toBeCloseTo(expected[i]!, 9));
  });

  it('any labels that fit end at least a gap apart, inside the bounds, in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 350, noNaN: true }), { maxLength: 12 }), (wanted) => {
        const got = spreadLabels(wanted, 15, 0, 300);
        const sorted = wanted.map((w, i) => ({ w, at: got[i]! })).sort((a, b) => a.at - b.at);
        for (const { at } of sorted) expect(at >= -1e-9 && at <= 300 + 1e-9).toBe(true);
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i]!.at - sorted[i - 1]!.at).toBeGreaterThanOrEqual(15 - 1e-9);
          // A label never jumps over one that wanted to be above it.
          expect(sorted[i]!.w).toBeGreaterThanOrEqual(sorted[i - 1]!.w);
        }
      }),
    );
  });
});
