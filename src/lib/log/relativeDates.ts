/**
 * Relative times in a record ("0–6 months", "Next week", "In 12 months") as dates: counted
 * from the record's decision date, so a roadmap written in December 2024 and read two
 * years later says which months it meant, and which have passed. All in UTC, as
 * src/lib/log/reviewDate.ts counts the review date.
 */
import { addMonths } from './reviewDate';
import { INTL_LOCALE, type Lang } from '../text/locale';

export type DatedUnit = 'day' | 'week' | 'month';

/** A relative time as data: `from` (and `to`) units after the decision; `onward` has no end ("12+ months"). */
export interface Dated {
  unit: DatedUnit;
  from: number;
  to?: number | undefined;
  onward?: boolean | undefined;
}

export interface DatedSpan {
  unit: DatedUnit;
  start: Date;
  /** The first day after the span; none for one that runs on. */
  end?: Date;
  /** From one point to another ("0–6 months"), rather than one day, week or month ("Next month"). */
  range: boolean;
}

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * The dates a relative time stands for. A single unit is a calendar one: "Next week" is
 * the Monday-to-Sunday week after the decision's, "Next month" the calendar month after
 * it; a range counts from the decision's own day ("0–6 months": 16 Dec – 16 Jun).
 */
export function datedSpan(decided: Date, dated: Dated): DatedSpan {
  const day = startOfDay(decided);
  const range = dated.to !== undefined || dated.onward === true;
  const last = dated.to ?? dated.from;
  switch (dated.unit) {
    case 'day':
      return { unit: 'day', start: addDays(day, dated.from), ...(!dated.onward && { end: addDays(day, last + 1) }), range };
    case 'week': {
      const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
      return { unit: 'week', start: addDays(monday, 7 * dated.from), ...(!dated.onward && { end: addDays(monday, 7 * (last + 1)) }), range };
    }
    case 'month': {
      if (range) {
        return { unit: 'month', start: addMonths(day, dated.from), ...(!dated.onward && { end: addMonths(day, last) }), range };
      }
      const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + dated.from, 1));
      return { unit: 'month', start: first, end: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)), range };
    }
  }
}

/** The span's last day; none for one that runs on. */
export const lastDay = (span: DatedSpan): Date | undefined => span.end && addDays(span.end, -1);

/** Whether the whole span lies before `today` (its last day included). */
export const hasPassed = (span: DatedSpan, today: Date): boolean =>
  span.end !== undefined && startOfDay(today).getTime() >= span.end.getTime();

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' })));
  return f;
}
const DAYS = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const MONTHS = { month: 'short', year: 'numeric' } as const;

/**
 * The span as the reader's language writes dates: "16 Dec 2024", "23–29 Dec 2024",
 * "January 2025", "Dec 2024 – Jun 2025"; one that runs on is written by `onward` ("from Dec 2025").
 */
export function datedText(span: DatedSpan, lang: Lang, onward: (date: string) => string): string {
  const last = lastDay(span);
  const options = span.unit === 'month' ? MONTHS : DAYS;
  if (!last) return onward(format(lang, options).format(span.start));
  if (span.unit === 'month' && !span.range) return format(lang, { month: 'long', year: 'numeric' }).format(span.start);
  if (span.unit === 'day' && !span.range) return format(lang, DAYS).format(span.start);
  return format(lang, options).formatRange(span.start, last);
}
