/**
 * What a reader sees of a part. A tool's parts off the first screen are laid out only once
 * they come near it (.rendered-when-near in src/islands/shared/island.css), and innerText
 * reads only what is laid out: read before the reader scrolls there, it would be empty.
 */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/** Whether the browser has laid the element out (false while its part is skipped). */
export const laidOut = (element: Locator) => element.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

/** The part's text, scrolled to as a reader would. */
export async function seenText(part: Locator): Promise<string> {
  await part.scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(part)).toBe(true);
  return part.innerText();
}
