/** decision.yaml: the decision table, one column per option the record names. */
import { z } from 'astro/zod';
import { localized, slugId } from './text';

/** A cell either quotes the document or names a figure of that option in costs.yaml. */
const decisionCell = z.union([
  z.strictObject({ text: localized }),
  z.strictObject({ figure: z.enum(['operationsHours', 'infrastructure']) }),
]);

export const decisionSchema = z.strictObject({
  /** Option ids from record.yaml, one column each. */
  columns: z.array(slugId).min(1),
  rows: z
    .array(
      z.strictObject({
        id: slugId,
        criterion: localized,
        /** One cell per column, keyed by option id. */
        cells: z.record(z.string(), decisionCell),
        recommendation: localized,
        /** ✅ or ⚠️ beside the recommendation. */
        mark: z.enum(['ok', 'caution']),
      }),
    )
    .min(1),
});

export type DecisionData = z.infer<typeof decisionSchema>;
export type DecisionCell = z.infer<typeof decisionCell>;
