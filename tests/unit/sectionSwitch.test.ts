/** The language switch keeps the reader's section: headings pair up by position, CSS shows the right link. */
import { describe, expect, test } from 'vitest';
import { pairHeadings, sectionSwitchCss } from '../../src/lib/site/sectionSwitch';
import { fillTemplate } from '../../src/lib/text/template';

describe('section switch', () => {
  test('the n-th heading of a page pairs with the n-th of its translation', () => {
    expect(pairHeadings([{ slug: 'kostnad' }, { slug: 'drift' }], [{ slug: 'cost' }, { slug: 'operations' }])).toEqual([
      { from: 'kostnad', to: 'cost' },
      { from: 'drift', to: 'operations' },
    ]);
  });

  test('a heading with no counterpart gets no section link', () => {
    expect(pairHeadings([{ slug: 'a' }, { slug: 'b' }], [{ slug: 'x' }])).toEqual([{ from: 'a', to: 'x' }]);
  });

  test('the CSS shows link i while heading i is the target, whatever characters its id holds', () => {
    const css = sectionSwitchCss([{ from: '6-12-måneder', to: '6-12-months' }, { from: 'a"b\\c', to: 'x' }]);
    expect(css).toContain('html:has([id="6-12-måneder"]:target) .lang-switch a[data-section="0"]{display:inline-flex}');
    expect(css).toContain('[id="a\\"b\\\\c"]');
    expect(sectionSwitchCss([])).toBe('');
  });
});

describe('fillTemplate', () => {
  test('fills known placeholders and leaves unknown ones, without touching the prototype', () => {
    expect(fillTemplate('{count} treff for «{query}»', { count: 2, query: 'Helm' })).toBe('2 treff for «Helm»');
    expect(fillTemplate('{missing} and {toString}', {})).toBe('{missing} and {toString}');
  });
});
