/**
 * Emoji that carry meaning (✅ ❌ ⚠️) become an icon with its word: without an emoji font
 * (common on Linux, and on paper) they print as empty boxes, and screen readers name them
 * inconsistently ("white heavy check mark", or nothing). The author's text keeps its
 * characters; the engine draws the icon (src/components/MarkIcon.astro), with the word from
 * the i18n files' `marks`: src/integrations/meaningMarks.ts for MDX,
 * src/components/InlineCode.astro for data text.
 */
export type MarkKind = 'yes' | 'no' | 'caution';
export const MARK_KINDS: readonly MarkKind[] = ['yes', 'no', 'caution'];

/** Each emoji, with or without the emoji variation selector U+FE0F. */
const EMOJI: Record<string, MarkKind> = { '\u2705': 'yes', '\u274C': 'no', '\u26A0': 'caution' };
const MARK = /(\u2705|\u274C|\u26A0)\uFE0F?/gu;

/**
 * Words that, opening the text right after a mark, already say what it means
 * ("❌ NO – …", "⚠️ MAYBE – …"): the icon is then decorative and adds no word.
 */
const SAID: Record<MarkKind, RegExp> = {
  yes: /^(?:ja|yes)(?![\p{L}\p{N}])/iu,
  no: /^(?:nei|no|not|ikke)(?![\p{L}\p{N}])/iu,
  caution: /^(?:kanskje|maybe|obs|caution|warning|advarsel)(?![\p{L}\p{N}])/iu,
};

export interface Mark {
  kind: MarkKind;
  /** The text beside it already says the word: the icon alone, hidden from screen readers. */
  said: boolean;
}
export type MarkSegment = string | Mark;

/** Whether `text` opens with a word that says what a `kind` mark means. */
export const saysMark = (kind: MarkKind, text: string): boolean => SAID[kind].test(text.trimStart());

/** Whether a text holds a meaning-carrying emoji. */
export const hasMark = (text: string): boolean => new RegExp(MARK.source, 'u').test(text);

/**
 * A text split at its marks. `following` is the text after it in the same block (the
 * bold "NO" after "❌ "), read only to tell whether a mark's word is already there.
 */
export function splitMarks(text: string, following = ''): MarkSegment[] {
  const segments: MarkSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    const at = match.index;
    if (at > last) segments.push(text.slice(last, at));
    const kind = EMOJI[match[1]!]!;
    const after = text.slice(at + match[0].length);
    // Up to the next mark: a word after that one is its own.
    const next = after.search(MARK);
    const beside = next === -1 ? after + following : after.slice(0, next);
    segments.push({ kind, said: saysMark(kind, beside) });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** A rating's star (the source's ⭐), on the same grid, filled in the text's colour. */
export const STAR_ICON = 'M8 1.3 10.05 5.6 14.7 6.2 11.3 9.45 12.15 14.1 8 11.85 3.85 14.1 4.7 9.45 1.3 6.2 5.95 5.6Z';

/** The icons, drawn on a 16 × 16 grid in the text's colour (stroked unless `fill`). */
export const MARK_ICONS: Record<MarkKind, readonly { d: string; fill?: true }[]> = {
  yes: [{ d: 'M3 8.6 6.3 11.8 13 4.6' }],
  no: [{ d: 'M4 4 12 12M12 4 4 12' }],
  caution: [{ d: 'M8 1.9 14.9 14H1.1Z' }, { d: 'M8 6.2V9.6' }, { d: 'M7.05 11.9a.95.95 0 1 0 1.9 0 .95.95 0 1 0-1.9 0Z', fill: true }],
};
