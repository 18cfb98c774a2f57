/**
 * record.yaml: a record's metadata, MADR 4-compatible. MADR's own names where MADR has
 * one (status, date, decision-makers, consulted, informed); the rest is this site's.
 * Only number and title are required: a team's ADR may give no status or date (MADR 4
 * makes them optional), and the site then says they are unknown rather than invent them.
 */
import { z } from 'astro/zod';
import { LANGS, localized, name, slugId } from './text';
import { RECORD_FIELDS } from './fields';
import { fieldShape } from './fields/registry';

export const STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type Status = (typeof STATUSES)[number];

const recordIds = z.array(z.string().min(1)).optional();

export const REVIEW_OUTCOMES = ['kept', 'changed', 'superseded'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** A review that took place: when, what came of it, and a line on why. */
export const reviewSchema = z.strictObject({
  date: z.coerce.date(),
  outcome: z.enum(REVIEW_OUTCOMES),
  note: localized,
});

export const optionSchema = z.strictObject({
  id: slugId,
  name,
  /** Where the full name is too long: chart labels, "× <short>". Defaults to the name. */
  short: name.optional(),
});

export const recordSchema = z
  .strictObject({
    /** As the team numbers its ADRs: from 0 or 1, gaps allowed. */
    number: z.number().int().nonnegative(),
    title: localized,
    status: z.enum(STATUSES).optional(),
    /** When the decision was made (MADR `date`). */
    date: z.coerce.date().optional(),
    /** The team's file this record was imported from: a re-import of it updates this record. */
    source: z.string().min(1).optional(),
    /** decision-makers, consulted, informed, tags: the fields an import and the export carry (src/schemas/fields/). */
    ...fieldShape(RECORD_FIELDS),
    /** Review the decision this many months after `date` … */
    'review-after-months': z.number().int().positive().max(120).optional(),
    /** … or on this date. */
    'review-date': z.coerce.date().optional(),
    /** Reviews held so far, oldest first; the next review counts from the last one. */
    reviews: z.array(reviewSchema).optional(),
    /** Ids of other records (folder names under content/records/). */
    supersedes: recordIds,
    amends: recordIds,
    'relates-to': recordIds,
    /** The considered options, in the order tables and tools show them. */
    options: z.array(optionSchema).optional(),
    /** Page keys in reading order; the first is served at the record's root. Default: the one page. */
    pages: z.array(slugId).min(1).optional(),
    /** One-line summary: the index and link previews. Defaults to the title. */
    description: localized.optional(),
    /** The decision in one sentence: it opens the record's first page (DecisionSummary) and its preview image. */
    decision: localized.optional(),
    /**
     * The decision's strongest reasons, one sentence each (three at most), shown under the
     * decision on the record's first page; `page` names the page that argues a reason.
     */
    reasons: z.array(z.object({ text: localized, page: slugId.optional() })).min(1).max(3).optional(),
    /** The situation the decision starts from. */
    context: localized.optional(),
    /** The system the record is about. */
    system: z.string().min(1).optional(),
    'author-role': localized.optional(),
    /**
     * The language the record was written in. A page missing in the other language is
     * then shown in this one, marked "not yet translated"; a translation older than its
     * original (by git history) is marked as such.
     */
    'original-language': z.enum(LANGS).optional(),
  })
  .refine((r) => !(r['review-after-months'] && r['review-date']), {
    message: 'give review-after-months or review-date, not both',
    path: ['review-date'],
  })
  .superRefine((r, ctx) => {
    let previous = r.date;
    (r.reviews ?? []).forEach((review, i) => {
      if (previous && review.date < previous) {
        ctx.addIssue({ code: 'custom', path: ['reviews', i, 'date'], message: 'reviews go oldest first, none before the decision date' });
      }
      previous = review.date;
    });
    if (r.reviews?.length && r['review-after-months'] === undefined) {
      ctx.addIssue({ code: 'custom', path: ['review-after-months'], message: 'the next review counts from the last one: give review-after-months' });
    }
  });

export type RecordMeta = z.infer<typeof recordSchema>;
export type RecordOption = z.infer<typeof optionSchema>;
