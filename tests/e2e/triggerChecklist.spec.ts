/**
 * The migration-trigger checklist, as a reader uses it: on the checklist page and the
 * triggers page, in Norwegian and English, with and without JavaScript, by keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const TEXT = {
  nb: {
    phase1: 'Fase 1 – Nå: bli på Docker Compose.',
    phase2: 'Fase 2 – Vekst: Docker Compose pluss en ekstra VPS.',
    kubernetes: 'Fase 3 – Scale: Kubernetes kan vurderes.',
    swarm: 'Fase 3 – Scale: vurder Docker Swarm først.',
    phase1Step: 'Deploy monitoring stack (Prometheus + Grafana)',
    phase3Step: 'Re-evaluer: Kubernetes triggers oppfylt?',
    reviewDate: '16. desember 2025',
    overdue: 'forfalt',
    upcoming: 'ikke ennå',
    noscript: 'Å endre tallene krever JavaScript.',
    label: {
      nodes: 'VPS noder',
      trafficRps: 'Trafikk (req/sek)',
      teamSize: 'Team (personer)',
      uptimeSla: 'Uptime SLA (%)',
    },
    uptime: '99,95',
    thousands: '1 500',
    thousandsShown: /1\s500 av 1\s000 req\/sek/,
    met: '✓ Oppfylt',
    notMet: '✗ Ikke oppfylt',
    nodesReason: '> 5 VPS noder (manuell orchestration uhåndterlig)',
    nodesAt5: '5 av 5 noder',
    nodesAt6: '6 av 5 noder',
    applied: 'Brukt terskel: ≥ 5, fra Migreringstriggere › Konkrete metrics.',
    alternative: 'Dokumentet oppgir også > 5, i Migreringstriggere › «Gå til Kubernetes når».',
    why: 'Sjekklisten bruker metrics-tabellen, så nøyaktig 5 noder teller.',
    appliedHref: /\/nb\/0001-kubernetes\/migreringstriggere\/#konkrete-metrics$/,
    notANumber: 'Dette er ikke et tall.',
    negative: 'Tallet kan ikke være negativt.',
    tooLarge: 'Tallet kan være høyst 100.',
    kept: 'Resultatene viser siste gyldige verdi.',
    fromLink: 'Lenken hadde en ugyldig verdi her; dokumentets tall brukes.',
    copyLink: 'Kopier lenke',
    copyTable: 'Kopier som tabell',
    copied: 'Kopiert til utklippstavlen.',
    reset: 'Tilbake til dokumentets tall',
  },
  en: {
    phase1: 'Phase 1 – Now: stay on Docker Compose.',
    phase2: 'Phase 2 – Growth: Docker Compose plus an extra VPS.',
    kubernetes: 'Phase 3 – Scale: Kubernetes may be considered.',
    swarm: 'Phase 3 – Scale: consider Docker Swarm first.',
    phase1Step: 'Deploy the monitoring stack (Prometheus + Grafana)',
    phase3Step: 'Re-evaluate: are the Kubernetes triggers met?',
    reviewDate: '16 December 2025',
    overdue: 'overdue',
    upcoming: 'upcoming',
    noscript: 'Changing the figures needs JavaScript.',
    label: {
      nodes: 'VPS nodes',
      trafficRps: 'Traffic (req/s)',
      teamSize: 'Team (people)',
      uptimeSla: 'Uptime SLA (%)',
    },
    uptime: '99.95',
    thousands: '1,500',
    thousandsShown: /1,500 of 1,000 req\/s/,
    met: '✓ Met',
    notMet: '✗ Not met',
    nodesReason: '> 5 VPS nodes (manual orchestration unmanageable)',
    nodesAt5: '5 of 5 nodes',
    nodesAt6: '6 of 5 nodes',
    applied: 'Applied threshold: ≥ 5, from Migration triggers › Concrete metrics.',
    alternative: 'The document also gives > 5, in Migration triggers › “Move to Kubernetes when”.',
    why: 'The checklist applies the metrics table, so exactly 5 nodes counts.',
    appliedHref: /\/en\/0001-kubernetes\/migration-triggers\/#concrete-metrics$/,
    notANumber: 'This is not a number.',
    negative: 'The number cannot be negative.',
    tooLarge: 'The number can be at most 100.',
    kept: 'The results show the last valid value.',
    fromLink: "The link held an invalid value here; the document's figure is used.",
    copyLink: 'Copy link',
    copyTable: 'Copy as table',
    copied: 'Copied to the clipboard.',
    reset: "Reset to the document's figures",
  },
} as const;

const PAGES = [
  { lang: 'nb', path: '/nb/0001-kubernetes/sjekkliste/' },
  { lang: 'en', path: '/en/0001-kubernetes/checklist/' },
  { lang: 'nb', path: '/nb/0001-kubernetes/migreringstriggere/' },
  { lang: 'en', path: '/en/0001-kubernetes/migration-triggers/' },
] as const;

type Field = keyof (typeof TEXT)['en']['label'];

const block = (page: Page) => page.locator('.checklist-block');
const verdict = (page: Page) => block(page).locator('.tc-verdict-line');
/** A trigger as the reader sees it: the list item with its reason. */
const trigger = (page: Page, reason: string) =>
  block(page).getByRole('listitem').filter({ has: page.getByText(reason, { exact: true }) });

/** Opens the page and waits until the island (client:visible) has hydrated. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await block(page).scrollIntoViewIfNeeded();
  await expect(block(page).locator('astro-island:not([ssr])')).toBeAttached();
  // The island's first effects (reading the link) have run once its actions show.
  await expect(block(page).locator('.island-actions')).toBeVisible();
}

/** Focuses the first figure and moves with Tab only, replacing the figures given. */
async function typeByKeyboard(page: Page, lang: 'nb' | 'en', figures: Partial<Record<Field, string>>) {
  const order: (Field | null)[] = ['nodes', null, null, 'trafficRps', 'teamSize', 'uptimeSla'];
  await block(page).getByLabel(TEXT[lang].label.nodes, { exact: true }).focus();
  for (const [i, field] of order.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    const value = field && figures[field];
    if (value === undefined || value === null) continue;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function axeViolations(page: Page, rules?: string[]) {
  const axe = new AxeBuilder({ page }).include('.checklist-block');
  const results = await (rules ? axe.withRules(rules) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const { lang, path } of PAGES) {
  const T = TEXT[lang];

  test.describe(`${path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('shows the default verdict, the review date and the triggers, and says inputs need JavaScript', async ({ page }) => {
      await page.goto(path);
      await expect(verdict(page)).toHaveText(T.phase1);
      await expect(block(page).getByText(T.phase1Step, { exact: true })).toBeVisible();
      await expect(block(page).locator('.tc-review time')).toHaveText(T.reviewDate);
      await expect(block(page).locator('.tc-review time')).toHaveAttribute('datetime', '2025-12-16');
      // No claim about due or overdue that would go stale in the static page.
      await expect(block(page).locator('.tc-review')).not.toContainText(T.overdue);
      await expect(block(page).locator('.tc-review')).not.toContainText(T.upcoming);
      // Playwright's text matching skips <noscript>, even when it is rendered.
      await expect(block(page).locator('.island-noscript')).toBeVisible();
      await expect(block(page).locator('.island-noscript')).toContainText(T.noscript);
      await expect(trigger(page, T.nodesReason).locator('.tc-status')).toHaveText(T.notMet);
      // The copy buttons do nothing without JavaScript, so they are not offered.
      await expect(block(page).getByRole('button')).toHaveCount(0);
    });
  });

  test.describe(path, () => {
    test('a phase-3 team typed by keyboard gets Kubernetes, and the verdict is announced politely', async ({ page }) => {
      await open(page, path);
      await expect(verdict(page)).toHaveText(T.phase1);
      await expect(verdict(page)).toHaveAttribute('aria-live', 'polite');
      await typeByKeyboard(page, lang, { teamSize: '4', trafficRps: '1500', nodes: '6', uptimeSla: T.uptime });
      await expect(verdict(page)).toHaveText(T.kubernetes);
      await expect(block(page).getByText(T.phase3Step, { exact: true })).toBeVisible();
      await expect(block(page).getByText(T.phase1Step, { exact: true })).toHaveCount(0);
      await expect(trigger(page, T.nodesReason).locator('.tc-status')).toHaveText(T.met);
      await expect(trigger(page, T.nodesReason)).toContainText(T.nodesAt6);
    });

    test('a team of 3 with 150 req/s on 4 nodes gets Docker Swarm first', async ({ page }) => {
      await open(page, path);
      await typeByKeyboard(page, lang, { teamSize: '3', trafficRps: '150', nodes: '4' });
      await expect(verdict(page)).toHaveText(T.swarm);
    });

    test('exactly 5 nodes meets the nodes trigger and explains the threshold it applied', async ({ page }) => {
      await open(page, path);
      const nodes = trigger(page, T.nodesReason);
      await expect(nodes.locator('.tc-status')).toHaveText(T.notMet);
      await typeByKeyboard(page, lang, { nodes: '5' });
      await expect(nodes.locator('.tc-status')).toHaveText(T.met);
      await expect(nodes).toContainText(T.nodesAt5);
      await expect(nodes).toContainText(T.applied);
      await expect(nodes).toContainText(T.alternative);
      await expect(nodes).toContainText(T.why);
      await expect(nodes.getByRole('link').first()).toHaveAttribute('href', T.appliedHref);
    });

    test('the page address after input restores the same verdict in a new page', async ({ page, context }) => {
      await open(page, path);
      await typeByKeyboard(page, lang, { teamSize: '3', trafficRps: '150', nodes: '4' });
      await expect(verdict(page)).toHaveText(T.swarm);
      await expect(page).toHaveURL(/nodes=4/);
      const other = await context.newPage();
      await open(other, page.url());
      await expect(verdict(other)).toHaveText(T.swarm);
      await expect(block(other).getByLabel(T.label.trafficRps, { exact: true })).toHaveValue('150');
      await other.close();
    });

    test('copy link and copy as table put the verdict on the clipboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, path);
      await typeByKeyboard(page, lang, { teamSize: '4', trafficRps: '1500', nodes: '6', uptimeSla: T.uptime });
      await expect(verdict(page)).toHaveText(T.kubernetes);

      await block(page).getByRole('button', { name: T.copyLink }).click();
      await expect(page.getByRole('status').filter({ hasText: T.copied })).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('teamSize=4');
      const other = await context.newPage();
      await open(other, link);
      await expect(verdict(other)).toHaveText(T.kubernetes);
      await other.close();

      await block(page).getByRole('button', { name: T.copyTable }).click();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain(T.kubernetes);
      expect(markdown).toContain('2025-12-16');
      expect(markdown).toContain(T.overdue);
      expect(markdown).toMatch(/^\| .+ \| .+ \|$/m);
      expect(markdown).toContain(link);
      expect(markdown).not.toMatch(/NaN|Infinity|undefined/);
    });

    test('reset goes back to the document’s figures and a clean address', async ({ page }) => {
      await open(page, path);
      await typeByKeyboard(page, lang, { nodes: '6' });
      await expect(page).toHaveURL(/nodes=6/);
      await block(page).getByRole('button', { name: T.reset }).click();
      await expect(verdict(page)).toHaveText(T.phase1);
      await expect(block(page).getByLabel(T.label.nodes, { exact: true })).toHaveValue('1');
      await expect.poll(() => new URL(page.url()).search).toBe('');
    });

    test('bad input shows a translated message by the field and keeps the last valid figure', async ({ page }) => {
      await open(page, path);
      const nodes = block(page).getByLabel(T.label.nodes, { exact: true });
      const uptime = block(page).getByLabel(T.label.uptimeSla, { exact: true });
      await typeByKeyboard(page, lang, { nodes: '6' });
      await expect(trigger(page, T.nodesReason)).toContainText(T.nodesAt6);

      for (const [field, value, message] of [
        [nodes, 'abc', T.notANumber],
        [nodes, '-1', T.negative],
        [uptime, '101', T.tooLarge],
      ] as const) {
        await field.fill(value);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription(new RegExp(`^${escape(message)}.*${escape(T.kept)}$`));
        await expect(block(page).getByText(message)).toBeVisible();
      }
      // The evaluation keeps 6 nodes and 95 %, and nothing reads NaN.
      await expect(trigger(page, T.nodesReason)).toContainText(T.nodesAt6);
      await expect(block(page)).not.toContainText(/NaN|Infinity/);

      await nodes.fill('6');
      await expect(nodes).not.toHaveAttribute('aria-invalid');
    });

    test('a hand-edited link with a bad figure keeps the document’s figure and says so', async ({ page }) => {
      await open(page, `${path}?teamSize=3&trafficRps=150&nodes=NaN&uptimeSla=200`);
      const nodes = block(page).getByLabel(T.label.nodes, { exact: true });
      await expect(nodes).toHaveValue('1');
      await expect(nodes).toHaveAttribute('aria-invalid', 'true');
      await expect(nodes).toHaveAccessibleDescription(T.fromLink);
      await expect(block(page).getByLabel(T.label.uptimeSla, { exact: true })).toHaveAccessibleDescription(T.fromLink);
      await expect(block(page).getByLabel(T.label.trafficRps, { exact: true })).toHaveValue('150');
      // Team and traffic count, but with the document's one node Swarm is not reached.
      await expect(verdict(page)).toHaveText(T.phase2);
      await expect(block(page)).not.toContainText(/NaN|Infinity/);
    });

    test('figures are read the way the language writes them', async ({ page }) => {
      await open(page, path);
      await typeByKeyboard(page, lang, { trafficRps: T.thousands });
      await expect(block(page).getByLabel(T.label.trafficRps, { exact: true })).not.toHaveAttribute('aria-invalid');
      await expect(block(page)).toContainText(T.thousandsShown);
    });

    test('the review shows as overdue today, and as upcoming before its date', async ({ page }) => {
      await open(page, path);
      await expect(block(page).locator('.tc-review')).toContainText(T.reviewDate);
      await expect(block(page).locator('.tc-review')).toContainText(T.overdue);

      await page.clock.setFixedTime(new Date('2025-06-01T12:00:00Z'));
      await open(page, path);
      await expect(block(page).locator('.tc-review')).toContainText(T.upcoming);
      await expect(block(page).locator('.tc-review')).not.toContainText(T.overdue);
    });

    // accessibility.spec.ts scans the whole page; here only the checklist, once it runs, and
    // in dark only colour contrast, the one thing the scheme changes.
    for (const state of ['the defaults', 'an error shown'] as const) {
      test(`the running checklist has no axe violations with ${state}, light and dark`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await open(page, path);
        if (state === 'an error shown') {
          await block(page).getByLabel(T.label.uptimeSla, { exact: true }).fill('101');
          await expect(block(page).getByText(T.tooLarge)).toBeVisible();
        }
        expect(await axeViolations(page), `light, ${state}`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, ['color-contrast']), `dark, ${state}`).toEqual([]);
      });
    }
  });
}
