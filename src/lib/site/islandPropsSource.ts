/**
 * The attribute that gives the address of an island's props once the build has moved them
 * out of the page (./islandProps.ts). Its own module, so the directive that reads it
 * (src/islands/hydrateOnInteraction.ts, inlined in every tool page) imports nothing else.
 */
export const PROPS_SRC = 'data-props-src';
