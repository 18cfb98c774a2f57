/**
 * The browser side of the Preact renderer, used instead of @astrojs/preact's own
 * (registered by src/integrations/preactIslands.ts). It is that file minus signal props:
 * the islands take plain props, and the signals branch's dynamic import pulls Vite's
 * preload helper (0.9 KB gzip) onto every island page. A signal passed as a prop would
 * reach the island as its plain value. Nor does it render `client:only` islands: the site's
 * islands all start from the server's HTML.
 */
import { h, hydrate, render, type ComponentType, type VNode } from 'preact';
import { patchesServerHtml } from './shared/renderMode';
import { renderInParts, yieldToMain } from './shared/Deferred';

type Slots = Record<string, string | undefined>;

// Static slot content (children, named slots) as HTML Preact never diffs.
function StaticHtml({ value, name }: { value?: string | undefined; name?: string | undefined }): VNode | null {
  return value ? (h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) as VNode) : null;
}
StaticHtml.shouldComponentUpdate = () => false;

// Astro numbers each island so Preact's hydration ids (useId) match the server's.
function islandMaskId(element: HTMLElement): number | string | null {
  const id = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
  return Number.isNaN(id) ? element.getAttribute('uid') : id;
}

/**
 * What the reader typed or ticked in the server's form before the island ran, by input id:
 * each input whose value differs from the one the server wrote. Undefined when nothing was.
 */
function typedBeforeHydration(element: HTMLElement): Record<string, string | boolean> | undefined {
  const typed: Record<string, string | boolean> = {};
  for (const input of element.querySelectorAll<HTMLInputElement>('input[id]')) {
    if (input.type === 'checkbox') {
      if (input.checked !== input.defaultChecked) typed[input.id] = input.checked;
    } else if (input.value !== input.defaultValue) typed[input.id] = input.value;
  }
  return Object.keys(typed).length ? typed : undefined;
}

export default (element: HTMLElement) =>
  async (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, { default: children, ...slotted }: Slots) => {
    if (!element.hasAttribute('ssr')) return;
    // Loading the island's modules (and the locale data its formatters load) is one task;
    // rendering it is the next, so neither blocks the page for long.
    await yieldToMain();
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    // Read in the task that renders, so nothing typed in between is missed.
    const typed = typedBeforeHydration(element);
    if (typed) props['typedBeforeHydration'] = typed;
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children) as VNode & { _mask?: unknown; __m?: unknown };
    const maskId = islandMaskId(element);
    if (maskId !== null) child._mask = child.__m = [maskId, 0];
    if (patchesServerHtml()) {
      // Hidden until this resolves (global.css), so its parts may render a task apart (./shared/Deferred.tsx).
      await renderInParts(() => render(child, element));
    } else if (typed) {
      // The first render shows what was typed, so it differs from the server's HTML: patch it.
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
