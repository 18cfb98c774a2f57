/**
 * The record's list fields that an import reads from a team's ADRs and the MADR export
 * writes back (decision-makers, consulted, informed, tags): each one entry made by
 * defineField, listed once in RECORD_FIELDS (src/schemas/fields/index.ts). record.yaml's
 * schema (src/schemas/record.ts), the metadata on the record's page (RecordMeta.astro,
 * through src/lib/records/recordMetaView.ts), the import (the header words in
 * src/lib/records/adrImport.ts, the draft and the keys a re-import replaces in
 * importPlan.ts), record.yaml's writer (recordFiles.ts) and the MADR export (madrExport.ts)
 * read the list; none of them names a field. Recipe: CONTRIBUTING.md, "A record field".
 *
 * Not here: `status` and `date`. Each has rules of its own that a list does not: the
 * status is read through the team's status words and carries links ("superseded by
 * [ADR-0005](…)"), and the export writes it back with them; the date is read from a
 * header line, a table cell or a Log4brains file name, checked as a day, and reported
 * when missing. The page shows both in the decision summary, not in this list. The links
 * between records (supersedes, amends) are resolved across the imported folder, and the
 * site's own fields (reviews, options, …) are not in MADR at all.
 *
 * Here and in index.ts nothing imports .astro or CSS: the Node scripts (import, export,
 * lint) read the list.
 */
import type { z } from 'astro/zod';
import type { Strings } from '../../i18n/strings';

type TextKeys<T> = { [K in keyof T & string]: T[K] extends string ? K : never }[keyof T & string];

/** A label on the record's page: a string of en.json's `record` section, so a missing one fails the type check. */
export type RecordLabelKey = `record.${TextKeys<Strings['record']>}`;

/**
 * How the record's page shows a field: `list`, its values after its label, separated by
 * commas (people and tags alike). The one form the page has; a field shown otherwise adds
 * a form here and says how in src/lib/records/recordMetaView.ts.
 */
export type FieldView = 'list';

/**
 * How the MADR export writes a field: `list`, a YAML list in the front matter under its
 * key (record.yaml's names are MADR's where MADR has one, and the import reads a front
 * matter by them). The one form so far.
 */
export type FieldExport = 'list';

export interface RecordField<Key extends string = string, Label extends string = string> {
  /** Its key in record.yaml, and its name in a parsed ADR and an import's draft. */
  key: Key;
  /** The value's schema; record.yaml makes every such field optional. */
  schema: z.ZodType<string[]>;
  /** Its label on the record's page: a key of src/i18n/*.json (RecordLabelKey for the site's fields). */
  label: Label;
  /**
   * The words that name it in an ADR's header lines ("* Deciders: …", "Beslutningstakere: …"),
   * lower case, its key among them. A front matter names it by its key or by one of these
   * words (MADR 3's `deciders`).
   */
  importKeys: readonly string[];
  export: FieldExport;
  view: FieldView;
}

const KEY = /^[a-z][a-z0-9-]*$/;
/** What a header line can name (adrImport.ts reads "Key: value" with 2–30 letters, spaces and hyphens before the colon). */
const HEADER_WORD = /^[a-zæøå][a-zæøå -]{0,28}[a-zæøå]$/;

/** A field's entry, its names checked: a record.yaml key, header words a header line can hold, its key among them. */
export function defineField<const Key extends string, const Label extends string>(field: RecordField<Key, Label>): RecordField<Key, Label> {
  if (!KEY.test(field.key)) throw new Error(`record field "${field.key}": its key is lower case, digits and hyphens, starting with a letter`);
  for (const word of field.importKeys) {
    if (!HEADER_WORD.test(word)) throw new Error(`record field ${field.key}: "${word}" is not a header word (lower-case letters, spaces and hyphens, 2–30 characters)`);
  }
  if (!field.importKeys.includes(field.key)) throw new Error(`record field ${field.key}: its import words must include its key, which record.yaml and a front matter use`);
  return field;
}

/** A list of fields, each key and header word once. */
export function checkFieldList<T extends readonly RecordField[]>(fields: T): T {
  const names: [string, (field: RecordField) => readonly string[]][] = [
    ['key', (field) => [field.key]],
    ['header word', (field) => field.importKeys],
  ];
  for (const [what, of] of names) {
    const seen = new Map<string, string>();
    for (const field of fields) {
      for (const name of of(field)) {
        const other = seen.get(name);
        if (other !== undefined) throw new Error(`record fields ${other} and ${field.key} share the ${what} "${name}"`);
        seen.set(name, field.key);
      }
    }
  }
  return fields;
}

/** The fields' schemas, by key, each optional: the part of record.yaml's schema they make. */
export type FieldShape<T extends readonly RecordField[]> = {
  [Field in T[number] as Field['key']]: z.ZodOptional<Field['schema']>;
};

export const fieldShape = <T extends readonly RecordField[]>(fields: T): FieldShape<T> =>
  Object.fromEntries(fields.map((field) => [field.key, field.schema.optional()])) as FieldShape<T>;

/** Each header word -> the key of the field it names. */
export const headerWords = <F extends RecordField>(fields: readonly F[]): Record<string, F['key']> =>
  Object.fromEntries(fields.flatMap((field) => field.importKeys.map((word) => [word, field.key])));

/** One value per field, by key, in the list's order. */
export const fieldValues = <F extends RecordField, V>(fields: readonly F[], value: (field: F) => V): Record<F['key'], V> =>
  Object.fromEntries(fields.map((field) => [field.key, value(field)])) as Record<F['key'], V>;
