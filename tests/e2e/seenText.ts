/**
 * A part's text as a reader sees it, scrolled to. A tool's parts off the first screen are
 * laid out only once they come near it (.rendered-when-near in src/islands/shared/island.css),
 * and innerText reads only what is laid out: read there, it would be empty.
 */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

export async function seenText(part: Locator): Promise<string> {
  await part.scrollIntoViewIfNeeded();
  await expect.poll(() => part.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  return part.innerText();
}
