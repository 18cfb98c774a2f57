/**
 * The language switch on a tool page takes the reader's numbers and section along: the
 * other language's tool reads the same query keys and opens at the same heading.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startTool } from './startTool';

async function ready(page: Page) {
  await startTool(page);
  await expect(page.locator('.island-actions').first()).toBeVisible();
}

test('calculator: a shared state and #section survive the switch from English to Norwegian', async ({ page }) => {
  await page.goto('/en/0001-kubernetes/calculator/?rate=80&months=36#about-the-figures');
  await ready(page);
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('36');
  const summary = page.locator('.cc-summary');
  await expect(summary).toContainText('36 months');

  await page.locator('.lang-switch a:visible').click();
  await expect(page).toHaveURL(/\/nb\/0001-kubernetes\/kalkulator\/\?months=36&rate=80#om-tallene$/);
  await expect(page.locator('#om-tallene')).toBeInViewport();
  await ready(page);
  await expect(page.getByLabel('Verdien av én time av tiden din', { exact: true })).toHaveValue('80');
  await expect(page.getByLabel('Periode', { exact: true })).toHaveValue('36');
  await expect(summary).toContainText('36 måneder');
});

test('checklist: numbers typed in Norwegian give the same verdict in English, and back', async ({ page }) => {
  await page.goto('/nb/0001-kubernetes/sjekkliste/');
  await ready(page);
  const verdict = page.locator('.tc-verdict-line');
  for (const [label, value] of [['Team (personer)', '3'], ['Trafikk (req/sek)', '150'], ['VPS-noder', '4']] as const) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  // Swarm first, with the document's two reasons to stay still ticked.
  await expect(verdict).toHaveText(/^Fase 3 – Skalering: vurder Docker Swarm først – men 2 grunner til å bli på Docker Compose gjelder fortsatt: /);
  await expect(page).toHaveURL(/nodes=4/);
  // The reader moves to a section, then switches language.
  await page.goto(`${page.url()}#hvordan-vurderingen-gjøres`);
  await ready(page);
  await page.locator('.lang-switch a:visible').click();

  await expect(page).toHaveURL(/\/en\/0001-kubernetes\/checklist\/\?nodes=4&teamSize=3&trafficRps=150#how-the-verdict-is-reached$/);
  await expect(page.locator('#how-the-verdict-is-reached')).toBeInViewport();
  await ready(page);
  await expect(verdict).toHaveText(/^Phase 3 – Scaling: consider Docker Swarm first – but 2 reasons to stay on Docker Compose still hold: /);
  await expect(page.getByLabel('Team (people)', { exact: true })).toHaveValue('3');

  // And back, with a change made in English.
  await page.getByLabel('VPS nodes', { exact: true }).fill('2');
  await expect(page).toHaveURL(/nodes=2/);
  await page.locator('.lang-switch a:visible').click();
  await expect(page).toHaveURL(/\/nb\/0001-kubernetes\/sjekkliste\/\?nodes=2&teamSize=3&trafficRps=150#hvordan-vurderingen-gj%C3%B8res$/);
  await ready(page);
  await expect(page.getByLabel('VPS-noder', { exact: true })).toHaveValue('2');
});

test('without JavaScript the switch still keeps the #section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/0001-kubernetes/checklist/#how-the-verdict-is-reached');
  await page.locator('.lang-switch a:visible').click();
  await expect(page).toHaveURL(/\/nb\/0001-kubernetes\/sjekkliste\/#hvordan-vurderingen-gj%C3%B8res$/);
  await context.close();
});
