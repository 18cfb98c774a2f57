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
