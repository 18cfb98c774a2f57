/**
 * A page with a tool, as the search index reads it. The index leaves the tools out (their
 * labels, fields and tables would fill every excerpt), but a tool's one-sentence answer, as
 * the server renders it for the record's own figures, is what a reader searches for: each
 * answer is copied out of its tool, right after it, into the HTML the index reads (the page
 * on disk is unchanged). `tool` selects a tool, `answer` its answer (each island marks it).
 */
import { escapeText } from 'entities';
import { parse } from 'node-html-parser';

/** The page's HTML with its tools' answers beside them, or undefined when it shows no tool. */
export function withToolAnswers(html: string, tool: string, answer: string): string | undefined {
  const root = parse(html, { comment: true });
  const tools = root.querySelectorAll(tool);
  if (tools.length === 0) return undefined;
  for (const wrapper of tools) {
    const said = wrapper
      .querySelectorAll(answer)
      .map((element) => element.text.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (said.length) wrapper.insertAdjacentHTML('afterend', `<p>${escapeText(said.join(' '))}</p>`);
  }
  return root.toString();
}
