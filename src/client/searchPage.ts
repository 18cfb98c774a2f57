/**
 * The search page's script: reads ?q, asks Pagefind (loaded from this site on first
 * use), lists the hits. Each hit links to the section that matched best (Pagefind's
 * sub-results, one per heading with an id), with up to two more matching sections below.
 * Strings come from the page's data attributes, already translated.
 */
import { fillTemplate } from '../lib/text/template';

/** A section of a page: from one heading to the next. Its url carries the heading's #id. */
interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSection[];
}

const MORE_SECTIONS = 2;
const score = (s: PagefindSection) => (s.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);

/** A link and the excerpt under it; Pagefind's excerpt is our own page text, escaped, with <mark> around the hits. */
function linkWithExcerpt(url: string, title: string, excerpt: string): HTMLElement[] {
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  const text = document.createElement('p');
  text.innerHTML = excerpt;
  return [link, text];
}

function resultItem(hit: PagefindHit): HTMLLIElement {
  const item = document.createElement('li');
  const page = hit.meta.title ?? hit.url;
  const [best, ...more] = [...(hit.sub_results ?? [])].sort((a, b) => score(b) - score(a));
  if (!best) {
    item.append(...linkWithExcerpt(hit.url, page, hit.excerpt));
    return item;
  }
  // A match above the first heading has the page itself as its section.
  item.append(...linkWithExcerpt(best.url, best.title === page ? page : `${page} › ${best.title}`, best.excerpt));
  if (more.length) {
    const sections = document.createElement('ul');
    sections.className = 'search-sections';
    for (const section of more.slice(0, MORE_SECTIONS)) {
      const entry = document.createElement('li');
      entry.append(...linkWithExcerpt(section.url, section.title, section.excerpt));
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindHit> }[] }>;
}

export async function runSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const other = document.querySelector<HTMLAnchorElement>('.search-other a');
  if (!form || !input || !status || !list || !other) return;
  const otherSearch = other.href;
  const text = status.dataset;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ `${form.dataset.pagefindBase}pagefind.js`) as Promise<Pagefind>);

  /** No results in this language: offer the same query in the other language's search. */
  const offerOther = (query: string | undefined) => {
    other.parentElement!.hidden = !query;
    if (!query) return;
    const target = new URL(otherSearch);
    target.searchParams.set('q', query);
    other.href = target.href;
    other.textContent = fillTemplate(other.dataset.template ?? '', { query });
  };

  const search = async (query: string) => {
    list.replaceChildren();
    offerOther(undefined);
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = text.searching ?? '';
    try {
      const { results } = await (await load()).search(query);
      const hits = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      list.append(...hits.map(resultItem));
      const template = hits.length === 0 ? text.none : hits.length === 1 ? text.one : text.many;
      status.textContent = fillTemplate(template ?? '', { count: hits.length, query });
      if (hits.length === 0) offerOther(query);
    } catch {
      status.textContent = text.failed ?? '';
    }
  };

  // The language switch keeps the query: the other language's search page runs it too.
  const keepQuery = (query: string) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a')) {
      const target = new URL(link.href);
      target.search = query ? `?${new URLSearchParams({ q: query })}` : '';
      link.href = target.href;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
    keepQuery(input.value);
    void search(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial.slice(0, 200);
  keepQuery(input.value);
  void search(input.value);
}
