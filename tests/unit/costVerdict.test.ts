/**
 * The calculator's verdict sentence over the reader's horizon: the cheapest option, and
 * when the record's option breaks even with the baseline, in both languages. (ADR 0001's
 * break-even months: tests/unit/content/adr0001Costs.test.ts; here a fixture record's.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { costsSchema } from '../../src/schemas/costs';
import { computeCosts, defaultCostInputs, PAYBACK_SEARCH_MONTHS, type Range } from '../../src/lib/calculator/costModel';
import { breakEven, breakEvenMarks, costVerdict, type VerdictOption } from '../../src/lib/calculator/costVerdict';

const STRINGS = { en: en.calculator, nb: nb.calculator };
/** Intl writes no-break spaces; compare as a reader reads. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

type Figure = number | [low: number, high: number];
const range = (f: Figure): Range => (typeof f === 'number' ? { low: f, high: f } : { low: f[0], high: f[1] });

/** An option that costs `oneOff` up front and `monthly` each month, over `horizon` months. */
function option(id: string, oneOff: Figure, monthly: Figure, horizon: number): VerdictOption {
  const [o, m] = [range(oneOff), range(monthly)];
  return { id, name: id, oneOff: o, monthly: m, tco: { low: o.low + m.low * horizon, high: o.high + m.high * horizon } };
}

interface Case {
  name: string;
  lang: 'en' | 'nb';
  horizon: number;
  /** [id, one-off, monthly]; A is the baseline, B the option whose break-even is stated. */
  options: [string, Figure, Figure][];
  payback?: string;
  limit?: number;
  verdict: string;
}

const A: [string, Figure, Figure] = ['A', 0, 100];
const CASES: Case[] = [
  {
    name: 'breaks even before the horizon and is the cheapest',
    lang: 'en',
    horizon: 36,
    options: [A, ['B', 1000, 0]],
    verdict: 'Over 36 months B is the cheapest (€1,000); it breaks even with A in month 10.',
  },
  {
    name: 'breaks even after the horizon, within the search limit',
    lang: 'en',
    horizon: 6,
    options: [A, ['B', 1000, 0]],
    verdict: 'Over 6 months A is the cheapest (€600); B would cost €400 more than A and breaks even with A only in month 10, after your 6 months.',
  },
  {
    name: 'breaks even in the horizon’s last month, level with the baseline',
    lang: 'en',
    horizon: 10,
    options: [A, ['B', 1000, 0]],
    verdict: 'Over 10 months A and B are jointly the cheapest (€1,000); B breaks even with A in month 10.',
  },
  {
    name: 'never breaks even: dearer up front and each month',
    lang: 'en',
    horizon: 36,
    options: [A, ['B', 1000, 150]],
    verdict: 'Over 36 months A is the cheapest (€3,600); B would cost €2,800 more than A and never breaks even with A within 10 years.',
  },
  {
    name: 'never within 10 years: it would only in month 130',
    lang: 'en',
    horizon: 36,
    options: [A, ['B', 13000, 0]],
    verdict: 'Over 36 months A is the cheapest (€3,600); B would cost €9,400 more than A and never breaks even with A within 10 years.',
  },
  {
    name: 'equal costs',
    lang: 'en',
    horizon: 36,
    options: [A, ['B', 0, 100]],
    verdict: 'Over 36 months A and B are jointly the cheapest (€3,600); B costs the same as A every month.',
  },
  {
    name: 'one platform',
    lang: 'en',
    horizon: 36,
    options: [A],
    verdict: 'Over 36 months A costs €3,600.',
  },
  {
    name: 'no option to compare (no payback in costs.yaml)',
    lang: 'en',
    horizon: 12,
    options: [A, ['B', 1000, 0]],
    payback: 'none',
    verdict: 'Over 12 months B is the cheapest (€1,000).',
  },
  {
    name: 'low and high estimates break even in different months, both within the horizon',
    lang: 'en',
    horizon: 36,
    options: [A, ['B', [500, 2000], 0]],
    verdict: 'Over 36 months B is the cheapest (€500–2,000); it breaks even with A in month 5–20.',
  },
  {
    name: 'the low estimates break even within the horizon, the high ones after it',
    lang: 'en',
    horizon: 12,
    options: [A, ['B', [500, 2000], 0]],
    verdict:
      'Cheapest over 12 months: B with the low estimates (€500), A with the high estimates (€1,200); B would cost €700 less than A with the low estimates and €800 more with the high estimates, and breaks even with A in month 5 (low estimates), and breaks even with A only in month 20, after your 12 months (high estimates).',
  },
  {
    name: 'cheaper at first, dearer later',
    lang: 'en',
    horizon: 36,
    options: [['A', 1000, 100], ['B', 0, 200]],
    verdict: 'Over 36 months A is the cheapest (€4,600); B would cost €2,600 more than A and costs less than A at first, but more from month 11.',
  },
  {
    name: 'cheaper from the start',
    lang: 'en',
    horizon: 24,
    options: [A, ['B', 0, 50]],
    verdict: 'Over 24 months B is the cheapest (€1,200); it costs less than A from the start.',
  },
  {
    name: 'a third option is the cheapest',
    lang: 'en',
    horizon: 36,
    options: [A, ['B', 1000, 0], ['C', 0, 20]],
    verdict: 'Over 36 months C is the cheapest (€720); B would cost €2,600 less than A and breaks even with A in month 10.',
  },
  {
    name: 'one month and one year: singular forms',
    lang: 'en',
    horizon: 1,
    limit: 12,
    options: [A, ['B', 1000, 150]],
    verdict: 'Over 1 month A is the cheapest (€100); B would cost €1,050 more than A and never breaks even with A within 1 year.',
  },
  {
    name: 'level up front, dearer each month (an hour valued at 0): never cheaper, not “cheaper at first”',
    lang: 'en',
    horizon: 12,
    options: [A, ['B', 0, 160]],
    verdict: 'Over 12 months A is the cheapest (€1,200); B would cost €720 more than A and never breaks even with A within 10 years.',
  },
  {
    name: 'a third option is the cheapest, the option dearer than the baseline at one end and cheaper at the other',
    lang: 'en',
    horizon: 24,
    options: [['A', 0, [1000, 1920]], ['B', [8000, 10000], [1000, 1425]], ['C', 0, [500, 1000]]],
    verdict:
      'Over 24 months C is the cheapest (€12,000–24,000); B would cost €8,000 more than A with the low estimates and €1,880 less with the high estimates, and never breaks even with A within 10 years (low estimates), and breaks even with A in month 21 (high estimates).',
  },
  {
    name: 'nb: level up front, dearer each month',
    lang: 'nb',
    horizon: 12,
    options: [A, ['B', 0, 160]],
    verdict: 'Over 12 måneder er A billigst (1 200 €); B koster 720 € mer enn A og tjener seg aldri inn mot A innen 10 år.',
  },
  {
    name: 'nb: a third option is the cheapest, the option dearer at one end and cheaper at the other',
    lang: 'nb',
    horizon: 24,
    options: [['A', 0, [1000, 1920]], ['B', [8000, 10000], [1000, 1425]], ['C', 0, [500, 1000]]],
    verdict:
      'Over 24 måneder er C billigst (12 000–24 000 €); B koster 8 000 € mer enn A med de lave anslagene og 1 880 € mindre med de høye, og tjener seg aldri inn mot A innen 10 år (lave anslag), og tjener seg inn mot A i måned 21 (høye anslag).',
  },
  {
    name: 'nb: breaks even before the horizon',
    lang: 'nb',
    horizon: 36,
    options: [A, ['B', 1000, 0]],
    verdict: 'Over 36 måneder er B billigst (1 000 €); den tjener seg inn mot A i måned 10.',
  },
  {
    name: 'nb: after the horizon',
    lang: 'nb',
    horizon: 6,
    options: [A, ['B', 1000, 0]],
    verdict: 'Over 6 måneder er A billigst (600 €); B koster 400 € mer enn A og tjener seg inn mot A først i måned 10, etter dine 6 måneder.',
  },
  {
    name: 'nb: never within 10 years',
    lang: 'nb',
    horizon: 36,
    options: [A, ['B', 1000, 150]],
    verdict: 'Over 36 måneder er A billigst (3 600 €); B koster 2 800 € mer enn A og tjener seg aldri inn mot A innen 10 år.',
  },
  {
    name: 'nb: equal costs',
    lang: 'nb',
    horizon: 36,
    options: [A, ['B', 0, 100]],
    verdict: 'Over 36 måneder er A og B delt billigst (3 600 €); B koster det samme som A hver måned.',
  },
  {
    name: 'nb: one platform, one month',
    lang: 'nb',
    horizon: 1,
    options: [A],
    verdict: 'Over 1 måned koster A 100 €.',
  },
];

describe('costVerdict', () => {
  it.each(CASES)('$name', ({ lang, horizon, options, payback = 'B', limit = PAYBACK_SEARCH_MONTHS, verdict }) => {
    const sentence = costVerdict({
      lang,
      strings: STRINGS[lang],
      horizon,
      limit,
      options: options.map(([id, oneOff, monthly]) => option(id, oneOff, monthly, horizon)),
      baseline: 'A',
      payback,
    });
    expect(plain(sentence)).toBe(verdict);
  });
});

describe('breakEven', () => {
  const a = { oneOff: range(0), monthly: range(100) };
  it.each([
    ['same', { oneOff: range(0), monthly: range(100) }, { kind: 'same' }],
    ['cheaper', { oneOff: range(0), monthly: range(99) }, { kind: 'cheaper' }],
    ['exactly at a month end', { oneOff: range(1000), monthly: range(0) }, { kind: 'month', month: 10, at: 10 }],
    ['part-way through a month', { oneOff: range(1050), monthly: range(0) }, { kind: 'month', month: 11, at: 10.5 }],
    ['after the horizon', { oneOff: range(5000), monthly: range(0) }, { kind: 'later', month: 50, at: 50 }],
    ['the last month searched', { oneOff: range(12000), monthly: range(0) }, { kind: 'later', month: 120, at: 120 }],
    ['beyond the search', { oneOff: range(12001), monthly: range(0) }, { kind: 'never' }],
    ['dearer every month', { oneOff: range(1), monthly: range(100) }, { kind: 'never' }],
    ['cheaper first', { oneOff: range(-500), monthly: range(150) }, { kind: 'until', month: 11, at: 10 }],
    ['level up front, dearer each month', { oneOff: range(0), monthly: range(150) }, { kind: 'never' }],
  ] as const)('%s', (_name, b, expected) => {
    expect(breakEven(b, a, 'low', 36, 120)).toEqual(expected);
  });

  it('on the cost model’s figures (a fixture record): the cluster never breaks even with the embedded index; without its monthly costs it would, in month 43 (low) and 40 (high)', () => {
    type Id = 'embedded' | 'replica' | 'cluster';
    const costs = costsSchema.parse(parse(readFileSync('tests/fixtures/engine-record/0001-search-index/costs.yaml', 'utf8')));
    const inputs = defaultCostInputs<Id>(costs);
    const line = (r: ReturnType<typeof computeCosts<Id>>, id: 'embedded' | 'cluster') => ({
      oneOff: r.platforms[id].oneOffCost,
      monthly: r.platforms[id].monthlyTotal,
    });
    const before = computeCosts(inputs);
    for (const end of ['low', 'high'] as const) {
      expect(breakEven(line(before, 'cluster'), line(before, 'embedded'), end, 18, 120)).toEqual({ kind: 'never' });
    }
    inputs.platforms.cluster.infrastructure = { nodes: { low: 0, high: 0 } };
    inputs.platforms.cluster.opsHoursPerMonth = { low: 0, high: 0 };
    const after = computeCosts(inputs);
    // One-off €9,000–13,200 against the embedded index's €210–335 a month: 42.9 and 39.4 months.
    expect(breakEven(line(after, 'cluster'), line(after, 'embedded'), 'low', 18, 120)).toMatchObject({ kind: 'later', month: 43 });
    expect(breakEven(line(after, 'cluster'), line(after, 'embedded'), 'high', 18, 120)).toMatchObject({ kind: 'later', month: 40 });
  });
});

describe('breakEvenMarks', () => {
  const a = { oneOff: range(0), monthly: range(100) };
  it.each([
    ['both ends within the horizon', 36, { oneOff: range([500, 2000]), monthly: range(0) }, [{ at: 5, cost: 500, month: 5 }, { at: 20, cost: 2000, month: 20 }]],
    ['only the low end within it', 12, { oneOff: range([500, 2000]), monthly: range(0) }, [{ at: 5, cost: 500, month: 5 }]],
    ['none: never breaks even', 36, { oneOff: range(1000), monthly: range(150) }, []],
    ['none: cheaper from the start', 36, { oneOff: range(0), monthly: range(50) }, []],
  ] as const)('%s', (_name, horizon, b, marks) => {
    expect(breakEvenMarks(b, a, horizon, 120)).toEqual(marks);
  });
});
