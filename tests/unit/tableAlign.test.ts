/** A Markdown table column's alignment read from the style the processor writes (src/integrations/tableAlign.ts). */
import { expect, test } from 'vitest';
import { alignOf } from '../../src/integrations/tableAlign';

test.each<[unknown, string | undefined]>([
  ['text-align: left', 'left'],
  ['text-align:center', 'center'],
  ['TEXT-ALIGN: Right;', 'right'],
  ['  text-align: right ; ', 'right'],
  ['text-align: justify', undefined],
  ['text-align: right; color: red', undefined],
  ['color: red', undefined],
  ['', undefined],
  [undefined, undefined],
  [['text-align: left'], undefined],
])('%j -> %s', (style, expected) => expect(alignOf(style)).toBe(expected));
