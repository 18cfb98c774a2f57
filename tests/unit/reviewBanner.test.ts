/**
 * The review notice and the decision summary, rendered from fixture records: the notice when
 * the review date has passed or is near, not before; in full on a record's first page, as one
 * line linking there on the others; the summary states the decision first.
 */
import { describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ReviewBanner from '../../src/components/ReviewBanner.astro';
import DecisionSummary from '../../src/components/DecisionSummary.astro';
import { recordReview } from '../../src/lib/log/reviewDate';
import type { RecordBundle } from '../../src/data/records';

async function render(decided: string, today: string, lang: 'nb' | 'en' = 'en', noticeHref?: string) {
  const container = await AstroContainer.create();
  return container.renderToString(ReviewBanner, {
    props: {
      lang,
      review: recordReview({ date: new Date(decided), 'review-after-months': 12 }),
      today: new Date(today),
      checklistHref: '/en/x/checklist/',
      noticeHref,
    },
  });
}

describe('review banner', () => {
  test('a review date in the past shows the banner with that date and the build date', async () => {
    const html = await render('2024-12-16', '2026-11-27');
    expect(html).toContain('was due for review on 16 December 2025');
    expect(html).toContain('27 November 2026');
    expect(html).toContain('href="/en/x/checklist/"');
    expect(html).toContain('id="review-notice"');
  });

  test('a review date more than a month ahead shows no banner', async () => {
    const html = await render('2026-06-01', '2026-11-27');
    expect(html).not.toContain('review-banner');
  });

  test('within the month before the review it says the review is coming', async () => {
    const html = await render('2025-12-16', '2026-11-27', 'nb');
    expect(html).toContain('skal vurderes på nytt 16. desember 2026');
  });

  test.each([
    { lang: 'en', decided: '2024-12-16', text: 'Review overdue since 16 Dec 2025' },
    { lang: 'nb', decided: '2024-12-16', text: 'Vurderingen forfalt 16. des. 2025' },
    { lang: 'en', decided: '2025-12-16', text: 'Review due on 16 Dec 2026' },
    { lang: 'nb', decided: '2025-12-16', text: 'Vurderes på nytt 16. des. 2026' },
  ] as const)('on other pages, $lang: one line, "$text", linking to the full notice', async ({ lang, decided, text }) => {
    const html = await render(decided, '2026-11-27', lang, `/${lang}/x/`);
    expect(html).toContain('review-line');
    expect(html).toMatch(new RegExp(`<a [^>]*href="/${lang}/x/#review-notice"[^>]*>${text}</a>`));
    expect(html).not.toContain('id="review-notice"');
    expect(html).not.toContain('checklist');
  });

  test('on other pages, no line when the review is not near', async () => {
    expect(await render('2026-06-01', '2026-11-27', 'en', '/en/x/')).not.toContain('review-line');
  });
});

describe('decision summary', () => {
  const meta = { number: 7, title: { nb: 'Tittel', en: 'Title' }, status: 'accepted', date: new Date('2024-12-16'), 'review-after-months': 12 };
  const pages = [{ key: 'costs', href: '/en/0007-x/costs/', entry: { data: { navTitle: 'Costs' } } }];
  const summary = async (extra: object, today = '2026-11-27') => {
    const container = await AstroContainer.create();
    const record = { id: '0007-x', meta: { ...meta, ...extra } } as unknown as RecordBundle;
    return container.renderToString(DecisionSummary, { props: { lang: 'en', record, pages, today: new Date(today) } });
  };
  const sentence = (html: string) => /class="decision-summary-sentence"[^>]*>([^<]*)</.exec(html)?.[1];

  test.each([
    { extra: { decision: { nb: 'Vi velger A', en: 'We choose A' }, description: { nb: 'Om A', en: 'About A' } }, expected: 'We choose A' },
    { extra: { description: { nb: 'Om A', en: 'About A' } }, expected: 'About A' },
    { extra: {}, expected: undefined },
  ])('the sentence is the decision, else the description, else none: $expected', async ({ extra, expected }) => {
    expect(sentence(await summary(extra))).toBe(expected);
  });

  test('the decided date and, when the review is overdue, the full notice before the reasons; the status is left to the badge', async () => {
    const reasons = [{ text: { nb: 'Billig', en: 'Cheap' }, page: 'costs' }, { text: { nb: 'Enkel', en: 'Simple' } }];
    const html = await summary({ decision: { nb: 'Vi velger A', en: 'We choose A' }, reasons });
    expect(html).not.toContain('Accepted');
    expect(html).toContain('16 December 2024');
    expect(html.indexOf('We choose A')).toBeLessThan(html.indexOf('id="review-notice"'));
    expect(html.indexOf('id="review-notice"')).toBeLessThan(html.indexOf('Cheap'));
    // A reason links to the page that argues it; one without a page is plain text.
    expect(html).toMatch(/<li[^>]*><a href="\/en\/0007-x\/costs\/"[^>]*>Cheap<span aria-hidden="true"[^>]*>(?:\u00a0|&nbsp;)→<\/span><\/a><\/li>/);
    expect(html).toMatch(/<li[^>]*>Simple<\/li>/);
  });

  test('a review still ahead is a fact, with no notice', async () => {
    const html = await summary({}, '2025-03-01');
    expect(html).toContain('Next review 16 December 2025');
    expect(html).not.toContain('review-notice');
  });
});
