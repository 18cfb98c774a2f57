/**
 * The calculator's answer kept in view while the reader edits its fields on a phone: the
 * answer sentence (the verdict, or which fields to fix) in a bar that stays at the top of
 * the window once the full answer has scrolled out of it, and only while the fields are
 * on screen (./AnswerInView.css; why: docs/calculator-on-a-phone.md). Hidden from screen
 * readers: the island's live region already announces the same sentence, and the full
 * answer holds it in reading order.
 */
import type { ComponentChildren } from 'preact';

export function AnswerInView({ fix, children }: { fix: boolean; children: ComponentChildren }) {
  return (
    <div class="cc-in-view" aria-hidden="true">
      <p class={fix ? 'cc-in-view-fix' : undefined}>{children}</p>
    </div>
  );
}
