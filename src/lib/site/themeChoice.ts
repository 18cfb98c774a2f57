/**
 * Light or dark: the system decides until the reader chooses, and a choice that matches
 * the system is not kept, so from then on the page follows the system again.
 */
export type Theme = 'light' | 'dark';

/** The reader's stored choice, or null for "follow the system" (also for junk in storage). */
export function parseTheme(stored: string | null): Theme | null {
  return stored === 'light' || stored === 'dark' ? stored : null;
}

/** The choice after pressing the toggle: the other theme, or null when that is the system's. */
export function toggledChoice(choice: Theme | null, system: Theme): Theme | null {
  const next: Theme = (choice ?? system) === 'dark' ? 'light' : 'dark';
  return next === system ? null : next;
}
