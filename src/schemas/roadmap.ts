/** roadmap.yaml: phases, the summary's timeline and the action plan. */
import { z } from 'astro/zod';
import { localized } from './text';

const checklistItem = z.strictObject({ text: localized });

export const roadmapSchema = z.strictObject({
  phases: z
    .array(
      z.strictObject({
        phase: z.number().int().positive(),
        name: localized,
        months: localized,
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
        phase: z.number().int().positive(),
        steps: z.array(localized).min(1),
      }),
    )
    .default([]),
});

export type RoadmapData = z.infer<typeof roadmapSchema>;
