/**
 * The row each tool ends with: copy for chat (verdict, figures, link), copy link, copy as
 * table, reset. A copy button puts its text in data-copy when clicked (its handler runs
 * before the page's delegated listener, which copies and announces the result:
 * src/client/readerPreferences.ts), so no text is built until a reader asks for it.
 * Without JavaScript the buttons could do nothing, so they are not shown (needs-js); with
 * it, they are shown before the island runs, and a press then is held until it runs
 * (src/islands/hydrateOnInteraction.ts).
 */
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
  /** The chat message (src/lib/text/chatMessage.ts), which holds the share link. */
  chat: () => string;
  /** The full results as a Markdown table, for issues and documents. */
  table: () => string;
  onReset: () => void;
  /** A field is invalid: nothing computed from it may be copied or shared until it is fixed. */
  waiting?: boolean;
}

/** Sets the clicked button's data-copy to the text of the moment, for the page's copy listener. */
const copies = (text: () => string) => (event: JSX.TargetedMouseEvent<HTMLButtonElement>) => {
  event.currentTarget.dataset.copy = text();
};

export function IslandActions({ strings: s, shareUrl, chat, table, onReset, waiting = false }: Props): JSX.Element {
  return (
    <div class="island-actions needs-js">
      <button type="button" onClick={copies(chat)} data-copied={s.chatCopied} disabled={waiting}>
        {s.copyChat}
      </button>
      <button type="button" onClick={copies(shareUrl)} disabled={waiting}>
        {s.copyLink}
      </button>
      <button type="button" onClick={copies(table)} data-copied={s.tableCopied} disabled={waiting}>
        {s.copyTable}
      </button>
      <button type="button" onClick={onReset}>
        {s.reset}
      </button>
    </div>
  );
}
