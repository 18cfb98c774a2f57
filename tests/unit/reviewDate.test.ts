import { describe, expect, it } from 'vitest';
import { addMonths, reviewDate, reviewStatus, toIsoDate } from '../../src/lib/log/reviewDate';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('review date', () => {
  it('record 0001, decided 2024-12-16, is reviewed 12 months later on 2025-12-16', () => {
    expect(toIsoDate(reviewDate(utc('2024-12-16'), 12))).toBe('2025-12-16');
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-10-31', 4, '2025-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-05-15', 0, '2024-05-15'],
  ])('%s + %d months is %s', (from, months, to) => {
    expect(toIsoDate(addMonths(utc(from), months))).toBe(to);
  });

  it('keeps the time of day and does not change the date it was given', () => {
    const decided = new Date('2024-12-16T13:45:00Z');
    expect(addMonths(decided, 1).toISOString()).toBe('2025-01-16T13:45:00.000Z');
    expect(decided.toISOString()).toBe('2024-12-16T13:45:00.000Z');
  });

  it('ignores a fractional or non-numeric month count rather than producing an invalid date', () => {
    expect(toIsoDate(addMonths(utc('2024-12-16'), 1.9))).toBe('2025-01-16');
    expect(toIsoDate(addMonths(utc('2024-12-16'), Number.NaN))).toBe('2024-12-16');
  });

  it('writes an invalid date as an empty string instead of throwing', () => {
    expect(toIsoDate(new Date(Number.NaN))).toBe('');
  });

  it('pads years, months and days', () => {
    expect(toIsoDate(utc('0999-01-02'))).toBe('0999-01-02');
  });
});

describe('review status', () => {
  const review = utc('2025-12-16');

  it.each([
    ['2025-11-15', 'upcoming'],
    ['2025-11-16', 'due'],
    ['2025-12-16', 'due'],
    ['2025-12-17', 'overdue'],
  ] as const)('on %s the review is %s', (today, status) => {
    expect(reviewStatus(review, utc(today))).toBe(status);
  });

  it('is still due, not overdue, late on the review day itself', () => {
    expect(reviewStatus(review, new Date('2025-12-16T23:59:59Z'))).toBe('due');
  });
});
