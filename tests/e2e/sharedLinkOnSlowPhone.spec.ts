/**
 * A tool page opened from a shared link on a slow phone (CPU throttled 4× through the
 * DevTools protocol): the first frame that shows the tool already shows the link's
 * figures, with no moment of the document's defaults and no summary that disagrees with
 * its table. Each frame is looked at before it is painted, until the tool is shown.
 */
import { test, expect } from './fixtures';

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
}

for (const { path, lang, query, field, value } of CASES) {
  test(`${path} from a shared link shows the link's figures in its first frame, at 4× CPU slowdown`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const probe: Probe = { firstShown: null };
      (window as unknown as { probe: Probe }).probe = probe;
      // Each frame, before it is painted: is the tool shown yet, and with what?
      const watch = () => {
        const island = document.querySelector('astro-island');
        if (island && getComputedStyle(island).visibility === 'visible') {
          const fields = [...island.querySelectorAll('input')].map((i) => (i.type === 'checkbox' ? String(i.checked) : i.value));
          probe.firstShown = `${island.textContent}|${fields.join('|')}`;
        } else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(`${path}?${query}`);
    const island = page.locator('astro-island').first();
    await island.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(island.getByLabel(field[lang], { exact: true })).toHaveValue(value);

    const probe = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
    const settled = await island.evaluate((el) => {
      const fields = [...el.querySelectorAll('input')].map((i) => (i.type === 'checkbox' ? String(i.checked) : i.value));
      return `${el.textContent}|${fields.join('|')}`;
    });
    const differsAt = [...settled].findIndex((ch, i) => probe.firstShown?.[i] !== ch);
    const around = (text: string | null) => text?.slice(Math.max(0, differsAt - 60), differsAt + 60);
    expect(differsAt, `first frame showed "…${around(probe.firstShown)}…", then "…${around(settled)}…"`).toBe(-1);
  });
}
