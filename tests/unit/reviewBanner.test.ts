/** The review banner, rendered from fixture records: shown when the review date has passed, not before. */
import { describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ReviewBanner from '../../src/components/ReviewBanner.astro';
import { recordReview } from '../../src/lib/reviewDate';

async function render(decided: string, today: string, lang: 'nb' | 'en' = 'en') {
  const container = await AstroContainer.create();
  return container.renderToString(ReviewBanner, {
    props: {
      lang,
      review: recordReview({ date: new Date(decided), 'review-after-months': 12 }),
      today: new Date(today),
      checklistHref: '/en/x/checklist/',
    },
  });
}

describe('review banner', () => {
  test('a review date in the past shows the banner with that date and the build date', async () => {
    const html = await render('2024-12-16', '2026-11-27');
    expect(html).toContain('was due for review on 16 December 2025');
    expect(html).toContain('27 November 2026');
    expect(html).toContain('href="/en/x/checklist/"');
  });

  test('a review date more than a month ahead shows no banner', async () => {
    const html = await render('2026-06-01', '2026-11-27');
    expect(html).not.toContain('review-banner');
  });

  test('within the month before the review it says the review is coming', async () => {
    const html = await render('2025-12-16', '2026-11-27', 'nb');
    expect(html).toContain('skal vurderes på nytt 16. desember 2026');
  });
});
