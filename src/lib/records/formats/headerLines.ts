/**
 * `Key: value` lines right after the title, as bullets or as lines of a paragraph: MADR 2
 * and Log4brains (`* Status:`, `* Date:`, `* Deciders:`, `* Tags:`) and adr-tools (a
 * `Date:` line).
 */
import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { RECORD_FIELDS, type RecordFieldKey } from '../../../schemas/fields';
import { headerWords } from '../../../schemas/fields/registry';
import { plainText } from '../adrText';
import { readStatus, type ImportFormat } from './format';

/** "Status: accepted" as a bullet or a line: key and the value's nodes. */
function keyValue(paragraph: Paragraph): { key: string; value: RootContent[] } | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'text') return undefined;
  const m = /^\s*([A-Za-zÆØÅæøå -]{2,30}?)\s*:\s*/.exec(first.value);
  if (!m) return undefined;
  const head = first.value.slice(m[0].length);
  const value: PhrasingContent[] = [...(head ? [{ ...first, value: head }] : []), ...rest];
  return { key: m[1]!.toLowerCase().trim(), value: [{ type: 'paragraph', children: value } as Paragraph] };
}

/** Each record field's words (src/schemas/fields/) -> its key: "deciders" -> "decision-makers". */
export const FIELD_WORDS: Record<string, RecordFieldKey> = headerWords(RECORD_FIELDS);

/** The header words: status and date, and each record field's. */
export const HEADER_KEYS: Record<string, 'status' | 'date' | RecordFieldKey> = {
  status: 'status',
  date: 'date',
  dato: 'date',
  ...FIELD_WORDS,
};

export const headerLines: ImportFormat = {
  /** A paragraph, or a list each of whose items, starting with a key of HEADER_KEYS. */
  readHeaderBlock(block, state) {
    if (block.type !== 'list' && block.type !== 'paragraph') return false;
    const items = block.type === 'list' ? (block as List).children.map((i) => i.children[0]) : [block];
    const pairs = items.map((p) => (p?.type === 'paragraph' ? keyValue(p) : undefined));
    if (pairs.some((p) => !p || !HEADER_KEYS[p.key])) return false;
    for (const pair of pairs) {
      const key = HEADER_KEYS[pair!.key]!;
      if (key === 'status') readStatus(state, pair!.value);
      else state.fields[key] ??= plainText(pair!.value[0]!).trim();
    }
    return true;
  },
};
