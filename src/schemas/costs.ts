/** costs.yaml: the cost figures of each option. A record with this file gets the calculator. */
import { z } from 'astro/zod';
import { assumption, localized, range, slugId } from './text';

export const durationUnit = z.enum(['s', 'min', 'h', 'hPerMonth']);

export const costsSchema = z.strictObject({
  currency: z.literal('EUR'),
  /** The option the others are compared with ("4–7× …"). */
  baseline: slugId,
  /** The option whose payback against the baseline the calculator states, if any. */
  payback: slugId.optional(),
  /** The calculator's own assumptions: not the document's figures. */
  assumptions: z.strictObject({
    hourlyRate: z.number().nonnegative().max(10_000),
    horizonMonths: z.number().int().min(1).max(60),
  }),
  /** One entry per option that has cost figures (option ids from record.yaml), in display order. */
  platforms: z
    .array(
      z.strictObject({
        id: slugId,
        topology: localized,
        /** Which of this option's figures are the editor's, and why. */
        assumption,
        infrastructure: z
          .array(
            z.strictObject({
              id: slugId,
              label: localized,
              monthly: range,
            }),
          )
          .min(1),
        /** The total as the document prints it; a test checks it against the items. */
        infrastructureTotal: range,
        operations: z.strictObject({
          tasks: z.array(
            z.strictObject({
              label: localized,
              detail: localized.optional(),
              duration: range,
              unit: durationUnit,
            }),
          ),
          hoursPerMonth: range,
        }),
        setupHours: range,
        learning: z.strictObject({
          items: z.array(z.strictObject({ label: localized, hours: range })),
          hours: range,
          note: localized.optional(),
        }),
      }),
    )
    .min(2)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, { message: 'each option appears once' }),
});

export type CostsData = z.infer<typeof costsSchema>;
