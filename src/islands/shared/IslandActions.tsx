/**
 * The row each tool ends with: copy link, copy as Markdown, reset. Without JavaScript
 * the buttons could do nothing, so they stay hidden until the island runs.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CopyButton } from './CopyButton';

export interface ActionStrings {
  copyLink: string;
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
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
    <div class="island-actions" hidden={!live}>
      <CopyButton label={s.copyLink} copied={s.copied} failed={s.copyFailed} text={shareUrl} />
      <CopyButton label={s.copyMarkdown} copied={s.copied} failed={s.copyFailed} text={markdown} />
      <button type="button" onClick={onReset}>
        {s.reset}
      </button>
    </div>
  );
}
