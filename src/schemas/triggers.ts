/**
 * triggers.yaml: the figures and yes/no questions a reader checks, the rules that turn
 * them into an outcome, and the record's own words for both. A record with this file
 * (and a roadmap.yaml for its phases) gets the checklist.
 */
import { z } from 'astro/zod';
import { LANGS, localized, slugId, unit } from './text';

/** Where a metric rule's reason states its threshold. */
export const THRESHOLD = '{threshold}';

const inputId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use letters and digits, starting with a letter');
const comparison = z.enum(['>', '>=', '<', '<=']);

/** A threshold as one section of the document states it. */
const threshold = z.strictObject({
  op: comparison,
  value: z.number(),
  /** The page key and heading anchor of the section that states it. */
  source: z.strictObject({ page: slugId, section: localized }),
});

/** A list of the document's own, with its title: "YES – consider migrating". */
const markedList = z.strictObject({ title: localized, items: z.array(localized).min(1) });

/** When an outcome holds: every (required) rule of a stage met, or any signal met. */
const condition = z.union([
  z.strictObject({ stage: slugId, rules: z.enum(['all', 'required']) }),
  z.literal('signal'),
]);

export const triggersSchema = z
  .strictObject({
  /** The page the review banner sends readers to; default: the first page with <TriggerChecklist />. */
  page: slugId.optional(),
  /** The metrics table's caption and the heading of its trigger column. */
  table: z.strictObject({ caption: localized, trigger: localized }).optional(),
  /** Figures the reader enters; `now` is the document's value and the default. */
  metrics: z
    .array(
      z.strictObject({
        id: inputId,
        label: localized,
        /** Printed with the figure and its thresholds; a word or its plural forms. */
        unit: unit.optional(),
        /**
         * The unit of the reader's figure where the document's table prints it bare: beside
         * the field ("people"), with the figure in what the checklist copies ("1 person") and
         * in the checklist's thresholds ("≥ 3 people").
         */
        fieldUnit: unit.optional(),
        /**
         * What the figure counts, where neither the table nor the field label needs a unit
         * ("VPS nodes"): the checklist's thresholds and meters name it ("≥ 5 VPS nodes").
         */
        counts: unit.optional(),
        now: z.number().nonnegative(),
        /** How the document writes "now" when it is not a plain number ("1-2", "<10"). */
        nowText: z.string().optional(),
        max: z.number().positive(),
        integer: z.boolean(),
        /** The trigger column, as printed. */
        triggerText: z.string().min(1),
        /**
         * How the checklist's meter shows the figure: `ratio`, the figure against the threshold;
         * `allowedDowntime`, an uptime percentage as the downtime a month it allows, since
         * 95 % and 99.9 % look alike as a ratio but allow 36 h against 43 min.
         */
        meter: z.enum(['ratio', 'allowedDowntime']).default('ratio'),
      })
      .refine((m) => m.meter !== 'allowedDowntime' || m.max <= 100, {
        message: 'an `allowedDowntime` meter reads a percentage: `max` is at most 100',
        path: ['max'],
      }),
    )
    .default([]),
  flags: z
    .array(
      z.strictObject({
        id: inputId,
        label: localized,
        now: z.boolean(),
        /**
         * A yes that accepts downtime each time something happens ("1–2 min per deploy"):
         * minutes each time, the metric counting those times a day, and the uptime metric
         * (an `allowedDowntime` meter) it must fit in. The checklist says when it does not.
         */
        downtime: z
          .strictObject({ minutes: z.strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative() }), perDay: inputId, uptime: inputId })
          .refine((d) => d.minutes.low <= d.minutes.high, { message: 'minutes: low is above high' })
          .optional(),
      }),
    )
    .default([]),
  /** Two lists in the document's words: reasons to act, reasons not to (<TriggerLists />). */
  yes: markedList.optional(),
  no: markedList.optional(),
  /** Groups of rules, in the order the checklist shows them. */
  stages: z
    .array(
      z.strictObject({
        id: slugId,
        name: localized,
        intro: localized,
        /** A met rule here is a sign of change (the `signal` condition); false for reasons to stay. */
        signal: z.boolean(),
        /**
         * What one of its met rules is called when a verdict counts those that hold against
         * it (an outcome's `against`): "2 reasons to stay … still hold".
         */
        counted: unit.optional(),
      }),
    )
    .min(1),
  /**
   * What the checklist concludes, first match wins; the last has no `when`. `phase` is
   * the roadmap phase (roadmap.yaml) the outcome points to.
   */
  outcomes: z
    .array(
      z.strictObject({
        id: slugId,
        when: condition.optional(),
        phase: z.number().int().positive(),
        verdict: localized,
        detail: localized,
        /** A stage whose met rules argue against this outcome: its verdict names those that still hold. */
        against: slugId.optional(),
      }),
    )
    .min(1)
    .refine((os) => os.at(-1)!.when === undefined && os.slice(0, -1).every((o) => o.when !== undefined), {
      message: 'every outcome but the last has a `when`; the last has none',
    }),
  /** "Required triggers met: {met} of {total}." in the record's words. */
  requiredCount: localized.optional(),
  /**
   * The rules the checklist applies. Where the document gives two thresholds for
   * one thing, `applied` is used and `alternative` is shown with `why`.
   */
  rules: z
    .array(
      z
        .strictObject({
          id: slugId,
          /** The stage (above) the rule belongs to. */
          stage: slugId,
          /** One of the conditions that must all hold for a `rules: required` outcome. */
          required: z.boolean().default(false),
          /** A metric or flag id. */
          input: inputId,
          /** For a metric: the threshold. For a flag: met when the flag equals `whenFlag`. */
          applied: threshold.optional(),
          whenFlag: z.boolean().optional(),
          alternative: threshold.optional(),
          /**
           * The rule in the record's words. A metric rule's reason holds `{threshold}`, which
           * the checklist fills from `applied` ("Team {threshold}" → "Team ≥ 3 people"), so the
           * label states the comparison the ✓/✗ comes from; other wordings belong in `why`.
           */
          reason: localized,
          why: localized.optional(),
        })
        .refine((r) => (r.applied === undefined) !== (r.whenFlag === undefined), {
          message: 'a rule has either `applied` (metric) or `whenFlag` (yes/no question)',
        })
        .refine((r) => LANGS.every((lang) => r.reason[lang].includes(THRESHOLD) === (r.applied !== undefined)), {
          message: `a metric rule's reason holds ${THRESHOLD} in both languages, filled from \`applied\`; a yes/no rule's does not`,
          path: ['reason'],
        }),
    )
    .min(1),
})
  .superRefine((t, ctx) => {
    t.flags.forEach((f, i) => {
      if (!f.downtime) return;
      const metric = (id: string) => t.metrics.find((m) => m.id === id);
      if (!metric(f.downtime.perDay)) ctx.addIssue({ code: 'custom', path: ['flags', i, 'downtime', 'perDay'], message: `unknown metric "${f.downtime.perDay}"` });
      if (metric(f.downtime.uptime)?.meter !== 'allowedDowntime') {
        ctx.addIssue({ code: 'custom', path: ['flags', i, 'downtime', 'uptime'], message: `"${f.downtime.uptime}" is not a metric with an \`allowedDowntime\` meter` });
      }
    });
    t.outcomes.forEach((o, i) => {
      if (o.against === undefined) return;
      const stage = t.stages.find((s) => s.id === o.against);
      if (!stage) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'against'], message: `unknown stage "${o.against}"` });
      else if (!stage.counted) {
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'against'], message: `stage "${o.against}" needs \`counted\` for the verdict to count its rules` });
      }
    });
  });

export type TriggersData = z.infer<typeof triggersSchema>;
