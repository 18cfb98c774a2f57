/**
 * The cross-checks of the record data files no tool owns (decision.yaml, alternatives.yaml,
 * roadmap.yaml), each defined beside its schema and run by checkRecords: a file that names
 * an option, a column, a phase or a figure its record does not have fails naming the file
 * and the field. Only the fields the checks read are filled in.
 */
import { describe, expect, test } from 'vitest';
import { checkRecords, problemText } from '../../src/lib/records/recordChecks';
import type { RecordFolder } from '../../src/schemas/recordFolder';

const text = { nb: 'x', en: 'x' };
const row = (cells: Record<string, unknown>) => ({ id: 'fit', criterion: text, cells, recommendation: text, mark: 'ok' });

/** A record whose files agree: options a and b, figures for a only. */
const good = () => ({
  id: '0001-a',
  meta: { number: 1, title: text, status: 'accepted', date: new Date('2025-01-01'), options: [{ id: 'a', name: text }, { id: 'b', name: text }] },
  pageKeys: { nb: ['decision'], en: ['decision'] },
  costs: { baseline: 'a', platforms: [{ id: 'a' }] },
  decision: { columns: ['a', 'b'], rows: [row({ a: { figure: 'infrastructure' }, b: { text } })] },
  alternatives: {
    rows: [{ option: 'a' }, { option: 'b', monthlyCost: 10 }],
    prosCons: [{ option: 'b', pros: [text], cons: [text] }],
  },
  roadmap: { phases: [{ phase: 1, dated: { unit: 'month', from: 0 } }], timeline: [], actionPlan: [{ phase: 1, steps: [text] }] },
});
type Folder = ReturnType<typeof good>;

const problems = (change: (f: Folder) => void) => {
  const folder = good();
  change(folder);
  return checkRecords([folder as unknown as RecordFolder], 'records').map(problemText);
};

describe('the record data files checked against their record', () => {
  test('a record whose files agree passes', () => {
    expect(problems(() => {})).toEqual([]);
  });

  test.each([
    ['a decision column that is not an option', (f: Folder) => (f.decision.columns = ['a', 'c']), [
      'records/0001-a/decision.yaml columns.1: unknown option "c" (record.yaml options: a, b)',
      'records/0001-a/decision.yaml rows.0.cells: no cell for column "c"',
      'records/0001-a/decision.yaml rows.0.cells.b: "b" is not one of the columns',
    ]],
    ['a decision row without a cell for a column', (f: Folder) => (f.decision.rows = [row({ a: { text } })]), [
      'records/0001-a/decision.yaml rows.0.cells: no cell for column "b"',
    ]],
    ['a decision figure of an option costs.yaml has no figures for', (f: Folder) => (f.decision.rows = [row({ a: { text }, b: { figure: 'infrastructure' } })]), [
      'records/0001-a/decision.yaml rows.0.cells.b.figure: costs.yaml has no figures for "b"',
    ]],
    ['figures in a record without costs.yaml', (f: Folder) => delete (f as Partial<Folder>).costs, [
      'records/0001-a/decision.yaml rows.0.cells.a.figure: costs.yaml has no figures for "a"',
      'records/0001-a/alternatives.yaml rows.0.monthlyCost: needed: costs.yaml has no figures for "a"',
    ]],
    ['an alternative that is not an option', (f: Folder) => (f.alternatives.rows[1]!.option = 'c'), [
      'records/0001-a/alternatives.yaml rows.1.option: unknown option "c" (record.yaml options: a, b)',
    ]],
    ['an alternative without its own cost nor figures in costs.yaml', (f: Folder) => delete f.alternatives.rows[1]!.monthlyCost, [
      'records/0001-a/alternatives.yaml rows.1.monthlyCost: needed: costs.yaml has no figures for "b"',
    ]],
    ['pros and cons of an option the record does not have', (f: Folder) => (f.alternatives.prosCons[0]!.option = 'c'), [
      'records/0001-a/alternatives.yaml prosCons.0.option: unknown option "c" (record.yaml options: a, b)',
    ]],
    ['an action plan block for a phase the roadmap does not have', (f: Folder) => (f.roadmap.actionPlan[0]!.phase = 2), [
      'records/0001-a/roadmap.yaml actionPlan.0.phase: no phase 2 in phases',
    ]],
    ['a dated phase in a record without a date', (f: Folder) => delete (f.meta as Partial<Folder['meta']>).date, [
      'records/0001-a/roadmap.yaml phases.0.dated: counts from the decision date, and record.yaml gives no date',
    ]],
  ])('%s fails naming the file and the field', (_, change, expected) => {
    expect(problems(change)).toEqual(expected);
  });
});
