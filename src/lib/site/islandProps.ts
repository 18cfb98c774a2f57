/**
 * An island that hydrates on the reader's first use (`client:interaction`) does not need its
 * props until then, yet Astro writes them into the page as an attribute: a third of a tool
 * page's HTML, ahead of the tool's own markup. This moves them into a file of their own,
 * which src/islands/hydrateOnInteraction.ts fetches when the island starts, and leaves the
 * file's address on the island as `data-props-src`. Islands hydrated another way keep theirs.
 */
import { decodeHTMLAttribute } from 'entities';
import { PROPS_SRC } from './islandPropsSource.ts';

/** The start tag Astro writes; it escapes `>` in attribute values, so none ends early. */
const ISLAND_TAG = /<astro-island\b[^>]*>/g;
const PROPS = / props="([^"]*)"/;
const ON_INTERACTION = / client="interaction"/;

export interface MovedProps {
  html: string;
  /** Each moved island's props, as the browser would read the attribute (JSON text). */
  files: { url: string; json: string }[];
}

/** `urlFor` names the file of one island's props (the same props, the same file). */
export function moveIslandProps(html: string, urlFor: (json: string) => string): MovedProps {
  const files: MovedProps['files'] = [];
  const moved = html.replace(ISLAND_TAG, (tag) => {
    const props = PROPS.exec(tag);
    if (!props || !ON_INTERACTION.test(tag)) return tag;
    const json = decodeHTMLAttribute(props[1]!);
    const url = urlFor(json);
    files.push({ url, json });
    // The island reads no props before it starts, and the directive sets them then.
    return tag.replace(PROPS, ` ${PROPS_SRC}="${url}"`);
  });
  return { html: moved, files };
}
