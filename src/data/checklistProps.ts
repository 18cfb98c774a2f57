/**
 * Everything the trigger checklist shows, prepared at build time from a record's
 * triggers.yaml and roadmap.yaml: translated strings, the record's own wording (stages,
 * outcomes), thresholds with links to the sections that state them, and the review date.
 * Shared by the checklist (TriggerChecklist.astro) and the record's brief, which prints
 * the checklist's default answer.
 */
import { render } from 'astro:content';
import { requireData } from './pageContext';
import { recordPages, type RecordBundle } from './records';
import { useTranslations, type Lang } from '../i18n';
import { dictionaries } from '../i18n/strings';
import { formatDate } from '../lib/text/locale';
import { fillTemplate } from '../lib/text/template';
import { reasonText, thresholdText, thresholdWords } from '../lib/checklist/thresholdText';
import { allowedDowntimeMinutes, durationText } from '../lib/checklist/allowedDowntime';
import { recordLabel } from '../lib/site/paths';
import { recordReview, toIsoDate } from '../lib/log/reviewDate';
import { THRESHOLD, type TriggersData } from '../schemas/triggers';
import { durationWords, type ChecklistProps, type ChecklistStrings, type RuleView, type ThresholdView } from '../lib/checklist/checklistView';

type Threshold = NonNullable<TriggersData['rules'][number]['applied']>;
type Metric = TriggersData['metrics'][number];

/** The checklist island's props for `record` in `lang`, and the roadmap phases it has slots for. */
export async function checklistProps(record: RecordBundle, lang: Lang, component = 'TriggerChecklist'): Promise<{ props: ChecklistProps; phases: number[] }> {
  const t = useTranslations(lang);
  const triggers = requireData(record, 'triggers', component);
  // recordChecks requires a roadmap for a record with triggers.
  const roadmap = requireData(record, 'roadmap', component);
  const { meta } = record;

  // ---------------------------------------------------------------- section links

  const pages = await recordPages(import.meta.env.BASE_URL, record.id, lang);
  const headingsByPage = new Map(
    await Promise.all(pages.map(async (p) => [p.key, (await render(p.entry)).headings] as const)),
  );

  /** The unit a metric's thresholds and meter print: its own, the field's, or what it counts. */
  const unitOf = (metric: Metric | undefined) => metric && (metric.unit ?? metric.fieldUnit ?? metric.counts)?.[lang];

  function thresholdView(threshold: Threshold, metric: Metric | undefined, ruleId: string): ThresholdView {
    const { page: key, section } = threshold.source;
    const page = pages.find((p) => p.key === key);
    const heading = page && headingsByPage.get(page.key)?.find((h) => h.slug === section[lang]);
    // A renamed heading would leave a dead link: fail the build instead.
    if (!page || !heading) {
      throw new Error(`${record.id}/triggers.yaml rule ${ruleId}: no section "${section[lang]}" on page "${key}" (${lang})`);
    }
    return {
      text: thresholdText(threshold, unitOf(metric), lang),
      href: `${page.href}#${heading.slug}`,
      source: `${page.entry.data.navTitle} › ${heading.text}`,
    };
  }

  // ---------------------------------------------------------------- rules

  // The strings come before the rules: a downtime meter's caption is half written here.
  const ui = dictionaries[lang];
  const strings: ChecklistStrings = {
    ...ui.checklist,
    ...ui.island,
    md: { ...ui.checklist.md, title: t('checklist.md.title', { record: `${recordLabel(meta.number)} ${meta.title[lang]}` }) },
  };

  const rules: RuleView[] = triggers.rules.map((rule) => {
    const metric = triggers.metrics.find((m) => m.id === rule.input);
    const view: RuleView = { id: rule.id, reason: rule.reason[lang] };
    if (rule.why) view.why = rule.why[lang];
    if (rule.applied) {
      view.applied = thresholdView(rule.applied, metric, rule.id);
      // The reason states the comparison the ✓/✗ comes from, in words: it is read as a sentence.
      view.reason = reasonText(view.reason, THRESHOLD, thresholdWords(rule.applied, unitOf(metric), lang), lang);
      const unit = unitOf(metric);
      view.meter =
        metric?.meter === 'allowedDowntime'
          ? {
              kind: 'allowedDowntime',
              unit,
              // {value} and {downtime} stay for the island; the threshold's are known here.
              template: fillTemplate(strings.allowsDowntime, {
                threshold: view.applied.text,
                target: durationText(allowedDowntimeMinutes(rule.applied.value), lang, durationWords(strings)),
              }),
            }
          : { kind: 'ratio', unit };
    }
    if (rule.alternative) view.alternative = thresholdView(rule.alternative, metric, rule.id);
    return view;
  });

  // ---------------------------------------------------------------- the record's words

  const wording: ChecklistProps['wording'] = {
    stages: triggers.stages.map((s) => ({ id: s.id, name: s.name[lang], intro: s.intro[lang] })),
    outcomes: Object.fromEntries(triggers.outcomes.map((o) => [o.id, { verdict: o.verdict[lang], detail: o.detail[lang] }])),
    phaseNames: Object.fromEntries(roadmap.phases.map((p) => [p.phase, p.name[lang]])),
    counted: Object.fromEntries(triggers.stages.flatMap((s) => (s.counted ? [[s.id, s.counted[lang]]] : []))),
    ...(triggers.requiredCount ? { requiredCount: triggers.requiredCount[lang] } : {}),
  };

  // A record that no longer stands (superseded, rejected …) or names no review has no review date.
  const review = recordReview(meta);
  return {
    phases: roadmap.phases.map((p) => p.phase),
    props: {
      lang,
      triggers: { ...triggers, yes: undefined, no: undefined, table: undefined },
      rules,
      wording,
      review: review && { iso: toIsoDate(review.date), text: formatDate(review.date, lang) },
      units: Object.fromEntries(triggers.metrics.flatMap((m) => (m.fieldUnit ? [[m.id, m.fieldUnit[lang]]] : []))),
      strings,
    },
  };
}
