/**
 * How an island's first browser render meets the server's HTML. Opened from a shared link
 * (a query string), the islands render the link's state at once and src/islands/hydrate.ts
 * patches the server's nodes; otherwise the first render must equal the server's and is
 * hydrated, and anything only the browser knows (today's date) comes in an effect.
 */
export const patchesServerHtml = (): boolean => typeof window !== 'undefined' && window.location.search !== '';
