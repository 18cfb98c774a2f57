/** Internal links work under "/" and under a sub-path, always ending in a slash. */
import { describe, expect, test } from 'vitest';
import { ogImagePath, recordNumber, recordPagePath, resolveRelativeHref, withBase } from '../../src/lib/site/paths';

describe('paths', () => {
  test.each([
    ['/', [], '/'],
    ['/', ['nb'], '/nb/'],
    ['/adr/', ['nb', '0001-search-index', 'kostnader'], '/adr/nb/0001-search-index/kostnader/'],
    ['/adr', ['en/', '/search'], '/adr/en/search/'],
  ] as const)('withBase(%s, %j) is %s', (base, segments, expected) => {
    expect(withBase(base, ...segments)).toBe(expected);
  });

  test('the overview is the record root', () => {
    expect(recordPagePath('/', 'en', '0001-search-index', '')).toBe('/en/0001-search-index/');
  });

  test('link-preview images sit beside their pages, the overview as index.png', () => {
    expect(ogImagePath('/adr/', 'nb', '0001-search-index', '')).toBe('/adr/og/nb/0001-search-index/index.png');
    expect(ogImagePath('/', 'en', '0001-search-index', 'costs')).toBe('/og/en/0001-search-index/costs.png');
  });

  test('records are cited with four digits', () => {
    expect(recordNumber(1)).toBe('0001');
    expect(recordNumber(12345)).toBe('12345');
  });
});

describe('resolveRelativeHref', () => {
  test('resolves a page-relative link against the page, fragment kept as written', () => {
    expect(resolveRelativeHref('../kostnader/', '/nb/0001-search-index/analyse/')).toBe('/nb/0001-search-index/kostnader/');
    expect(resolveRelativeHref('kostnader/', '/nb/0001-search-index/')).toBe('/nb/0001-search-index/kostnader/');
    expect(resolveRelativeHref('../migreringstriggere/#nåværende-arkitektur', '/adr/nb/0001-search-index/analyse/')).toBe(
      '/adr/nb/0001-search-index/migreringstriggere/#nåværende-arkitektur',
    );
    expect(resolveRelativeHref('../kalkulator/?rate=80', '/nb/0001-search-index/kostnader/')).toBe('/nb/0001-search-index/kalkulator/?rate=80');
  });

  test('leaves anchors, root-relative paths and other schemes alone', () => {
    for (const href of ['#konkrete-metrics', '/nb/', 'https://kubernetes.io/docs/', 'mailto:a@b.c', '?q=1', '']) {
      expect(resolveRelativeHref(href, '/nb/0001-search-index/')).toBe(href);
    }
  });
});
