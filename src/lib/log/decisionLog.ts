/**
 * The decision log as a whole: records newest first with their review state and the
 * records that replaced or amended them, the values the index filters by, and the CSS
 * that makes those filters work without JavaScript.
 */
import type { RecordMeta, Status } from '../../schemas/record';
import { STATUSES } from '../../schemas/record';
import { recordReview, reviewState, REVIEW_STATES, type NextReview, type ReviewState } from './reviewDate';

export interface LoggedRecord {
  id: string;
  meta: RecordMeta;
  supersededBy: string[];
  amendedBy: string[];
}

export type LogEntry<R extends LoggedRecord = LoggedRecord> = R & {
  review: NextReview | undefined;
  state: ReviewState;
  /** The record's tags as filter keys (see tagKey). */
  tagKeys: string[];
};

/** A tag as an id and attribute value: lower case, letters and digits joined by hyphens. */
export function tagKey(tag: string): string {
  return (
    tag
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9æøå]+/g, '-')
      .replace(/^-|-$/g, '') || 'tag'
  );
}

/** Newest decision first; on the same day the higher number first; records without a date last. */
export function logEntries<R extends LoggedRecord>(records: readonly R[], today: Date): LogEntry<R>[] {
  return records
    .map((r) => {
      const review = recordReview(r.meta);
      return { ...r, review, state: reviewState(review, today), tagKeys: (r.meta.tags ?? []).map(tagKey) };
    })
    .sort((a, b) => (b.meta.date?.getTime() ?? -1e15) - (a.meta.date?.getTime() ?? -1e15) || b.meta.number - a.meta.number);
}

export interface FilterValues {
  statuses: { value: Status; count: number }[];
  tags: { value: string; label: string; count: number }[];
  states: { value: ReviewState; count: number }[];
}

/** The values present in the log, each with how many records have it, in a stable order. */
export function filterValues(entries: readonly LogEntry[]): FilterValues {
  const count = <T>(values: T[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());
  const statuses = count(entries.map((e) => e.meta.status));
  const states = count(entries.map((e) => e.state));
  const tags = count(entries.flatMap((e) => [...new Set(e.tagKeys)]));
  const labels = new Map(entries.flatMap((e) => (e.meta.tags ?? []).map((t) => [tagKey(t), t] as const)));
  return {
    statuses: STATUSES.filter((s) => statuses.has(s)).map((value) => ({ value, count: statuses.get(value)! })),
    tags: [...tags.keys()].sort().map((value) => ({ value, label: labels.get(value)!, count: tags.get(value)! })),
    states: REVIEW_STATES.filter((s) => states.has(s)).map((value) => ({ value, count: states.get(value)! })),
  };
}

/** The filter groups: the attribute an entry carries and how its radio ids are named. */
export const FILTER_GROUPS = {
  status: { attribute: 'data-status', match: '=' },
  tag: { attribute: 'data-tags', match: '~=' },
  review: { attribute: 'data-review', match: '=' },
} as const;
export type FilterGroup = keyof typeof FILTER_GROUPS;

export const filterInputId = (group: FilterGroup, value: string) => `filter-${group}-${value}`;

/**
 * One rule per filter value: while its radio is checked, entries without that value are
 * hidden. The groups combine because each hides on its own; no script is involved.
 */
export function filterCss(values: FilterValues): string {
  const rules = (group: FilterGroup, list: readonly { value: string }[]) => {
    const { attribute, match } = FILTER_GROUPS[group];
    return list.map(
      ({ value }) => `.decision-log:has(#${filterInputId(group, value)}:checked) .log-entry:not([${attribute}${match}"${value}"]){display:none}`,
    );
  };
  return [...rules('status', values.statuses), ...rules('tag', values.tags), ...rules('review', values.states)].join('\n');
}

/**
 * What the site's home lists: the `latest` decisions (the log's order, newest first) and
 * every decision overdue for review, the longest overdue first.
 */
export function homeLists<R extends LoggedRecord>(entries: readonly LogEntry<R>[], latest: number): { latest: LogEntry<R>[]; overdue: LogEntry<R>[] } {
  const overdue = entries
    .filter((e) => e.state === 'overdue')
    .sort((a, b) => a.review!.date.getTime() - b.review!.date.getTime() || a.meta.number - b.meta.number);
  return { latest: entries.slice(0, Math.max(0, latest)), overdue };
}
