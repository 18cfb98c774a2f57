/**
 * The row each tool ends with: copy for chat (verdict, figures, link), copy link, copy as
 * table, reset. The copy buttons carry their text in data-copy and their own
 * confirmation in data-copied; the page's one script copies and announces the result
 * (src/client/readerPreferences.ts), as it does for the headings' copy buttons.
 * Without JavaScript the buttons could do nothing, so they are not shown (needs-js); with
 * it, their row keeps its place but stays invisible until the island runs, so the page
 * below does not jump when it hydrates.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';

export interface ActionStrings {
  copyChat: string;
  copyLink: string;
  copyTable: string;
  chatCopied: string;
  tableCopied: string;
  reset: string;
}

interface Props {
  strings: ActionStrings;
  shareUrl: () => string;
  /** The chat message (src/lib/chatMessage.ts), which holds the share link. */
  chat: () => string;
  /** The full results as a Markdown table, for issues and documents. */
  table: () => string;
  onReset: () => void;
}

export function IslandActions({ strings: s, shareUrl, chat, table, onReset }: Props): JSX.Element {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  // The share link reads window.location, so the texts are only computed once running.
  return (
    <div class="island-actions needs-js" data-pending={live ? undefined : ''}>
      <button type="button" data-copy={live ? chat() : undefined} data-copied={s.chatCopied}>
        {s.copyChat}
      </button>
      <button type="button" data-copy={live ? shareUrl() : undefined}>
        {s.copyLink}
      </button>
      <button type="button" data-copy={live ? table() : undefined} data-copied={s.tableCopied}>
        {s.copyTable}
      </button>
      <button type="button" onClick={onReset}>
        {s.reset}
      </button>
    </div>
  );
}
