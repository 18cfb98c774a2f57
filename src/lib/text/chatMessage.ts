/**
 * A tool's result as a message for a team chat. Plain lines render the same in Slack,
 * Teams and GitHub: the verdict first, then the few figures that carry it as a list, then
 * the link that restores the state, after a blank line so Markdown does not fold it into
 * the list. No table, heading or bold: chat apps show those as raw symbols.
 */
export interface ChatMessage {
  /** One sentence. */
  verdict: string;
  figures: readonly string[];
  link: string;
}

/** One line, and never a Markdown table row or heading by accident. */
const line = (text: string) =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/^[|#]+\s*/, '');

export function chatMessage({ verdict, figures, link }: ChatMessage): string {
  return [line(verdict), ...figures.map((f) => `- ${line(f)}`), '', line(link)].join('\n');
}
