/**
 * A part of an island whose first browser render comes one task after the island's own.
 *
 * An island's first render, a hydration or (opened from a shared link, ./renderMode.ts) a
 * patch of the server's HTML, is one task: for a tool with many fields, long enough on a
 * slow phone to block the page. A Deferred part is a Preact root of its own inside the
 * island, in a box the island leaves alone (its inner HTML is the part's). During the
 * island's first render the box keeps the server's HTML; a task later the part hydrates
 * it, or renders into it when patching (the island is hidden until then: global.css, and
 * `firstRenderInParts` waits for every part). Every later render of the island renders the
 * part at once, in the same task.
 */
import { hydrate, render, type ComponentChildren, type JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The island's first render in progress: how it meets the server's HTML, and its deferred parts. */
let firstRender: { hydrating: boolean; parts: Promise<void>[] } | null = null;

/** Ends the current task, so a long start is cut into short ones the reader can interrupt. */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Runs an island's first render (a synchronous Preact hydrate or render), then waits until each part it deferred has rendered. */
export async function firstRenderInParts(hydrating: boolean, run: () => void): Promise<void> {
  const parts: Promise<void>[] = [];
  firstRender = { hydrating, parts };
  try {
    run();
  } finally {
    firstRender = null;
  }
  await Promise.all(parts);
}

/**
 * What the reader typed into a part between the island's hydration and the part's: the part's
 * handlers were not there yet, so each changed input says so again, as the reader's input would.
 */
function replayTyped(box: HTMLElement): void {
  for (const input of box.querySelectorAll('input')) {
    if (input.type === 'checkbox' ? input.checked !== input.defaultChecked : input.value !== input.defaultValue)
      input.dispatchEvent(new Event(input.type === 'checkbox' ? 'change' : 'input', { bubbles: true }));
  }
}

type Props = { as?: 'div'; children: ComponentChildren } & Omit<JSX.HTMLAttributes<HTMLDivElement>, 'children'>;

export function Deferred({ as: Tag = 'div', children, ...attributes }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(children);
  latest.current = children;
  // Read while the island renders: by the part's own first render, the island's is over.
  const [start] = useState(() => firstRender);
  const state = useRef<'new' | 'waiting' | 'rendered'>('new');
  useLayoutEffect(() => {
    const element = box.current!;
    if (state.current === 'rendered') return void render(latest.current, element);
    if (state.current === 'waiting') return; // its first render takes the latest children
    const first = () => {
      (start?.hydrating ? hydrate : render)(latest.current, element);
      state.current = 'rendered';
      if (start?.hydrating) replayTyped(element);
    };
    if (!start) return first();
    state.current = 'waiting';
    start.parts.push(yieldToMain().then(first));
  });
  useLayoutEffect(() => {
    const element = box.current!;
    return () => render(null, element);
  }, []);
  if (typeof window === 'undefined') return <Tag {...attributes}>{children}</Tag>;
  return <Tag {...attributes} ref={box} dangerouslySetInnerHTML={{ __html: '' }} />;
}
