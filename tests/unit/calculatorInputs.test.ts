/**
 * The calculator validates by hand (FieldSpec bounds, read by parseLocaleNumber and
 * urlState) so that zod stays out of the browser. These tests write the same rules as
 * a zod schema and check that both accept and reject exactly the same values, whether
 * typed into a field (in either language) or carried by a link.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { costsSchema } from '../../src/schemas/costs';
import { recordSchema } from '../../src/schemas/record';
import { computeCosts, defaultCostInputs } from '../../src/lib/calculator/costModel';
import { parseLocaleNumber, toInputString } from '../../src/lib/text/localeNumber';
import { decodeState, encodeState } from '../../src/lib/site/urlState';
import {
  BOUNDS,
  calculatorData,
  costFieldSpecs,
  DOWNTIME_COST_KEY,
  fieldErrorText,
  HORIZON_KEY,
  horizonHint,
  labelWithUnit,
  hoursKey,
  infraKey,
  inputsToValues,
  inputsUsed,
  RATE_KEY,
  valuesToInputs,
  type NumberSpec,
} from '../../src/lib/calculator/costFields';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { t } from '../../src/i18n';

/** A fixture record with invented figures (tests/fixtures/engine-record). */
const RECORD = 'tests/fixtures/engine-record/0001-search-index';
const costs = costsSchema.parse(parse(readFileSync(`${RECORD}/costs.yaml`, 'utf8')));
const options = recordSchema.parse(parse(readFileSync(`${RECORD}/record.yaml`, 'utf8'))).options ?? [];
const defaults = defaultCostInputs<'embedded' | 'replica' | 'cluster'>(costs);
const specs = costFieldSpecs(defaults);
const byKey = new Map(specs.map((s) => [s.key, s]));
const spec = (key: string) => {
  const s = byKey.get(key);
  if (!s) throw new Error(`no field ${key}`);
  return s;
};

/** The rules as zod would state them, written independently of BOUNDS. */
const zodFor = {
  hourlyRate: z.number().nonnegative().max(10_000),
  horizonMonths: z.number().int().min(1).max(60),
  money: z.number().nonnegative().max(1_000_000_000),
  hoursPerMonth: z.number().nonnegative().max(744),
  hours: z.number().nonnegative().max(100_000),
  downtimeCost: z.number().nonnegative().max(1_000_000),
};

/** Which zod rule a field follows, from its key alone. */
function zodOf(key: string) {
  if (key === RATE_KEY) return zodFor.hourlyRate;
  if (key === HORIZON_KEY) return zodFor.horizonMonths;
  if (key === DOWNTIME_COST_KEY) return zodFor.downtimeCost;
  if (key.includes('.infra.')) return zodFor.money;
  if (key.includes('.ops.') || key.includes('.down.')) return zodFor.hoursPerMonth;
  return zodFor.hours;
}

/** Accepted by a field when typed in `lang`. */
const typed = (s: NumberSpec, value: number, lang: 'nb' | 'en') =>
  parseLocaleNumber(toInputString(value, lang), lang, s).ok;
/** Accepted from a link. */
const linked = (s: NumberSpec, value: number) => decodeState([s], `${s.key}=${String(value)}`).values[s.key] === value;

const probes = [
  0,
  -1,
  -0.5,
  1,
  12,
  12.5,
  50,
  60,
  61,
  744,
  744.5,
  745,
  10_000,
  10_001,
  100_000,
  100_001,
  1_000_000,
  1_000_001,
  1e9,
  1e9 + 1,
  1e12,
];

describe('field specs', () => {
  it('cover the two assumptions and every figure of every platform, low and high', () => {
    // 2 assumptions; the embedded and replicated index have 1 infrastructure item, the cluster 3; 3 hour figures each.
    expect(specs).toHaveLength(2 + 2 * (1 + 1 + 3) + 2 * 3 * 3);
    expect(new Set(specs.map((s) => s.key)).size).toBe(specs.length);
    expect(spec(infraKey('cluster', 'gateway', 'high'))).toMatchObject(BOUNDS.money);
    expect(spec(hoursKey('replica', 'ops', 'low'))).toMatchObject(BOUNDS.hoursPerMonth);
    expect(spec(hoursKey('cluster', 'learn', 'high'))).toMatchObject(BOUNDS.hours);
  });

  it('agree with costs.yaml’s schema on the hourly rate and the horizon', () => {
    const assumptions = costsSchema.shape.assumptions;
    for (const rate of [0, 50, 10_000, 10_001, -1]) {
      expect(typed(spec(RATE_KEY), rate, 'en'), `rate ${rate}`).toBe(
        assumptions.safeParse({ hourlyRate: rate, horizonMonths: 12 }).success,
      );
    }
    for (const months of [0, 1, 12, 12.5, 60, 61]) {
      expect(typed(spec(HORIZON_KEY), months, 'nb'), `horizon ${months}`).toBe(
        assumptions.safeParse({ hourlyRate: 50, horizonMonths: months }).success,
      );
    }
  });
});

describe('hand-written validation and zod agree', () => {
  it('on the horizon: 0, -1, 60, 61 and 12.5', () => {
    const s = spec(HORIZON_KEY);
    const expected = { 0: false, [-1]: false, 1: true, 60: true, 61: false, 12.5: false } as Record<number, boolean>;
    for (const [text, ok] of Object.entries(expected)) {
      const v = Number(text);
      expect(zodFor.horizonMonths.safeParse(v).success, `zod ${v}`).toBe(ok);
      expect(typed(s, v, 'nb'), `nb ${v}`).toBe(ok);
      expect(typed(s, v, 'en'), `en ${v}`).toBe(ok);
      expect(linked(s, v), `link ${v}`).toBe(ok);
    }
  });

  it('on money: 0 and 1e9 pass, -1 and 1e9 + 1 fail', () => {
    const s = spec(infraKey('embedded', 'server', 'low'));
    for (const [v, ok] of [
      [0, true],
      [1e9, true],
      [-1, false],
      [1e9 + 1, false],
    ] as const) {
      expect(zodFor.money.safeParse(v).success, `zod ${v}`).toBe(ok);
      expect(typed(s, v, 'en'), `en ${v}`).toBe(ok);
      expect(linked(s, v), `link ${v}`).toBe(ok);
    }
  });

  it('on every field for a set of edge values', () => {
    for (const s of specs) {
      for (const v of probes) {
        const ok = zodOf(s.key).safeParse(v).success;
        expect(typed(s, v, 'nb'), `${s.key} nb ${v}`).toBe(ok);
        expect(typed(s, v, 'en'), `${s.key} en ${v}`).toBe(ok);
        expect(linked(s, v), `${s.key} link ${v}`).toBe(ok);
      }
    }
  });

  it('on every field for any number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...specs),
        fc.oneof(
          fc.double({ min: -1e10, max: 2e9, noNaN: true }),
          fc.integer({ min: -100_000, max: 2_000_000 }).map((n) => n / 100),
          fc.integer({ min: -10, max: 1000 }),
        ),
        (s, raw) => {
          const v = raw + 0; // -0 is 0 to both
          const ok = zodOf(s.key).safeParse(v).success;
          expect(linked(s, v)).toBe(ok);
          // A field shows at most 15 significant digits; compare only what it can show exactly.
          if (Number(toInputString(v, 'en')) === v) {
            expect(typed(s, v, 'en')).toBe(ok);
            expect(typed(s, v, 'nb')).toBe(ok);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on words, exponents, Infinity and NaN: no field takes them', () => {
    for (const s of specs) {
      for (const text of ['abc', '1e309', 'Infinity', 'NaN', '', ' ', '0x10', '--5']) {
        expect(parseLocaleNumber(text, 'en', s).ok, `${s.key} "${text}"`).toBe(false);
      }
      for (const text of ['Infinity', 'NaN', '1e309', 'abc', '']) {
        expect(
          decodeState([s], `${s.key}=${encodeURIComponent(text)}`).values[s.key],
          `${s.key} link "${text}"`,
        ).toBeUndefined();
      }
    }
  });
});

describe('form values', () => {
  it('hold costs.yaml’s figures, which every field accepts', () => {
    const values = inputsToValues(defaults, specs);
    expect(Object.keys(values).sort()).toEqual(specs.map((s) => s.key).sort());
    for (const s of specs) expect(zodOf(s.key).safeParse(values[s.key]).success, s.key).toBe(true);
    expect(values[infraKey('cluster', 'nodes', 'high')]).toBe(150);
    expect(values[hoursKey('cluster', 'setup', 'low')]).toBe(50);
  });

  it('turn back into the same inputs, and a link of them restores them', () => {
    expect(valuesToInputs(inputsToValues(defaults, specs), defaults, specs)).toEqual(defaults);
    const changed = { ...inputsToValues(defaults, specs), [RATE_KEY]: 80, [hoursKey('cluster', 'ops', 'high')]: 60 };
    const query = encodeState(specs, changed, inputsToValues(defaults, specs));
    expect(query).toBe('cluster.ops.high=60&rate=80');
    const restored = valuesToInputs(
      { ...inputsToValues(defaults, specs), ...decodeState(specs, query).values },
      defaults,
      specs,
    );
    expect(restored.hourlyRate).toBe(80);
    expect(restored.platforms.cluster.opsHoursPerMonth).toEqual({ low: 30, high: 60 });
  });

  it('ignore a value that is not a finite number', () => {
    const inputs = valuesToInputs(
      { [RATE_KEY]: Number.NaN, [HORIZON_KEY]: Infinity, [infraKey('embedded', 'server', 'low')]: '5' },
      defaults,
      specs,
    );
    expect(inputs).toEqual(defaults);
  });

  it('reproduce costs.yaml’s results', () => {
    const { embedded, replica, cluster } = computeCosts(
      valuesToInputs(inputsToValues(defaults, specs), defaults, specs),
    ).platforms;
    expect(embedded.infraMonthly).toEqual({ low: 30, high: 35 });
    expect(embedded.opsHoursMonthly).toEqual({ low: 3, high: 5 });
    expect(replica.infraMonthly).toEqual({ low: 75, high: 75 });
    expect(cluster.infraMonthly).toEqual({ low: 120, high: 210 });
    expect(cluster.infraMultipleOfBaseline).toEqual({ low: 4, high: 6 });
    expect(cluster.opsHoursMonthly).toEqual({ low: 30, high: 50 });
    expect(cluster.oneOffHours).toEqual({ low: 150, high: 220 });
  });
});

describe('the island’s data', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`gives every field a place in the form and every row a figure (${lang})`, () => {
      const data = calculatorData(costs, options, lang, (key) => t(lang, key));
      const placed = [
        RATE_KEY,
        HORIZON_KEY,
        ...(data.downtime ? [DOWNTIME_COST_KEY] : []),
        ...data.platforms.flatMap((p) => p.pairs.flatMap((pair) => [...pair.keys])),
      ];
      expect(placed.sort()).toEqual(data.fields.map((f) => f.key).sort());
      expect(data.values).toEqual(inputsToValues(defaults, specs));
      const result = computeCosts(defaults).platforms.cluster;
      const figures: Record<string, unknown> = { ...defaults.platforms.cluster, ...result };
      for (const line of [...data.rows, ...data.markdown]) expect(figures[line.metric], line.metric).toBeDefined();
      // The figure in the page language's style: nb "75 €", en "€75".
      expect(data.platforms.find((p) => p.id === 'replica')?.assumption).toMatch(lang === 'nb' ? /\b75\u00a0€/ : /€75\b/);
      expect(data.platforms.find((p) => p.id === 'cluster')?.assumption).toBeUndefined();
    });
  }
});

describe('the inputs printed with the results', () => {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  it.each([
    ['en', {}, "Figures used: one hour valued at €60, a period of 18 months. Every other figure is the document's."],
    [
      'en',
      { [hoursKey('cluster', 'ops', 'high')]: 60, [infraKey('embedded', 'server', 'low')]: 25.5 },
      "Figures used: one hour valued at €60, a period of 18 months. Changed from the document's figures: Embedded index, Application server (€/month), low: 25.5 (document: 30); Search cluster, Operations (hours/month), high: 60 (document: 50).",
    ],
    ['nb', {}, 'Brukte tall: én time verdsatt til 60 €, en periode på 18 måneder. Alle andre tall er dokumentets.'],
    [
      'nb',
      { [hoursKey('cluster', 'ops', 'high')]: 1000.5 },
      'Brukte tall: én time verdsatt til 60 €, en periode på 18 måneder. Endret fra dokumentets tall: Search cluster, Drift (timer/mnd), høy: 1 000,5 (dokumentet: 50).',
    ],
  ] as const)('%s: %j', (lang, changes, expected) => {
    const data = calculatorData(costs, options, lang, (key) => t(lang, key));
    const strings = { ...(lang === 'en' ? en : nb).calculator, ...(lang === 'en' ? en : nb).island };
    const current = { ...data.values, ...changes };
    const rate = lang === 'en' ? '€60' : '60 €';
    const period = lang === 'en' ? '18 months' : '18 måneder';
    expect(plain(inputsUsed(strings, lang, data.platforms, current, data.values, rate, period))).toBe(expected);
  });
});

describe('strings', () => {
  it('every string the island is given exists in both languages', () => {
    for (const key of Object.keys(en.calculator)) {
      expect((nb.calculator as Record<string, unknown>)[key], `nb calculator.${key}`).toBeTruthy();
      expect((en.calculator as Record<string, unknown>)[key], `en calculator.${key}`).toBeTruthy();
    }
  });
});

describe('what a field says it accepts', () => {
  const stringsOf = (lang: 'nb' | 'en') => ({ ...(lang === 'en' ? en : nb).calculator, ...(lang === 'en' ? en : nb).island });
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it.each([
    ['en', 'Whole months, from 1 to 60.'],
    ['nb', 'Hele måneder, fra 1 til 60.'],
  ] as const)('%s: the period’s hint names whole months and its bounds', (lang, expected) => {
    expect(horizonHint(stringsOf(lang), lang)).toBe(expected);
  });

  // What each field answers to a value it cannot use, typed as a reader would.
  it.each([
    ['en', HORIZON_KEY, '12.5', 'The period counts whole months. Enter a whole number, for example 24.'],
    ['en', HORIZON_KEY, '61', 'The period can be at most 60 months.'],
    ['en', HORIZON_KEY, '0', 'The period must be at least 1 month.'],
    ['en', HORIZON_KEY, '-3', 'The period cannot be negative.'],
    ['en', HORIZON_KEY, 'twelve', 'This is not a number of months. Enter a whole number, for example 24.'],
    ['en', HORIZON_KEY, '', 'Enter a number of months.'],
    ['nb', HORIZON_KEY, '12,5', 'Perioden regnes i hele måneder. Skriv et helt tall, for eksempel 24.'],
    ['nb', HORIZON_KEY, '1000', 'Perioden kan være høyst 60 måneder.'],
    ['nb', HORIZON_KEY, '0', 'Perioden må være minst 1 måned.'],
    ['nb', HORIZON_KEY, '', 'Skriv inn antall måneder.'],
    // Other fields keep the general messages, with their own bounds.
    ['en', RATE_KEY, '20000', 'The number can be at most 10,000.'],
    ['nb', RATE_KEY, '20000', 'Tallet kan være høyst 10 000.'],
    ['en', RATE_KEY, '-1', 'The number cannot be negative.'],
  ] as const)('%s: %s = "%s" reads "%s"', (lang, key, typed, expected) => {
    const field = spec(key);
    const parsed = parseLocaleNumber(typed, lang, field);
    if (parsed.ok) throw new Error(`"${typed}" was accepted`);
    expect(plain(fieldErrorText(key, parsed.error, field, stringsOf(lang), lang))).toBe(expected);
  });

  it.each([
    ['Application server', '€/month', 'Application server (€/month)'],
    ['3× node (1 primary + 2 replicas)', '€/month', '3× node (1 primary + 2 replicas; €/month)'],
    ['Lagring (SSD)', '€/mnd', 'Lagring (SSD; €/mnd)'],
  ])('"%s" with %s reads "%s": one pair of parentheses', (label, unit, expected) => {
    expect(labelWithUnit(label, unit)).toBe(expected);
  });
});
