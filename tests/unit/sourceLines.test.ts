/**
 * A line of a page made from a team's ADR file -> the line of that file it comes from
 * (src/lib/records/sourceLines.ts), and the import's notes about an image or a link named
 * by the file and line they are on (src/lib/records/importPlan.ts): what lets the lint of a
 * folder read in place name the team's file and line rather than the generated copy's.
 */
import { describe, expect, test } from 'vitest';
import type { Root, RootContent } from 'mdast';
import { parseAdr } from '../../src/lib/records/adrImport';
import { planImport, type ImportNote } from '../../src/lib/records/importPlan';
import { parseMarkdown, writeMdx } from '../../src/lib/records/markdownTree';
import { pageSourceLine, sourceLines, writtenLines } from '../../src/lib/records/sourceLines';

/** The team's text after its first `drop` blocks (the title, say), written as the import writes it. */
function written(source: string, drop: number, change: (node: RootContent) => RootContent = (n) => n) {
  const converted: Root = { type: 'root', children: parseMarkdown(source).children.slice(drop).map(change) };
  const mdx = writeMdx(converted);
  return { mdx, lines: writtenLines(converted, mdx) };
}

/** The written line holding `needle` (1-based). */
const lineOf = (mdx: string, needle: string) => {
  const i = mdx.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not written:\n${mdx}`);
  return i + 1;
};

describe('each written line -> the team\'s line', () => {
  test.each<[string, string, number, [string, number | undefined][]]>([
    [
      'front matter and title left out: the body is lower in the team\'s file',
      '---\nstatus: accepted\n---\n\n# Use a queue\n\nFirst line of the context\nand its second line.\n\n## Decision\n\nWe use one.\n',
      2,
      [['First line', 7], ['its second line', 8], ['## Decision', 10], ['We use one', 12]],
    ],
    [
      'a tight list and a loose one: each item on its line',
      '# T\n\n* one\n* two\n* three\n\n- a\n\n- b\n',
      1,
      [['- one', 3], ['- two', 4], ['- three', 5], ['a', 7], ['b', 9]],
    ],
    [
      'a setext heading becomes one line: its first line, and the lines after it, still right',
      '# T\n\nContext\n-------\n\nText under it.\n',
      1,
      [['## Context', 3], ['Text under it', 6]],
    ],
    [
      'an indented code block becomes fenced: only its first line is known',
      '# T\n\n    const a = 1;\n    const b = 2;\n\nAfter.\n',
      1,
      [['```', 3], ['const a', undefined], ['After.', 6]],
    ],
    [
      'an image in a paragraph, a table row, a block quote',
      '# T\n\nSee the map:\n![Map](./map.png)\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n> quoted\n> twice\n',
      1,
      [['![Map]', 4], ['| 1 | 2 |', 8], ['> twice', 11]],
    ],
  ])('%s', (_, source, drop, expected) => {
    const { mdx, lines } = written(source, drop);
    expect(expected.map(([needle]) => [needle, lines.get(lineOf(mdx, needle))])).toEqual(expected);
  });

  test('a block made here (no position) has no line; the blocks around it keep theirs', () => {
    const made = (n: RootContent): RootContent => (n.type === 'html' ? { type: 'paragraph', children: [{ type: 'text', value: 'Made here.' }] } : n);
    const { mdx, lines } = written('# T\n\nBefore.\n\n<div>x</div>\n\nAfter.\n', 1, made);
    expect([lines.get(lineOf(mdx, 'Before.')), lines.get(lineOf(mdx, 'Made here.')), lines.get(lineOf(mdx, 'After.'))]).toEqual([3, undefined, 7]);
  });

  test('a link made plain text (the paragraph\'s children no longer pair up): the paragraph\'s lines still map', () => {
    const plain = (n: RootContent): RootContent =>
      n.type === 'paragraph' ? { ...n, children: n.children.flatMap((c) => (c.type === 'link' ? c.children : [c])) } : n;
    const { mdx, lines } = written('# T\n\nSee [the other\nrecord](0009-x.md) and\n![A map](https://example.com/map.png)\n', 1, plain);
    expect(mdx).not.toContain('0009-x.md');
    expect(lines.get(lineOf(mdx, '![A map]'))).toBe(5);
  });

  test('trees that do not pair up map nothing below the point they part', () => {
    const source = parseMarkdown('# T\n\nText.\n');
    expect(sourceLines({ type: 'root', children: source.children.slice(1) }, parseMarkdown('- Text.\n'))).toEqual(new Map());
  });
});

describe('a line of the generated page file -> the team\'s line', () => {
  const body = 'Context.\n\n![Map](../../images/map.png)\n';
  const lines = new Map([[1, 9], [3, 12]]);
  const page = `---\nkey: decision\ntitle: Use a queue\n---\n\n<RecordMeta />\n\n${body}`;
  test.each([
    ['the body\'s first line', 8, 9],
    ['the image', 10, 12],
    ['a blank line of the body', 9, undefined],
    ['the front matter', 2, undefined],
  ])('%s', (_, line, expected) => expect(pageSourceLine(page, body, lines, line)).toBe(expected));
  test('a page that does not hold the body: no line', () => expect(pageSourceLine(page, 'Other text.\n', lines, 8)).toBeUndefined());
});

describe('the import names each image and link it could not carry over by file and line', () => {
  const adr = (file: string, text: string) => {
    const parsed = parseAdr(file, text, { lang: 'en' });
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed;
  };
  const there = new Set(['adr/0001-a.md', 'adr/0002-b.md', 'adr/map.png', 'adr/template.md']);
  const text = [
    '# 1. Use A', //                                 1
    '',
    'Date: 2024-01-02', //                           3
    '',
    '## Status',
    '',
    'Accepted', //                                   7
    '',
    '## Context',
    '',
    '![Map](map.png) and ![Gone](gone.png)', //      11
    '',
    'See [B](0002-b.md), [C](0003-c.md),', //        13
    '[the template](template.md),', //              14
    '[the code](../src/main.ts)', //               15
    'and ![raw](map.png?raw=true).', //            16
  ].join('\n');
  const plan = planImport([adr('adr/0001-a.md', text), adr('adr/0002-b.md', '# 2. Use B\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n')], [], false, {
    exists: (path) => there.has(path),
  });
  const { notes } = plan.records[0]!;
  test.each<[string, Omit<NonNullable<ImportNote['at']>, 'file'>, Partial<ImportNote>]>([
    ['an image not in the folder: an error', { line: 11, field: '(image)' }, { level: 'error', message: 'image "gone.png" not found (adr/gone.png): its alt text "Gone" shown instead' }],
    ['a link to an ADR file that is not there: an error', { line: 13, field: '(link)' }, { level: 'error', message: 'link to "0003-c.md" made plain text: no such file (adr/0003-c.md)' }],
    ['a link to a Markdown file there that is no ADR: a warning', { line: 14, field: '(link)' }, { level: 'warning', message: 'link to "template.md" made plain text: not among the imported ADRs' }],
    ['a link to another file of the repository, no address given: a warning', { line: 15, field: '(link)' }, { level: 'warning' }],
    ['an image address GitHub needs and the build cannot read: a warning', { line: 16, field: '(image)' }, { level: 'warning', message: 'image "map.png?raw=true": "?raw=true" dropped' }],
  ])('%s', (_, at, expected) => expect(notes).toContainEqual(expect.objectContaining({ ...expected, at: { file: 'adr/0001-a.md', ...at } })));

  test('nothing else has a place', () => expect(notes.flatMap((n) => (n.at ? [n.at.line] : []))).toEqual([11, 13, 14, 15, 16]));

  test('the page\'s lines map to the team\'s file', () => {
    const { file, lines } = plan.records[0]!.sources.en!;
    const body = plan.records[0]!.draft.pages.en!.body;
    expect(file).toBe('adr/0001-a.md');
    expect(lines.get(lineOf(body, '## Context'))).toBe(9);
    expect(lines.get(lineOf(body, '![Map]'))).toBe(11);
  });
});
