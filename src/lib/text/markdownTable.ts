/**
 * A GitHub-flavoured Markdown table, for copying the calculator's figures into an
 * issue or another record.
 */

/** A cell is one line, and a "|" in it must not end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');

const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/**
 * Rows shorter than the header are padded; a row longer than the header widens the
 * table, since GitHub would silently drop the extra cells.
 */
export function toMarkdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  // reduce, not Math.max(...), which overflows the stack on a very long list of rows
  const width = rows.reduce((w, r) => Math.max(w, r.length), headers.length);
  if (width === 0) return '';
  const padded = (cells: readonly string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  const divider = Array<string>(width).fill('---');
  return [line(padded(headers)), line(divider), ...rows.map((r) => line(padded(r)))].join('\n');
}
