/**
 * CSS that makes the language switch keep the reader's #section without JavaScript.
 * The switch holds one link per heading (index i) plus a plain page link; while the
 * heading with id `from` is the :target, only link i is shown.
 */
export interface SectionLink {
  /** Heading id on this page. */
  from: string;
  /** Id of the same heading on the other language's page. */
  to: string;
}

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, '')}"`;

export function sectionSwitchCss(links: readonly SectionLink[]): string {
  return links
    .map(({ from }, i) => {
      const when = `html:has([id=${cssString(from)}]:target)`;
      return `${when} .lang-switch a[data-section]{display:none}${when} .lang-switch a[data-section="${i}"]{display:inline-flex}`;
    })
    .join('\n');
}

/** Pairs the n-th heading of one language's page with the n-th of the other's. */
export function pairHeadings(from: readonly { slug: string }[], to: readonly { slug: string }[]): SectionLink[] {
  return from.flatMap((h, i) => {
    const other = to[i];
    return other ? [{ from: h.slug, to: other.slug }] : [];
  });
}
