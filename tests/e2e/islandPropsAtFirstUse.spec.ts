/**
 * A tool that starts at the reader's first use takes its props then, from a file of their
 * own (src/lib/site/islandProps.ts): its page carries none and loads none before that use,
 * and if they cannot be had the tool stays the server's form, still showing its answer.
 */
import { test as bare } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ADR_0001_TOOL_PAGES, builtPages, DIST, DIST_SUBPATH, SUBPATH } from './site';
import { startTool } from './startTool';

const PROPS_FILE = /\/_astro\/props\/[0-9a-f]+\.json$/;
/** Each tool's answer: the calculator's, the checklist's. */
const ANSWER = '.cc-answer, .tc-verdict';

for (const [dist, base] of [
  [DIST, '/'],
  [DIST_SUBPATH, SUBPATH],
] as const) {
  test(`every island that starts at first use has its props in a file of the site under ${base}, none in its page`, () => {
    const waiting = builtPages(dist).flatMap((p) =>
      [...p.html.matchAll(/<astro-island\b[^>]*>/g)].filter((m) => m[0].includes(' client="interaction"')).map((m) => ({ path: p.path, tag: m[0] })),
    );
    expect(waiting.length, 'both tools, both languages').toBeGreaterThanOrEqual(4);
    const problems = waiting.flatMap(({ path, tag }) => {
      const src = / data-props-src="([^"]+)"/.exec(tag)?.[1];
      if (/ props="/.test(tag)) return [`${path}: its props are in the page`];
      if (!src?.startsWith(`${base}_astro/props/`)) return [`${path}: its props are at ${src}`];
      return existsSync(join(dist, src.slice(base.length))) ? [] : [`${path}: ${src} is not in the build`];
    });
    expect(problems).toEqual([]);
  });
}

for (const { path } of ADR_0001_TOOL_PAGES) {
  test(`${path} loads its tool's props once, at the reader's first use, not with the page`, async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (PROPS_FILE.test(new URL(request.url()).pathname)) loaded.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    expect(loaded, 'with the page').toEqual([]);
    await startTool(page);
    expect(loaded, 'once the reader used the tool').toHaveLength(1);
  });
}

// The bare test: the failed request is an error in the page, which the guarded fixture fails on.
for (const { path } of ADR_0001_TOOL_PAGES.filter((p) => p.lang === 'nb')) {
  bare(`${path}: when its props cannot be had, the tool stays the server's form, its answer and what was typed kept`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(PROPS_FILE, (route) => route.abort());
    await page.goto(path);
    const island = page.locator('astro-island');
    const answer = await island.locator(ANSWER).innerText();
    const field = island.locator('input[id]:not([type=checkbox])').first();
    const failed = page.waitForEvent('requestfailed', (request) => PROPS_FILE.test(new URL(request.url()).pathname));
    await field.fill('7');
    await failed;
    // What the directive does after the failure has run by the time a frame has passed.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    await expect(island, 'the server’s form').toHaveAttribute('ssr', '');
    await expect(field).toHaveValue('7');
    expect(await island.locator(ANSWER).innerText()).toBe(answer);
    expect(errors, 'the failed request, and nothing else').toEqual([expect.stringMatching(/fetch/i)]);
  });
}
