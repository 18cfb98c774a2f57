/**
 * A record's relative times as dates counted from its decision: "0–6 months" written on
 * 16 December 2024 means Dec 2024 – Jun 2025, "Next week" the week of 23 December, and
 * each says when it has passed.
 */
import { describe, expect, it } from 'vitest';
import { datedSpan, datedText, hasPassed, lastDay, type Dated } from '../../src/lib/log/relativeDates';

const DECIDED = new Date('2024-12-16T00:00:00Z');
const onward = { nb: (d: string) => `fra ${d}`, en: (d: string) => `from ${d}` };
const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

// English ranges are Intl's: an en dash between thin spaces (U+2009).
describe('a relative time becomes dates from the decision', () => {
  it.each<[string, Dated, string, string, string, string | undefined]>([
    // As written          data                                    nb                         en                        start         last day
    ['Now (0–6 months)', { unit: 'month', from: 0, to: 6 }, 'des. 2024–juni 2025', 'Dec 2024\u2009–\u2009Jun 2025', '2024-12-16', '2025-06-15'],
    ['6–12 months', { unit: 'month', from: 6, to: 12 }, 'juni–des. 2025', 'Jun\u2009–\u2009Dec 2025', '2025-06-16', '2025-12-15'],
    ['3–6 months', { unit: 'month', from: 3, to: 6 }, 'mars–juni 2025', 'Mar\u2009–\u2009Jun 2025', '2025-03-16', '2025-06-15'],
    ['12+ months', { unit: 'month', from: 12, onward: true }, 'fra des. 2025', 'from Dec 2025', '2025-12-16', undefined],
    ['Today', { unit: 'day', from: 0 }, '16. des. 2024', '16 Dec 2024', '2024-12-16', '2024-12-16'],
    ['Next week', { unit: 'week', from: 1 }, '23.–29. des. 2024', '23\u2009–\u200929 Dec 2024', '2024-12-23', '2024-12-29'],
    ['Next month', { unit: 'month', from: 1 }, 'januar 2025', 'January 2025', '2025-01-01', '2025-01-31'],
    ['In 6 months', { unit: 'month', from: 6 }, 'juni 2025', 'June 2025', '2025-06-01', '2025-06-30'],
    ['In 12 months', { unit: 'month', from: 12 }, 'desember 2025', 'December 2025', '2025-12-01', '2025-12-31'],
    ['within 3 days', { unit: 'day', from: 0, to: 3 }, '16.–19. des. 2024', '16\u2009–\u200919 Dec 2024', '2024-12-16', '2024-12-19'],
  ])('%s', (_, dated, nb, en, start, last) => {
    const span = datedSpan(DECIDED, dated);
    expect(datedText(span, 'nb', onward.nb)).toBe(nb);
    expect(datedText(span, 'en', onward.en)).toBe(en);
    expect(iso(span.start)).toBe(start);
    expect(iso(lastDay(span))).toBe(last);
  });

  it.each<[string, Dated, string, string]>([
    // A week runs Monday to Sunday, whatever the decision's weekday.
    ['a Sunday decision: next week', { unit: 'week', from: 1 }, '2024-12-22', '2024-12-23'],
    ['a Monday decision: this week', { unit: 'week', from: 0 }, '2024-12-16', '2024-12-16'],
    // A month range from the 31st ends on the shorter month's last day (src/lib/log/reviewDate.ts addMonths).
    ['31 January + 0–1 months', { unit: 'month', from: 0, to: 1 }, '2025-01-31', '2025-01-31'],
    // The hour of the decision never moves the day.
    ['a decision at 23:30', { unit: 'day', from: 1 }, '2024-12-16T23:30:00Z', '2024-12-17'],
  ])('%s', (_, dated, decided, start) => {
    expect(iso(datedSpan(new Date(decided.length === 10 ? `${decided}T00:00:00Z` : decided), dated).start)).toBe(start);
  });
});

describe('a span has passed from the day after its last day', () => {
  it.each<[Dated, string, boolean]>([
    [{ unit: 'month', from: 0, to: 6 }, '2025-06-15', false],
    [{ unit: 'month', from: 0, to: 6 }, '2025-06-16', true],
    [{ unit: 'week', from: 1 }, '2024-12-29T23:59:00Z', false],
    [{ unit: 'week', from: 1 }, '2024-12-30', true],
    [{ unit: 'day', from: 0 }, '2024-12-16T12:00:00Z', false],
    [{ unit: 'day', from: 0 }, '2024-12-17', true],
    [{ unit: 'month', from: 12 }, '2026-12-05', true],
    // One that runs on never passes.
    [{ unit: 'month', from: 12, onward: true }, '2099-01-01', false],
  ])('%j on %s: %s', (dated, today, passed) => {
    expect(hasPassed(datedSpan(DECIDED, dated), new Date(today.length === 10 ? `${today}T00:00:00Z` : today))).toBe(passed);
  });
});
