/**
 * How an island's first browser render meets the server's HTML, and the parts that come a
 * task after it.
 *
 * Opened from a shared link (a query string), an island renders the link's state at once:
 * its first render patches the server's nodes, hidden until done (global.css). Otherwise its
 * first render must equal the server's and is hydrated; anything only the browser knows
 * (today's date) comes in an effect.
 *
 * Either way that first render is one task: for a tool with many fields, long enough on a
 * slow phone to block the page. A Deferred part is a Preact root of its own inside the
 * island, in a box the island leaves alone (its inner HTML is the part's). During the
 * island's first render the box keeps the server's HTML; a task later the part hydrates
 * it, or renders into it when patching (`firstRenderInParts` waits for every part before
 * the island is shown). Every later render of the island renders the part at once.
 */
import { hydrate, render, type ComponentChildren, type JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export const patchesServerHtml = (): boolean => typeof window !== 'undefined' && window.location.search !== '';

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

/** The inputs under `element` the reader has changed from what the server wrote. */
export const typedInputs = (element: HTMLElement): HTMLInputElement[] =>
  [...element.querySelectorAll('input')].filter((input) => (input.type === 'checkbox' ? input.checked !== input.defaultChecked : input.value !== input.defaultValue));

type Props = { children: ComponentChildren } & Omit<JSX.HTMLAttributes<HTMLDivElement>, 'children'>;

/** The part, in a div with the given attributes. */
export function Deferred({ children, ...attributes }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(children);
  latest.current = children;
  // Read while the island renders: by the part's own first render, the island's is over.
  const [start] = useState(() => firstRender);
  // Undefined until its first render is under way, false while it waits (it then takes the latest children), true once done.
  const rendered = useRef<boolean>();
  useLayoutEffect(() => {
    const element = box.current!;
    if (rendered.current) render(latest.current, element);
    else if (rendered.current === undefined) {
      rendered.current = false;
      const first = () => {
        (start?.hydrating ? hydrate : render)(latest.current, element);
        rendered.current = true;
        // Typed between the island's hydration and the part's, before its handlers were there: said again, as the reader's input.
        if (start?.hydrating) for (const input of typedInputs(element)) input.dispatchEvent(new Event(input.type === 'checkbox' ? 'change' : 'input', { bubbles: true }));
      };
      if (start) start.parts.push(yieldToMain().then(first));
      else first();
    }
  });
  useLayoutEffect(() => {
    const element = box.current!;
    return () => render(null, element);
  }, []);
  if (typeof window === 'undefined') return <div {...attributes}>{children}</div>;
  return <div {...attributes} ref={box} dangerouslySetInnerHTML={{ __html: '' }} />;
}
