/** Months between x-axis ticks (or table rows): whole quarters and years on long horizons. */
export function monthStep(horizon: number, maxTicks: number): number {
  return [1, 2, 3, 6, 12].find((s) => horizon / s <= maxTicks) ?? 12;
}
