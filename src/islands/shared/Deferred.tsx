/**
 * A part of an island that the first render of a shared link leaves for a task of its own.
 *
 * Opened from a shared link, an island is hidden until it shows the link's figures
 * (global.css), and its first render patches all of the server's HTML at once
 * (./renderMode.ts): on a slow phone, one task long enough to block the page. Rendered
 * through `renderInParts`, each Deferred part renders nothing at first and its children
 * one task later, so the page can answer the reader in between; the island is shown once
 * every part has rendered, so no frame shows it half done. Any other render (the server's,
 * a hydration, every later update) renders the children at once.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The parts the render in progress deferred, each settled once it has rendered. */
let deferredParts: Promise<void>[] | null = null;

/** Ends the current task, so a long start is cut into short ones the reader can interrupt. */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Runs `render` (a synchronous Preact render), then waits until each part it deferred has rendered. */
export async function renderInParts(render: () => void): Promise<void> {
  const parts: Promise<void>[] = [];
  deferredParts = parts;
  try {
    render();
  } finally {
    deferredParts = null;
  }
  await Promise.all(parts);
}

export function Deferred({ children }: { children: ComponentChildren }) {
  const rendered = useRef<() => void>();
  const [shown, setShown] = useState(() => {
    if (!deferredParts) return true;
    deferredParts.push(new Promise<void>((resolve) => (rendered.current = resolve)));
    return false;
  });
  useLayoutEffect(() => {
    if (!shown) void yieldToMain().then(() => setShown(true));
    else rendered.current?.();
  }, [shown]);
  return shown ? <>{children}</> : null;
}
