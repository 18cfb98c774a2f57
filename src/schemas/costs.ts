/** costs.yaml: the cost figures of each option. A record with this file gets the calculator. */
import { z } from 'astro/zod';
import { assumption, localized, range, slugId } from './text';

/**
 * An option's expected downtime: hours a month as a range, or an availability in percent
 * (99.5 % of a 30-day month is 3.6 h down). `source` says whose figure it is: the
 * document's, or the editor's reading where the document gives none; `note` says where
 * it comes from. Optional: a record without it gets no downtime field.
 */
export const downtimeSchema = z.union([
  z.strictObject({
    hoursPerMonth: range,
    source: z.enum(['document', 'editor']),
    note: localized.optional(),
  }),
  z.strictObject({
    availability: range.refine((r) => r.high <= 100, { message: 'an availability is at most 100 %' }),
    source: z.enum(['document', 'editor']),
    note: localized.optional(),
  }),
]);
export type Downtime = z.infer<typeof downtimeSchema>;

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
    /** What one hour of downtime costs; the default 0 leaves the document's figures as they are. */
    downtimeCost: z.number().nonnegative().max(1_000_000).optional(),
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
        downtime: downtimeSchema.optional(),
      }),
    )
    .min(2)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, { message: 'each option appears once' })
    // Downtime compares options: one option's without the others' would count as none.
    .refine((ps) => ps.every((p) => p.downtime) || ps.every((p) => !p.downtime), {
      message: 'give downtime for every option or for none',
    }),
});

export type CostsData = z.infer<typeof costsSchema>;

/** The options costs.yaml has figures for (none when the record has no costs.yaml). */
export const optionsWithFigures = (costs: CostsData | undefined): Set<string> => new Set(costs?.platforms.map((p) => p.id));
