/**
 * URL building for the static output. Every internal link goes through here so the
 * site works under "/" or any sub-path (Astro's `base`), always with a trailing slash.
 */
export function withBase(base: string, ...segments: string[]): string {
  const parts = segments.flatMap((s) => s.split('/')).filter(Boolean);
  const root = base.endsWith('/') ? base : `${base}/`;
  return parts.length === 0 ? root : `${root}${parts.join('/')}/`;
}

/** Path of a record page; the overview (empty slug) is the record's root. */
export function recordPagePath(base: string, lang: string, recordId: string, slug: string): string {
  return withBase(base, lang, recordId, slug);
}

/**
 * A link as written in a page (`../kostnader/`, `costs/#x`) resolved against the page's
 * own path into a root-relative one, so a printed page can show its whole address.
 * Absolute URLs, root-relative paths and #anchors are left as they are.
 */
export function resolveRelativeHref(href: string, pagePath: string): string {
  if (/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(href) || href === '') return href;
  // The #fragment is kept as written: URL would percent-encode its letters (å, æ, ø).
  const [target = '', fragment] = href.split(/(?=#)/, 2);
  const url = new URL(target, `http://site${pagePath}`);
  return `${url.pathname}${url.search}${fragment ?? ''}`;
}

/** "0001" style number of a record, as ADRs are usually cited. */
export function recordNumber(n: number): string {
  return String(n).padStart(4, '0');
}

/** How a record is cited everywhere: "ADR 0001". */
export function recordLabel(n: number): string {
  return `ADR ${recordNumber(n)}`;
}

/** Link-preview image of the site's own pages (index, search) in one language. */
export function siteImagePath(base: string, lang: string): string {
  return `${withBase(base, 'og')}${lang}.png`;
}

/** Path of a record page's link-preview image; the overview's is "index.png". */
export function ogImagePath(base: string, lang: string, recordId: string, slug: string): string {
  return `${withBase(base, 'og', lang, recordId)}${slug || 'index'}.png`;
}

/** A file of the decision log in one language: /<lang>/feed.xml, /<lang>/reviews.ics */
export function logFilePath(base: string, lang: string, file: 'feed.xml' | 'reviews.ics'): string {
  return `${withBase(base, lang)}${file}`;
}
