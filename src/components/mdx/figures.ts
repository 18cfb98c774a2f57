/**
 * Turning the record's figures into the words the tables print, in either language
 * ("2–4 timer/mnd", "€20/month"). Shared by the prose components.
 */
import type { Lang } from '../../i18n';
import { useTranslations } from '../../i18n';
import { formatMoneyOrMore, formatMoneyRange, formatRange } from '../../lib/text/localeNumber';

type Range = { low: number; high: number };
type Unit = 's' | 'min' | 'h' | 'hPerMonth';

export function figureText(lang: Lang) {
  const t = useTranslations(lang);
  const money = (r: Range) => formatMoneyRange(r.low, r.high, lang);
  return {
    money,
    moneyPerMonth: (r: Range) => t('units.perMonth', { value: money(r) }),
    moneyPerMonthOrMore: (value: number) => t('units.perMonth', { value: formatMoneyOrMore(value, lang) }),
    duration: (r: Range, unit: Unit) => t(`units.${unit}`, { value: formatRange(r, lang) }),
    hours: (r: Range) => t('units.h', { value: formatRange(r, lang) }),
    hoursPerMonth: (r: Range) => t('units.hPerMonth', { value: formatRange(r, lang) }),
    multiple: (r: Range) => t('units.times', { value: formatRange(r, lang) }),
  };
}
