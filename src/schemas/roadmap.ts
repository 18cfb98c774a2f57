/** roadmap.yaml: phases, the summary's timeline and the action plan. */
import { z } from 'astro/zod';
import { defineDataFile } from './dataFile';
import { localized } from './text';

const checklistItem = z.strictObject({ text: localized });

/**
 * A relative time of the text ("0–6 months", "Next week") as data: `from` (to `to`) days,
 * weeks or months after the record's date; `onward` for one without an end ("12+ months").
 * The pages show the dates it stands for, and which have passed (src/lib/log/relativeDates.ts).
 */
export const datedSchema = z
  .strictObject({
    unit: z.enum(['day', 'week', 'month']),
    from: z.number().int().min(0),
    to: z.number().int().positive().optional(),
    onward: z.boolean().optional(),
  })
  .refine((d) => d.to === undefined || d.to > d.from, { message: '`to` must come after `from`', path: ['to'] })
  .refine((d) => !(d.onward && d.to !== undefined), { message: 'a span that runs `onward` has no `to`', path: ['onward'] });

export const roadmapSchema = z.strictObject({
  phases: z
    .array(
      z.strictObject({
        phase: z.number().int().positive(),
        name: localized,
        months: localized,
        /** The dates `months` stands for. */
        dated: datedSchema.optional(),
        solution: localized,
        lists: z.array(
          z.strictObject({
            title: localized,
            kind: z.enum(['do', 'consider', 'avoid', 'condition']),
            items: z.array(checklistItem).min(1),
          }),
        ),
        options: z
          .array(
            z.strictObject({
              name: localized,
              items: z.array(checklistItem).min(1),
            }),
          )
          .default([]),
      }),
    )
    .min(1),
  /** The summary's steps over time. */
  timeline: z
    .array(
      z.strictObject({
        when: localized,
        /** The dates `when` stands for. */
        dated: datedSchema.optional(),
        verdict: z.enum(['go', 'consider', 'none']),
        title: localized,
        items: z.array(localized).min(1),
      }),
    )
    .default([]),
  /** The concrete steps, and which phase each block serves. */
  actionPlan: z
    .array(
      z.strictObject({
        when: localized,
        /** The dates `when` stands for. */
        dated: datedSchema.optional(),
        phase: z.number().int().positive(),
        steps: z.array(localized).min(1),
      }),
    )
    .default([]),
});

export type RoadmapData = z.infer<typeof roadmapSchema>;

export const roadmapFile = defineDataFile({
  file: 'roadmap',
  schema: roadmapSchema,
  check(roadmap, { meta, problem }) {
    const phases = new Set(roadmap.phases.map((p) => p.phase));
    roadmap.actionPlan.forEach((b, i) => {
      if (!phases.has(b.phase)) problem(`actionPlan.${i}.phase`, `no phase ${b.phase} in phases`);
    });
    // A dated time counts from the decision: without its date there is nothing to count from.
    if (!meta.date) {
      for (const list of ['phases', 'timeline', 'actionPlan'] as const) {
        roadmap[list].forEach((entry, i) => {
          if (entry.dated) problem(`${list}.${i}.dated`, 'counts from the decision date, and record.yaml gives no date');
        });
      }
    }
  },
});
