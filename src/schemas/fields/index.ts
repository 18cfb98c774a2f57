/**
 * The record fields an import reads and the MADR export writes, each once, in the order
 * record.yaml, the record's page and a MADR file give them: adding one is an entry here
 * and its label in both src/i18n/*.json (CONTRIBUTING.md, "A record field"). The names
 * are MADR 4's where MADR has one (decision-makers, consulted, informed); `tags` is
 * Log4brains'.
 */
import { z } from 'astro/zod';
import { checkFieldList, defineField, type RecordField, type RecordLabelKey } from './registry';

/** Names or words, each non-empty. */
const list = z.array(z.string().trim().min(1));

export const RECORD_FIELDS = checkFieldList([
  defineField({
    key: 'decision-makers',
    schema: list,
    label: 'record.decisionMakers',
    // MADR 2 and 3 say "Deciders"; "beslutningstakere" is the Norwegian word.
    importKeys: ['deciders', 'decision-makers', 'decision makers', 'beslutningstakere'],
    export: 'list',
    view: 'list',
  }),
  defineField({ key: 'consulted', schema: list, label: 'record.consulted', importKeys: ['consulted'], export: 'list', view: 'list' }),
  defineField({ key: 'informed', schema: list, label: 'record.informed', importKeys: ['informed'], export: 'list', view: 'list' }),
  defineField({ key: 'tags', schema: list, label: 'record.tags', importKeys: ['tags'], export: 'list', view: 'list' }),
] as const satisfies readonly RecordField<string, RecordLabelKey>[]);

export type RecordFieldKey = (typeof RECORD_FIELDS)[number]['key'];

/** Each field's values: what a parsed ADR holds (an empty list when the file gives none). */
export type RecordFieldValues = Record<RecordFieldKey, string[]>;
