/**
 * A record's relative times ("Now (0–6 months)", "Today", "Next week") are shown with the
 * dates they stand for, counted from the decision (ADR 0001: 16 December 2024), and the
 * checklist says which of its next steps have passed. The author's words stay as written.
 * "Passed" is as of the build, as the review notice's "today"; any build from 2026 on sees
 * every date below but "12+ months" as passed.
 */
import { test, expect } from './fixtures';

/** Intl writes an English range with thin spaces around the dash; match any space. */
const loose = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'));

const T = {
  nb: {
    roadmap: '/nb/0001-kubernetes/veikart/',
    checklist: '/nb/0001-kubernetes/sjekkliste/',
    summary: '/nb/0001-kubernetes/oppsummering/',
    phase1: { heading: 'Fase 1: Nå (0–6 måneder)', when: 'Når: des. 2024–juni 2025, regnet fra vedtaket 16. desember 2024.', ended: 'Perioden endte 15. juni 2025.' },
    phase3: { heading: 'Fase 3: Scale (12+ måneder)', when: 'Når: fra des. 2025, regnet fra vedtaket 16. desember 2024.' },
    steps: ['I dag: 16. des. 2024 – passert', 'Neste uke: 23.–29. des. 2024 – passert', 'Neste måned: januar 2025 – passert'],
    note: 'Datoene er regnet fra vedtaket 16. desember 2024.',
    now: 'Nå (0–6 måneder)',
  },
  en: {
    roadmap: '/en/0001-kubernetes/roadmap/',
    checklist: '/en/0001-kubernetes/checklist/',
    summary: '/en/0001-kubernetes/summary/',
    phase1: { heading: 'Phase 1: Now (0–6 months)', when: 'When: Dec 2024 – Jun 2025, counted from the decision on 16 December 2024.', ended: 'This period ended on 15 June 2025.' },
    phase3: { heading: 'Phase 3: Scale (12+ months)', when: 'When: from Dec 2025, counted from the decision on 16 December 2024.' },
    steps: ['Today: 16 Dec 2024 – passed', 'Next week: 23 – 29 Dec 2024 – passed', 'Next month: January 2025 – passed'],
    note: 'The dates count from the decision on 16 December 2024.',
    now: 'Now (0–6 months)',
  },
} as const;

for (const [lang, t] of Object.entries(T)) {
  test(`${lang}: each roadmap phase shows its dates from the decision, and says when it ended`, async ({ page }) => {
    await page.goto(t.roadmap);
    // The author's heading stays as written; the dates come beside it.
    const phase1 = page.getByRole('heading', { level: 2, name: t.phase1.heading });
    await expect(phase1).toBeVisible();
    const line1 = page.locator('main .roadmap-phase .dated').first();
    await expect(line1).toHaveText(loose(`${t.phase1.when} ${t.phase1.ended}`));
    await expect(line1.locator('time')).toHaveAttribute('datetime', '2024-12-16');
    // "12+ months" runs on: its start, and no end.
    const line3 = page.locator('.roadmap-phase .dated').nth(2);
    await expect(line3).toHaveText(loose(t.phase3.when));
    await expect(line3.locator('.dated-passed')).toHaveCount(0);
  });

  test(`${lang}: the checklist's next steps show their dates and say they have passed`, async ({ page }) => {
    await page.goto(t.checklist);
    const roadmap = page.locator('.tc-roadmap');
    await expect(roadmap.locator('.roadmap-phase .dated')).toHaveText(loose(`${t.phase1.when} ${t.phase1.ended}`));
    await expect(roadmap.locator('.dated-note')).toContainText(t.note);
    const blocks = roadmap.locator('.action-plan > div > p');
    await expect(blocks).toHaveText(t.steps.map(loose));
    await expect(roadmap.locator('.action-plan time').first()).toHaveAttribute('datetime', '2024-12-16');
  });

  test(`${lang}: the summary's timeline shows its dates`, async ({ page }) => {
    await page.goto(t.summary);
    await expect(page.getByRole('heading', { level: 3, name: t.now })).toBeVisible();
    await expect(page.locator('main .dated').first()).toHaveText(loose(`${t.phase1.when} ${t.phase1.ended}`));
  });
}
