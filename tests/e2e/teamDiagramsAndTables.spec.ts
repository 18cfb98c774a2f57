/**
 * A team's Nygard/MADR mix (tests/fixtures/team-folders/nygard-mix, imported into the teams
 * site as ADR 0022–0024): its Mermaid flowchart and sequence diagram are drawn at build
 * time as SVG, named, readable in the light and the dark theme, with no script added to
 * the page; a diagram type the renderer does not draw stays code, after a note in the
 * page's language; its raw HTML table is a real table with every word, and nothing of
 * its attributes or script.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { TEAMS_URL } from './site';

test.use({ baseURL: TEAMS_URL });

const DIAGRAMS = '/en/0024-route-payments-through-one-gateway/';
/** The page's background in each theme (--bg in global.css). */
const BACKGROUND = { light: 'rgb(251, 251, 249)', dark: 'rgb(16, 20, 24)' };

/** WCAG contrast of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Each label drawn in a diagram, with its painted colour, and the page's background. */
const drawnText = (page: Page, kind: string) =>
  page.locator(`div.diagram-${kind} svg text`).evaluateAll((texts) => ({
    labels: texts.map((t) => ({ text: t.textContent ?? '', fill: getComputedStyle(t).fill })),
    background: getComputedStyle(document.body).backgroundColor,
  }));

for (const scheme of ['light', 'dark'] as const) {
  test(`the flowchart and the sequence diagram are drawn as named SVG, readable in the ${scheme} theme, with no script added`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(DIAGRAMS);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUND[scheme]);
    for (const [kind, name, words] of [
      ['flowchart', 'Flowchart', ['Shop front', 'pay', 'Payment gateway', 'Card acquirer', 'approved', 'declined', 'Ledger']],
      ['sequence', 'Sequence diagram', ['Shop front', 'Payment gateway', 'Card acquirer', 'charge order', 'authorise amount', 'approved', 'receipt']],
    ] as const) {
      const svg = page.locator(`div.diagram-${kind} svg`);
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAttribute('aria-label', name);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(100);
      const { labels, background } = await drawnText(page, kind);
      expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining([...words]));
      // Every label in the theme's colours, at least 4.5:1 against the page (WCAG AA).
      for (const label of labels) expect(contrast(label.fill, background), `${label.text}: ${label.fill} on ${background}`).toBeGreaterThanOrEqual(4.5);
      // The source, one click away.
      const source = page.locator(`div.diagram-${kind} details`);
      await source.locator('summary').click();
      await expect(source.locator('pre code')).toContainText(kind === 'flowchart' ? 'Shop[Shop front] -->|pay| Gateway' : 'S->>G: charge order');
    }
    // Only the site's own script is on the page, the one a record without a diagram has too.
    const scripts = await page.locator('script').count();
    await expect(page.locator('.diagram script, .prose script')).toHaveCount(0);
    await page.goto('/en/0023-choose-a-queue-for-order-events/');
    expect(await page.locator('script').count()).toBe(scripts);
    await page.goto(DIAGRAMS);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a diagram type the renderer does not draw stays code, after a note in the page\'s language', async ({ page }) => {
  for (const [path, note, first] of [
    [DIAGRAMS, 'This “gantt” diagram is not drawn on this site, so its Mermaid source is shown as written.', 'gantt'],
    ['/nb/0022-for-en-logg-over-arkitekturbeslutninger/', 'Diagrammer av typen «pie» tegnes ikke på dette nettstedet, så Mermaid-kilden vises slik den er skrevet.', 'pie title Beslutninger siste år'],
  ] as const) {
    await page.goto(path);
    const noted = page.locator('.prose > p.diagram-note');
    await expect(noted).toHaveText(note);
    const code = page.locator('.prose > p.diagram-note + pre');
    await expect(code).toBeVisible();
    await expect(code).toHaveAttribute('aria-label', /\(mermaid\)$/);
    expect((await code.textContent())!.split('\n')[0]).toBe(first);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('a raw HTML table of the team\'s file is a real table with every word, and none of its attributes or script', async ({ page }) => {
  await page.goto('/en/0023-choose-a-queue-for-order-events/');
  const table = page.locator('.prose table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('thead th')).toHaveText(['Option', 'Ordering', 'Monthly cost (NOK)', 'Notes']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const [i, cells] of [
    ['Managed log stream', 'per key', '4 200', 'Replays a day of eventsRetention is paid per gigabyte'],
    ['Hosted message broker', 'per queue', '2 900', 'Dead-letter queue built inNo replay once a message is acknowledged'],
    ['Table in the order database', 'strict', '0', 'Polling adds load & latency'],
  ].entries()) {
    await expect(rows.nth(i).locator('td')).toHaveText(cells);
  }
  // The line breaks of the cell, as written.
  await expect(rows.nth(0).locator('td').nth(3).locator('br')).toHaveCount(1);
  await expect(page.locator('.prose').getByText(/<\/?t[dhr]|<table|<br/)).toHaveCount(0);
  await expect(page.locator('.prose [onclick], .prose script, .prose [class="options"]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
