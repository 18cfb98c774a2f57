/**
 * The built site as real nginx and real Caddy serve it with the configuration the build
 * wrote (src/lib/site/hostHeaders.ts), at / (dist/) and under /adr/ (dist-subpath/): every
 * header on several pages, each page's CSP header the same policy as its <meta> plus
 * framing, islands that still work under both, long caching of hashed assets only,
 * compression, the not-found page with status 404, and Mozilla Observatory's top grade.
 */
import type { APIResponse } from '@playwright/test';
import { COMMON_HEADERS, headerCsp, IMMUTABLE, REVALIDATE } from '../../src/lib/site/hostHeaders';
import { observatoryScore } from '../support/observatory';
import { serve, type RunningServer, type ServerKind } from './hostServers';
import { test, expect } from './fixtures';
import { startTool } from './startTool';
import { DIST, DIST_SUBPATH, SUBPATH } from './site';

const PAGES = ['', 'nb/0001-kubernetes/kostnader/', 'en/0001-kubernetes/calculator/', 'en/search/'];
const metaCsp = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];

async function expectPageHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  const meta = metaCsp(await response.text());
  expect(meta, `${path}: its <meta> policy`).toBeDefined();
  expect(headers['content-security-policy'], `${path}: the <meta> policy plus framing`).toBe(headerCsp(meta!));
}

for (const kind of ['nginx', 'caddy'] satisfies ServerKind[]) {
  for (const [where, dist, base] of [['at /', DIST, '/'], [`under ${SUBPATH}`, DIST_SUBPATH, SUBPATH]] as const) {
    test.describe(`${kind} ${where}`, () => {
      // Started by the first test of the group in a worker (Playwright sets a test's baseURL,
      // which the page guards of ./fixtures read, before the group's beforeAll runs), stopped after its last.
      let started: Promise<RunningServer> | undefined;
      test.use({ baseURL: async ({}, use) => use((await (started ??= serve(kind, dist, base))).url) });
      test.afterAll(async () => {
        await (await started)?.stop();
      });

      test('every page sends every header, its own policy, and revalidates; hashed assets are cached for good', async ({ request, baseURL }) => {
        const assets = new Set<string>();
        for (const path of PAGES) {
          const response = await request.get(`${baseURL}${path}`);
          expect(response.status(), path).toBe(200);
          await expectPageHeaders(response, path);
          expect(response.headers()['cache-control'], `${path}: HTML is checked again`).toBe(REVALIDATE);
          for (const [, asset] of (await response.text()).matchAll(/(?:src|href)="([^"]*\/_astro\/[^"]+)"/g)) assets.add(asset!);
        }
        expect(assets.size, 'the pages load hashed scripts and styles').toBeGreaterThan(1);
        for (const asset of assets) {
          const response = await request.get(new URL(asset, baseURL!).href);
          expect(response.status(), asset).toBe(200);
          expect(response.headers()['cache-control'], asset).toBe(IMMUTABLE);
        }
      });

      test('compresses a page and a script for a client that asks', async ({ request, baseURL }) => {
        const page = await request.get(`${baseURL}en/0001-kubernetes/calculator/`, { headers: { 'accept-encoding': 'gzip' } });
        expect(page.headers()['content-encoding']).toBe('gzip');
        // The island's own script: Caddy leaves out bodies under 512 bytes, such as the hydration script.
        const script = /"([^"]*\/_astro\/CostCalculator\.[^"]+\.js)"/.exec(await page.text())?.[1];
        const asset = await request.get(new URL(script!, baseURL!).href, { headers: { 'accept-encoding': 'gzip' } });
        expect(asset.headers()['content-encoding']).toBe('gzip');
        const plain = await request.get(`${baseURL}en/0001-kubernetes/calculator/`, { headers: { 'accept-encoding': 'identity' } });
        expect(plain.headers()['content-encoding'], 'nothing compressed for a client that does not ask').toBeUndefined();
      });

      test('a missing page answers 404 with the site’s not-found page and its policy', async ({ request, baseURL }) => {
        const response = await request.get(`${baseURL}nb/finnes-ikke/`);
        expect(response.status()).toBe(404);
        expect(await response.text()).toContain('Page not found');
        await expectPageHeaders(response, 'nb/finnes-ikke/');
      });

      test('Mozilla Observatory’s scoring gives the headers its top grade', async ({ request, baseURL }) => {
        const { grade, results } = observatoryScore((await request.get(baseURL!)).headers());
        expect(grade, JSON.stringify(results)).toBe('A+');
      });

      test('the calculator hydrates and answers typing under the header policy, with no CSP violation', async ({ page }) => {
        await page.goto('en/0001-kubernetes/calculator/');
        await startTool(page);
        const horizon = page.getByLabel('Period');
        await horizon.fill('24');
        await expect(page.getByText('Cost per platform over 24 months')).toBeVisible();
      });
    });
  }
}
