/** Links between records and review history are checked against the other records. */
import { describe, expect, test } from 'vitest';
import { checkRecords } from '../../src/lib/records/recordChecks';
import type { RecordFolder } from '../../src/schemas/recordFolder';
import type { RecordMeta } from '../../src/schemas/record';

const folder = (id: string, meta: Partial<RecordMeta> = {}): RecordFolder => ({
  id,
  meta: { number: Number(id.slice(0, 4)), title: { nb: id, en: id }, status: 'accepted', date: new Date('2025-01-01'), ...meta },
  pageKeys: { nb: ['decision'], en: ['decision'] },
});
const problems = (folders: RecordFolder[]) => checkRecords(folders, 'records').map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('record links', () => {
  test('records that link to each other correctly pass', () => {
    expect(problems([folder('0001-a', { status: 'superseded' }), folder('0002-b', { supersedes: ['0001-a'], amends: ['0001-a'] })])).toEqual([]);
  });

  test.each([
    ['supersedes', 'records/0002-b/record.yaml supersedes.0: no record "0009-gone" (known: 0001-a, 0002-b)'],
    ['amends', 'records/0002-b/record.yaml amends.0: no record "0009-gone" (known: 0001-a, 0002-b)'],
    ['relates-to', 'records/0002-b/record.yaml relates-to.0: no record "0009-gone" (known: 0001-a, 0002-b)'],
  ] as const)('a %s link to a missing record fails naming file and field', (link, message) => {
    expect(problems([folder('0001-a'), folder('0002-b', { [link]: ['0009-gone'] })])).toEqual([message]);
  });

  test('a superseded record without a successor fails', () => {
    expect(problems([folder('0001-a', { status: 'superseded' })])).toEqual([
      'records/0001-a/record.yaml status: a superseded record needs a successor whose `supersedes` lists it',
    ]);
  });

  test('two records with one number fail', () => {
    expect(problems([folder('0001-a'), folder('0001-b')])).toContain('records/0001-a/record.yaml number: 1 is also the number of 0001-b');
  });

  test('a last review that superseded the decision needs the status to say so', () => {
    const reviews = [{ date: new Date('2026-01-01'), outcome: 'superseded' as const, note: { nb: 'x', en: 'x' } }];
    expect(problems([folder('0001-a', { reviews, 'review-after-months': 12 })])).toEqual([
      'records/0001-a/record.yaml reviews.0.outcome: the last review superseded the decision, so its status must be "superseded"',
    ]);
  });
});

describe('a dated roadmap', () => {
  const roadmap = (dated: boolean) =>
    ({
      phases: [{ phase: 1, name: { nb: 'n', en: 'n' }, months: { nb: '0–6', en: '0–6' }, solution: { nb: 's', en: 's' }, lists: [], options: [], ...(dated ? { dated: { unit: 'month', from: 0, to: 6 } } : {}) }],
      timeline: [],
      actionPlan: [{ when: { nb: 'I dag', en: 'Today' }, phase: 1, steps: [{ nb: 's', en: 's' }], ...(dated ? { dated: { unit: 'day', from: 0 } } : {}) }],
    }) as unknown as NonNullable<RecordFolder['roadmap']>;
  const undated = (f: RecordFolder): RecordFolder => ({ ...f, meta: { ...f.meta, date: undefined } });

  test('counts from the decision date: without one, each dated entry fails naming roadmap.yaml and the field', () => {
    expect(problems([{ ...undated(folder('0001-a')), roadmap: roadmap(true) }])).toEqual([
      'records/0001-a/roadmap.yaml phases.0.dated: counts from the decision date, and record.yaml gives no date',
      'records/0001-a/roadmap.yaml actionPlan.0.dated: counts from the decision date, and record.yaml gives no date',
    ]);
  });

  test.each([
    ['dated, with a decision date', (f: RecordFolder) => f, true],
    ['undated, without a decision date', undated, false],
  ] as const)('%s passes', (_name, shape, dated) => {
    expect(problems([{ ...shape(folder('0001-a')), roadmap: roadmap(dated) }])).toEqual([]);
  });
});
