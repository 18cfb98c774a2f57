import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, linkKeysPattern, MAX_SEARCH_LENGTH, type FieldSpec, type FieldValue } from '../../src/lib/site/urlState';

const specs: FieldSpec[] = [
  { kind: 'number', key: 'rate', min: 0, max: 10_000 },
  { kind: 'number', key: 'months', min: 1, max: 60, integer: true },
  { kind: 'number', key: 'delta', min: -100, max: 100 },
  { kind: 'boolean', key: 'zeroDowntime' },
  { kind: 'boolean', key: '__proto__' },
];
// A computed key, so "__proto__" is an own property rather than the literal's prototype.
const defaults = { rate: 50, months: 12, delta: 0, zeroDowntime: false, ['__proto__']: false };

/** Plain object of what was decoded, for comparing. */
const decoded = (search: string) => ({ ...decodeState(specs, search).values });

describe('encodeState', () => {
  it('writes nothing when every value is the default', () => {
    expect(encodeState(specs, defaults, defaults)).toBe('');
  });

  it('writes a link’s unusable text back as it came until the field changes (issue 27)', () => {
    expect(encodeState(specs, defaults, defaults, { months: '120', rate: '1e9' })).toBe('months=120&rate=1e9');
    expect(encodeState(specs, { ...defaults, rate: 60 }, defaults, { months: '120' })).toBe('months=120&rate=60');
  });

  it('writes only what differs, with keys sorted and numbers in plain form', () => {
    const values = { ...defaults, rate: 1000.5, zeroDowntime: true };
    expect(encodeState(specs, values, defaults)).toBe('rate=1000.5&zeroDowntime=1');
  });

  it('leaves out a value its field would reject', () => {
    expect(encodeState(specs, { ...defaults, months: 2.5, rate: Number.NaN, delta: 1e9 }, defaults)).toBe('');
  });

  it('writes the same link for the same state in any key order', () => {
    const a = encodeState(specs, { months: 24, rate: 60 }, defaults);
    const b = encodeState([...specs].reverse(), { rate: 60, months: 24 }, defaults);
    expect(a).toBe('months=24&rate=60');
    expect(b).toBe(a);
  });
});

describe('linkKeysPattern', () => {
  const pattern = new RegExp(linkKeysPattern(['rate', 'a.rate', 'load-balancer.low', 'a', 'x y']));
  it.each([
    ['?rate=80', true],
    ['?utm_source=chat&rate=80', true],
    ['?a.rate=1&a=1', true],
    ['?a=1', true],
    ['?load-balancer.low=5', true],
    ['?x+y=1', true],
    ['?utm_source=chat', false],
    ['?rates=80', false],
    ['?arate=1', false],
    ['?aXrate=1', false],
    ['?load-balancerXlow=5', false],
    ['?q=rate%3D1', false],
    ['', false],
  ])('%s: a link the tool reads? %s', (search, reads) => {
    expect(pattern.test(search)).toBe(reads);
  });
  it('matches what encodeState writes for every key', () => {
    const keys = specs.map((s) => s.key);
    const values = { rate: 1, months: 2, delta: 3, zeroDowntime: true, ['__proto__']: true };
    for (const key of keys) {
      const one = encodeState(specs.filter((s) => s.key === key), values, {});
      expect(new RegExp(linkKeysPattern(keys)).test(`?${one}`), one).toBe(true);
    }
  });
});

describe('decodeState', () => {
  it('reads numbers and booleans, with or without a leading "?"', () => {
    expect(decoded('?rate=75.5&zeroDowntime=1')).toEqual({ rate: 75.5, zeroDowntime: true });
    expect(decoded('months=24&zeroDowntime=0')).toEqual({ months: 24, zeroDowntime: false });
  });

  it('rejects, rather than clamps, values outside the field', () => {
    const { values, rejected } = decodeState(specs, 'rate=20000&months=2.5&delta=-101&zeroDowntime=yes');
    expect({ ...values }).toEqual({});
    expect(rejected).toEqual(['rate', 'months', 'delta', 'zeroDowntime']);
  });

  it('keeps the text of each rejected value, so the field and the address can show it (issue 27)', () => {
    const { rejectedText } = decodeState(specs, 'rate=1e9&months=120&zeroDowntime=yes');
    expect({ ...rejectedText }).toEqual({ rate: '1e9', months: '120', zeroDowntime: 'yes' });
  });

  it('takes the first of repeated keys and ignores unknown ones', () => {
    expect(decoded('rate=10&rate=20&unknown=5')).toEqual({ rate: 10 });
  });

  it('keeps "__proto__" as data without touching any prototype', () => {
    const { values } = decodeState(specs, '__proto__=1&constructor=1');
    expect(values['__proto__']).toBe(true);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(({} as Record<string, unknown>)['zeroDowntime']).toBeUndefined();
  });

  it('ignores a search string longer than 4 kB', () => {
    const long = `rate=10&pad=${'x'.repeat(MAX_SEARCH_LENGTH)}`;
    expect(decodeState(specs, long)).toEqual({ values: {}, rejected: [], rejectedText: {} });
  });

  const hostile = [
    '%E0%A4%A',
    'rate=%E0%A4%A',
    'rate=%',
    'rate=%%%',
    '<script>alert(1)</script>',
    'rate=<script>alert(1)</script>',
    'x'.repeat(10_000),
    `rate=${'9'.repeat(10_000)}`,
    `rate=${'9'.repeat(400)}`,
    'rate=NaN',
    'rate=Infinity',
    'rate=-Infinity',
    'delta=-1e309',
    'rate=1e309',
    'rate=0x10',
    'rate=1_000',
    'rate=%201',
    'rate=1,5',
    'rate=',
    'rate',
    '=&=&&==',
    'months=1e1',
    'delta=-0',
    'zeroDowntime=true',
    'zeroDowntime=%00',
    '__proto__[rate]=1&constructor[prototype][x]=1',
    'toString=1&valueOf=1&hasOwnProperty=1',
    '?&?&?',
    '\u0000\uffff\ud800',
    'rate=10#rate=20',
  ];

  it.each(hostile.map((s) => [s.length > 60 ? `${s.slice(0, 40)}… (${s.length} chars)` : s, s]))(
    'survives %j',
    (_, search) => {
      const { values, rejected } = decodeState(specs, search);
      for (const value of Object.values(values)) {
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      }
      expect(Array.isArray(rejected)).toBe(true);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    },
  );

  it('reads a value of -0 as 0 and exponent forms String(number) writes', () => {
    expect(Object.is(decoded('delta=-0')['delta'], 0)).toBe(true);
    expect(decoded('months=1e1')).toEqual({ months: 10 });
    expect(decoded('rate=5e-7')).toEqual({ rate: 5e-7 });
  });

  it('never throws on any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { values } = decodeState(specs, search);
        for (const value of Object.values(values)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
      }),
    );
  });
});

describe('a link round-trips', () => {
  const valueFor = (spec: FieldSpec): fc.Arbitrary<FieldValue> =>
    spec.kind === 'boolean'
      ? fc.boolean()
      : spec.integer
        ? fc.integer({ min: spec.min, max: spec.max })
        : fc.double({ min: spec.min, max: spec.max, noNaN: true });

  it('any valid values, encoded and decoded, come back unchanged', () => {
    const anyValues = fc.record(Object.fromEntries(specs.map((s) => [s.key, valueFor(s)])));
    fc.assert(
      fc.property(anyValues, (values) => {
        const { values: back, rejected } = decodeState(specs, encodeState(specs, values, defaults));
        expect(rejected).toEqual([]);
        for (const spec of specs) {
          const expected = values[spec.key] === defaults[spec.key as keyof typeof defaults] ? undefined : values[spec.key];
          // -0 is written as 0, which is the same value to the calculator.
          expect(back[spec.key]).toEqual(expected === 0 ? 0 : expected);
        }
      }),
    );
  });
});
