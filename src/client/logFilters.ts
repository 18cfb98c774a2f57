/**
 * The log's filters and the address, with JavaScript (docs/log-filters.md): a link's
 * filters are applied when the page loads and whenever the reader comes back to it, and
 * each change of filter replaces the address with the one that shows the same (a
 * one-filter page's path, or the log with a query). Without this script the filters still
 * work; the address just stays where it was.
 */
import { FILTER_FACETS, filterAddress, filterStateFromPath, filterStateFromQuery, type FilterOptions, type FilterState } from '../lib/log/logFilterAddress';

export function followFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form.log-filters[data-log-root]');
  if (!form) return;
  const root = form.dataset.logRoot!;
  const radios = (facet: string) => [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === facet);
  const offered = (facet: string) => radios(facet).map((r) => r.value).filter(Boolean);
  const options: FilterOptions = { status: offered('status'), review: offered('review'), tag: offered('tag') };

  const fromAddress = (): FilterState => ({
    ...filterStateFromPath(location.pathname, root, options),
    ...filterStateFromQuery(location.search, options),
  });
  const fromForm = (): FilterState =>
    Object.fromEntries(FILTER_FACETS.flatMap((f) => radios(f).filter((r) => r.checked && r.value).map((r) => [f, r.value])));

  const show = (state: FilterState) => {
    for (const facet of FILTER_FACETS) for (const r of radios(facet)) r.checked = r.value === (state[facet] ?? '');
  };
  const follow = () => {
    const address = filterAddress(root, fromForm()) + location.hash;
    if (address !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', address);
  };

  show(fromAddress());
  form.addEventListener('change', follow);
  // Enter in a field would load the query; the filters already show it.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    follow();
  });
  // A reset event comes before the form resets.
  form.addEventListener('reset', () => setTimeout(follow));
  // Back and forward: a page from the back-forward cache, or a browser that restored the
  // form's earlier state, shows what the address says.
  addEventListener('pageshow', () => show(fromAddress()));
  addEventListener('popstate', () => show(fromAddress()));
}
