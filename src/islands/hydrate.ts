/**
 * The browser side of the Preact renderer, used instead of @astrojs/preact's own
 * (registered by src/integrations/preactIslands.ts). It is that file minus signal props:
 * the islands take plain props, and the signals branch's dynamic import pulls Vite's
 * preload helper (0.9 KB gzip) onto every island page. A signal passed as a prop would
 * reach the island as its plain value.
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

export default (element: HTMLElement) =>
  async (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, { default: children, ...slotted }: Slots, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    // Loading the island's modules (and the locale data its formatters load) is one task;
    // rendering it is the next, so neither blocks the page for long.
    await yieldToMain();
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children) as VNode & { _mask?: unknown; __m?: unknown };
    const maskId = islandMaskId(element);
    if (maskId !== null) child._mask = child.__m = [maskId, 0];
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else if (patchesServerHtml()) {
      // Hidden until this resolves (global.css), so its parts may render a task apart (./shared/Deferred.tsx).
      await renderInParts(() => render(child, element));
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
