/** How a test starts a tool as a reader does, whichever way its island hydrates. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Scrolls to the page's tool and, when its island waits for the reader's first use
 * (client:interaction: src/islands/hydrateOnInteraction.ts), taps it where no control is;
 * resolves once the island runs.
 */
export async function startTool(page: Page, island: Locator = page.locator('astro-island').first()): Promise<void> {
  await island.scrollIntoViewIfNeeded();
  if ((await island.getAttribute('client')) === 'interaction' && (await island.getAttribute('ssr')) !== null) await island.dispatchEvent('pointerdown');
  await expect(island).not.toHaveAttribute('ssr');
}
