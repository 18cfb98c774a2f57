/**
 * Which input decides the answer: a one-at-a-time sensitivity analysis, drawn as a
 * tornado chart. Every ranged input starts at the middle of its range; each in turn goes
 * to its low and to its high end while the others stay in the middle, and the answer (a
 * number the caller computes from a set of form values, such as how much more the payback
 * option costs than the baseline over the period) is read at both. The bars are the
 * inputs, largest swing first. The cost model is linear in each input, so the two ends
 * bound everything between them. Pure: the island and the unit tests share it.
 */

/** A ranged input: its id (to label it) and the keys of its low and high field. */
export interface RangedInput {
  id: string;
  keys: readonly [low: string, high: string];
}

export interface Bar {
  id: string;
  /** The answer with this input at its low end, and at its high end. */
  atLow: number;
  atHigh: number;
}

export interface Tornado {
  /** The answer with every input in the middle of its range. */
  middle: number;
  /** Inputs that move the answer, largest swing first; those that do not are left out. */
  bars: Bar[];
}

/** A swing below this (a cent's millionth, as costVerdict.ts) moves nothing. */
const EPSILON = 1e-6;

export function tornado(
  values: Readonly<Record<string, number>>,
  inputs: readonly RangedInput[],
  answer: (values: Record<string, number>) => number,
): Tornado {
  const mid: Record<string, number> = { ...values };
  for (const { keys } of inputs) {
    const m = (values[keys[0]]! + values[keys[1]]!) / 2;
    mid[keys[0]] = m;
    mid[keys[1]] = m;
  }
  const at = (keys: readonly [string, string], v: number) => answer({ ...mid, [keys[0]]: v, [keys[1]]: v });
  const bars = inputs
    .map(({ id, keys }) => {
      const [a, b] = [values[keys[0]]!, values[keys[1]]!];
      return { id, atLow: at(keys, Math.min(a, b)), atHigh: at(keys, Math.max(a, b)) };
    })
    .filter((bar) => Math.abs(bar.atHigh - bar.atLow) > EPSILON);
  // Stable: equal swings keep the inputs' own order.
  bars.sort((x, y) => Math.abs(y.atHigh - y.atLow) - Math.abs(x.atHigh - x.atLow));
  return { middle: answer(mid), bars };
}
