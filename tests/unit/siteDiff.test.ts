import { describe, expect, it } from 'vitest';
import { compareSites, readSite, report, withoutHash } from '../../scripts/site-diff.mjs';

const fixture = (name: string) => `tests/fixtures/site-diff/${name}`;

describe('site-diff', () => {
  it('finds nothing between two builds of the same site (other asset hashes, other line breaks)', () => {
    const result = compareSites(readSite(fixture('before')), readSite(fixture('same')));
    expect(result.problems).toEqual([]);
    expect(report(result).at(-1)).toBe('text, ids and URLs identical on every page; no page loads more than 1 % more JS or CSS');
    expect(result.lighter).toEqual([]);
  });

  it('names each page, text, id, URL and byte total that differs', () => {
    const result = compareSites(readSite(fixture('before')), readSite(fixture('changed')));
    expect(result.problems).toEqual([
      'page only in B: /en/extra/index.html',
      'text differs on /en/guide/index.html at character 30: «Guide | Guide Costs & savings Three servers.» vs «Guide | Guide Costs & savings Four servers.»',
      'id only in A on /en/guide/index.html: costs',
      'URL only in A on /en/index.html: /en/guide/#costs',
      'URL only in B on /en/index.html: /en/guide/#cost',
      '/en/guide/index.html loads CSS raw 118 → 138 B (+16.95 %), more than 1 % more',
      '/en/index.html loads CSS raw 118 → 138 B (+16.95 %), more than 1 % more',
      '/en/guide/index.html loads CSS gzip 145 → 159 B (+9.66 %), more than 1 % more',
      '/en/index.html loads CSS gzip 145 → 159 B (+9.66 %), more than 1 % more',
    ]);
    // Each page: its linked stylesheet (the file) and its inline <style>; the build: the file once, the inline code of every page.
    expect(result.bytes.find((b) => b.kind === 'css' && b.measure === 'raw')).toMatchObject({ before: 135, after: 172 });
    expect(result.bytes.find((b) => b.kind === 'js' && b.measure === 'raw')).toMatchObject({ before: 78, after: 78, change: 0 });
  });

  it('lets a page load less, and says so', () => {
    const result = compareSites(readSite(fixture('before')), readSite(fixture('lighter')));
    expect(result.problems).toEqual([]);
    expect(result.lighter).toEqual([
      '/en/guide/index.html loads CSS raw 118 → 85 B (-27.97 %)',
      '/en/index.html loads CSS raw 118 → 85 B (-27.97 %)',
      '/en/guide/index.html loads CSS gzip 145 → 122 B (-15.86 %)',
      '/en/index.html loads CSS gzip 145 → 122 B (-15.86 %)',
    ]);
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
