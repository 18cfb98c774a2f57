/**
 * Hand-edited, broken and hostile links to the two tools: the page must never throw,
 * never show NaN/Infinity/undefined, and never turn a query value into markup.
 */
import { test, expect } from './fixtures';

const PAGES = [
  '/nb/0001-kubernetes/kalkulator/',
  '/en/0001-kubernetes/calculator/',
  '/nb/0001-kubernetes/sjekkliste/',
  '/en/0001-kubernetes/checklist/',
];

const long = 'x'.repeat(10_000);
const values = [
  'NaN', 'Infinity', '-Infinity', '-1e309', '1e309', '1e-400', '-1', '-0', '0', '', ' ', '1,5', '1 000,5', '0x10',
  '9'.repeat(400), '1e21', '12abc', 'abc', 'null', 'undefined', 'true', '[]', '{}', '%00', '%E0%A4%A', '%',
  '<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1', long, '１２', '٣', '1.2.3', '--5', '+5', '5e', '.5', '5.', '€', '100%',
];
// The tools' real keys (calculator: rate, months, <platform>.infra.<item>.low|high, <platform>.ops|setup|learn.low|high;
// checklist: metric and flag ids), plus one that neither knows.
const keys = [
  'months', 'rate', 'compose.infra.vps.low', 'kubernetes.infra.vps.high', 'kubernetes.ops.low', 'swarm.learn.high',
  'nodes', 'teamSize', 'trafficRps', 'uptimeSla', 'zeroDowntimeCritical', 'horizon',
];

/** 50+ query strings: every key with hostile values, repeated and unknown keys, prototype keys, raw junk. */
const QUERIES = [
  ...values.map((v, i) => `${keys[i % keys.length]}=${encodeURIComponent(v)}`),
  ...values.slice(0, 8).map((v) => keys.map((k) => `${k}=${encodeURIComponent(v)}`).join('&')),
  'months=12&months=999&months=-1',
  'nodes=3&nodes=abc',
  '__proto__=1&constructor=1&prototype=1&toString=1',
  '__proto__[polluted]=1',
  'unknown=1&another=%3Cb%3Ebold%3C%2Fb%3E',
  '%3Cscript%3E=1',
  `${long}=1`,
  '&&&===&&',
  'a=%',
  '%%%',
];

test(`there are at least 50 hostile query strings`, () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(50);
});

// Each test takes a handful of links, so the cases spread over both workers and none nears
// its time budget; every page gets all cases.
const CASES_PER_TEST = 20;

for (const path of PAGES) {
  for (let first = 0; first < QUERIES.length; first += CASES_PER_TEST) {
    const cases = QUERIES.slice(first, first + CASES_PER_TEST);
    test(`${path} survives hostile links ${first + 1}–${first + cases.length} of ${QUERIES.length}`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', async (d) => {
        dialogs++;
        await d.dismiss();
      });
      // The first link is opened as a new page; the island, once running, takes each next
      // one as the browser's back/forward does (popstate), which costs no page load.
      await page.goto(`${path}?${cases[0]}`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      for (const [i, query] of cases.entries()) {
        if (i > 0) {
          await page.evaluate((search) => {
            history.pushState(null, '', `${location.pathname}?${search}`);
            dispatchEvent(new PopStateEvent('popstate'));
          }, query);
        }
        const seen = await page.evaluate(() => ({
          text: document.body.innerText,
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          injected: document.querySelectorAll('body img[src="x"], body svg[onload]').length,
          bold: [...document.querySelectorAll('b')].filter((b) => b.textContent?.toLowerCase().includes('bold')).length,
          polluted: Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
        }));
        expect(seen.text, query).not.toMatch(/\bNaN\b|Infinity|undefined|\[object Object\]/);
        expect(seen.pwned, query).toBeUndefined();
        expect(seen.injected + seen.bold, query).toBe(0);
        expect(seen.polluted, query).toBe(false);
      }
      expect(dialogs).toBe(0);
    });
  }
}
