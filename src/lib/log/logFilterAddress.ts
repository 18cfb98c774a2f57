/**
 * The decision log's filters as an address (docs/log-filters.md). One filter has a page of
 * its own, built with that filter chosen, so a link to it works without JavaScript:
 * /<lang>/log/review/overdue/. Several at once are a query on the log itself,
 * /<lang>/?status=accepted&tag=data, which the page's script applies. No filter is the log.
 *
 * Only values the log offers are read; anything else in an address is ignored, so a
 * hostile or stale link shows the whole log rather than breaking it.
 */
import { withBase } from '../site/paths';
import type { FilterValues } from './decisionLog';

/** The facets in the order an address lists them. */
export const FILTER_FACETS = ['status', 'review', 'tag'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** The chosen value of each facet; a facet left out is "All". */
export type FilterState = Partial<Record<FilterFacet, string>>;

/** The values each facet offers, as the log lists them. */
export type FilterOptions = Record<FilterFacet, readonly string[]>;

/** The path segment under /<lang>/ where the one-filter pages are. */
export const LOG_FILTER_SEGMENT = 'log';

const isFacet = (name: string): name is FilterFacet => (FILTER_FACETS as readonly string[]).includes(name);

/** Facets chosen in a state, in address order. */
const chosen = (state: FilterState) => FILTER_FACETS.filter((f) => state[f] !== undefined && state[f] !== '');

/**
 * The filters a query string asks for: the first value of each facet that the log
 * offers. Unknown names, unknown values, empty values and repeats are ignored.
 */
export function filterStateFromQuery(search: string, options: FilterOptions): FilterState {
  const state: FilterState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return state;
  }
  for (const [name, value] of params) {
    if (isFacet(name) && state[name] === undefined && options[name].includes(value)) state[name] = value;
  }
  return state;
}

/** The filter a one-filter page's path names (/<lang>/log/<facet>/<value>/), if it is one the log offers. */
export function filterStateFromPath(pathname: string, root: string, options: FilterOptions): FilterState {
  if (!pathname.startsWith(root)) return {};
  const parts = pathname.slice(root.length).split('/').filter(Boolean);
  if (parts.length !== 3 || parts[0] !== LOG_FILTER_SEGMENT) return {};
  let facet: string, value: string;
  try {
    [facet, value] = [decodeURIComponent(parts[1]!), decodeURIComponent(parts[2]!)];
  } catch {
    return {};
  }
  return isFacet(facet) && options[facet].includes(value) ? { [facet]: value } : {};
}

/** Path of the page built with one filter chosen. */
export function singleFilterPath(root: string, facet: FilterFacet, value: string): string {
  return withBase(root, LOG_FILTER_SEGMENT, facet, value);
}

/**
 * The address of a state: the log itself when nothing is chosen, the one-filter page when
 * one facet is, and the log with a query (facets in a fixed order) when several are.
 * `root` is the log's own path, /<base>/<lang>/.
 */
export function filterAddress(root: string, state: FilterState): string {
  const facets = chosen(state);
  if (facets.length === 0) return withBase(root);
  if (facets.length === 1) return singleFilterPath(root, facets[0]!, state[facets[0]!]!);
  const query = new URLSearchParams(facets.map((f) => [f, state[f]!])).toString();
  return `${withBase(root)}?${query}`;
}

/** Every one-filter page the log needs: one per value on offer. */
export function singleFilters(options: FilterOptions): { facet: FilterFacet; value: string }[] {
  return FILTER_FACETS.flatMap((facet) => options[facet].map((value) => ({ facet, value })));
}

/** The values each facet offers, from the log's filter values. */
export function filterOptions(values: FilterValues): FilterOptions {
  return { status: values.statuses.map((s) => s.value), review: values.states.map((s) => s.value), tag: values.tags.map((s) => s.value) };
}
