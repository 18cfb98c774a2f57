/**
 * Each tool's "Copy for chat": the verdict on the first line, the figures that carry it,
 * the link that restores the state, and no table; opening that link elsewhere gives the
 * same verdict. The full table stays one button away.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startTool } from './startTool';

const TOOLS = {
  en: {
    chat: 'Copy for chat',
    chatCopied: 'Copied for chat: the verdict, its figures and the link to these numbers.',
    calculator: { path: '/en/0001-kubernetes/calculator/', fields: { 'Value of one hour of your time': '80', Period: '36' }, ops: /^Operations/, low: 'low', high: 'high', figures: ['Total cost over 36 months', 'One hour of your time valued at €80', 'Monthly total: Docker Compose €'] },
    checklist: { path: '/en/0001-kubernetes/checklist/', fields: { 'VPS nodes': '4', 'Traffic (req/s)': '150', 'Team (people)': '3' }, figures: ['Team: 3 people', 'Traffic: 150 req/s', 'Review date: 16 December 2025'] },
    oneTeam: 'Team: 1 person',
  },
  nb: {
    chat: 'Kopier til chat',
    chatCopied: 'Kopiert til chat: vurderingen, tallene bak den og lenken til disse tallene.',
    calculator: { path: '/nb/0001-kubernetes/kalkulator/', fields: { 'Verdien av én time av tiden din': '80', Periode: '36' }, ops: /^Drift/, low: 'lav', high: 'høy', figures: ['Total kostnad over 36 måneder', 'Én time av tiden din verdsatt til 80 €', 'Sum/mnd: Docker Compose '] },
    checklist: { path: '/nb/0001-kubernetes/sjekkliste/', fields: { 'VPS-noder': '4', 'Trafikk (req/sek)': '150', 'Team (personer)': '3' }, figures: ['Team: 3 personer', 'Trafikk: 150 req/sek', 'Ny vurdering: 16. desember 2025'] },
    oneTeam: 'Team: 1 person',
  },
} as const;

/** The line a reader reads as the tool's answer. */
const VERDICT = { calculator: '.cc-verdict', checklist: '.tc-verdict-line' } as const;

/** Starts the island as a reader does (./startTool.ts); its actions show once its first effects have run. */
async function ready(page: Page) {
  await startTool(page);
  await expect(page.locator('.island-actions').first()).toBeVisible();
}

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

for (const [lang, l] of Object.entries(TOOLS)) {
  for (const tool of ['calculator', 'checklist'] as const) {
    test(`${tool} (${lang}): the chat message leads with the verdict, carries the link, and the link restores it`, async ({ page, context, browser }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const { path, fields, figures } = l[tool];
      const values: string[] = Object.values(fields);
      await page.goto(path);
      await ready(page);
      const verdict = page.locator(VERDICT[tool]);
      const verdictBefore = await verdict.innerText();
      for (const [label, value] of Object.entries(fields)) {
        await page.getByLabel(label, { exact: true }).fill(value);
        await expect(page).toHaveURL(new RegExp(`=${value}(&|$)`));
      }
      if (tool === 'calculator') {
        // Enough hours on the first platform's operations that the verdict turns.
        const ops = page.locator('.cc-platform').first().getByRole('group', { name: l.calculator.ops });
        await ops.getByLabel(l.calculator.high, { exact: true }).fill('300');
        await ops.getByLabel(l.calculator.low, { exact: true }).fill('200');
        values.push('200', '300');
        await expect(page).toHaveURL(/=200(&|$)/);
      }
      await expect(verdict).not.toHaveText(verdictBefore);

      await page.getByRole('button', { name: l.chat, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: l.chatCopied })).toBeVisible();
      const message = plain(await page.evaluate(() => navigator.clipboard.readText()));
      const lines = message.split('\n');

      expect(lines[0], 'the verdict comes first').toBe(plain(await verdict.innerText()));
      for (const figure of figures) expect(message).toContain(figure);
      expect(lines.filter((line) => /^\s*\|/.test(line)), 'no table row').toEqual([]);
      expect(message).not.toMatch(/\*\*|^#|NaN|Infinity|undefined/m);
      expect(lines.length, 'short').toBeLessThanOrEqual(7);
      const link = lines.at(-1)!;
      expect(link).toMatch(/^https?:\/\//);
      expect(new URL(link).pathname).toBe(path);
      for (const value of values) expect(new URL(link).search).toContain(`=${value}`);

      // A colleague opens the link: a fresh browser context, nothing shared but the link.
      const colleague = await browser.newContext();
      const other = await colleague.newPage();
      await other.goto(link);
      await ready(other);
      await expect.poll(async () => plain(await other.locator(VERDICT[tool]).innerText())).toBe(lines[0]);
      await colleague.close();
    });
  }

  test(`checklist (${lang}): one person is “1 person” in the chat message and the table`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(l.checklist.path);
    await ready(page);
    await page.getByRole('button', { name: l.chat, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: l.chatCopied })).toBeVisible();
    expect(plain(await page.evaluate(() => navigator.clipboard.readText()))).toContain(l.oneTeam);
    await page.getByRole('button', { name: lang === 'en' ? 'Copy as table' : 'Kopier som tabell', exact: true }).click();
    const table = plain(await page.evaluate(() => navigator.clipboard.readText()));
    expect(table).toContain(`| Team | 1 person |`);
  });
}
