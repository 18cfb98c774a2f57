/**
 * The migration-trigger checklist: the reader's figures and answers against the rules in
 * triggers.yaml, the roadmap phase they point to, and whether the review is due.
 * Strings arrive translated and data ready to show; the rules are src/lib/checklist/triggerRules.ts.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useFormState, type TypedBeforeHydration, type Values } from './shared/useFormState';
import { patchesServerHtml } from './shared/renderMode';
import { NumberField } from './shared/NumberField';
import { IslandActions } from './shared/IslandActions';
import { Deferred } from './shared/Deferred';
import { defaultTriggerInputs, evaluateTriggers, type TriggerInputs } from '../lib/checklist/triggerRules';
import { reviewStatus } from '../lib/log/reviewDate';
import { formatNumber } from '../lib/text/localeNumber';
import { unitWord } from '../lib/text/unitText';
import { fillTemplate } from '../lib/text/template';
import type { FieldSpec } from '../lib/site/urlState';
import { checklistChat, checklistMarkdown, downtimeClashText, flagLines, metricLines, progressText, verdictText, type ChecklistProps } from '../lib/checklist/checklistView';

/** Each field's input id is this plus its key. */
const FIELD_ID = 'tc-';

interface Props extends ChecklistProps, TypedBeforeHydration {
  /** Each roadmap phase with its next steps, rendered by the server (Astro named slots "phase<n>"). */
  [phase: `phase${number}`]: ComponentChildren;
}

export default function TriggerChecklist(props: Props): JSX.Element {
  const { lang, triggers, rules, wording, review, units, strings: s } = props;
  const { metrics, flags } = triggers;

  const specs = useMemo<FieldSpec[]>(
    () => [
      ...metrics.map((m) => ({ kind: 'number' as const, key: m.id, min: 0, max: m.max, integer: m.integer })),
      ...flags.map((f) => ({ kind: 'boolean' as const, key: f.id })),
    ],
    [],
  );
  const defaults = useMemo<Values>(() => {
    const now = defaultTriggerInputs(triggers);
    return { ...now.metrics, ...now.flags };
  }, []);
  const form = useFormState(specs, defaults, lang, { idPrefix: FIELD_ID, typedBeforeHydration: props.typedBeforeHydration });

  // Known only in the browser: the page never states a review status that could go stale.
  // A render that patches the server's HTML knows it at once (./shared/renderMode.ts); a
  // hydrated one once it has run, at the reader's first use (until then the record's review
  // notice, decided when the site was built and saying so, stands above the tool).
  const [today, setToday] = useState<Date | null>(() => (patchesServerHtml() ? new Date() : null));
  useEffect(() => {
    if (!today) setToday(new Date());
  }, []);

  const inputs: TriggerInputs = {
    metrics: Object.fromEntries(metrics.map((m) => [m.id, form.values[m.id] as number])),
    flags: Object.fromEntries(flags.map((f) => [f.id, form.values[f.id] === true])),
  };
  const evaluation = evaluateTriggers(triggers, inputs);
  const verdict = verdictText(evaluation, wording, rules, s, lang);
  const views = new Map(rules.map((r) => [r.id, r]));
  const status = today && review ? reviewStatus(new Date(`${review.iso}T00:00:00Z`), today) : undefined;

  /** The metric's unit: with a figure, the form its count takes ("1 person"); in a label, the plural. */
  const unitOf = (m: (typeof metrics)[number], count?: number) => unitWord(m.unit?.[lang] ?? units[m.id], lang, count);
  const metricInputs = metricLines(props, inputs);
  const reviewShort = status && s.reviewShort[status];

  const errorText = (key: string, max: number) => {
    const error = form.errors[key];
    if (!error) return undefined;
    const message = fillTemplate(s.errors[error], { min: formatNumber(0, lang), max: formatNumber(max, lang) });
    // A link's unusable text stays in the field (useFormState): say where it came from.
    const linked = Object.hasOwn(form.fromLink, key) && error !== 'fromLink';
    return [message, ...(linked ? [s.errors.fromLink] : []), s.keptLastValid].join(' ');
  };

  const markdown = () =>
    checklistMarkdown({
      title: s.md.title,
      verdict,
      inputs: [...metricInputs, ...flagLines(props, inputs)],
      evaluation,
      rules,
      stages: wording.stages,
      lang,
      review,
      reviewStatus: reviewShort,
      url: form.shareUrl(),
      strings: s,
    });

  const chat = () => checklistChat({ verdict, metrics: metricInputs, review, reviewStatus: reviewShort, url: form.shareUrl(), strings: s });

  return (
    <div class="island checklist">
      <div class="tc-inputs">
        <fieldset class="tc-fieldset">
          <legend>{s.figures}</legend>
          <div class="tc-fields">
            {metrics.map((m) => {
              const unit = unitOf(m);
              return (
                <NumberField
                  key={m.id}
                  id={`${FIELD_ID}${m.id}`}
                  label={unit ? `${m.label[lang]} (${unit})` : m.label[lang]}
                  text={form.text[m.id] ?? ''}
                  error={errorText(m.id, m.max)}
                  onInput={(text) => form.setText(m.id, text)}
                />
              );
            })}
          </div>
        </fieldset>
        <fieldset class="tc-fieldset">
          <legend>{s.questions}</legend>
          <div class="tc-flags">
            {flags.map((f) => (
              <label key={f.id} class="checkbox" for={`${FIELD_ID}${f.id}`}>
                <input
                  type="checkbox"
                  id={`${FIELD_ID}${f.id}`}
                  checked={form.values[f.id] === true}
                  onChange={(e) => form.setFlag(f.id, e.currentTarget.checked)}
                />
                <span>{f.label[lang]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div class={`tc-verdict tc-phase-${evaluation.phase}`}>
        <h3>{s.verdictHeading}</h3>
        <p class="tc-verdict-line" aria-live="polite" data-tool-answer>
          {verdict.line.slice(0, verdict.againstAt)}
          {verdict.againstAt < verdict.line.length && <span class="tc-against">{verdict.line.slice(verdict.againstAt)}</span>}
        </p>
        <p>{[verdict.detail, verdict.required].filter(Boolean).join(' ')}</p>
        {review && (
          <p class="tc-review">
            {s.reviewDate}: <time datetime={review.iso}>{review.text}</time>
            {status && (
              <>
                {' – '}
                <strong class={`tc-review-${status}`}>{s.reviewShort[status]}</strong>. {s.reviewStatus[status]}
              </>
            )}
          </p>
        )}
      </div>

      <IslandActions strings={s} shareUrl={form.shareUrl} chat={chat} table={markdown} onReset={form.reset} />

      {/* Below the answer: from a shared link, rendered a task later (./shared/Deferred.tsx). */}
      <Deferred>
        {/* Keyed: a slot's static HTML never updates in place, so a new phase gets a new element. */}
        <div class="tc-roadmap rendered-when-near" key={`phase${evaluation.phase}`}>
          {props[`phase${evaluation.phase}`]}
        </div>

        <h3>{s.triggersHeading}</h3>
        {wording.stages.map((stage) => {
          const inStage = evaluation.rules.filter((r) => r.stage === stage.id);
          if (inStage.length === 0) return null;
          const met = inStage.filter((r) => r.met).length;
          return (
            <div key={stage.id} class="tc-stage rendered-when-near">
              <h4>
                {stage.name}{' '}
                <span class="tc-count">({fillTemplate(s.groupCount, { met, total: inStage.length })})</span>
              </h4>
              <p class="tc-stage-intro">{stage.intro}</p>
              <ul class="tc-rules">
                {inStage.map((r) => {
                  const view = views.get(r.id);
                  if (!view) return null;
                  const progress = progressText(view, r.value, lang, s);
                  return (
                    <li key={r.id} class={`tc-rule ${r.met ? 'tc-met' : 'tc-unmet'}`} data-rule={r.id}>
                      <p class="tc-rule-head">
                        <span class="tc-status">
                          <span class="tc-icon" aria-hidden="true">
                            {r.met ? '✓' : '✗'}
                          </span>{' '}
                          {r.met ? s.met : s.notMet}
                        </span>{' '}
                        <span class="tc-reason">{view.reason}</span>
                        {r.required && (
                          <>
                            {' '}
                            <span class="tc-required">{s.required}</span>
                          </>
                        )}
                      </p>
                      {r.downtimeClash && <p class="tc-clash">{downtimeClashText(r.downtimeClash, lang, s)}</p>}
                      {progress && r.progress !== undefined && (
                        <p class="tc-progress">
                          <meter aria-hidden="true" min={0} max={1} value={r.progress} />{' '}
                          <span>{progress}</span>
                        </p>
                      )}
                      {view.applied && (
                        <p class="tc-threshold">
                          {fillTemplate(view.alternative ? s.appliedThreshold : s.threshold, { threshold: view.applied.text })}{' '}
                          <a href={view.applied.href}>{view.applied.source}</a>.
                        </p>
                      )}
                      {view.alternative && (
                        <p class="tc-threshold">
                          {fillTemplate(s.alternativeThreshold, { threshold: view.alternative.text })}{' '}
                          <a href={view.alternative.href}>{view.alternative.source}</a>.
                        </p>
                      )}
                      {view.why && (
                        <p class="tc-why">
                          <strong>{s.why}:</strong> {view.why}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </Deferred>
    </div>
  );
}
