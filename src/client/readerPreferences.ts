/**
 * The only script a prose page carries, inline in <head> so it runs before the first
 * paint: it shows the reader's remembered theme without a flash of the other one, marks
 * the page as scripted (CSS then reveals the controls that need JavaScript), and handles
 * the theme toggle and every copy button by one delegated listener, so it never waits
 * for the DOM. Strings come from the page, already translated.
 */
import { parseTheme, toggledChoice, type Theme } from '../lib/site/themeChoice';

const root = document.documentElement;
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const system = (): Theme => (darkQuery.matches ? 'dark' : 'light');
const KEY = 'theme';

// Storage can be off (privacy settings); the choice then lasts for this page only.
function readChoice(): Theme | null {
  try {
    return parseTheme(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}
function keepChoice(theme: Theme | null): void {
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    /* not remembered */
  }
}

let choice = readChoice();

// data-theme holds only a choice; without one, CSS follows the system by itself. Only what
// changed is written: each write restyles the page, and at DOMContentLoaded usually nothing has.
function render(): void {
  if (choice !== (root.dataset.theme ?? null)) {
    if (choice) root.dataset.theme = choice;
    else delete root.dataset.theme;
  }
  const pressed = String((choice ?? system()) === 'dark');
  for (const toggle of document.querySelectorAll('[data-theme-toggle]')) {
    if (toggle.getAttribute('aria-pressed') !== pressed) toggle.setAttribute('aria-pressed', pressed);
  }
}

root.classList.add('js');
// A shared link (a query string): its tools stay hidden until they show its figures
// (global.css); a page whose tool has moved sends the link's figures there (BaseLayout's tool-page).
if (location.search) {
  root.classList.add('linked');
  const toolPage = document.getElementById('tool-page') as HTMLMetaElement | null;
  if (toolPage && location.search.match(toolPage.dataset.reads!)) location.replace(toolPage.content + location.search);
}
// A CSS string: an origin never holds a quote or a backslash.
root.style.setProperty('--page-origin', `"${location.origin}"`);
render();
darkQuery.addEventListener('change', render);
document.addEventListener('DOMContentLoaded', render);
// A choice made in another tab applies here too.
addEventListener('storage', () => {
  choice = readChoice();
  render();
});

// A print view's stamp (PrintStamp.astro) names the day it was printed; empty, it is not shown.
addEventListener('beforeprint', () => {
  for (const stamp of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    stamp.textContent = stamp.dataset.template!.replace('{date}', new Date().toLocaleDateString(stamp.dataset.printDate, { dateStyle: 'long' }));
  }
});

let clearStatus: ReturnType<typeof setTimeout> | undefined;

/** A heading's button copies its section's address; an island's, its data-copy text (and may say what it copied in data-copied). */
async function copy(button: HTMLElement): Promise<void> {
  const status = document.getElementById('copy-status');
  if (!status) return;
  const section = button.dataset.copySection;
  const messages = status.dataset;
  let message: string | undefined;
  try {
    await navigator.clipboard.writeText(section ? `${location.origin}${location.pathname}#${encodeURIComponent(section)}` : (button.dataset.copy ?? ''));
    message = section ? messages.sectionCopied : (button.dataset.copied ?? messages.copied);
  } catch {
    // Without clipboard access the address bar can still hold the section's link.
    if (section) location.hash = section;
    message = section ? messages.sectionFailed : messages.failed;
  }
  status.textContent = message ?? '';
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), 5000);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('[data-theme-toggle],[data-copy-section],[data-copy]');
  if (!button) return;
  if (button.matches('[data-theme-toggle]')) {
    choice = toggledChoice(choice, system());
    keepChoice(choice);
    render();
  } else {
    void copy(button);
  }
});

// "/" or Ctrl/⌘+K moves to the page's search field, as on most documentation sites; a "/"
// typed into a field stays a "/".
document.addEventListener('keydown', (event) => {
  const field = document.querySelector<HTMLInputElement>('input[type=search]');
  const modified = event.ctrlKey || event.metaKey;
  const slash = event.key == '/' && !modified && !event.altKey && !(event.target as Element).closest('input,textarea,select,[contenteditable]');
  if (field && (slash || (modified && /^k$/i.test(event.key)))) {
    event.preventDefault();
    field.focus();
    field.select();
  }
});
