/**
 * The decision log on the fixture build (ADR 0001 plus tests/fixtures/records, built on
 * 2026-06-01): timeline order and review states, filters with and without JavaScript,
 * links between records both ways, review history, the feed and the calendar.
 */
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { FIXTURES_URL } from './site';
import { axeViolations } from './axe';
import ICAL from 'ical.js';

test.use({ baseURL: FIXTURES_URL });

const NEWEST_FIRST = ['0004-durable-queue', '0005-hosted-search', '0002-event-log', '0003-queue-in-process', '0001-kubernetes'];

const T = {
  nb: {
    states: ['Skal vurderes 10. juni 2026', 'Ingen vurdering planlagt', 'Neste vurdering 2. mars 2027', 'Ingen vurdering planlagt', 'Forfalt siden 16. desember 2025'],
    status: { accepted: 'Vedtatt', rejected: 'Avvist', superseded: 'Erstattet' },
    review: { overdue: 'Forfalt', due: 'Snart', upcoming: 'Senere', none: 'Ingen planlagt' },
    all: 'Alle',
    reset: 'Vis alle',
    reviewFacet: 'Ny vurdering',
    supersedes: 'Erstatter',
    supersededBy: 'Erstattet av',
    nextReview: '2. mars 2027 (12 måneder etter forrige vurdering)',
  },
  en: {
    states: ['Due for review 10 June 2026', 'No review planned', 'Next review 2 March 2027', 'No review planned', 'Overdue since 16 December 2025'],
    status: { accepted: 'Accepted', rejected: 'Rejected', superseded: 'Superseded' },
    review: { overdue: 'Overdue', due: 'Due', upcoming: 'Later', none: 'None planned' },
    all: 'All',
    reset: 'Show all',
    reviewFacet: 'Review',
    supersedes: 'Supersedes',
    supersededBy: 'Superseded by',
    nextReview: '2 March 2027 (12 months after the last review)',
  },
} as const;

/** Which records each filter value leaves, newest first. */
const MATCHES = {
  status: { accepted: ['0004-durable-queue', '0002-event-log', '0001-kubernetes'], rejected: ['0005-hosted-search'], superseded: ['0003-queue-in-process'] },
  review: { overdue: ['0001-kubernetes'], due: ['0004-durable-queue'], upcoming: ['0002-event-log'], none: ['0005-hosted-search', '0003-queue-in-process'] },
  tag: { data: ['0004-durable-queue', '0002-event-log'], lagring: ['0002-event-log'], meldinger: ['0004-durable-queue', '0003-queue-in-process'], søk: ['0005-hosted-search'] },
} as const;

/** The row of a links list whose term is exactly `label` ("Superseded by" is not "Superseded"). */
const linkRow = (scope: Locator, label: string) => scope.locator('.record-links > div').filter({ has: scope.page().getByText(label, { exact: true }) });

const shownIds = (page: Page) => page.locator('.log-entry:visible').evaluateAll((els) => els.map((e) => e.id));

for (const lang of ['nb', 'en'] as const) {
  const t = T[lang];

  test(`${lang}: the index lists the records newest first with their review state`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const entries = page.locator('.log-entry');
    await expect(entries).toHaveCount(5);
    expect(await entries.evaluateAll((els) => els.map((e) => e.id))).toEqual(NEWEST_FIRST);
    await expect(page.locator('.log-review')).toHaveText([...t.states]);
    await expect(linkRow(page.locator('[id="0003-queue-in-process"]'), t.supersededBy)).toContainText('ADR 0004');
    // Decisions that no longer stand look different from those that do.
    const background = (id: string) => page.locator(`[id="${id}"] article`).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background('0003-queue-in-process')).not.toBe(await background('0004-durable-queue'));
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`${lang}: each filter shows exactly its records and filters combine (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, baseURL: FIXTURES_URL });
      const page = await context.newPage();
      await page.goto(`/${lang}/`);
      const filters = page.locator('.log-filters');
      const facet = (name: string) => filters.locator('fieldset').filter({ has: page.locator(`input[name="${name}"]`) });
      for (const [name, values] of Object.entries(MATCHES) as [keyof typeof MATCHES, Record<string, readonly string[]>][]) {
        const fieldset = facet(name);
        for (const [value, ids] of Object.entries(values)) {
          const label = name === 'tag' ? value : (t[name] as Record<string, string>)[value]!;
          await fieldset.getByRole('radio', { name: new RegExp(`^${label}\\b`) }).check();
          expect(await shownIds(page), `${name} = ${value}`).toEqual(ids);
        }
        await fieldset.getByRole('radio', { name: t.all, exact: true }).check();
      }
      await expect(page.locator('.log-entry:visible')).toHaveCount(5);
      // Two facets at once: accepted records tagged "meldinger".
      await facet('status').getByRole('radio', { name: new RegExp(`^${t.status.accepted}\\b`) }).check();
      await facet('tag').getByRole('radio', { name: /^meldinger\b/ }).check();
      expect(await shownIds(page)).toEqual(['0004-durable-queue']);
      await filters.getByRole('button', { name: t.reset }).click();
      await expect(page.locator('.log-entry:visible')).toHaveCount(5);
      await context.close();
    });
  }

  test(`${lang}: "${t.reset}" shows only while a filter is chosen, with JavaScript and without`, async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, baseURL: FIXTURES_URL });
      const page = await context.newPage();
      await page.goto(`/${lang}/`);
      const reset = page.locator('.log-filters').getByRole('button', { name: t.reset });
      await expect(reset, 'every facet says "All"').toBeHidden();
      const review = page.locator('.log-filters fieldset').filter({ has: page.locator('input[name="review"]') });
      await review.getByRole('radio', { name: new RegExp(`^${t.review.overdue}\\b`) }).check();
      await expect(reset).toBeVisible();
      await review.getByRole('radio', { name: t.all, exact: true }).check();
      await expect(reset).toBeHidden();
      await context.close();
    }
  });

  test(`${lang}: a link to one filter ("overdue") shows its records without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: FIXTURES_URL });
    const page = await context.newPage();
    await page.goto(`/${lang}/log/review/overdue/`);
    expect(await shownIds(page)).toEqual(MATCHES.review.overdue);
    await expect(page.getByRole('radio', { name: new RegExp(`^${t.review.overdue}\\b`) })).toBeChecked();
    await expect(page).toHaveTitle(new RegExp(`^${t.reviewFacet}: ${t.review.overdue} · `));
    // The other facets still narrow it down, and "Show all" leads back to the whole log.
    await page.locator('.log-filters fieldset').filter({ has: page.locator('input[name="status"]') }).getByRole('radio', { name: new RegExp(`^${t.status.rejected}\\b`) }).check();
    expect(await shownIds(page)).toEqual([]);
    await page.locator('.log-filters').getByRole('link', { name: t.reset }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    await expect(page.locator('.log-entry:visible')).toHaveCount(5);
    await context.close();
  });

  test(`${lang}: with JavaScript the address follows the filters and a link or the back button brings them back`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const facet = (name: string) => page.locator('.log-filters fieldset').filter({ has: page.locator(`input[name="${name}"]`) });
    await facet('review').getByRole('radio', { name: new RegExp(`^${t.review.none}\\b`) }).check();
    await expect(page).toHaveURL(new RegExp(`/${lang}/log/review/none/$`));
    await facet('status').getByRole('radio', { name: new RegExp(`^${t.status.superseded}\\b`) }).check();
    await expect(page).toHaveURL(new RegExp(`/${lang}/\\?status=superseded&review=none$`));
    expect(await shownIds(page)).toEqual(['0003-queue-in-process']);
    // Away to a record and back: the filters are as the address says.
    await page.locator('[id="0003-queue-in-process"] h2 a').click();
    await expect(page).toHaveURL(/0003-queue-in-process/);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${lang}/\\?status=superseded&review=none$`));
    expect(await shownIds(page)).toEqual(['0003-queue-in-process']);
    await expect(facet('status').getByRole('radio', { name: new RegExp(`^${t.status.superseded}\\b`) })).toBeChecked();
    // The same address opened afresh (a shared link) shows the same.
    await page.goto(`/${lang}/?tag=meldinger&status=accepted`);
    expect(await shownIds(page)).toEqual(['0004-durable-queue']);
    await page.locator('.log-filters').getByRole('button', { name: t.reset }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    await expect(page.locator('.log-entry:visible')).toHaveCount(5);
  });

  test(`${lang}: a hostile or stale query string leaves the log whole and working`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const hostile = [
      '?review=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?status=%E0%A4%A&tag=%',
      '?__proto__=overdue&constructor=data&review[]=overdue',
      '?review=OVERDUE&tag=' + 'x'.repeat(5000),
      '?tag=%22%5D%2C*%7Bdisplay%3Anone%7D',
    ];
    for (const query of hostile) {
      await page.goto(`/${lang}/${query}`);
      await expect(page.locator('.log-entry:visible'), query).toHaveCount(5);
      await expect(page.locator('.log-filters').getByRole('button', { name: t.reset }), query).toBeHidden();
    }
    // An offered value among unusable ones still applies.
    await page.goto(`/${lang}/?review=bogus&review=overdue&status=%FF`);
    expect(await shownIds(page)).toEqual(MATCHES.review.overdue);
    expect(errors).toEqual([]);
  });

  test(`${lang}: a superseding record links to the old one, and the old one links back`, async ({ page }) => {
    await page.goto(`/${lang}/0004-durable-queue/`);
    const header = page.locator('.page-header');
    await linkRow(header, t.supersedes).getByRole('link', { name: /ADR 0003/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/0003-queue-in-process/$`));
    await expect(linkRow(header, t.supersededBy)).toContainText('ADR 0004');
    // A superseded decision is not up for review.
    await expect(page.locator('.review-banner')).toHaveCount(0);
  });

  test(`${lang}: a record's review moves its next review date`, async ({ page }) => {
    await page.goto(`/${lang}/0002-event-log/`);
    await expect(page.locator('.decision-summary .record-facts')).toContainText(t.nextReview);
    await expect(page.locator('.review-history li')).toHaveCount(1);
    // Decided 10 March 2025 with a yearly review: without its review it would be overdue.
    await expect(page.locator('.review-banner')).toHaveCount(0);
  });
}

const HOME = {
  nb: { lists: 'På norsk', overdue: 'Forfalt til vurdering', latest: 'Nyeste beslutninger', what: /Hver beslutning forteller hva som ble bestemt/, allOverdue: 'Alle forfalte beslutninger i loggen', log: 'Hele loggen', first: /ADR 0004 Varig jobbkø/ },
  en: { lists: 'In English', overdue: 'Overdue for review', latest: 'Latest decisions', what: /Each record says what was decided/, allOverdue: 'Every overdue decision in the log', log: 'The whole log', first: /ADR 0004 Durable job queue/ },
} as const;

for (const width of [375, 1280]) {
  test(`the home at ${width} px says what the site is and lists the latest and the overdue decisions in both languages, without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: FIXTURES_URL, viewport: { width, height: 812 } });
    const page = await context.newPage();
    await page.goto('/');
    // The language choice comes first, both languages on the first screen at 375 px too.
    for (const lang of ['nb', 'en'] as const) await expect(page.locator(`.language-choice a[hreflang="${lang}"]`)).toBeInViewport();
    for (const lang of ['nb', 'en'] as const) {
      const h = HOME[lang];
      await expect(page.locator(`.language-choice li[lang="${lang}"]`)).toContainText(h.what);
      const section = page.getByRole('region', { name: h.lists });
      await expect(section).toHaveAttribute('lang', lang);
      const overdue = section.locator('.home-overdue li');
      await expect(overdue).toHaveCount(1);
      await expect(overdue).toContainText(T[lang].states[4]);
      const latest = section.locator('.home-latest li a');
      expect(await latest.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(NEWEST_FIRST.map((id) => `/${lang}/${id}/`));
      await expect(latest.first()).toHaveText(h.first);
      await expect(section.getByRole('link', { name: h.log })).toHaveAttribute('href', `/${lang}/`);
    }
    // "Every overdue decision" opens the log at that filter, still without JavaScript.
    await page.getByRole('region', { name: HOME.en.lists }).getByRole('link', { name: HOME.en.allOverdue }).click();
    await expect(page).toHaveURL(/\/en\/log\/review\/overdue\/$/);
    expect(await shownIds(page)).toEqual(MATCHES.review.overdue);
    await context.close();
    // axe runs in the page, so it needs JavaScript; the page itself has none to run.
    const scanned = await browser.newContext({ baseURL: FIXTURES_URL, viewport: { width, height: 812 } });
    const scan = await scanned.newPage();
    await scan.goto('/');
    expect(await axeViolations(scan)).toEqual([]);
    await scanned.close();
  });
}

test('feeds and calendars: linked from every page head, one entry per record and review, one event per next review', async ({ page, request }) => {
  await page.goto('/en/0003-queue-in-process/');
  const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute('href', 'https://adr.example.org/en/feed.xml');
  const feed = await (await request.get('/en/feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(feed.match(/<entry>/g)).toHaveLength(6);
  expect(feed).toContain('Review of ADR 0002 Event log in one database: kept');
});

for (const lang of ['nb', 'en'] as const) {
  const CAL = {
    nb: { overdue: 'Forfalt: ny vurdering av ADR 0001', checklist: '/nb/0001-kubernetes/sjekkliste/', alarm: 'Om en uke (10. juni 2026)', subscribe: 'Abonner på vurderingsdatoene', how: /kalenderappen/ },
    en: { overdue: 'Overdue: review of ADR 0001', checklist: '/en/0001-kubernetes/checklist/', alarm: 'In a week (10 June 2026)', subscribe: 'Subscribe to the review dates', how: /calendar app/ },
  }[lang];

  test(`${lang}: the review calendar holds the next reviews with a reminder a week before and the checklist's link, the overdue one flagged on the build date`, async ({ page, request }) => {
    const ics = await (await request.get(`/${lang}/reviews.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const row = (v: ICAL.Component) => ({
      start: String(v.getFirstPropertyValue('dtstart')),
      summary: String(v.getFirstPropertyValue('summary')),
      url: String(v.getFirstPropertyValue('url')),
      alarms: v.getAllSubcomponents('valarm').map((a) => `${a.getFirstPropertyValue('action')} ${a.getFirstPropertyValue('trigger')}`),
    });
    const rows = events.map(row);
    // Built 2026-06-01: ADR 0004 is due 10 June, ADR 0002 next March, ADR 0001 overdue since December.
    expect(rows.map((r) => [r.start, r.alarms])).toEqual([
      ['2026-06-10', ['DISPLAY -P7D']],
      ['2027-03-02', ['DISPLAY -P7D']],
      ['2026-06-01', ['DISPLAY PT0S']],
    ]);
    expect(rows[2]!.summary.startsWith(CAL.overdue)).toBe(true);
    expect(rows.filter((r) => r.summary.includes(CAL.overdue.split(' ')[0]!))).toHaveLength(1);
    expect(rows[2]!.url).toBe(`https://adr.example.org${CAL.checklist}`);
    expect(String(events[2]!.getFirstPropertyValue('description'))).toContain(`https://adr.example.org${CAL.checklist}`);
    expect(rows[0]!.url).toBe(`https://adr.example.org/${lang}/0004-durable-queue/`);
    expect(String(events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description'))).toContain(CAL.alarm);
    // The log offers the calendar to subscribe to, and says how.
    await page.goto(`/${lang}/`);
    const subscribe = page.getByRole('link', { name: CAL.subscribe });
    await expect(subscribe).toHaveAttribute('href', `webcal://adr.example.org/${lang}/reviews.ics`);
    await expect(page.locator('.log-subscribe-calendar')).toContainText(CAL.how);
  });
}
