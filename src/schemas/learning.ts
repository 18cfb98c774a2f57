/** learning.yaml: what a team must learn for an option, with hours and resources. */
import { z } from 'astro/zod';
import { defineDataFile } from './dataFile';
import { localized } from './text';

export const learningSchema = z.strictObject({
  basics: z.array(z.strictObject({ text: localized, known: z.boolean() })).min(1),
  topics: z
    .array(
      z.strictObject({
        title: localized,
        hours: z.number().positive(),
        items: z.array(localized).min(1),
      }),
    )
    .min(1),
  resources: z
    .array(
      z.strictObject({
        name: localized,
        /** Monthly price in euros; 0 means free. */
        monthly: z.number().nonnegative(),
      }),
    )
    .min(1),
});

export type LearningData = z.infer<typeof learningSchema>;

/** Nothing in it names another file, so nothing to check beyond the schema. */
export const learningFile = defineDataFile({ file: 'learning', schema: learningSchema });
