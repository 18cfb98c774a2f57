/**
 * A one-row metadata table right after the title (`| Created | Status |`), as the ADRs of
 * Docusaurus sites such as Backstage's write it: status (with its links) and date.
 */
import type { Paragraph, RootContent, Table } from 'mdast';
import { plainText } from '../adrText';
import { readStatus, type ImportFormat } from './format';

/** A metadata table (`| Created | Status |`, one row): its cells by lower-case header. */
function tableFields(table: Table): Record<string, RootContent[]> | undefined {
  const [head, row] = table.children;
  if (!head || !row || table.children.length !== 2) return undefined;
  const keys = head.children.map((c) => plainText(c as RootContent).trim().toLowerCase());
  if (!keys.includes('status')) return undefined;
  return Object.fromEntries(keys.map((k, i) => [k, [{ type: 'paragraph', children: row.children[i]?.children ?? [] } as Paragraph]]));
}

export const headerTable: ImportFormat = {
  readHeaderBlock(block, state) {
    if (block.type !== 'table') return false;
    const cells = tableFields(block);
    if (!cells) return false;
    readStatus(state, cells.status!);
    const date = cells.date ?? cells.created ?? cells.updated;
    if (date) state.fields.date ??= plainText(date[0]!).trim();
    return true;
  },
};
