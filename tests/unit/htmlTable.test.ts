/**
 * Raw HTML tables of a team's Markdown ADR become Markdown tables an MDX page can read
 * (src/lib/records/htmlTable.ts): every word of the table kept, its structure as far as Markdown
 * has it, nothing executable and no attribute passed through.
 */
import { describe, expect, test } from 'vitest';
import { htmlTableToMdast, isHtmlTable } from '../../src/lib/records/htmlTable';
import { parseMdx, writeMdx } from '../../src/lib/records/markdownTree';

/** The table as the importer writes it (MDX), or undefined. */
function mdx(html: string): string | undefined {
  const read = htmlTableToMdast(html);
  return read && writeMdx({ type: 'root', children: [read.table] }).trim();
}
/** Without the padding that lines the columns up: `| a   |` and `| --- |` read as `| a |` and `| - |`. */
const unpadded = (table: string) => table.replace(/-{2,}/g, '-').replace(/ {2,}/g, ' ');

describe('isHtmlTable', () => {
  test.each([
    ['<table><tr><td>a</td></tr></table>', true],
    ['  <TABLE class="x">\n<tr><td>a</td></tr>\n</TABLE>\n', true],
    ['<!-- options -->\n<table><tr><td>a</td></tr></table>', true],
    ['<table><tr><td>a</td></tr>', false],
    ['<div><table><tr><td>a</td></tr></table></div>', false],
    ['<tablet>no</tablet>', false],
    ['<p>text</p>', false],
  ])('%j -> %s', (html, expected) => expect(isHtmlTable(html)).toBe(expected));
});

describe('htmlTableToMdast', () => {
  test.each<[string, string, string]>([
    ['a header row from <thead>, a body row', '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>', '| A | B |\n| - | - |\n| 1 | 2 |'],
    ['no <thead>: the first row is the header', '<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>', '| A | B |\n| - | - |\n| 1 | 2 |'],
    ['align from the attribute or a text-align style', '<table><tr><th align="left">A</th><th align="CENTER">B</th><th style="text-align: right">C</th></tr></table>', '| A | B | C |\n| :- | :-: | -: |'],
    ['<br>, <br/> and <br /> are line breaks', '<table><tr><td>a<br>b<br/>c<br />d</td></tr></table>', '| a<br />b<br />c<br />d |\n| - |'],
    ['entities decoded, then escaped as MDX text needs', '<table><tr><td>load &amp; latency &lt;1 s&gt; {x}</td></tr></table>', '| load & latency \\<1 s> \\{x} |\n| - |'],
    ['bold, italics, code, a link', '<table><tr><td><b>b</b> <em>e</em> <code>c|d</code> <a href="https://example.org/x">x</a></td></tr></table>', '| **b** _e_ `c\\|d` [x](https://example.org/x) |\n| - |'],
    ['script and style contents, event handlers and styles left out', '<table style="color:red" onclick="x()"><tr><td onmouseover="y()">ok<script>alert(1)</script><style>td{}</style></td></tr></table>', '| ok |\n| - |'],
    ['a javascript: link keeps only its text', '<table><tr><td><a href="javascript:alert(1)">click</a></td></tr></table>', '| click |\n| - |'],
    ['a paragraph and a list in a cell: one line each', '<table><tr><td><p>one</p><ul><li>two</li><li>three</li></ul></td></tr></table>', '| one<br />• two<br />• three |\n| - |'],
    ['colspan: the cell once, the covered cell empty', '<table><tr><th colspan="2">AB</th></tr><tr><td>1</td><td>2</td></tr></table>', '| AB |   |\n| -- | - |\n| 1  | 2 |'],
    ['rowspan: the cells below left empty', '<table><tr><th>A</th><th>B</th></tr><tr><td rowspan="2">x</td><td>1</td></tr><tr><td>2</td></tr></table>', '| A | B |\n| - | - |\n| x | 1 |\n|   | 2 |'],
    ['a short row filled with empty cells', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>', '| A | B |\n| - | - |\n| 1 |   |'],
    ['<tfoot> after the body', '<table><tfoot><tr><td>sum</td></tr></tfoot><tbody><tr><td>x</td></tr></tbody><thead><tr><th>h</th></tr></thead></table>', '| h   |\n| --- |\n| x   |\n| sum |'],
    ['an image in a cell: its alt text', '<table><tr><td><img src="a.png" alt="the graph"></td></tr></table>', '| the graph |\n| --------- |'],
  ])('%s', (_, html, expected) => {
    const written = mdx(html)!;
    expect(unpadded(written)).toBe(unpadded(expected));
    expect(() => parseMdx(written)).not.toThrow();
  });

  test('a caption is returned apart, as phrasing', () => {
    const read = htmlTableToMdast('<table><caption>Costs <b>per month</b></caption><tr><td>1</td></tr></table>')!;
    expect(writeMdx({ type: 'paragraph', children: read.caption }).trim()).toBe('Costs **per month**');
  });

  test.each(['<table></table>', '<table><caption>only</caption></table>', '<p>no table</p>'])('no rows of cells: undefined (%s)', (html) => {
    expect(htmlTableToMdast(html)).toBeUndefined();
  });
});
