/**
 * The records' next reviews as an iCalendar file (RFC 5545), written by ical.js, which
 * escapes text and folds lines by octets of UTF-8 with CRLF line ends.
 */
import ICAL from 'ical.js';

// ical.js counts the fold length without the space that starts a continuation line, so
// its default of 75 makes 76-octet lines; RFC 5545 3.1 wants at most 75 with the space.
ICAL.foldLength = 74;
import { reviewStatus, toIsoDate } from './reviewDate';

export interface ReviewEvent {
  /** Stable per record and language, so a subscribed calendar updates the event in place. */
  uid: string;
  date: Date;
  summary: string;
  description: string;
  /** Absolute URL of the page to review with (the checklist); left out when the site's address is unknown. */
  url?: string | undefined;
  /** A reminder: `trigger` an RFC 5545 duration relative to the start ("-P7D" a week before, "PT0S" at the start). */
  alarm?: { trigger: string; description: string } | undefined;
}

export interface ReviewDue {
  date: Date;
  overdue: boolean;
}

/**
 * When the calendar shows a review: on its date while that is ahead, and on the day the
 * calendar is written (the build date) once it has passed, flagged as overdue, so a
 * review nobody held is not left behind in the past where no one looks (docs/review-calendar.md).
 */
export function reviewDue(review: Date, today: Date): ReviewDue {
  const overdue = reviewStatus(review, today) === 'overdue';
  return { date: overdue ? today : review, overdue };
}

/** The subscription address of a calendar published at an http(s) URL: the same address with webcal:, the scheme calendar apps open as a subscription. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:/i, 'webcal:');
}

export interface CalendarInfo {
  name: string;
  lang: string;
  /** When the file was written (DTSTAMP): the build date, so a pinned build is reproducible. */
  stamp: Date;
}

export function reviewCalendar(info: CalendarInfo, events: readonly ReviewEvent[]): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', `-//Architecture decisions//Reviews//${info.lang.toUpperCase()}`);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', info.name);
  const stamp = ICAL.Time.fromJSDate(info.stamp, true);
  for (const e of events) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', e.uid);
    event.addPropertyWithValue('dtstamp', stamp);
    // A date without a time: an all-day event on the due date.
    event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(toIsoDate(e.date)));
    event.addPropertyWithValue('summary', e.summary);
    event.addPropertyWithValue('description', e.description);
    if (e.url) event.addPropertyWithValue('url', e.url);
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    if (e.alarm) {
      const alarm = new ICAL.Component('valarm');
      alarm.addPropertyWithValue('action', 'DISPLAY');
      alarm.addPropertyWithValue('trigger', ICAL.Duration.fromString(e.alarm.trigger));
      alarm.addPropertyWithValue('description', e.alarm.description);
      event.addSubcomponent(alarm);
    }
    calendar.addSubcomponent(event);
  }
  // Every content line ends in CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
