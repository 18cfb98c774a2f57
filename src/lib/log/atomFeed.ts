/**
 * The decision log as an Atom feed (RFC 4287), written by the `feed` package. Entry ids
 * are name-based UUIDs (urn:uuid, see stableId) of what they describe, not URLs, so moving
 * the site to another address does not make every entry new to a feed reader.
 */
import { Feed } from 'feed';
import { escapeText } from 'entities';
import { stableId } from './stableId';

export const feedId = (name: string) => `urn:uuid:${stableId(name)}`;

export interface FeedEntry {
  /** What the entry is about, stable across builds: "record/4/nb", "review/2/2026-03-02/nb". */
  name: string;
  title: string;
  summary: string;
  date: Date;
  /** Absolute URL of the page the entry is about. */
  url: string;
}

export interface FeedInfo {
  /** Same kind of name as an entry's, for the feed's own id. */
  name: string;
  title: string;
  subtitle: string;
  lang: string;
  author: string;
  /** Absolute URLs of the index page and of the feed itself. */
  url: string;
  self: string;
}

/** Newest entry first; the feed is as new as its newest entry. */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.name.localeCompare(b.name));
  const feed = new Feed({
    id: feedId(info.name),
    title: info.title,
    description: info.subtitle,
    language: info.lang,
    link: info.url,
    feed: info.self,
    author: { name: info.author },
    updated: sorted[0]?.date ?? new Date(0),
    generator: false,
  });
  for (const e of sorted) {
    // The feed writes titles and content as HTML; ours are plain text.
    feed.addItem({ id: feedId(e.name), title: escapeText(e.title), link: e.url, date: e.date, content: `<p>${escapeText(e.summary)}</p>` });
  }
  return feed.atom1();
}
