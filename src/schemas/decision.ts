/** decision.yaml: the decision table, one column per option the record names. */
import { z } from 'astro/zod';
import { costCalculator } from '../tools/cost-calculator/tool';
import { optionsWithFigures } from './costs';
import { defineDataFile } from './dataFile';
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

export const decisionFile = defineDataFile({
  file: 'decision',
  schema: decisionSchema,
  check(decision, { problem, knownOption, dataOf }) {
    // A figure cell shows the option's figures from costs.yaml (the calculator's file).
    const costIds = optionsWithFigures(dataOf(costCalculator.data));
    decision.columns.forEach((id, i) => knownOption(`columns.${i}`, id));
    decision.rows.forEach((row, r) => {
      for (const id of decision.columns) if (!(id in row.cells)) problem(`rows.${r}.cells`, `no cell for column "${id}"`);
      for (const [id, cell] of Object.entries(row.cells)) {
        if (!decision.columns.includes(id)) problem(`rows.${r}.cells.${id}`, `"${id}" is not one of the columns`);
        else if ('figure' in cell && !costIds.has(id)) problem(`rows.${r}.cells.${id}.figure`, `costs.yaml has no figures for "${id}"`);
      }
    });
  },
});
export type DecisionCell = z.infer<typeof decisionCell>;
