/**
 * `client:interaction`: an island that hydrates when the reader first uses it.
 *
 * A tool's server HTML already holds the record's figures and their answer, so a reader
 * who only reads need not run it: hydrating the tools while their pages loaded was most of
 * those pages' blocking time on a phone (docs/performance.md). The first focus, press or keystroke
 * inside the island loads it. Nothing done before it runs is lost: src/islands/hydrate.ts
 * reads what was typed or ticked, and a button pressed meanwhile is pressed again once the
 * island runs. Opened from a shared link, the island shows the link's figures, so it runs at once.
 *
 * Its props are not in the page but in a file of their own (src/lib/site/islandProps.ts),
 * fetched here before the island's modules: a reader who only reads loads neither. If they
 * cannot be had, the island stays the server's form, which works without JavaScript, and a
 * held press goes to it.
 */
import type { ClientDirective } from 'astro';
import { patchesServerHtml } from './shared/renderMode';
import { PROPS_SRC } from '../lib/site/islandPropsSource';

const FIRST_USE = ['focusin', 'pointerdown', 'keydown', 'input'];

const hydrateOnInteraction: ClientDirective = (load, _options, island) => {
  let pressed: HTMLButtonElement | null = null;
  // A button's handler does not exist until the island runs: hold its press until then.
  const holdPress = (event: Event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    event.stopImmediatePropagation();
    pressed = button;
  };
  const firstUse = new AbortController();
  const start = async () => {
    firstUse.abort();
    try {
      // Its props first: Astro's island hydrates itself when they change after load().
      const src = island.getAttribute(PROPS_SRC);
      if (src) island.setAttribute('props', await (await fetch(src)).text());
      await (await load())();
    } finally {
      island.removeEventListener('click', holdPress, true);
      if (pressed?.isConnected) pressed.click();
    }
  };
  island.addEventListener('click', holdPress, true);
  if (patchesServerHtml()) void start();
  else for (const type of FIRST_USE) island.addEventListener(type, start, { capture: true, passive: true, signal: firstUse.signal });
};

export default hydrateOnInteraction;
