/**
 * The decision log's feed and review calendar in one language, from the records: the
 * words and addresses for src/lib/log/atomFeed and src/lib/log/reviewCalendar.
 */
import { t, type Lang } from '../i18n';
import { allRecords, loadRecord, recordPages } from './records';
import { checklistPageOf } from '../components/mdx/mdxComponents';
import { buildDate } from './buildDate';
import { atomFeed, type FeedEntry } from '../lib/log/atomFeed';
import { reviewCalendar, reviewDue, type ReviewEvent } from '../lib/log/reviewCalendar';
import { logEntries } from '../lib/log/decisionLog';
import { formatDate } from '../lib/text/locale';
import { logFilePath, recordLabel, recordPagePath, withBase } from '../lib/site/paths';
import { toIsoDate } from '../lib/log/reviewDate';
import { stableId } from '../lib/log/stableId';

const base = import.meta.env.BASE_URL;

async function entries(lang: Lang) {
  return logEntries(await allRecords(), buildDate).map((e) => ({
    ...e,
    label: `${recordLabel(e.meta.number)} ${e.meta.title[lang]}`,
    path: recordPagePath(base, lang, e.id, ''),
  }));
}

/** "Accepted on 5 March 2024", with "unknown" for what the record does not give. */
function decidedText(lang: Lang, meta: { status?: string | undefined; date?: Date | undefined }): string {
  return t(lang, 'feed.decided', { status: t(lang, `status.${meta.status ?? 'unknown'}`), date: meta.date ? formatDate(meta.date, lang) : t(lang, 'status.unknown').toLowerCase() });
}

export async function logFeed(lang: Lang, site: URL): Promise<string> {
  const items: FeedEntry[] = (await entries(lang)).flatMap((e) => {
    const url = new URL(e.path, site).href;
    const decided = decidedText(lang, e.meta);
    // A record without a date has no place in a feed ordered by date: its reviews still do.
    const record: FeedEntry | undefined = e.meta.date && {
      name: `record/${e.meta.number}/${lang}`,
      title: e.label,
      summary: [decided, e.meta.description?.[lang] ?? e.meta.decision?.[lang]].filter(Boolean).join(' '),
      date: e.meta.date,
      url,
    };
    const reviews = (e.meta.reviews ?? []).map(
      (r): FeedEntry => ({
        name: `review/${e.meta.number}/${toIsoDate(r.date)}/${lang}`,
        title: t(lang, 'feed.review', { record: e.label, outcome: t(lang, `record.outcome.${r.outcome}`) }),
        summary: r.note[lang],
        date: r.date,
        url,
      }),
    );
    return [...(record ? [record] : []), ...reviews];
  });
  return atomFeed(
    {
      name: `log/${lang}`,
      title: t(lang, 'site.name'),
      subtitle: t(lang, 'feed.subtitle'),
      lang,
      author: t(lang, 'site.name'),
      url: new URL(withBase(base, lang), site).href,
      self: new URL(logFilePath(base, lang, 'feed.xml'), site).href,
    },
    items,
  );
}

/** The page a review is held with: the record's checklist page (as the review banner links it), else its first page. */
async function reviewPagePath(recordId: string, lang: Lang): Promise<string> {
  const pages = await recordPages(base, recordId, lang);
  const page = checklistPageOf(await loadRecord(recordId), pages) ?? pages[0];
  return page?.href ?? recordPagePath(base, lang, recordId, '');
}

/**
 * The next review of every record that has one: on its date with a reminder a week
 * before, or, once past, on the build date flagged as overdue (docs/review-calendar.md).
 */
export async function logCalendar(lang: Lang, site: URL | undefined): Promise<string> {
  const events: ReviewEvent[] = [];
  for (const e of await entries(lang)) {
    if (!e.review) continue;
    const { date, overdue } = reviewDue(e.review.date, buildDate);
    const url = site && new URL(await reviewPagePath(e.id, lang), site).href;
    const dueDate = formatDate(e.review.date, lang);
    const description = [
      overdue ? t(lang, 'calendar.overdueSince', { date: dueDate, built: formatDate(buildDate, lang) }) : t(lang, 'calendar.dueOn', { date: dueDate }),
      decidedText(lang, e.meta),
      url && t(lang, 'calendar.checklist', { url }),
    ].filter(Boolean);
    events.push({
      uid: stableId(`next-review/${e.meta.number}/${lang}`),
      date,
      summary: t(lang, overdue ? 'calendar.overdueSummary' : 'calendar.summary', { record: e.label }),
      description: description.join('\n'),
      url,
      alarm: overdue
        ? { trigger: 'PT0S', description: t(lang, 'calendar.overdueSummary', { record: e.label }) }
        : { trigger: '-P7D', description: t(lang, 'calendar.alarm', { record: e.label, date: dueDate }) },
    });
  }
  return reviewCalendar({ name: t(lang, 'calendar.name'), lang, stamp: buildDate }, events);
}
