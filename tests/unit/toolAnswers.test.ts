import { describe, expect, it } from 'vitest';
import { withToolAnswers } from '../../src/lib/site/toolAnswers';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><main data-pagefind-body>${body}</main></body></html>`;
const ANSWERS = '.answer, .verdict';

describe('withToolAnswers', () => {
  it.each([
    [
      'copies the answer out of the tool, right after it',
      '<h2>Calculator</h2><div class="tool"><label>Rate <input value="50"></label><p class="answer">Over 12 months A is the cheapest.</p></div><p>Prose.</p>',
      '<div class="tool"><label>Rate <input value="50"></label><p class="answer">Over 12 months A is the cheapest.</p></div><p>Over 12 months A is the cheapest.</p><p>Prose.</p>',
    ],
    [
      'joins a tool’s answers, collapsing the markup’s white space',
      '<div class="tool"><p class="answer">\n  Phase 1:\n  <strong>stay</strong>.</p><p class="verdict">B never pays off.</p></div>',
      '<div class="tool"><p class="answer">\n  Phase 1:\n  <strong>stay</strong>.</p><p class="verdict">B never pays off.</p></div><p>Phase 1: stay. B never pays off.</p>',
    ],
    [
      'keeps the answer’s text as text (decoded, then escaped again)',
      '<div class="tool"><p class="answer">A &amp; B &lt; €3,000</p></div>',
      '<div class="tool"><p class="answer">A &amp; B &lt; €3,000</p></div><p>A &amp; B &lt; €3,000</p>',
    ],
    ['adds nothing for a tool without an answer', '<div class="tool"><input></div>', '<div class="tool"><input></div>'],
  ])('%s', (_, body, expected) => {
    expect(withToolAnswers(page(body), '.tool', ANSWERS)).toContain(expected);
  });

  it('leaves a page without a tool alone (undefined: index the file as it is)', () => {
    expect(withToolAnswers(page('<p class="answer">Not in a tool.</p>'), '.tool', ANSWERS)).toBeUndefined();
  });

  it('gives each of two tools its own answer', () => {
    const html = withToolAnswers(page('<div class="tool"><p class="answer">One.</p></div><div class="tool"><p class="verdict">Two.</p></div>'), '.tool', ANSWERS)!;
    expect(html).toContain('<p class="answer">One.</p></div><p>One.</p><div class="tool">');
    expect(html).toContain('<p class="verdict">Two.</p></div><p>Two.</p>');
  });
});
