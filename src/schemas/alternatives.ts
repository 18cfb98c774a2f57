/** alternatives.yaml: the options compared by complexity, cost and fit, and their pros and cons. */
import { z } from 'astro/zod';
import { costCalculator } from '../tools/cost-calculator/tool';
import { optionsWithFigures } from './costs';
import { defineDataFile } from './dataFile';
import { localized, slugId } from './text';

export const alternativesSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        option: slugId,
        complexity: z.number().int().min(1).max(5),
        complexityLabel: localized,
        /**
         * Only where this table prints its own figure ("€100+/mnd"); otherwise the
         * option's infrastructure total from costs.yaml is shown.
         */
        monthlyCost: z.number().nonnegative().optional(),
        orMore: z.boolean().default(false),
        suitedFor: localized,
      }),
    )
    .min(1),
  /** Pros and cons of some options, shown with <ProsCons option="…" />. */
  prosCons: z
    .array(
      z.strictObject({
        option: slugId,
        pros: z.array(localized).min(1),
        cons: z.array(localized).min(1),
      }),
    )
    .default([]),
});

export type AlternativesData = z.infer<typeof alternativesSchema>;

export const alternativesFile = defineDataFile({
  file: 'alternatives',
  schema: alternativesSchema,
  check(alternatives, { problem, knownOption, dataOf }) {
    // A row without its own monthlyCost shows the option's total from costs.yaml (the calculator's file).
    const costIds = optionsWithFigures(dataOf(costCalculator.data));
    alternatives.rows.forEach((row, i) => {
      knownOption(`rows.${i}.option`, row.option);
      if (row.monthlyCost === undefined && !costIds.has(row.option)) {
        problem(`rows.${i}.monthlyCost`, `needed: costs.yaml has no figures for "${row.option}"`);
      }
    });
    alternatives.prosCons.forEach((p, i) => knownOption(`prosCons.${i}.option`, p.option));
  },
});
