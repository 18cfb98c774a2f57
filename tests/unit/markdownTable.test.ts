import { describe, expect, it } from 'vitest';
import { toMarkdownTable } from '../../src/lib/text/markdownTable';

describe('toMarkdownTable', () => {
  it('writes a header, a divider and one line per row', () => {
    expect(
      toMarkdownTable(
        ['Platform', 'Per month'],
        [
          ['Docker Compose', '€20'],
          ['Kubernetes', '€80–140'],
        ],
      ),
    ).toBe(
      ['| Platform | Per month |', '| --- | --- |', '| Docker Compose | €20 |', '| Kubernetes | €80–140 |'].join('\n'),
    );
  });

  it('escapes a pipe so it stays inside its cell', () => {
    expect(toMarkdownTable(['a|b'], [['c | d']])).toBe('| a\\|b |\n| --- |\n| c \\| d |');
  });

  it('keeps a multi-line cell on one line', () => {
    expect(toMarkdownTable(['Note'], [['one\ntwo\r\nthree\rfour']])).toBe(
      '| Note |\n| --- |\n| one<br>two<br>three<br>four |',
    );
  });

  it('pads short rows and widens the table for long ones instead of dropping cells', () => {
    expect(toMarkdownTable(['A', 'B'], [['1'], ['1', '2', '3']])).toBe(
      ['| A | B |  |', '| --- | --- | --- |', '| 1 |  |  |', '| 1 | 2 | 3 |'].join('\n'),
    );
  });

  it('writes nothing for a table without columns', () => {
    expect(toMarkdownTable([], [])).toBe('');
    expect(toMarkdownTable([], [[]])).toBe('');
  });

  it('copes with a very long table', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i)]);
    expect(toMarkdownTable(['n'], rows).split('\n')).toHaveLength(200_002);
  });
});
