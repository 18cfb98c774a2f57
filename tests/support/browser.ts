/**
 * The browser every test drives. Browsers cannot be downloaded here, so it is the system's:
 * Debian's chromium-headless-shell (`apt-get install chromium-headless-shell`), the same
 * build as its chromium without the browser's windows and UI, and the kind of Chromium
 * Playwright itself runs headless. On this machine a test costs about half the CPU it
 * costs in the full browser (docs/testing.md). $CHROMIUM_PATH picks another.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
