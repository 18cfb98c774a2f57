// What the bench and the SEO/best-practices audit share: a built folder served as a static
// host serves it, and one Lighthouse run in a Chrome of its own.
import { spawn } from 'node:child_process';

export const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** scripts/serve-static.mjs on dir at port (under base), once it answers. */
export async function serve(dir, port, base = '/') {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', dir, String(port), base], { stdio: 'ignore' });
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${base}`)).status) return server;
    } catch (error) {
      if (tries > 200 || server.exitCode !== null) throw new Error(`static server on ${port} did not start: ${error.message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * One Lighthouse run (mobile preset) of the given categories, in a Chrome of its own with a
 * new, empty profile (chrome-launcher makes one per launch and removes it on kill).
 * cpuSlowdown replaces the preset's 4× CPU slowdown: 10 simulates a machine 2.5× slower.
 */
export async function lighthouseRun(url, categories, { cpuSlowdown } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const { throttling: presets } = await import('lighthouse/core/config/constants.js');
    const throttling = cpuSlowdown ? { ...presets.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown } : undefined;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, ...(throttling && { throttling }) });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}
