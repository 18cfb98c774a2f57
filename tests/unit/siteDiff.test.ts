import { describe, expect, it } from 'vitest';
import { compareSites, readSite, report, withoutHash } from '../../scripts/site-diff.mjs';

const fixture = (name: string) => `tests/fixtures/site-diff/${name}`;

describe('site-diff', () => {
  it('finds nothing between two builds of the same site (other asset hashes, other line breaks)', () => {
    const result = compareSites(readSite(fixture('before')), readSite(fixture('same')));
    expect(result.problems).toEqual([]);
    expect(report(result).at(-1)).toBe('text, ids and URLs identical on every page; JS and CSS within 1 %');
  });

  it('names each page, text, id, URL and byte total that differs', () => {
    const result = compareSites(readSite(fixture('before')), readSite(fixture('changed')));
    expect(result.problems).toEqual([
      'page only in B: /en/extra/index.html',
      'text differs on /en/guide/index.html at character 30: «Guide | Guide Costs & savings Three servers.» vs «Guide | Guide Costs & savings Four servers.»',
      'id only in A on /en/guide/index.html: costs',
      'URL only in A on /en/index.html: /en/guide/#costs',
      'URL only in B on /en/index.html: /en/guide/#cost',
      'CSS raw bytes differ by 27.41 % (135 → 172), more than 1 %',
      'CSS gzip bytes differ by 28.02 % (182 → 233), more than 1 %',
    ]);
    expect(result.bytes.find((b) => b.kind === 'js' && b.measure === 'raw')).toMatchObject({ before: 78, after: 78, change: 0 });
  });

  it.each([
    ['/_astro/BaseLayout.0wiHkPKI.css', '/_astro/BaseLayout.css'],
    ['/adr/_astro/hydrate.CXil5kC3.js', '/adr/_astro/hydrate.js'],
    ['/_astro/index.astro_astro_type_script_index_0_lang.DO575mcg.js', '/_astro/index.astro_astro_type_script_index_0_lang.js'],
    ['/nb/0001-x/costs/', '/nb/0001-x/costs/'],
    ['/og/0001-x.png', '/og/0001-x.png'],
  ])('leaves the hash out of %s', (url, expected) => {
    expect(withoutHash(url)).toBe(expected);
  });
});
