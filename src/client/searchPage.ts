/**
 * The search page's script: reads ?q, asks Pagefind (loaded from this site on first
 * use), lists the hits. Strings come from the page's data attributes, already translated.
 */
import { fillTemplate } from '../lib/template';

interface PagefindHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindHit> }[] }>;
}

export async function runSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  if (!form || !input || !status || !list) return;
  const text = status.dataset;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ `${form.dataset.pagefindBase}pagefind.js`) as Promise<Pagefind>);

  const search = async (query: string) => {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = text.searching ?? '';
    try {
      const { results } = await (await load()).search(query);
      const hits = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      for (const hit of hits) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.meta.title ?? hit.url;
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is our own page text, escaped, with <mark> around the hits.
        excerpt.innerHTML = hit.excerpt;
        item.append(link, excerpt);
        list.append(item);
      }
      const template = hits.length === 0 ? text.none : hits.length === 1 ? text.one : text.many;
      status.textContent = fillTemplate(template ?? '', { count: hits.length, query });
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
