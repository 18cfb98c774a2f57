/** How a test starts a tool as a reader does, whichever way its island hydrates. */
import type { Locator, Page } from '@playwright/test';

/**
 * Scrolls to the page's tool and, when its island waits for the reader's first use
 * (client:interaction: src/islands/hydrateOnInteraction.ts), taps it where no control is;
 * resolves once the island runs and each figure it showed as text is a field
 * (src/islands/shared/NumberField.tsx, `asText`). It waits in the page, not with `expect`:
 * Playwright's first `expect` on a page runs long tasks on that page's main thread (113–131
 * ms and 50–64 ms of thread time at 2×, in a trace), which toolPageOnSlowPhone.spec.ts
 * would count as the page's own.
 */
export async function startTool(page: Page, island: Locator = page.locator('astro-island').first()): Promise<void> {
  await island.scrollIntoViewIfNeeded();
  if ((await island.getAttribute('client')) === 'interaction' && (await island.getAttribute('ssr')) !== null) await island.dispatchEvent('pointerdown');
  await toolRuns(page, island);
}

/** Resolves once the island runs and each figure it showed as text is a field, however it was started. */
export async function toolRuns(page: Page, island: Locator = page.locator('astro-island').first()): Promise<void> {
  // Polled on a timer: a requestAnimationFrame loop (the default) makes the page render frames it would not.
  await page.waitForFunction((element) => !element.hasAttribute('ssr') && !element.querySelector('.field-figure'), await island.elementHandle(), { polling: 50 });
}
