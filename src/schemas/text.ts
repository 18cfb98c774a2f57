/** The building blocks every schema shares: languages, translated text, ranges, ids. */
import { z } from 'astro/zod';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in both languages; neither may be empty. */
export const localized = z.strictObject({
  nb: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localized>;

/** A name that may be the same in both languages ("PostgreSQL") or translated. */
export const name = z.union([
  z
    .string()
    .trim()
    .min(1)
    .transform((text): Localized => ({ nb: text, en: text })),
  localized,
]);

/** A low–high range as a document states it ("20-40 timer/mnd"). */
export const range = z
  .strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative() })
  .refine((r) => r.low <= r.high, { message: 'low must not exceed high' });

/** An id used in URLs, links and other files of the record. */
export const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

/** A figure the document does not give, supplied by the editor and labelled as such. */
export const assumption = localized.optional();

const word = z.string().trim().min(1);

/** A word's plural forms by CLDR category, named as i18next names them; every language has `other`. */
const pluralForms = z.strictObject({
  zero: word.optional(),
  one: word.optional(),
  two: word.optional(),
  few: word.optional(),
  many: word.optional(),
  other: word,
});

/** One language's unit: a word that does not change with the count ("req/s"), or its plural forms. */
const unitForms = z.union([word.transform((other) => ({ other })), pluralForms]);

/**
 * A unit in both languages: a word, or its plural forms for things counted
 * (`{ one: person, other: people }`, so a figure reads "1 person", "3 people").
 * Either way it comes out as plural forms; a word is its own `other`.
 */
export const unit = z.strictObject({ nb: unitForms, en: unitForms });
