/**
 * Positions for labels along one axis (a chart's line-end names, its break-even marks)
 * so that no two come closer than `gap`: labels that would collide are moved apart as a
 * group, centred on where they want to be, and the group is kept inside [min, max].
 * Pure; the chart calls it for each drawing.
 */

/** `wanted[i]` is where label i would sit; the answer keeps that order of indices. */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  if (wanted.length === 0) return [];
  // If they cannot all fit, they share the space evenly: the closest they can be.
  const step = Math.min(gap, wanted.length > 1 ? (max - min) / (wanted.length - 1) : gap);
  const order = wanted.map((at, i) => ({ at, i })).sort((a, b) => a.at - b.at || a.i - b.i);

  /** Runs of labels `step` apart: `first` is the position of the run's first label. */
  const runs: { members: typeof order; first: number }[] = [];
  const place = (members: typeof order) => {
    // The position that moves the run's labels least overall (their mean offset), kept inside.
    const mean = members.reduce((sum, m, k) => sum + m.at - k * step, 0) / members.length;
    const last = max - (members.length - 1) * step;
    return Math.min(Math.max(mean, min), last);
  };
  for (const label of order) {
    let run = { members: [label], first: place([label]) };
    // Merge with the run below while they overlap.
    for (let below = runs.at(-1); below && below.first + below.members.length * step > run.first + 1e-9; below = runs.at(-1)) {
      runs.pop();
      const members = [...below.members, ...run.members];
      run = { members, first: place(members) };
    }
    runs.push(run);
  }

  const positions = new Array<number>(wanted.length);
  for (const { members, first } of runs) members.forEach((m, k) => (positions[m.i] = first + k * step));
  return positions;
}
