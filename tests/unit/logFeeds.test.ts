/** The Atom feed and the review calendar, as files a reader or calendar would receive. */
import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { atomFeed, feedId, type FeedEntry } from '../../src/lib/log/atomFeed';
import { reviewCalendar, reviewDue, webcalUrl, type ReviewEvent } from '../../src/lib/log/reviewCalendar';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LONG_TITLE =
  'Vurder ADR 0042 på nytt: Én felles database for ordrer, kurser og rapporter; ikke én per tjeneste, men skjema per område – økonomi, sjøvær; ærlig';

describe('Atom feed', () => {
  const entries: FeedEntry[] = [
    { name: 'record/1/nb', title: 'ADR 0001 Første <beslutning> & co', summary: 'Vedtatt 16. desember 2024.', date: day('2024-12-16'), url: 'https://example.org/nb/0001-a/' },
    { name: 'review/2/2026-03-02/nb', title: 'Vurdering av ADR 0002: beholdt', summary: 'Står.', date: day('2026-03-02'), url: 'https://example.org/nb/0002-b/' },
  ];
  const xml = atomFeed(
    { name: 'log/nb', title: 'Arkitekturbeslutninger', subtitle: 'Beslutninger', lang: 'nb', author: 'Arkitekturbeslutninger', url: 'https://example.org/nb/', self: 'https://example.org/nb/feed.xml' },
    entries,
  );
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  const feed = parsed.feed;
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]);

  test('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  // RFC 4287 4.1.1: atom:feed has id, title, updated and (here, as no entry has one) author, and SHOULD link to itself.
  test('the feed has the elements RFC 4287 requires', () => {
    expect(feed.id).toBe(feedId('log/nb'));
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.title).toBe('Arkitekturbeslutninger');
    expect(feed.updated).toBe('2026-03-02T00:00:00.000Z');
    expect(feed.author.name).toBe('Arkitekturbeslutninger');
    expect(list(feed.link).find((l) => l['@rel'] === 'self')['@href']).toBe('https://example.org/nb/feed.xml');
  });

  // RFC 4287 4.1.2: every entry has id, title, updated, and a link or content.
  test('every entry has an id, title, updated date and an absolute link, newest first', () => {
    const items = list(feed.entry);
    expect(items.map((e) => e.updated)).toEqual(['2026-03-02T00:00:00.000Z', '2024-12-16T00:00:00.000Z']);
    for (const e of items) {
      expect(e.id).toMatch(/^urn:uuid:/);
      expect(e.title['#text'] ?? e.title).toBeTruthy();
      expect(new URL(list(e.link)[0]['@href']).protocol).toBe('https:');
    }
    expect(new Set(items.map((e) => e.id)).size).toBe(2);
  });

  test('plain-text titles are escaped for the HTML the feed declares', () => {
    expect(list(feed.entry)[1].title['#text']).toBe('ADR 0001 Første &lt;beslutning&gt; &amp; co');
  });

  test('ids stay the same from build to build', () => {
    expect(feedId('record/1/nb')).toBe(feedId('record/1/nb'));
    expect(feedId('record/1/nb')).not.toBe(feedId('record/1/en'));
  });
});

describe('review calendar', () => {
  const events: ReviewEvent[] = [
    { uid: 'uid-1', date: day('2025-12-16'), summary: 'Vurder ADR 0001 på nytt', description: 'Vedtatt, 16. desember 2024.', url: 'https://example.org/nb/0001-a/' },
    { uid: 'uid-42', date: day('2027-03-02'), summary: LONG_TITLE, description: 'Linje én\nlinje to, med komma; og semikolon' },
  ];
  const ics = reviewCalendar({ name: 'Vurderinger', lang: 'nb', stamp: day('2026-06-01') }, events);

  test('parses with an iCalendar parser into one all-day VEVENT per review', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const starts = vevents.map((v) => v.getFirstPropertyValue('dtstart') as ICAL.Time);
    expect(starts.map((s) => [s.toString(), s.isDate])).toEqual([
      ['2025-12-16', true],
      ['2027-03-02', true],
    ]);
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(['uid-1', 'uid-42']);
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe('https://example.org/nb/0001-a/');
    expect(vevents[1]!.getFirstProperty('url')).toBeNull();
  });

  test('a long Norwegian title full of commas and semicolons survives escaping and folding', () => {
    const vevent = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[1]!;
    expect(vevent.getFirstPropertyValue('summary')).toBe(LONG_TITLE);
    expect(vevent.getFirstPropertyValue('description')).toBe('Linje én\nlinje to, med komma; og semikolon');
    expect(ics).toContain('ikke én per tjeneste\\, men');
    expect(ics).toContain('Linje én\\nlinje to\\, med komma\\; og semikolon');
  });

  test('every line ends in CRLF and is at most 75 octets; long lines are folded with a space', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270302\r\n');
  });
});

describe('review reminders', () => {
  const events: ReviewEvent[] = [
    {
      uid: 'next',
      date: day('2027-03-02'),
      summary: 'Review ADR 0002 Event log',
      description: 'The review is due 2 March 2027.\nGo through the checklist: https://example.org/en/0002-b/checklist/',
      url: 'https://example.org/en/0002-b/checklist/',
      alarm: { trigger: '-P7D', description: 'In a week (2 March 2027): review ADR 0002 Event log' },
    },
    {
      uid: 'late',
      date: day('2026-06-01'),
      summary: 'Overdue: review ADR 0001 First',
      description: 'The review was due 16 December 2025.',
      alarm: { trigger: 'PT0S', description: 'Overdue: review ADR 0001 First' },
    },
    { uid: 'quiet', date: day('2027-01-01'), summary: 'No reminder', description: 'x' },
  ];
  const calendar = new ICAL.Component(ICAL.parse(reviewCalendar({ name: 'Reviews', lang: 'en', stamp: day('2026-06-01') }, events)));
  const vevent = (uid: string) => calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid)!;

  test.each([
    ['next', '-P7D', 'In a week (2 March 2027): review ADR 0002 Event log'],
    ['late', 'PT0S', 'Overdue: review ADR 0001 First'],
  ])('%s: one DISPLAY alarm, %s from the start, with its text', (uid, trigger, description) => {
    const alarms = vevent(uid).getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarms[0]!.getFirstPropertyValue('trigger'))).toBe(trigger);
    expect(alarms[0]!.getFirstPropertyValue('description')).toBe(description);
  });

  test('an event without a reminder has no alarm', () => {
    expect(vevent('quiet').getAllSubcomponents('valarm')).toEqual([]);
  });

  test('the checklist is the URL property and is in the description', () => {
    expect(vevent('next').getFirstPropertyValue('url')).toBe('https://example.org/en/0002-b/checklist/');
    expect(vevent('next').getFirstPropertyValue('description')).toContain('https://example.org/en/0002-b/checklist/');
  });
});

describe('reviewDue', () => {
  const today = day('2026-06-01');
  test.each([
    ['2027-03-02', '2027-03-02', false],
    ['2026-06-02', '2026-06-02', false],
    ['2026-06-01', '2026-06-01', false],
    ['2026-05-31', '2026-06-01', true],
    ['2025-12-16', '2026-06-01', true],
  ])('a review due %s is shown on %s, overdue: %s', (due, shown, overdue) => {
    const r = reviewDue(day(due), today);
    expect([r.date.toISOString().slice(0, 10), r.overdue]).toEqual([shown, overdue]);
  });
});

test.each([
  ['https://adr.example.org/en/reviews.ics', 'webcal://adr.example.org/en/reviews.ics'],
  ['http://localhost:4321/adr/nb/reviews.ics', 'webcal://localhost:4321/adr/nb/reviews.ics'],
  ['HTTPS://Example.org/x.ics', 'webcal://Example.org/x.ics'],
])('webcalUrl(%s) is %s', (url, webcal) => {
  expect(webcalUrl(url)).toBe(webcal);
});
