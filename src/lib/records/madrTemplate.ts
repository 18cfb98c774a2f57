/**
 * The body of a new record's page: MADR 4's sections, headed in the page's language.
 * What to write under each heading is an MDX comment, which the site never shows: a new
 * record is its author's draft (status "proposed") with the sections still to fill in.
 */
import type { Lang } from '../../schemas/text';

interface Section {
  depth: 2 | 3;
  heading: Record<Lang, string>;
  /** MADR 4's guidance for the section, in English (the template's own language). */
  guide: string;
}

export const MADR_SECTIONS: readonly Section[] = [
  { depth: 2, heading: { nb: 'Kontekst og problemstilling', en: 'Context and problem statement' }, guide: 'Describe the context and problem statement in two or three sentences, or as a question.' },
  { depth: 2, heading: { nb: 'Beslutningsdrivere', en: 'Decision drivers' }, guide: 'The forces and concerns behind the decision, as a list.' },
  { depth: 2, heading: { nb: 'Vurderte alternativer', en: 'Considered options' }, guide: 'The options, one list item each, by a short title.' },
  { depth: 2, heading: { nb: 'Beslutning', en: 'Decision outcome' }, guide: 'Chosen option: "…", because … (which drivers it meets, what rules the others out).' },
  { depth: 3, heading: { nb: 'Konsekvenser', en: 'Consequences' }, guide: 'Good, because …; bad, because … (one list item each).' },
  { depth: 3, heading: { nb: 'Bekreftelse', en: 'Confirmation' }, guide: 'How compliance with the decision is confirmed: a review, a test, a fitness function.' },
  { depth: 2, heading: { nb: 'Fordeler og ulemper ved alternativene', en: 'Pros and cons of the options' }, guide: 'One "### <option>" heading per option, with "Good, because …" and "Bad, because …" items.' },
];

export function madrTemplate(lang: Lang): string {
  return MADR_SECTIONS.map((s) => `${'#'.repeat(s.depth)} ${s.heading[lang]}\n\n{/* ${s.guide} */}\n`).join('\n');
}
