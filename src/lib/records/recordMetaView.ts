/**
 * The rows of the record's metadata (RecordMeta.astro) that the record fields make
 * (src/schemas/fields/): one per field the record gives, in the list's order, with the
 * label's key and the text after it. Pure; the component translates the label.
 */
import { RECORD_FIELDS } from '../../schemas/fields';
import type { FieldView, RecordLabelKey } from '../../schemas/fields/registry';

export interface FieldRow {
  key: string;
  label: RecordLabelKey;
  /** What follows the label, as the field's view writes it. */
  text: string;
}

const SHOW: Record<FieldView, (values: readonly string[]) => string> = {
  list: (values) => values.join(', '),
};

/** The fields `meta` gives, a row each; a field absent or empty has none. */
export function fieldRows(meta: Readonly<Partial<Record<string, unknown>>>): FieldRow[] {
  return RECORD_FIELDS.flatMap((field) => {
    const values = meta[field.key];
    return Array.isArray(values) && values.length > 0 ? [{ key: field.key, label: field.label, text: SHOW[field.view](values.map(String)) }] : [];
  });
}
