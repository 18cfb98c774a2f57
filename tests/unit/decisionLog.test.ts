/** The index's timeline and filters, from records as the loader gives them. */
import { describe, expect, test } from 'vitest';
import { filterCss, filterValues, homeLists, logEntries, tagKey, type LoggedRecord } from '../../src/lib/log/decisionLog';
import { toIsoDate } from '../../src/lib/log/reviewDate';
import type { RecordMeta } from '../../src/schemas/record';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const record = (id: string, meta: Partial<RecordMeta>, links: Partial<LoggedRecord> = {}): LoggedRecord => ({
  id,
  meta: { number: Number(id.slice(0, 4)), title: { nb: id, en: id }, status: 'accepted', date: day('2025-01-01'), ...meta },
  supersededBy: [],
  amendedBy: [],
  ...links,
});
const today = day('2026-06-01');

const records = [
  record('0001-a', { date: day('2024-12-16'), 'review-after-months': 12, tags: ['Drift'] }),
  record('0002-b', { date: day('2025-03-10'), 'review-after-months': 12, tags: ['data', 'lagring'], reviews: [{ date: day('2026-03-02'), outcome: 'kept', note: { nb: 'x', en: 'x' } }] }),
  record('0003-c', { date: day('2025-01-20'), status: 'superseded', 'review-after-months': 6, tags: ['data'] }, { supersededBy: ['0004-d'] }),
  record('0004-d', { date: day('2026-02-10'), 'review-after-months': 4, supersedes: ['0003-c'] }),
  record('0005-e', { date: day('2026-02-10'), status: 'rejected' }),
];

describe('decision log', () => {
  test('lists newest decision first, the higher number first on the same day', () => {
    expect(logEntries(records, today).map((e) => e.id)).toEqual(['0005-e', '0004-d', '0002-b', '0003-c', '0001-a']);
  });

  test.each([
    ['0001-a', 'overdue', '2025-12-16'],
    ['0002-b', 'upcoming', '2027-03-02'],
    ['0003-c', 'none', undefined],
    ['0004-d', 'due', '2026-06-10'],
    ['0005-e', 'none', undefined],
  ])('%s is %s (next review %s)', (id, state, next) => {
    const entry = logEntries(records, today).find((e) => e.id === id)!;
    expect(entry.state).toBe(state);
    expect(entry.review && toIsoDate(entry.review.date)).toBe(next);
  });

  test('a review held moves the next review to a year after it', () => {
    const without = logEntries([record('0002-b', { date: day('2025-03-10'), 'review-after-months': 12 })], today)[0]!;
    expect([toIsoDate(without.review!.date), without.state]).toEqual(['2026-03-10', 'overdue']);
  });

  test('filter values count the records that have each, in a fixed order', () => {
    const values = filterValues(logEntries(records, today));
    expect(values.statuses).toEqual([
      { value: 'accepted', count: 3 },
      { value: 'rejected', count: 1 },
      { value: 'superseded', count: 1 },
    ]);
    expect(values.states.map((s) => s.value)).toEqual(['overdue', 'due', 'upcoming', 'none']);
    expect(values.tags).toEqual([
      { value: 'data', label: 'data', count: 2 },
      { value: 'drift', label: 'Drift', count: 1 },
      { value: 'lagring', label: 'lagring', count: 1 },
    ]);
  });

  test('each filter value hides the entries without it while its radio is checked', () => {
    const css = filterCss(filterValues(logEntries(records, today)));
    expect(css).toContain('.decision-log:has(#filter-status-rejected:checked) .log-entry:not([data-status="rejected"]){display:none}');
    expect(css).toContain('.decision-log:has(#filter-tag-data:checked) .log-entry:not([data-tags~="data"]){display:none}');
    expect(css).toContain('.decision-log:has(#filter-review-due:checked) .log-entry:not([data-review="due"]){display:none}');
    expect(css.split('\n')).toHaveLength(3 + 3 + 4);
  });

  test.each([
    ['Data', 'data'],
    ['Event sourcing', 'event-sourcing'],
    ['søk & indeks', 'søk-indeks'],
    ['  C++ ', 'c'],
    ['!!!', 'tag'],
  ])('tag %j is keyed %j', (tag, key) => {
    expect(tagKey(tag)).toBe(key);
  });
});

describe('homeLists', () => {
  const overdueToo = [
    ...records,
    record('0006-f', { date: day('2024-01-10'), 'review-after-months': 6 }),
    record('0007-g', { date: day('2024-12-16'), 'review-after-months': 12 }),
  ];

  test.each([
    [0, []],
    [2, ['0005-e', '0004-d']],
    [5, ['0005-e', '0004-d', '0002-b', '0003-c', '0001-a']],
    [99, ['0005-e', '0004-d', '0002-b', '0003-c', '0001-a']],
  ])('the %i latest decisions, newest first', (n, ids) => {
    expect(homeLists(logEntries(records, today), n).latest.map((e) => e.id)).toEqual(ids);
  });

  test('every overdue decision, the longest overdue first and by number on the same day', () => {
    const { overdue } = homeLists(logEntries(overdueToo, today), 2);
    expect(overdue.map((e) => [e.id, toIsoDate(e.review!.date)])).toEqual([
      ['0006-f', '2024-07-10'],
      ['0001-a', '2025-12-16'],
      ['0007-g', '2025-12-16'],
    ]);
  });

  test('none overdue: an empty list', () => {
    expect(homeLists(logEntries(records, day('2025-06-01')), 3).overdue).toEqual([]);
  });
});
