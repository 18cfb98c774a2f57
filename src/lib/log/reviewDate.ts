/**
 * When a record is due for review: the decision date plus the record's review interval,
 * and how close that is. All in UTC so the build server's time zone never moves a date.
 */
export type ReviewStatus = 'upcoming' | 'due' | 'overdue';

/** How long before the review date a record is shown as due. */
export const DUE_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

/** Days in the UTC month of `date`: day 0 of the next month is the last of this one. */
function daysInMonth(date: Date): number {
  const last = new Date(date.getTime());
  last.setUTCMonth(last.getUTCMonth() + 1, 0);
  return last.getUTCDate();
}

/** Calendar months later; a day the target month lacks becomes its last day (Jan 31 + 1 -> Feb 28/29). */
export function addMonths(date: Date, months: number): Date {
  const whole = Number.isFinite(months) ? Math.trunc(months) : 0;
  const result = new Date(date.getTime());
  // Day 1 first, so moving Jan 31 forward cannot spill over into March.
  result.setUTCMonth(result.getUTCMonth() + whole, 1);
  result.setUTCDate(Math.min(date.getUTCDate(), daysInMonth(result)));
  return result;
}

export function reviewDate(decided: Date, months: number): Date {
  return addMonths(decided, months);
}

/** Whole UTC days since the epoch: a review is due on a date, not at an hour. */
const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/** Overdue from the day after the review date; due in the 30 days up to and including it. */
export function reviewStatus(review: Date, today: Date): ReviewStatus {
  const daysLeft = dayNumber(review) - dayNumber(today);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_WINDOW_DAYS ? 'due' : 'upcoming';
}

/** 'YYYY-MM-DD' in UTC; '' for an invalid date, where toISOString would throw. */
export function toIsoDate(date: Date): string {
  if (!Number.isFinite(date.getTime())) return '';
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Statuses whose decision stands, and so comes up for review; the others are history. */
const STANDING = new Set(['proposed', 'accepted']);

export interface NextReview {
  date: Date;
  /** Months after the decision, or after the last review, when the record counts so. */
  afterMonths?: number;
  /** The last review held, which the next one counts from. */
  lastReview?: Date;
}

/**
 * A standing record's next review: `review-after-months` after its last review (or after
 * the decision when it has had none), or on its `review-date`; none when it gives neither
 * or its decision no longer stands (superseded, rejected, deprecated).
 */
export function recordReview(meta: {
  status?: string | undefined;
  /** Undefined when the record gives no date: then only a fixed review-date is known. */
  date?: Date | undefined;
  'review-after-months'?: number | undefined;
  'review-date'?: Date | undefined;
  reviews?: readonly { date: Date }[] | undefined;
}): NextReview | undefined {
  if (meta.status !== undefined && !STANDING.has(meta.status)) return undefined;
  const months = meta['review-after-months'];
  const lastReview = meta.reviews?.at(-1)?.date;
  const from = lastReview ?? meta.date;
  if (months !== undefined && from) {
    return { date: addMonths(from, months), afterMonths: months, ...(lastReview && { lastReview }) };
  }
  return meta['review-date'] && { date: meta['review-date'] };
}

/** Where a record stands on review as of `today`; 'none' when it has no next review. */
export type ReviewState = ReviewStatus | 'none';
export const REVIEW_STATES: readonly ReviewState[] = ['overdue', 'due', 'upcoming', 'none'];

export function reviewState(review: NextReview | undefined, today: Date): ReviewState {
  return review ? reviewStatus(review.date, today) : 'none';
}
