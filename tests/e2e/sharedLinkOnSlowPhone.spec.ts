/**
 * A tool page opened from a shared link on a slow phone (CPU throttled 4× through the
 * DevTools protocol):
 * - the first frame that shows the tool already shows the link's figures, with no moment
 *   of the document's defaults and no summary that disagrees with its table. Each frame
 *   is looked at before it is painted, until the tool is shown;
 * - the page never stops answering the reader for long on its way there: from navigation
 *   until the tool is shown, the part of each long task beyond 50 ms, summed (the blocking
 *   time). The goal is 150 ms (the bench holds the real one, 50 ms, with Lighthouse), and
 *   these pages are not yet within it on every cold load here (40–220 ms, README
 *   "Hydration and first render"), so the test guards at twice the goal, which a page
 *   fails only by getting clearly slower. A busy machine only ever adds time, so a page over it is opened
 *   again, as a new reader (a new browser context), up to five times, and fails when every
 *   load is over. Each load's blocking time is in the test's annotations. These tests run
 *   after all the others and one at a time (playwright.config.ts): a slowed-down renderer
 *   keeps a core busy, and two of them starve the browser processes they wait on.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Twice the goal of 150 ms, which not every cold load meets yet (see above). */
const BLOCKING_BUDGET_MS = 300;
const LOADS = 5;
/** A phone's screen, as Lighthouse's mobile preset has it. */
const PHONE = { width: 412, height: 823 };
test.use({ viewport: PHONE });

const calculator = { query: 'rate=80&months=36', field: { en: 'Value of one hour of your time', nb: 'Verdien av én time av tiden din' }, value: '80' };
const checklist = { query: 'nodes=6&teamSize=4', field: { en: 'VPS nodes', nb: 'VPS noder' }, value: '6' };
const CASES = [
  { path: '/en/0001-kubernetes/calculator/', lang: 'en', ...calculator },
  { path: '/nb/0001-kubernetes/kalkulator/', lang: 'nb', ...calculator },
  { path: '/en/0001-kubernetes/costs/', lang: 'en', ...calculator },
  { path: '/nb/0001-kubernetes/kostnader/', lang: 'nb', ...calculator },
  { path: '/en/0001-kubernetes/checklist/', lang: 'en', ...checklist },
  { path: '/nb/0001-kubernetes/sjekkliste/', lang: 'nb', ...checklist },
  { path: '/en/0001-kubernetes/migration-triggers/', lang: 'en', ...checklist },
  { path: '/nb/0001-kubernetes/migreringstriggere/', lang: 'nb', ...checklist },
] as const;

interface Probe {
  /** The tool as the first frame that showed it painted it: its text and its fields' values. */
  firstShown: string | null;
  /** Every long task since navigation (ms); the observer is read once the tool is shown. */
  longTasks: number[];
  observer: PerformanceObserver;
  /** The tool's text and its fields' values, as a reader sees them. */
  state: (island: Element) => string;
}

const blockingTime = (tasks: number[]) => tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0);

/**
 * Opens the shared link in `page` at 4× CPU slowdown, as a reader does who follows it to
 * the tool, and returns what the first frame showing the tool showed, what it shows once
 * settled, and the long tasks from navigation until then (the frame after the settled one
 * has begun, so the tool's own layout and paint are in).
 */
async function openSharedLink(page: Page, url: string, field: string, value: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const probe: Probe = {
      firstShown: null,
      longTasks: [],
      observer: new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }),
      state: (island) => {
        const fields = [...island.querySelectorAll('input')].map((i) => (i.type === 'checkbox' ? String(i.checked) : i.value));
        return `${island.textContent}|${fields.join('|')}`;
      },
    };
    probe.observer.observe({ type: 'longtask', buffered: true });
    (window as unknown as { probe: Probe }).probe = probe;
    // Each frame, before it is painted: is the tool shown yet, and with what?
    const watch = () => {
      const island = document.querySelector('astro-island');
      if (island && getComputedStyle(island).visibility === 'visible') probe.firstShown = probe.state(island);
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto(url);
  const island = page.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(island.getByLabel(field, { exact: true })).toHaveValue(value);
  return page.evaluate(async () => {
    const probe = (window as unknown as { probe: Probe }).probe;
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    for (const entry of probe.observer.takeRecords()) probe.longTasks.push(entry.duration);
    return { firstShown: probe.firstShown, settled: probe.state(document.querySelector('astro-island')!), longTasks: probe.longTasks.map(Math.round) };
  });
}

for (const { path, lang, query, field, value } of CASES) {
  test(`${path} from a shared link shows the link's figures in its first frame and blocks for at most ${BLOCKING_BUDGET_MS} ms, at 4× CPU slowdown`, async ({ page, browser, baseURL }) => {
    const url = `${path}?${query}`;
    const { firstShown, settled, longTasks } = await openSharedLink(page, url, field[lang], value);
    const differsAt = [...settled].findIndex((ch, i) => firstShown?.[i] !== ch);
    const around = (text: string | null) => text?.slice(Math.max(0, differsAt - 60), differsAt + 60);
    expect(differsAt, `first frame showed "…${around(firstShown)}…", then "…${around(settled)}…"`).toBe(-1);

    // Each further load is a reader's first again: a new browser context, so no cache, fonts or compiled code carry over.
    const loads = [longTasks];
    while (blockingTime(loads.at(-1)!) > BLOCKING_BUDGET_MS && loads.length < LOADS) {
      const context = await browser.newContext({ baseURL: baseURL!, viewport: PHONE });
      loads.push((await openSharedLink(await context.newPage(), url, field[lang], value)).longTasks);
      await context.close();
    }
    const report = loads.map((tasks) => `${blockingTime(tasks)} ms (long tasks ${tasks.join(', ') || 'none'})`).join('; ');
    test.info().annotations.push({ type: 'blocking time', description: report });
    expect(Math.min(...loads.map(blockingTime)), `blocking time per load: ${report}`).toBeLessThanOrEqual(BLOCKING_BUDGET_MS);
  });
}
