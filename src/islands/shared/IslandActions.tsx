/**
 * The row each tool ends with: copy link, copy as Markdown, reset. The copy buttons
 * carry their text in data-copy; the page's one script copies it and announces the
 * result (src/client/readerPreferences.ts), as it does for the headings' copy buttons.
 * Without JavaScript the buttons could do nothing, so they are not shown (needs-js); with
 * it, their row keeps its place but stays invisible until the island runs, so the page
 * below does not jump when it hydrates.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';

export interface ActionStrings {
  copyLink: string;
  copyMarkdown: string;
  reset: string;
}

interface Props {
  strings: ActionStrings;
  shareUrl: () => string;
  markdown: () => string;
  onReset: () => void;
}

export function IslandActions({ strings: s, shareUrl, markdown, onReset }: Props): JSX.Element {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return (
    <div class="island-actions needs-js" data-pending={live ? undefined : ''}>
      {/* The share link reads window.location, so it is only computed once running. */}
      <button type="button" data-copy={live ? shareUrl() : undefined}>
        {s.copyLink}
      </button>
      <button type="button" data-copy={live ? markdown() : undefined}>
        {s.copyMarkdown}
      </button>
      <button type="button" onClick={onReset}>
        {s.reset}
      </button>
    </div>
  );
}
