/**
 * The cost calculator as a reader meets it, in both languages: the document's figures
 * without JavaScript, results that follow the keyboard, links that restore what was
 * typed, translated errors that never leave NaN on the page, Markdown on the clipboard.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { startTool } from './startTool';
import { seenText } from './seenText';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { costsSchema } from '../../src/schemas/costs';
import { defaultCostInputs } from '../../src/lib/calculator/costModel';
import { simulate } from '../../src/lib/calculator/costUncertainty';

interface Lang {
  calculator: string;
  caption: RegExp;
  rate: string;
  horizon: string;
  /** What the period field says it accepts. */
  horizonHint: string;
  rows: {
    infra: string;
    ops: string;
    monthly: string;
    setup: string;
    learn: string;
    oneOff: RegExp;
    tco: RegExp;
    infraTimes: string;
  };
  groups: { ops: RegExp; vps: RegExp };
  low: string;
  high: string;
  noscript: RegExp;
  estimate: string;
  /** The verdict with the document's figures, and once running Compose takes 100 hours a month. */
  never: string;
  payback: RegExp;
  /** Printed with the results after the typing test: the inputs that produced them. */
  printed: string[];
  /** In place of the answer while the hourly value is invalid. */
  fixRate: string;
  linkNotice: string;
  swapped: string;
  errors: {
    notANumber: string;
    separators: string;
    negative: string;
    empty: string;
    notInteger: string;
    tooLarge60: string;
    fromLink: string;
  };
  copyLink: string;
  copyTable: string;
  copied: string;
  tableCopied: string;
  reset: string;
  /** The reader's way to write one thousand and a half, and K8s's one-off cost at that rate. */
  thousandAndAHalf: string[];
  oneOffAtThousand: string;
  md: string[];
  chart: RegExp;
  chartTable: string;
  breakEvenMark: string;
}

const LANGS: Record<'nb' | 'en', Lang> = {
  en: {
    calculator: '/en/0001-kubernetes/calculator/',
    caption: /^Cost per platform over 12 months$/,
    rate: 'Value of one hour of your time',
    horizon: 'Period',
    horizonHint: 'Whole months, from 1 to 60.',
    rows: {
      infra: 'Infrastructure (€/month)',
      ops: 'Operations (hours/month)',
      monthly: 'Monthly total incl. time (€/month)',
      setup: 'Setup, one-off (hours)',
      learn: 'Learning, one-off (hours)',
      oneOff: /^One-off cost/,
      tco: /^Total cost over 12 months/,
      infraTimes: 'Infrastructure vs Compose',
    },
    groups: { ops: /^Operations/, vps: /^3× VPS/ },
    low: 'low',
    high: 'high',
    noscript: /These are the document's figures\. Changing them needs JavaScript/,
    estimate: "editor's estimate",
    never:
      'Over 12 months Docker Compose is the cheapest (€1,440–2,640); Kubernetes would cost €18,520–33,040 more than Docker Compose and never breaks even with Docker Compose within 10 years.',
    payback: /^Over 12 months Docker Swarm is the cheapest \(€5,620–10,520\); Kubernetes would cost €24,560–40,280 less than Docker Compose and breaks even with Docker Compose in month 2–4\.$/,
    printed: ['one hour valued at €100, a period of 24 months', 'Kubernetes, Operations (hours/month), high: 60 (document: 40)'],
    fixRate: 'To see and copy the results, fix “Value of one hour of your time”.',
    linkNotice: 'The link you opened holds a value that cannot be used; it is shown in its field.',
    swapped: 'Low is above high here; the calculator uses the two the other way round.',
    errors: {
      notANumber: 'This is not a number. Type, for example, 1,000.5.',
      separators: 'Write a thousand as 1000 or 1,000; use a point for decimals (1.5).',
      negative: 'The number cannot be negative.',
      empty: 'Enter a number.',
      notInteger: 'The period counts whole months. Enter a whole number, for example 24.',
      tooLarge60: 'The period can be at most 60 months.',
      fromLink: 'The link held a value that cannot be used here.',
    },
    copyLink: 'Copy link',
    copyTable: 'Copy as table',
    copied: 'Copied to the clipboard.',
    tableCopied: 'Copied as a Markdown table, for an issue or a document.',
    reset: "Reset to the document's figures",
    thousandAndAHalf: ['1,000.5', '1000.5'],
    oneOffAtThousand: '€140,070–200,100',
    md: [
      '| Platform | Infrastructure/month |',
      '| Docker Compose | €20/month | 2–4 h/month |',
      '| Kubernetes | €80–140/month | 20–40 h/month |',
      '| 4–7× |',
      '**Cost over 12 months, one hour valued at €50**',
    ],
    chart: /^Line chart of the cumulative cost/,
    chartTable: "The chart's figures as a table",
    breakEvenMark: 'month 16–27',
  },
  nb: {
    calculator: '/nb/0001-kubernetes/kalkulator/',
    caption: /^Kostnad per plattform over 12 måneder$/,
    rate: 'Verdien av én time av tiden din',
    horizon: 'Periode',
    horizonHint: 'Hele måneder, fra 1 til 60.',
    rows: {
      infra: 'Infrastruktur (€/mnd)',
      ops: 'Drift (timer/mnd)',
      monthly: 'Sum per måned inkl. tid (€/mnd)',
      setup: 'Oppsett (timer, én gang)',
      learn: 'Læring (timer, én gang)',
      oneOff: /^Engangskostnad/,
      tco: /^Total kostnad over 12 måneder/,
      infraTimes: 'Infrastruktur mot Compose',
    },
    groups: { ops: /^Drift/, vps: /^3× VPS/ },
    low: 'lav',
    high: 'høy',
    noscript: /Dette er dokumentets tall\. For å endre dem trengs JavaScript/,
    estimate: 'redaktørens anslag',
    never:
      'Over 12 måneder er Docker Compose billigst (1 440–2 640 €); Kubernetes koster 18 520–33 040 € mer enn Docker Compose og tjener seg aldri inn mot Docker Compose innen 10 år.',
    payback: /^Over 12 måneder er Docker Swarm billigst \(5 620–10 520 €\); Kubernetes koster 24 560–40 280 € mindre enn Docker Compose og tjener seg inn mot Docker Compose i måned 2–4\.$/,
    printed: ['én time verdsatt til 100 €, en periode på 24 måneder', 'Kubernetes, Drift (timer/mnd), høy: 60 (dokumentet: 40)'],
    fixRate: 'Rett «Verdien av én time av tiden din» for å se og kopiere resultatene.',
    linkNotice: 'Lenken du åpnet har en verdi som ikke kan brukes; den står i feltet sitt.',
    swapped: 'Lav er høyere enn høy her; kalkulatoren bruker dem i motsatt rekkefølge.',
    errors: {
      notANumber: 'Dette er ikke et tall. Skriv for eksempel 1 000,5.',
      separators: 'Skriv 1000 eller 1 000 for tusen; bruk komma for desimaler (1,5).',
      negative: 'Tallet kan ikke være negativt.',
      empty: 'Skriv inn et tall.',
      notInteger: 'Perioden regnes i hele måneder. Skriv et helt tall, for eksempel 24.',
      tooLarge60: 'Perioden kan være høyst 60 måneder.',
      fromLink: 'Lenken hadde en verdi som ikke kan brukes her.',
    },
    copyLink: 'Kopier lenke',
    copyTable: 'Kopier som tabell',
    tableCopied: 'Kopiert som Markdown-tabell, til en sak eller et dokument.',
    copied: 'Kopiert til utklippstavlen.',
    reset: 'Tilbake til dokumentets tall',
    thousandAndAHalf: ['1 000,5', '1000.5', '1000,5'],
    oneOffAtThousand: '140 070–200 100 €',
    md: [
      '| Plattform | Infrastruktur/mnd |',
      '| Docker Compose | 20 €/mnd | 2–4 timer/mnd |',
      '| Kubernetes | 80–140 €/mnd | 20–40 timer/mnd |',
      '| 4–7× |',
      '**Kostnad over 12 måneder, med én time verdsatt til 50 €**',
    ],
    chart: /^Linjediagram over samlet kostnad/,
    chartTable: 'Diagrammets tall som tabell',
    breakEvenMark: 'måned 16–27',
  },
};

/** Intl groups digits with no-break spaces; compare as a reader reads them. */
const plain = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type Results = Record<string, Record<'Docker Compose' | 'Docker Swarm' | 'Kubernetes', string>>;

/** The results table as row label -> platform -> cell text (hidden-for-sight text included). */
async function results(page: Page, caption: RegExp): Promise<Results> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  const raw = await table.evaluate((t: HTMLTableElement) => {
    const heads = [...t.tHead!.rows[0]!.cells].slice(1).map((c) => c.textContent ?? '');
    return [...t.tBodies[0]!.rows].map((r): [string, [string, string][]] => [
      r.cells[0]!.textContent ?? '',
      heads.map((h, i): [string, string] => [h, r.cells[i + 1]!.textContent ?? '']),
    ]);
  });
  return Object.fromEntries(
    raw.map(([label, cells]) => [plain(label), Object.fromEntries(cells.map(([h, c]) => [plain(h), plain(c)]))]),
  ) as Results;
}

const row = (r: Results, label: string | RegExp) => {
  const key = Object.keys(r).find((k) => (typeof label === 'string' ? k === label : label.test(k)));
  if (!key) throw new Error(`no results row ${label} in ${Object.keys(r).join(' | ')}`);
  return r[key]!;
};

/** Starts the island as a reader does (./startTool.ts); wait until it has taken over the page. */
async function ready(page: Page) {
  await startTool(page);
  // The island's first effects (reading the link) have run once its actions show.
  await expect(page.locator('.island-actions').first()).toBeVisible();
  // Its later part (chances, tornado, chart, scenarios: src/islands/CostInsights.tsx) loads
  // when the reader reaches the results, and is then shown; the reader is then put back.
  const y = await page.evaluate(() => scrollY);
  await page.locator('.cc-after-fields').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.cost-calculator').first()).toHaveAttribute('data-later-part', 'shown');
  await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
}

/** Holds the built module of this name (CostCalculator, CostInsights) back until the returned function lets it through. */
async function holdModule(page: Page, name: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Keyboard only: focus, select everything, type. */
async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** A platform's low or high field for one figure. */
const figureField = (page: Page, platform: RegExp, figure: RegExp, end: string) =>
  page.getByRole('group', { name: platform }).getByRole('group', { name: figure }).getByLabel(end, { exact: true });

/** The verdict as a reader reads it. */
const verdict = async (page: Page) => plain(await page.locator('.cc-verdict').innerText());

/**
 * At a phone's and a laptop's width: the verdict and each platform's total come before the
 * results table, and the table fits the page, every platform's total in full on screen.
 */
async function answerFirstAndTableFits(page: Page, l: Lang) {
  for (const [width, height] of [
    [375, 812],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    const table = page.getByRole('table', { name: l.caption });
    await expect(page.locator('.cc-verdict')).toBeVisible();
    await expect(page.locator('.cc-summary')).toBeVisible();
    const layout = await table.evaluate((t, label) => {
      const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
      const totals = [...t.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((r) => label.test(r.cells[0]!.textContent ?? ''))!;
      const scroller = t.closest('.table-scroll')!;
      return {
        verdictAbove: bottom('.cc-verdict') <= t.getBoundingClientRect().top,
        summaryAbove: bottom('.cc-summary') <= t.getBoundingClientRect().top,
        sideways: scroller.scrollWidth - scroller.clientWidth,
        totalsCut: [...totals.cells]
          .slice(1)
          .filter((c) => c.getBoundingClientRect().right > innerWidth || c.scrollWidth > c.clientWidth)
          .map((c) => c.textContent),
        totalsShown: [...totals.cells].slice(1).filter((c) => c.getBoundingClientRect().width > 0).length,
      };
    }, l.rows.tco);
    expect(layout, `${width}px`).toEqual({ verdictAbove: true, summaryAbove: true, sideways: 0, totalsCut: [], totalsShown: 3 });
  }
}

async function bodyHasNoBadNumbers(page: Page) {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/NaN|Infinity|undefined|\[object/);
}

function expectDocumentFigures(r: Results, l: Lang) {
  const infra = row(r, l.rows.infra);
  expect(plain(infra['Docker Compose'])).toBe(l === LANGS.en ? '€20' : '20 €');
  expect(plain(infra['Docker Swarm'])).toBe(l === LANGS.en ? '€60' : '60 €');
  expect(plain(infra.Kubernetes)).toBe(l === LANGS.en ? '€80–140' : '80–140 €');
  expect(row(r, l.rows.ops)['Docker Compose']).toBe('2–4');
  expect(row(r, l.rows.ops).Kubernetes).toBe('20–40');
  expect(row(r, l.rows.setup).Kubernetes).toBe('40–80');
  expect(row(r, l.rows.learn).Kubernetes).toBe('100–120');
  expect(row(r, l.rows.infraTimes).Kubernetes).toBe('4–7×');
  // Swarm's hours are the editor's, and say so: a star to the eye, the words to a screen reader.
  expect(row(r, l.rows.ops)['Docker Swarm']).toBe(`6–12, ${l.estimate}*`);
  expect(row(r, l.rows.ops).Kubernetes).toBe('20–40');
}

for (const [code, l] of Object.entries(LANGS)) {
  test.describe(`cost calculator (${code})`, () => {
    test(`${l.calculator} shows the document's results without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(l.calculator);
      await expect(page.getByText(l.noscript)).toBeVisible();
      expectDocumentFigures(await results(page, l.caption), l);
      expect(await verdict(page)).toBe(l.never);
      await expect(page.getByRole('img', { name: l.chart })).toBeVisible();
      await expect(page.getByLabel(l.rate)).toHaveValue('50');
      await expect(page.getByLabel(l.horizon)).toHaveValue('12');
      // The options' figures are text: without JavaScript a field could not change anything.
      await expect(page.locator('.cc-platform input')).toHaveCount(0);
      await expect(page.getByRole('group', { name: /^Kubernetes/ }).getByRole('group', { name: l.groups.ops })).toHaveText(/20\D+40/);
      // Buttons that could do nothing without JavaScript are not offered.
      await expect(page.getByRole('button', { name: l.copyLink, exact: true })).toHaveCount(0);
      await bodyHasNoBadNumbers(page);
      await context.close();
    });

    test('with JavaScript, the defaults are the same and the no-script note is gone', async ({ page }) => {
      await page.goto(l.calculator);
      await ready(page);
      await expect(page.getByText(l.noscript)).toBeHidden();
      expectDocumentFigures(await results(page, l.caption), l);
      expect(await verdict(page)).toBe(l.never);
      await answerFirstAndTableFits(page, l);
    });

    test('a reader who only reads runs none of its script; a field reached loads it, and no part shows the old figures meanwhile', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
      const later = () => scripts.filter((url) => /\/CostInsights\.[\w-]+\.js$/.test(url));
      // The later part's module is held back until the test lets it through.
      const release = await holdModule(page, 'CostInsights');
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(l.calculator);
      // Where a reader of the answer stops: the verdict in view, the results below far off.
      await page.locator('.cc-verdict').scrollIntoViewIfNeeded();
      await page.waitForLoadState('load');
      // Anything the page would start by itself has started two frames on.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(scripts, 'no script file loaded for a reader who has not used the calculator').toEqual([]);
      await expect(page.locator('astro-island'), 'the calculator has not run').toHaveAttribute('ssr');
      // Its buttons are offered all the same: a press is held until it runs (the next test).
      await expect(page.getByRole('button', { name: l.copyLink, exact: true })).toBeVisible();
      const served = plain(await seenText(page.locator('.cc-sure')));
      expect(served).toMatch(/P10/);

      await typeInto(page, page.getByLabel(l.rate), '100');
      await expect.poll(() => later().length, 'a field reached asks for the later part').toBe(1);
      // Until it is here, the figures for the old inputs are gone, not shown as the new ones'.
      await expect(page.locator('.cc-sure')).toHaveCount(0);
      release();
      await expect(page.locator('.cost-calculator')).toHaveAttribute('data-later-part', 'shown');
      const now = plain(await seenText(page.locator('.cc-sure')));
      expect(now).toMatch(/P10/);
      expect(now).not.toBe(served);
    });

    test('the options’ figures are text until the calculator starts, then each is its field, holding the same figure', async ({ page }) => {
      await page.goto(l.calculator);
      const options = page.locator('.cc-platform');
      // As served, no field: a browser's autofill reads each field of a page as it loads (docs/performance.md).
      await expect(options.locator('input')).toHaveCount(0);
      const figures = await options.locator('.field-figure').evaluateAll((shown) => shown.map((e) => [e.id, e.textContent!] as const));
      expect(figures.length).toBeGreaterThan(20);
      expect(figures).toContainEqual(['cc-kubernetes.ops.low', '20']);
      await startTool(page);
      for (const [id, text] of figures) await expect(page.locator(`input[id="${id}"]`), id).toHaveValue(text);
      await expect(figureField(page, /^Kubernetes/, l.groups.ops, l.low)).toHaveValue('20');
      // From a link, the fields are there from the start, with the link's figures.
      await page.goto(`${l.calculator}?kubernetes.ops.low=25`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expect(figureField(page, /^Kubernetes/, l.groups.ops, l.low)).toHaveValue('25');
      await expect(options.locator('.field-figure')).toHaveCount(0);
    });

    test('used without changing a figure, its later parts keep the document\'s answers; a figure changed and changed back, they answer each', async ({ page }) => {
      await page.goto(l.calculator);
      const laterParts = async () => {
        const texts: string[] = [];
        for (const part of await page.locator('.cc-later').all()) texts.push(plain(await seenText(part)));
        return texts;
      };
      const served = await laterParts();
      expect(served.join(' ')).toMatch(/P10/);
      await ready(page);
      expect(await laterParts(), 'the later parts after the first use').toEqual(served);

      await typeInto(page, page.getByLabel(l.rate), '100');
      await expect.poll(laterParts).not.toEqual(served);
      await typeInto(page, page.getByLabel(l.rate), '50');
      await expect.poll(laterParts, 'rendered by the browser for the document\'s figures again').toEqual(served);
    });

    test('typing by keyboard changes the results, and the link carries them to a new page', async ({
      page,
      context,
    }) => {
      await page.goto(l.calculator);
      await ready(page);
      const before = await results(page, l.caption);

      const rate = page.getByLabel(l.rate);
      await typeInto(page, rate, '100');
      // Tab moves on to the horizon, as a keyboard user expects.
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(l.horizon)).toBeFocused();
      await typeInto(page, page.getByLabel(l.horizon), '24');
      await typeInto(page, figureField(page, /^Kubernetes/, l.groups.ops, l.high), '60');

      const caption24 = new RegExp(l.caption.source.replace('12', '24'));
      const after = await results(page, caption24);
      expect(row(after, l.rows.ops).Kubernetes).toBe('20–60');
      expect(row(after, l.rows.monthly).Kubernetes).not.toBe(row(before, l.rows.monthly).Kubernetes);
      expect(row(after, l.rows.monthly).Kubernetes).toBe(code === 'en' ? '€2,080–6,140' : '2 080–6 140 €');
      // The spoken verdict follows once typing pauses.
      await expect(page.locator('[aria-live="polite"]')).toContainText(
        code === 'en' ? 'Over 24 months' : 'Over 24 måneder',
      );
      await expect(page).toHaveURL(/[?&]rate=100(&|$)/);

      // On paper the results come with the inputs that produced them, and no form.
      await page.emulateMedia({ media: 'print' });
      const used = page.locator('.cc-used');
      await expect(used).toBeVisible();
      for (const part of l.printed) expect(plain(await used.innerText())).toContain(part);
      await expect(page.locator('.cost-calculator input:visible')).toHaveCount(0);
      await expect(page.getByRole('table', { name: caption24 })).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      await expect(used).toBeHidden();

      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('button', { name: l.copyLink, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: l.copied })).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('kubernetes.ops.high=60');
      expect(link).toContain('months=24');

      const second = await context.newPage();
      await second.goto(link);
      await ready(second);
      await expect(second.getByLabel(l.rate)).toHaveValue('100');
      await expect(second.getByLabel(l.horizon)).toHaveValue('24');
      await expect.poll(() => results(second, caption24)).toEqual(after);
      await second.close();
    });

    test('a value typed before the calculator runs is kept, counted and shared, the field still focused', async ({ page, context }) => {
      // The island's code is held back until the reader has typed into the server's form.
      const release = await holdModule(page, 'CostCalculator');
      await page.goto(l.calculator);
      const rate = page.getByLabel(l.rate);
      await typeInto(page, rate, '75');
      await expect(page.locator('astro-island[ssr]'), 'typed before the island ran').not.toHaveCount(0);
      release();
      await ready(page);
      await expect(rate).toHaveValue('75');
      await expect(rate).toBeFocused();
      await expect(page).toHaveURL(/[?&]rate=75(&|$)/);
      // The answer is the one a link with that value gives.
      const linked = await context.newPage();
      await linked.goto(`${l.calculator}?rate=75`);
      await ready(linked);
      expect(await verdict(page)).toBe(await verdict(linked));
      expect(await verdict(page)).not.toBe(l.never);
    });

    test('a button pressed before the calculator runs does what it says once it runs', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const release = await holdModule(page, 'CostCalculator');
      await page.goto(l.calculator);
      await page.getByRole('button', { name: l.copyLink, exact: true }).click();
      await expect(page.locator('astro-island[ssr]'), 'pressed before the calculator ran').toHaveCount(1);
      release();
      await expect(page.locator('#copy-status')).toHaveText(l.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(l.calculator, page.url()).href);
    });

    test('bad input shows a translated message at the field, and no result or copy until it is fixed', async ({ page }) => {
      await page.goto(l.calculator);
      await ready(page);
      const before = await results(page, l.caption);
      const rate = page.getByLabel(l.rate);
      const cases: [string, string][] = [
        ['abc', l.errors.notANumber],
        ['-5', l.errors.negative],
        ['', l.errors.empty],
        ['1e309', l.errors.notANumber],
        // Issue 27: typed key by key, "1e9" passed through "1", which was computed and copied.
        ['1e9', l.errors.notANumber],
        // Never silently one (nb) or a decimal comma dropped (en): the field says how to write it.
        [l === LANGS.en ? '1,5' : '1.000', l.errors.separators],
      ];
      for (const [text, message] of cases) {
        await typeInto(page, rate, text);
        await expect(rate).toHaveAttribute('aria-invalid', 'true');
        const describedBy = await rate.getAttribute('aria-describedby');
        await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(message);
        // Nothing computed from the half-typed value: the answer names the field instead.
        await expect(page.locator('.cc-fix')).toHaveText(l.fixRate);
        await expect(page.locator('.cc-verdict')).toHaveCount(0);
        await expect(page.getByRole('table', { name: l.caption })).toHaveCount(0);
        const actions = page.locator('.cost-calculator .island-actions');
        for (const name of [l.copyLink, l.copyTable]) await expect(actions.getByRole('button', { name })).toBeDisabled();
        await bodyHasNoBadNumbers(page);
      }

      // The period counts whole months: its hint says so, and so does each of its messages.
      const horizon = page.getByLabel(l.horizon);
      await expect(page.getByText(l.horizonHint)).toBeVisible();
      await expect(horizon).toHaveAccessibleDescription(l.horizonHint);
      await typeInto(page, horizon, '12.5');
      await expect(page.getByText(l.errors.notInteger)).toBeVisible();
      await expect(horizon).toHaveAccessibleDescription(`${l.horizonHint} ${l.errors.notInteger}`);
      await typeInto(page, horizon, '61');
      await expect(page.getByText(l.errors.tooLarge60)).toBeVisible();
      await expect(horizon).toHaveAttribute('aria-invalid', 'true');
      await expect(horizon).toHaveAccessibleDescription(`${l.horizonHint} ${l.errors.tooLarge60}`);

      // Valid entries clear the messages and bring the results back.
      await typeInto(page, rate, '50');
      await typeInto(page, horizon, '12');
      await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.cc-fix')).toHaveCount(0);
      expect(await results(page, l.caption)).toEqual(before);
      await expect(page.locator('.cost-calculator .island-actions').getByRole('button', { name: l.copyLink })).toBeEnabled();
    });

    test('moving to a section of the page keeps what the reader typed, errors included', async ({ page }) => {
      await page.goto(l.calculator);
      await ready(page);
      const rate = page.getByLabel(l.rate);
      await typeInto(page, rate, 'abc');
      await expect(rate).toHaveAttribute('aria-invalid', 'true');
      const id = await page.locator('.prose h2[id]').first().getAttribute('id');
      await page.evaluate((hash) => (location.hash = hash), id!);
      await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id!)}$`));
      await expect(rate).toHaveValue('abc');
      await expect(rate).toHaveAttribute('aria-invalid', 'true');
    });

    test('a range typed the wrong way round is used in order, and the reader is told', async ({ page }) => {
      await page.goto(l.calculator);
      await ready(page);
      const ops = page.getByRole('group', { name: /^Kubernetes/ }).getByRole('group', { name: l.groups.ops });
      await expect(ops.getByText(l.swapped)).toHaveCount(0);
      await typeInto(page, figureField(page, /^Kubernetes/, l.groups.ops, l.low), '90');
      await expect(ops.getByText(l.swapped)).toBeVisible();
      expect(row(await results(page, l.caption), l.rows.ops).Kubernetes).toBe('40–90');
      await typeInto(page, figureField(page, /^Kubernetes/, l.groups.ops, l.low), '20');
      await expect(ops.getByText(l.swapped)).toHaveCount(0);
    });

    test('accepts numbers the way readers of this language write them', async ({ page }) => {
      await page.goto(l.calculator);
      await ready(page);
      const rate = page.getByLabel(l.rate);
      for (const text of l.thousandAndAHalf) {
        await typeInto(page, rate, '50');
        await typeInto(page, rate, text);
        await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
        const r = await results(page, l.caption);
        expect(row(r, l.rows.oneOff).Kubernetes, text).toBe(l.oneOffAtThousand);
      }
    });

    test('says when Kubernetes breaks even, and counts hours, not euros, when time is worth 0', async ({
      page,
    }) => {
      await page.goto(l.calculator);
      await ready(page);
      expect(await verdict(page)).toBe(l.never);
      // Running Compose takes 100 hours a month: Kubernetes catches up within months.
      await typeInto(page, figureField(page, /^Docker Compose/, l.groups.ops, l.low), '100');
      await typeInto(page, figureField(page, /^Docker Compose/, l.groups.ops, l.high), '100');
      await expect.poll(() => verdict(page)).toMatch(l.payback);

      await page.getByRole('button', { name: l.reset }).press('Enter');
      await expect.poll(() => verdict(page)).toBe(l.never);
      await expect(page).toHaveURL(new RegExp(`${l.calculator}$`));

      await typeInto(page, page.getByLabel(l.rate), '0');
      const r = await results(page, l.caption);
      expect(row(r, l.rows.oneOff).Kubernetes).toBe(code === 'en' ? '€0' : '0 €');
      expect(row(r, l.rows.tco).Kubernetes).toBe(code === 'en' ? '€960–1,680' : '960–1 680 €');
      expect(row(r, l.rows.ops).Kubernetes).toBe('20–40');
      expect(row(r, l.rows.learn).Kubernetes).toBe('100–120');
    });

    test('a link’s unusable values stay in their fields and the address, with the typed message and a notice', async ({ page }) => {
      await page.goto(`${l.calculator}?months=120&rate=1e9&__proto__=1&constructor=x`);
      await ready(page);
      const [rate, horizon] = [page.getByLabel(l.rate), page.getByLabel(l.horizon)];
      await expect(horizon).toHaveValue('120');
      await expect(rate).toHaveValue('1e9');
      await expect(horizon).toHaveAccessibleDescription(`${l.horizonHint} ${l.errors.tooLarge60}`);
      await expect(rate).toHaveAccessibleDescription(l.errors.notANumber);
      await expect(page.locator('.cc-link-notice')).toHaveText(l.linkNotice);
      await expect(page.locator('.cc-link-notice')).toBeInViewport();
      await expect(page.locator('.cc-verdict')).toHaveCount(0);
      await expect(page).toHaveURL(/[?&]months=120(&|$)/);
      await expect(page).toHaveURL(/[?&]rate=1e9(&|$)/);
      await bodyHasNoBadNumbers(page);

      // Once the reader fixes them, the address carries what they typed instead.
      await typeInto(page, horizon, '24');
      await typeInto(page, rate, '60');
      await expect(page.locator('.cc-link-notice')).toHaveCount(0);
      await expect(page.locator('.cc-verdict')).toBeVisible();
      await expect(page).not.toHaveURL(/1e9|months=120/);
    });

    test('copies the results as a Markdown table', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(l.calculator);
      await ready(page);
      await page.getByRole('button', { name: l.copyTable }).click();
      await expect(page.getByRole('status').filter({ hasText: l.tableCopied })).toBeVisible();
      const markdown = plain(await page.evaluate(() => navigator.clipboard.readText()));
      for (const part of l.md) expect(markdown).toContain(plain(part));
      expect(markdown).toContain('Docker Swarm');
      expect(markdown).not.toMatch(/NaN|Infinity/);
    });

    test('the chart marks break-even, keeps its labels apart and has a text table behind it', async ({ page }) => {
      await page.goto(l.calculator);
      await ready(page);
      const chart = page.getByRole('img', { name: l.chart });
      await expect(chart).toBeVisible();
      for (const name of ['Compose', 'Swarm', 'Kubernetes'])
        await expect(chart.locator('text', { hasText: name })).toHaveCount(1);
      await page.getByText(l.chartTable).click();
      const table = page.getByRole('table', {
        name: code === 'en' ? /^Cumulative cost every 2 months/ : /^Samlet kostnad hver 2\. måned/,
      });
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(7);
      await expect(table.locator('tbody tr').last()).toContainText(
        code === 'en' ? '€19,960–35,680' : '19 960–35 680 €',
      );
      // No break-even with the document's figures, so nothing marked.
      await expect(chart.locator('.cc-mark')).toHaveCount(0);

      // Compose's band now ends inside Kubernetes's, and Kubernetes breaks even within 36 months.
      await typeInto(page, page.getByLabel(l.horizon), '36');
      await typeInto(page, figureField(page, /^Docker Compose/, l.groups.ops, l.high), '50');
      await typeInto(page, figureField(page, /^Docker Compose/, l.groups.ops, l.low), '30');
      const drawn = page.getByRole('img', { name: l.chart });
      await expect(drawn.locator('.cc-mark circle')).toHaveCount(2);
      await expect(drawn.locator('.cc-mark-label')).toHaveText(l.breakEvenMark);
      // The line-end names do not overlap, though the bands do.
      const boxes = await drawn.locator('.cc-end').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right));
      expect(boxes).toHaveLength(3);
      expect(overlaps).toEqual([]);
    });

    test('a cost of downtime counts in the totals, the verdict and the chart, and its link restores it in a fresh page', async ({
      page,
      context,
    }) => {
      const d =
        code === 'en'
          ? {
              field: 'Cost of one hour of downtime',
              row: 'Expected downtime (hours/month)',
              cost: 'Downtime (€/month)',
              reading: "editor's reading",
              verdict: 'Over 12 months Kubernetes is the cheapest (€24,280–40,000); it breaks even with Docker Compose in month 1.',
              summary: /^Total cost over 12 months, downtime included: Docker Compose €217,440–218,640,/,
              compose: '€18,000',
              mark: 'month 1',
            }
          : {
              field: 'Kostnaden ved én time nedetid',
              row: 'Forventet nedetid (timer/mnd)',
              cost: 'Nedetid (€/mnd)',
              reading: 'redaktørens lesning',
              verdict: 'Over 12 måneder er Kubernetes billigst (24 280–40 000 €); den tjener seg inn mot Docker Compose i måned 1.',
              summary: /^Total kostnad over 12 måneder, nedetid medregnet: Docker Compose 217 440–218 640 €,/,
              compose: '18 000 €',
              mark: 'måned 1',
            };
      await page.goto(l.calculator);
      await ready(page);
      // The document's uptime figures as hours a month; Kubernetes's is the editor's reading.
      const before = await results(page, l.caption);
      expect(row(before, d.row)['Docker Compose']).toBe('36');
      expect(row(before, d.row).Kubernetes).toBe(`0${code === 'en' ? '.' : ','}72, ${d.reading}†`);
      await expect(page.getByLabel(d.field)).toHaveValue('0');
      expect(await verdict(page)).toBe(l.never);
      const chart = page.getByRole('img', { name: l.chart });
      await expect(chart.locator('.cc-mark')).toHaveCount(0);

      await typeInto(page, page.getByLabel(d.field), '500');
      await expect.poll(() => verdict(page)).toBe(d.verdict);
      expect(plain(await page.locator('.cc-summary').innerText())).toMatch(d.summary);
      expect(row(await results(page, l.caption), d.cost)['Docker Compose']).toBe(d.compose);
      await expect(chart.locator('.cc-mark-label')).toHaveText(d.mark);
      await expect(page).toHaveURL(/[?&]downtime=500(&|$)/);

      const fresh = await context.newPage();
      await fresh.goto(page.url());
      await ready(fresh);
      await expect(fresh.getByLabel(d.field)).toHaveValue('500');
      expect(await verdict(fresh)).toBe(d.verdict);
      await expect(fresh.getByRole('img', { name: l.chart }).locator('.cc-mark-label')).toHaveText(d.mark);
      await fresh.close();
    });

    test('says how likely payback is, in words and by month, with each total’s percentiles, without JavaScript and from a link', async ({
      browser,
      page,
    }) => {
      const w =
        code === 'en'
          ? {
              none: 'In none of the simulated cases has Kubernetes paid off against Docker Compose by month 12.',
              tenths: /^\d in 10 chances that Kubernetes has paid off against Docker Compose by month 36\.$/,
              chance: /^Chance that Kubernetes has paid off against Docker Compose$/,
              percentiles: /^Total cost over 36 months: 1 in 10 simulated cases/,
              by: (n: number) => `By month ${n}`,
              percent: (n: number) => `${n}%`,
              median: 'P50 (median)',
            }
          : {
              none: 'I ingen av de simulerte tilfellene har Kubernetes tjent seg inn mot Docker Compose innen måned 12.',
              tenths: /^Sjansen er \d av 10 for at Kubernetes har tjent seg inn mot Docker Compose innen måned 36\.$/,
              chance: /^Sjansen for at Kubernetes har tjent seg inn mot Docker Compose$/,
              percentiles: /^Total kostnad over 36 måneder: 1 av 10 simulerte tilfeller/,
              by: (n: number) => `Innen måned ${n}`,
              percent: (n: number) => `${n} %`,
              median: 'P50 (median)',
            };
      // Without JavaScript: the document's scenario, computed when the site was built.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const still = await context.newPage();
      await still.goto(l.calculator);
      await expect(still.locator('.cc-chance')).toHaveText(w.none);
      await expect(still.getByRole('table', { name: w.chance }).locator('tbody tr')).toHaveText(
        [12, 24, 36].map((n) => new RegExp(`^${w.by(n)}\\s*${w.percent(0)}$`)),
      );
      await context.close();

      // Compose at 20–40 hours a month over 36 months: the ends never cross, yet some draws pay off.
      await page.goto(`${l.calculator}?compose.ops.low=20&compose.ops.high=40&months=36`);
      await ready(page);
      expect(plain(await page.locator('.cc-chance').innerText())).toMatch(w.tenths);
      const costs = costsSchema.parse(parse(readFileSync('content/records/0001-kubernetes/costs.yaml', 'utf8')));
      const inputs = defaultCostInputs<'compose' | 'swarm' | 'kubernetes'>(costs);
      inputs.horizonMonths = 36;
      inputs.platforms.compose.opsHoursPerMonth = { low: 20, high: 40 };
      const sim = simulate(inputs, 'kubernetes');
      const at36 = sim.payback.find((p) => p.month === 36)!.chance;
      expect(at36).toBeGreaterThan(0.05);
      expect(at36).toBeLessThan(0.95);
      expect(plain(await page.locator('.cc-chance').innerText())).toContain(`${Math.round(at36 * 10)}`);
      const chance = page.getByRole('table', { name: w.chance });
      await expect(chance.locator('tbody tr')).toHaveText(sim.payback.map((p) => new RegExp(`^${w.by(p.month)}\\s*${w.percent(Math.round(p.chance * 100))}$`)));
      const percentiles = page.getByRole('table', { name: w.percentiles });
      await expect(percentiles.locator('tbody tr')).toHaveCount(3);
      await expect(percentiles.locator('tbody tr', { hasText: w.median })).toBeVisible();
    });

    test('names the figure that decides, its bar first, without JavaScript and from a link', async ({ browser, page }) => {
      const w =
        code === 'en'
          ? {
              k8sOps: 'Kubernetes: Operations (hours/month)',
              composeOps: 'Docker Compose: Operations (hours/month)',
              decides: (name: string) => `${name} decides the most: with its low estimate Kubernetes would cost `,
              flips: 'On its own it decides which of the two costs less.',
              label: /^How much more Kubernetes costs than Docker Compose over 12 months as each figure/,
            }
          : {
              k8sOps: 'Kubernetes: Drift (timer/mnd)',
              composeOps: 'Docker Compose: Drift (timer/mnd)',
              decides: (name: string) => `${name} avgjør mest: med lavt anslag ville Kubernetes koste `,
              flips: 'Alene avgjør det hvilket av de to alternativene som koster minst.',
              label: /^Hvor mye mer Kubernetes koster enn Docker Compose over 12 måneder når hvert tall/,
            };
      // Without JavaScript, the document's figures: Kubernetes's 20–40 hours a month decide, and alone cannot turn the answer.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const still = await context.newPage();
      await still.goto(l.calculator);
      const decides = plain(await seenText(still.locator('.cc-decides')));
      expect(decides).toContain(w.decides(w.k8sOps));
      expect(decides).not.toContain(w.flips);
      const bars = still.getByRole('list', { name: w.label }).locator('li');
      await expect(bars.first().locator('.cc-t-name')).toHaveText(w.k8sOps);
      // Only the two options compared move it, and only their ranged figures: Kubernetes's three servers,
      // operations, setup and learning, and Compose's operations (downtime costs nothing by default).
      await expect(bars).toHaveCount(7);
      await context.close();

      // Compose at 20–40 hours a month: now its own hours decide, and can turn which costs less.
      await page.goto(`${l.calculator}?compose.ops.low=20&compose.ops.high=40&months=36`);
      await ready(page);
      const text = plain(await seenText(page.locator('.cc-decides')));
      expect(text).toContain(w.decides(w.composeOps));
      expect(text).toContain(w.flips);
      await expect(page.locator('.cc-tornado li').first().locator('.cc-t-name')).toHaveText(w.composeOps);
    });

    test('saves the figures as scenario A, compares A with B side by side, and the link carries both', async ({ page, context }) => {
      const w =
        code === 'en'
          ? {
              save: 'Save these figures as scenario A',
              forget: 'Forget scenario A',
              downtime: 'Cost of one hour of downtime',
              caption: 'Scenario A against scenario B',
              rows: [
                ['Period', '12 months', '12 months'],
                ['Kubernetes: total cost', '€31,360–56,080', '€35,680–60,400'],
                ['Kubernetes breaks even with Docker Compose', 'not within 10 years', 'in month 1–2'],
                ['Chance that Kubernetes has paid off by the end of the period', '0%', '100%'],
              ],
            }
          : {
              save: 'Lagre disse tallene som scenario A',
              forget: 'Glem scenario A',
              downtime: 'Kostnaden ved én time nedetid',
              caption: 'Scenario A mot scenario B',
              rows: [
                ['Periode', '12 måneder', '12 måneder'],
                ['Kubernetes: total kostnad', '31 360–56 080 €', '35 680–60 400 €'],
                ['Kubernetes tjener seg inn mot Docker Compose', 'ikke innen 10 år', 'i måned 1–2'],
                ['Sjansen for at Kubernetes har tjent seg inn innen periodens slutt', '0 %', '100 %'],
              ],
            };
      const table = (p: Page) => p.getByRole('table', { name: w.caption });
      const cells = async (p: Page) =>
        (await table(p).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')))).map((r) =>
          r.map(plain),
        );
      await page.goto(l.calculator);
      await ready(page);
      await expect(table(page)).toHaveCount(0);
      // Ours at €80 an hour saved as A; then B counts €500 an hour of downtime (Kubernetes's 0.72 h a month: €4,320 a year).
      // A: Kubernetes 140–200 h × €80 up front, €80–140 + 20–40 h × €80 a month over 12 months: €31,360–56,080.
      await typeInto(page, page.getByLabel(l.rate), '80');
      await page.getByRole('button', { name: w.save }).click();
      await typeInto(page, page.getByLabel(w.downtime), '500');
      await expect(table(page)).toBeVisible();
      await expect(page).toHaveURL(/[?&]a=1(&|$)/);
      await expect(page).toHaveURL(/[?&]a\.rate=80(&|$)/);
      await expect(page).toHaveURL(/[?&]downtime=500(&|$)/);
      const shown = await cells(page);
      for (const row of w.rows) expect(shown).toContainEqual(row);
      // With the comparison, the tornado and the chances all shown: no axe violation, light or dark.
      expect(await axeViolations(page, { include: 'astro-island' }), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { include: 'astro-island', rules: ['color-contrast'] }), 'dark').toEqual([]);

      const fresh = await context.newPage();
      await fresh.goto(page.url());
      await ready(fresh);
      await expect.poll(() => cells(fresh)).toEqual(shown);
      await fresh.getByRole('button', { name: w.forget }).click();
      await expect(table(fresh)).toHaveCount(0);
      await expect(fresh).not.toHaveURL(/[?&]a=1(&|$)/);
      await fresh.close();
    });

    // accessibility.spec.ts scans the whole page; here only the island, once it runs, and
    // in dark only colour contrast, the one thing the scheme changes.
    for (const state of ['results', 'an error shown'] as const) {
      test(`the running calculator has no axe violations with ${state}, light and dark`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(l.calculator);
        await ready(page);
        if (state === 'an error shown') {
          await typeInto(page, page.getByLabel(l.rate), 'abc');
          await typeInto(page, figureField(page, /^Kubernetes/, l.groups.vps, l.low), '-5');
          await expect(page.getByLabel(l.rate)).toHaveAttribute('aria-invalid', 'true');
          // The results wait for the fields to be fixed; the answer names them.
          await expect(page.locator('.cc-fix')).toBeVisible();
        }
        expect(await axeViolations(page, { include: 'astro-island' }), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, { include: 'astro-island', rules: ['color-contrast'] }), 'dark').toEqual([]);
      });
    }
  });
}

test('on a 320 px phone the calculator fits, its results table included', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(LANGS.nb.calculator);
  await ready(page);
  // Nothing in the calculator reaches past the screen's edge: the results are cards, not a wide
  // table. Only the chart's own table (closed until asked for) scrolls, inside its box.
  const spill = await page.locator('.cost-calculator').evaluate((island) => {
    const right = document.documentElement.clientWidth;
    const out = [...island.querySelectorAll('*')].filter(
      (el) => !el.closest('.cc-data .table-scroll') && el.getBoundingClientRect().right > right + 0.5,
    );
    return { own: island.scrollWidth - island.clientWidth, out: out.map((el) => el.outerHTML.slice(0, 80)) };
  });
  expect(spill).toEqual({ own: 0, out: [] });
  const region = page.getByRole('region', { name: LANGS.nb.caption });
  await expect(region).toHaveAttribute('tabindex', '0');
});

test('on a phone each result card is edged alike: no line down one side of its heading alone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(LANGS.en.calculator);
  const headings = page.locator(':is(.cc-results, .cc-cards) tbody th');
  expect(await headings.count(), 'the results and the chances, as cards').toBeGreaterThan(10);
  const edged = await headings.evaluateAll((cells) =>
    cells.flatMap((th) => {
      const style = getComputedStyle(th);
      const sides = style.boxShadow !== 'none' || style.borderLeftWidth !== '0px' || style.borderRightWidth !== '0px';
      return style.display === 'block' && sides ? [th.textContent] : [];
    }),
  );
  expect(edged).toEqual([]);
});
