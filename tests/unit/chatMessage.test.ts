/** A tool's result as a chat message: verdict first, a short list of figures, the link last. */
import { describe, expect, test } from 'vitest';
import { chatMessage } from '../../src/lib/text/chatMessage';

const link = 'https://adr.example.org/en/0001-x/calculator/?months=36&rate=80';

describe('chatMessage', () => {
  test('the verdict is the first line, the figures a list, the link alone on the last line after a blank one', () => {
    expect(chatMessage({ verdict: 'Option A never pays for itself.', figures: ['Total: A €1, B €2.', 'One hour at €80'], link })).toBe(
      ['Option A never pays for itself.', '- Total: A €1, B €2.', '- One hour at €80', '', link].join('\n'),
    );
  });

  test.each([
    ['a line break inside the verdict', 'Phase 1:\n stay.', 'Phase 1: stay.'],
    ['a leading pipe, which would start a table row', '| Phase 1 |', 'Phase 1 |'],
    ['a leading #, which would be a heading', '### Phase 1', 'Phase 1'],
  ])('keeps every part one plain line: %s', (_name, verdict, first) => {
    const lines = chatMessage({ verdict, figures: ['a\r\nb'], link }).split('\n');
    expect(lines[0]).toBe(first);
    expect(lines[1]).toBe('- a b');
    expect(lines.filter((l) => /^\s*\|/.test(l))).toEqual([]);
  });

  test('without figures: the verdict, a blank line, the link', () => {
    expect(chatMessage({ verdict: 'V.', figures: [], link })).toBe(`V.\n\n${link}`);
  });
});
