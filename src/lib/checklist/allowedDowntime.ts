/**
 * An uptime percentage as the downtime it allows in a month: 95 % allows 36 h, 99.9 %
 * about 43 min. Percentages near 100 look alike; the downtime they allow does not.
 */
import type { Lang } from '../text/locale';
import { formatNumber } from '../text/localeNumber';
import { pluralForm, type PluralForms } from '../text/plural';
import { withUnit } from '../text/unitText';

/** The 30-day month SLA tables use: 99.9 % allows 43.2 minutes. */
const MONTH_MINUTES = 30 * 24 * 60;

/** Minutes of downtime a month that an uptime of `percent` allows; 0 at 100 % and above, a whole month at 0 % and below. */
export function allowedDowntimeMinutes(percent: number): number {
  if (!Number.isFinite(percent)) return MONTH_MINUTES;
  const down = Math.min(100, Math.max(0, 100 - percent));
  return (down / 100) * MONTH_MINUTES;
}

/** Words for spans of time, each in its plural forms ("s"; "day", "days"). */
export interface DurationWords {
  seconds: PluralForms;
  minutes: PluralForms;
  hours: PluralForms;
  days: PluralForms;
}

/**
 * "~43 min", "36 h", "~7.2 h", "3 days": the largest unit under which the span is at
 * least one, two significant figures at most. "~" marks a rounded figure.
 */
export function durationText(minutes: number, lang: Lang, words: DurationWords): string {
  const safe = Number.isFinite(minutes) ? Math.max(0, minutes) : 0;
  const [amount, forms] =
    safe >= 48 * 60 ? [safe / (24 * 60), words.days]
    : safe >= 60 ? [safe / 60, words.hours]
    : safe >= 1 || safe === 0 ? [safe, words.minutes]
    : [safe * 60, words.seconds];
  const rounded = amount >= 10 ? Math.round(amount) : Math.round(amount * 10) / 10;
  const text = withUnit(formatNumber(rounded, lang, 1), pluralForm(forms, rounded, lang), lang);
  return Math.abs(rounded - amount) > 1e-9 ? `~${text}` : text;
}
