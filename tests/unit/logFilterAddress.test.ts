/** The decision log's filters as an address: which page or query a choice of filters is, and back. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { filterAddress, filterStateFromPath, filterStateFromQuery, singleFilters, type FilterOptions, type FilterState } from '../../src/lib/log/logFilterAddress';

const options: FilterOptions = { status: ['accepted', 'rejected'], review: ['overdue', 'due', 'none'], tag: ['data', 'søk'] };
const root = '/adr/en/';

describe('filterAddress', () => {
  test.each<[string, FilterState, string]>([
    ['no filter is the log itself', {}, '/adr/en/'],
    ['"All" (empty) counts as no filter', { status: '', review: '' }, '/adr/en/'],
    ['one filter is its own page', { review: 'overdue' }, '/adr/en/log/review/overdue/'],
    ['a tag with a letter outside ASCII keeps it in the path', { tag: 'søk' }, '/adr/en/log/tag/søk/'],
    ['several filters are a query on the log, facets in a fixed order', { tag: 'data', status: 'accepted' }, '/adr/en/?status=accepted&tag=data'],
    ['all three facets', { review: 'due', tag: 'søk', status: 'rejected' }, '/adr/en/?status=rejected&review=due&tag=s%C3%B8k'],
  ])('%s', (_, state, address) => {
    expect(filterAddress(root, state)).toBe(address);
  });
});

describe('filterStateFromQuery', () => {
  test.each<[string, string, FilterState]>([
    ['an empty query chooses nothing', '', {}],
    ['one filter', '?review=overdue', { review: 'overdue' }],
    ['several filters, in any order, without the "?"', 'tag=data&status=accepted', { status: 'accepted', tag: 'data' }],
    ['an encoded value', '?tag=s%C3%B8k', { tag: 'søk' }],
    ['a value the log does not offer is ignored', '?review=soon&status=accepted', { status: 'accepted' }],
    ['names other than the facets are ignored', '?q=x&__proto__=overdue&constructor=data&utm_source=chat', {}],
    ['the first offered value of a repeated facet wins', '?review=bogus&review=due&review=overdue', { review: 'due' }],
    ['values differ by case', '?review=OVERDUE', {}],
    ['an empty value is "All"', '?status=&review=none', { review: 'none' }],
    ['broken percent-encoding reads as text the log does not offer', '?review=%E0%A4%A&status=%', {}],
    ['markup is only text', '?tag=<script>alert(1)</script>&status="><img>', {}],
  ])('%s', (_, search, state) => {
    expect(filterStateFromQuery(search, options)).toEqual(state);
  });

  test('any query gives a state of offered values only, and its address reads back the same', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const state = filterStateFromQuery(search, options);
        for (const [facet, value] of Object.entries(state)) expect(options[facet as keyof FilterOptions]).toContain(value);
        const address = new URL(filterAddress(root, state), 'https://x.example');
        expect({ ...filterStateFromPath(address.pathname, root, options), ...filterStateFromQuery(address.search, options) }).toEqual(state);
      }),
    );
  });
});

describe('filterStateFromPath', () => {
  test.each<[string, string, FilterState]>([
    ['the log itself', '/adr/en/', {}],
    ['a one-filter page', '/adr/en/log/status/accepted/', { status: 'accepted' }],
    ['a percent-encoded tag, as the browser gives the path', '/adr/en/log/tag/s%C3%B8k/', { tag: 'søk' }],
    ['a value the log does not offer', '/adr/en/log/review/soon/', {}],
    ['a facet that does not exist', '/adr/en/log/colour/data/', {}],
    ['a record page', '/adr/en/0001-x/costs/', {}],
    ['another base', '/en/log/review/due/', {}],
    ['broken encoding', '/adr/en/log/tag/%E0%A4%A/', {}],
  ])('%s', (_, path, state) => {
    expect(filterStateFromPath(path, root, options)).toEqual(state);
  });
});

test('singleFilters: one page per value on offer, facet by facet', () => {
  expect(singleFilters(options).map(({ facet, value }) => `${facet}=${value}`)).toEqual([
    'status=accepted',
    'status=rejected',
    'review=overdue',
    'review=due',
    'review=none',
    'tag=data',
    'tag=søk',
  ]);
});
