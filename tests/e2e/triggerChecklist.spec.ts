/**
 * The migration-trigger checklist, as a reader uses it: on the checklist page and the
 * triggers page, in Norwegian and English, with and without JavaScript, by keyboard.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { startTool } from './startTool';
import { seenText } from './seenText';

const TEXT = {
  nb: {
    phase1: 'Fase 1 – Nå: bli på Docker Compose.',
    phase2: 'Fase 2 – Vekst: Docker Compose pluss en ekstra VPS.',
    kubernetes: 'Fase 3 – Skalering: Kubernetes kan vurderes.',
    kubernetesBothStay:
      'Fase 3 – Skalering: Kubernetes kan vurderes – men 2 grunner til å bli på Docker Compose gjelder fortsatt: «1–2 minutters nedetid per utrulling er akseptabelt» og «Fokus på funksjonalitet, ikke infrastruktur».',
    kubernetesOneStay:
      'Fase 3 – Skalering: Kubernetes kan vurderes – men 1 grunn til å bli på Docker Compose gjelder fortsatt: «Fokus på funksjonalitet, ikke infrastruktur».',
    swarm: 'Fase 3 – Skalering: vurder Docker Swarm først – men 2 grunner til å bli på Docker Compose gjelder fortsatt: «1–2 minutters nedetid per utrulling er akseptabelt» og «Fokus på funksjonalitet, ikke infrastruktur».',
    stayDowntime: '1–2 minutters nedetid per utrulling er akseptabelt',
    stayFeatures: 'Fokus på funksjonalitet, ikke infrastruktur',
    uptimeMeter: '95 % tillater 36 timer nedetid i måneden; ≥ 99,9 % tillater ~43 min.',
    phase1Step: 'Deploy monitoring stack (Prometheus + Grafana)',
    phase3Step: 'Re-evaluer: Kubernetes triggers oppfylt?',
    reviewDate: '16. desember 2025',
    overdue: 'forfalt',
    upcoming: 'ikke ennå',
    noscript: 'Å endre tallene krever JavaScript.',
    label: {
      nodes: 'VPS-noder',
      containers: 'Containere',
      deploysPerDay: 'Utrullinger per dag',
      trafficRps: 'Trafikk (req/sek)',
      teamSize: 'Team (personer)',
      uptimeSla: 'Oppetidskrav (%)',
    },
    uptime: '99,95',
    /** Few enough deploys (15–30 min of downtime a month) for 99.95 % (~22 min) to allow the document's 1–2 min each. */
    fewDeploys: '0,5',
    thousands: '1 500',
    thousandsShown: /1\s500\sreq\/sek/,
    decimal: ',',
    met: '✓ Oppfylt',
    notMet: '✗ Ikke oppfylt',
    nodesReason: 'Minst 5 VPS-noder (manuell orkestrering blir uhåndterlig)',
    nodesAt5: '5 VPS-noder',
    nodesAt6: '6 VPS-noder',
    applied: 'Brukt terskel: ≥ 5 VPS-noder, fra Migreringstriggere › Konkrete metrics.',
    alternative: 'Dokumentet oppgir også > 5 VPS-noder, i Migreringstriggere › «Gå til Kubernetes når».',
    why: 'Sjekklisten bruker måltallstabellen, så nøyaktig 5 noder teller.',
    appliedHref: /\/nb\/0001-kubernetes\/migreringstriggere\/#konkrete-metrics$/,
    notANumber: 'Dette er ikke et tall.',
    negative: 'Tallet kan ikke være negativt.',
    tooLarge: 'Tallet kan være høyst 100.',
    kept: 'Resultatene viser siste gyldige verdi.',
    fromLink: 'Lenken hadde en verdi som ikke kan brukes her.',
    downtimeClash: 'Gjelder ikke med tallene dine: 1\u00a0time–2\u00a0timer nedetid i måneden, mer enn de ~22\u00a0min en oppetid på 99,95\u00a0% tillater.',
    copyLink: 'Kopier lenke',
    copyTable: 'Kopier som tabell',
    copied: 'Kopiert til utklippstavlen.',
    reset: 'Tilbake til dokumentets tall',
  },
  en: {
    phase1: 'Phase 1 – Now: stay on Docker Compose.',
    phase2: 'Phase 2 – Growth: Docker Compose plus an extra VPS.',
    kubernetes: 'Phase 3 – Scaling: Kubernetes may be considered.',
    kubernetesBothStay:
      'Phase 3 – Scaling: Kubernetes may be considered – but 2 reasons to stay on Docker Compose still hold: “1–2 min of downtime per deploy is acceptable” and “The focus is on feature development, not infrastructure”.',
    kubernetesOneStay:
      'Phase 3 – Scaling: Kubernetes may be considered – but 1 reason to stay on Docker Compose still holds: “The focus is on feature development, not infrastructure”.',
    swarm: 'Phase 3 – Scaling: consider Docker Swarm first – but 2 reasons to stay on Docker Compose still hold: “1–2 min of downtime per deploy is acceptable” and “The focus is on feature development, not infrastructure”.',
    stayDowntime: '1–2 min of downtime per deploy is acceptable',
    stayFeatures: 'The focus is on feature development, not infrastructure',
    uptimeMeter: '95% allows 36 h of downtime a month; ≥ 99.9% allows ~43 min.',
    phase1Step: 'Deploy the monitoring stack (Prometheus + Grafana)',
    phase3Step: 'Re-evaluate: are the Kubernetes triggers met?',
    reviewDate: '16 December 2025',
    overdue: 'overdue',
    upcoming: 'upcoming',
    noscript: 'Changing the figures needs JavaScript.',
    label: {
      nodes: 'VPS nodes',
      containers: 'Containers',
      deploysPerDay: 'Deployments per day',
      trafficRps: 'Traffic (req/s)',
      teamSize: 'Team (people)',
      uptimeSla: 'Uptime SLA (%)',
    },
    uptime: '99.95',
    fewDeploys: '0.5',
    thousands: '1,500',
    thousandsShown: /1,500\sreq\/s/,
    decimal: '.',
    met: '✓ Met',
    notMet: '✗ Not met',
    nodesReason: 'At least 5 VPS nodes (manual orchestration becomes unmanageable)',
    nodesAt5: '5 VPS nodes',
    nodesAt6: '6 VPS nodes',
    applied: 'Applied threshold: ≥ 5 VPS nodes, from Migration triggers › Concrete metrics.',
    alternative: 'The document also gives > 5 VPS nodes, in Migration triggers › “Move to Kubernetes when”.',
    why: 'The checklist applies the metrics table, so exactly 5 nodes counts.',
    appliedHref: /\/en\/0001-kubernetes\/migration-triggers\/#concrete-metrics$/,
    notANumber: 'This is not a number.',
    negative: 'The number cannot be negative.',
    tooLarge: 'The number can be at most 100.',
    kept: 'The results show the last valid value.',
    fromLink: 'The link held a value that cannot be used here.',
    downtimeClash: 'No longer holds with your figures: 1\u00a0h–2\u00a0h of downtime a month, more than the ~22\u00a0min an uptime of 99.95% allows.',
    copyLink: 'Copy link',
    copyTable: 'Copy as table',
    copied: 'Copied to the clipboard.',
    reset: "Reset to the document's figures",
  },
} as const;

/** The checklist's page in each language. */
const PAGES = [
  { lang: 'nb', path: '/nb/0001-kubernetes/sjekkliste/' },
  { lang: 'en', path: '/en/0001-kubernetes/checklist/' },
] as const;

type Field = keyof (typeof TEXT)['en']['label'];

/** The checklist's rules on a figure, and the field each reads. */
const NUMERIC_RULES: Record<string, Field> = {
  'growth-multi-node': 'nodes',
  'swarm-team': 'teamSize',
  'swarm-traffic': 'trafficRps',
  'swarm-nodes': 'nodes',
  'k8s-team': 'teamSize',
  'k8s-traffic': 'trafficRps',
  'k8s-nodes': 'nodes',
  'k8s-uptime': 'uptimeSla',
  'k8s-containers': 'containers',
  'k8s-deploys': 'deploysPerDay',
};

const block = (page: Page) => page.locator('.checklist-block');
const verdict = (page: Page) => block(page).locator('.tc-verdict-line');
/** A trigger as the reader sees it: the list item with its reason. */
const trigger = (page: Page, reason: string) =>
  block(page).getByRole('listitem').filter({ has: page.getByText(reason, { exact: true }) });

/** Opens the page and starts the checklist as a reader does. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await startTool(page, block(page).locator('astro-island'));
  // The island's first effects (reading the link) have run once its actions show.
  await expect(block(page).locator('.island-actions')).toBeVisible();
}

/** Focuses the first figure and moves with Tab only, replacing the figures given. */
async function typeByKeyboard(page: Page, lang: 'nb' | 'en', figures: Partial<Record<Field, string>>) {
  const order: Field[] = ['nodes', 'containers', 'deploysPerDay', 'trafficRps', 'teamSize', 'uptimeSla'];
  await block(page).getByLabel(TEXT[lang].label.nodes, { exact: true }).focus();
  for (const [i, field] of order.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    const value = figures[field];
    if (value === undefined) continue;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const checklistViolations = (page: Page, rules?: string[]) => axeViolations(page, { include: '.checklist-block', rules });

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
      // Uptime as the downtime it allows: 95 % and 99.9 % look alike, 36 h and 43 min do not.
      await expect(block(page).locator('[data-rule="k8s-uptime"] .tc-progress')).toHaveText(T.uptimeMeter);
      // The copy buttons do nothing without JavaScript, so they are not offered.
      await expect(block(page).getByRole('button')).toHaveCount(0);
    });
  });

  test.describe(path, () => {
    test('a phase-3 team typed by keyboard gets Kubernetes, with the reasons to stay that still hold, announced politely', async ({ page }) => {
      await open(page, path);
      await expect(verdict(page)).toHaveText(T.phase1);
      await expect(verdict(page)).toHaveAttribute('aria-live', 'polite');
      await typeByKeyboard(page, lang, { teamSize: '4', trafficRps: '1500', nodes: '6', uptimeSla: T.uptime, deploysPerDay: T.fewDeploys });
      // The document's own answers still say stay: the one-sentence verdict names both.
      await expect(verdict(page)).toHaveText(T.kubernetesBothStay);
      await block(page).getByLabel(T.stayDowntime, { exact: true }).uncheck();
      await expect(verdict(page)).toHaveText(T.kubernetesOneStay);
      await block(page).getByLabel(T.stayFeatures, { exact: true }).uncheck();
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

    test('each numeric trigger’s reason states, in words, the threshold its ✓/✗ applies, below, at and above it', async ({ page }) => {
      await open(page, path);
      // The reason says its comparison in words, as a sentence does ("more than 2 people").
      const WORDS: Record<string, (a: number, b: number) => boolean> =
        lang === 'nb'
          ? { over: (a, b) => a > b, minst: (a, b) => a >= b, under: (a, b) => a < b, høyst: (a, b) => a <= b }
          : { 'more than': (a, b) => a > b, 'at least': (a, b) => a >= b, 'less than': (a, b) => a < b, 'at most': (a, b) => a <= b };
      const comparison = new RegExp(`(?:^|\\s)(${Object.keys(WORDS).join('|')})\\s([\\d\\s.,]*\\d)`, 'i');
      /** A figure as the page writes it ("1 000", "1,000", "99,9") back to a number. */
      const read = (text: string) => Number(lang === 'nb' ? text.replace(/\s/g, '').replace(',', '.') : text.replace(/,/g, ''));
      const write = (n: number) => String(n).replace('.', T.decimal);
      for (const [rule, field] of Object.entries(NUMERIC_RULES)) {
        const item = block(page).locator(`[data-rule="${rule}"]`);
        const reason = await seenText(item.locator('.tc-reason'));
        // The threshold as the reason states it: the comparison in words, then a figure; no bare sign.
        expect(reason, `${rule}: "${reason}" writes no bare sign`).not.toMatch(/[>≥<≤]/);
        const stated = comparison.exec(reason);
        expect(stated, `${rule}: "${reason}" states a threshold`).not.toBeNull();
        const [, words, figure] = stated!;
        const threshold = read(figure!);
        const step = Number.isInteger(threshold) ? 1 : 0.05;
        for (const value of [threshold - step, threshold, threshold + step]) {
          const rounded = Math.round(value * 100) / 100;
          await block(page).getByLabel(T.label[field], { exact: true }).fill(write(rounded));
          const met = WORDS[words!.toLowerCase()]!(rounded, threshold);
          await expect(item.locator('.tc-status'), `${rule} at ${rounded}: "${reason}"`).toHaveText(met ? T.met : T.notMet);
          await expect(item.locator('.tc-reason')).toHaveText(reason);
          // The meter is full exactly when the trigger is met.
          const meter = Number(await item.locator('meter').getAttribute('value'));
          expect(meter === 1, `${rule} meter at ${rounded}: ${meter}`).toBe(met);
        }
      }
    });

    test('the page address after input restores the same verdict in a new page', async ({ page, context }) => {
      await open(page, path);
      const typed = { teamSize: '3', trafficRps: '150', nodes: '4' };
      await typeByKeyboard(page, lang, typed);
      await expect(verdict(page)).toHaveText(T.swarm);
      // The address follows the figures a moment after the verdict shows them (an effect).
      await expect(page).toHaveURL((url) => Object.entries(typed).every(([key, value]) => url.searchParams.get(key) === value));
      const other = await context.newPage();
      await open(other, page.url());
      await expect(verdict(other)).toHaveText(T.swarm);
      await expect(block(other).getByLabel(T.label.trafficRps, { exact: true })).toHaveValue('150');
      await other.close();
    });

    test('copy link and copy as table put the verdict on the clipboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, path);
      await typeByKeyboard(page, lang, { teamSize: '4', trafficRps: '1500', nodes: '6', uptimeSla: T.uptime, deploysPerDay: T.fewDeploys });
      await expect(verdict(page)).toHaveText(T.kubernetesBothStay);

      await block(page).getByRole('button', { name: T.copyLink }).click();
      await expect(page.getByRole('status').filter({ hasText: T.copied })).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('teamSize=4');
      const other = await context.newPage();
      await open(other, link);
      await expect(verdict(other)).toHaveText(T.kubernetesBothStay);
      await other.close();

      await block(page).getByRole('button', { name: T.copyTable }).click();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain(T.kubernetesBothStay);
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

    test('a yes to 1–2 min of downtime per deploy no longer holds once the SLA cannot allow it (issue 27)', async ({ page }) => {
      await open(page, `${path}?uptimeSla=99.95`);
      const rule = block(page).locator('[data-rule="stay-downtime"]');
      await expect(rule).toHaveClass(/tc-unmet/);
      await expect(rule.locator('.tc-clash')).toHaveText(T.downtimeClash);
    });

    test('a hand-edited link with a bad figure keeps it in the field and the address, and says the document’s figure is used', async ({ page }) => {
      await open(page, `${path}?teamSize=3&trafficRps=150&nodes=NaN&uptimeSla=200`);
      const nodes = block(page).getByLabel(T.label.nodes, { exact: true });
      await expect(nodes).toHaveValue('NaN');
      await expect(nodes).toHaveAttribute('aria-invalid', 'true');
      const fromLink = new RegExp(`${escape(T.fromLink)} ${escape(T.kept)}$`);
      await expect(nodes).toHaveAccessibleDescription(fromLink);
      const sla = block(page).getByLabel(T.label.uptimeSla, { exact: true });
      await expect(sla).toHaveValue('200');
      await expect(sla).toHaveAccessibleDescription(fromLink);
      await expect(page).toHaveURL(/[?&]nodes=NaN(&|$)/);
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
      // Before the checklist runs, its review line gives the date alone, under the record's
      // review notice, which the build decided.
      await page.goto(path);
      await expect(page.locator('.review-banner')).toBeVisible();
      await expect(block(page).locator('.tc-review')).toContainText(T.reviewDate);
      await expect(block(page).locator('.tc-review')).not.toContainText(T.overdue);
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
        expect(await checklistViolations(page), `light, ${state}`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await checklistViolations(page, ['color-contrast']), `dark, ${state}`).toEqual([]);
      });
    }
  });
}
