import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { triggersSchema } from '../../src/schemas/triggers';
import { defaultTriggerInputs, evaluateTriggers } from '../../src/lib/checklist/triggerRules';
import {
  checklistChat,
  checklistMarkdown,
  downtimeClashText,
  progressText,
  verdictText,
  type ChecklistStrings,
  type RuleView,
  type ChecklistWording,
} from '../../src/lib/checklist/checklistView';
import { dictionaries } from '../../src/i18n/strings';

/** A fixture record with invented thresholds (tests/fixtures/engine-record). */
const triggers = triggersSchema.parse(parse(readFileSync('tests/fixtures/engine-record/0001-search-index/triggers.yaml', 'utf8')));

const strings = {
  ...dictionaries.en.checklist,
  verdictLine: 'Phase {phase} – {name}: {verdict}.',
  triggersHeading: 'Triggers',
  met: 'Met',
  notMet: 'Not met',
  required: 'Required',
  md: { title: 'T', input: 'Input', value: 'Value', trigger: 'Trigger', threshold: 'Threshold', status: 'Status', review: 'Review date', link: 'Link' },
} as unknown as ChecklistStrings;
const nbStrings = { ...strings, ...dictionaries.nb.checklist } as unknown as ChecklistStrings;

/** The record's own words, as the .astro wrapper hands them to the island. */
const wording: ChecklistWording = {
  outcomes: {
    embedded: { verdict: 'stay', detail: 'd1' },
    'embedded-plus': { verdict: 'plus', detail: 'd2' },
    replica: { verdict: 'replica first', detail: 'd3' },
    cluster: { verdict: 'A cluster may be considered', detail: 'd4' },
  },
  requiredCount: 'Required: {met} of {total}.',
  stages: [
    { id: 'cluster', name: 'Cluster', intro: '' },
    { id: 'replica', name: 'Replica', intro: '' },
    { id: 'growth', name: 'Growth', intro: '' },
    { id: 'stay', name: 'Stay', intro: '' },
  ],
  phaseNames: { 1: 'P1', 2: 'P2', 3: 'P3' },
  counted: { stay: { one: 'reason to stay', other: 'reasons to stay' } },
};

/** The rules as the .astro wrapper hands them over, with just their reasons. */
const ruleViews: RuleView[] = triggers.rules.map((r) => ({ id: r.id, reason: r.reason.en }));

describe('progressText', () => {
  const people: RuleView = { id: 'x', reason: 'r', meter: { kind: 'ratio', unit: { one: 'person', other: 'people' } } };
  const uptime: RuleView = {
    id: 'u',
    reason: 'r',
    meter: { kind: 'allowedDowntime', unit: { other: '%' }, template: '{value} allows {downtime} of downtime a month; ≥ 99.9% allows ~43 min.' },
  };

  it.each<[RuleView, number, 'nb' | 'en', ChecklistStrings, string]>([
    [people, 1, 'en', strings, '1\u00a0person'],
    [people, 1500.5, 'nb', strings, '1\u00a0500,5\u00a0people'],
    [people, 4, 'en', strings, '4\u00a0people'],
    [uptime, 95, 'en', strings, '95% allows 36\u00a0h of downtime a month; ≥ 99.9% allows ~43 min.'],
    [uptime, 99, 'nb', nbStrings, '99\u00a0% allows 7,2\u00a0timer of downtime a month; ≥ 99.9% allows ~43 min.'],
  ])('%#: the reader\'s figure %s in %s', (view, value, lang, s, text) => {
    expect(progressText(view, value, lang, s)).toBe(text);
  });

  it('says nothing for a yes/no rule, and never prints NaN', () => {
    expect(progressText(people, true, 'en', strings)).toBeUndefined();
    expect(progressText(people, Number.NaN, 'en', strings)).not.toMatch(/NaN|Infinity/);
    expect(progressText(uptime, Number.NaN, 'en', strings)).not.toMatch(/NaN|Infinity/);
  });
});

describe('the verdict weighs the reasons to stay', () => {
  const allMet = { servers: 5, indexes: 15, reindexesPerDay: 10, queriesPerSecond: 800, teamSize: 5, uptime: 99.95 };
  // Every required trigger, and few enough rebuilds (15–22.5 min a month) for 99.95 % (~22 min) to allow the downtime.
  const fewRebuilds = { ...allMet, reindexesPerDay: 0.25 };
  const flags = { failoverCritical: true, severalRegions: true };
  const verdictFor = (stay: Record<string, boolean>, metrics: Record<string, number> = allMet, s = strings, lang: 'nb' | 'en' = 'en') => {
    const now = defaultTriggerInputs(triggers);
    const evaluation = evaluateTriggers(triggers, { metrics: { ...now.metrics, ...metrics }, flags: { ...now.flags, ...flags, ...stay } });
    return verdictText(evaluation, wording, ruleViews, s, lang);
  };
  const downtime = triggers.rules.find((r) => r.id === 'stay-downtime')!.reason;
  const features = triggers.rules.find((r) => r.id === 'stay-features')!.reason;

  it.each<[string, Record<string, boolean>, Record<string, number>, string]>([
    [
      'every required trigger met, both reasons to stay ticked',
      { toleratesDowntime: true, productFocus: true },
      fewRebuilds,
      `Phase 3 – P3: A cluster may be considered – but 2 reasons to stay still hold: “${downtime.en}” and “${features.en}”.`,
    ],
    [
      // 10 rebuilds a day at 2–3 min each is 10–15 h a month; 99.95 % allows ~22 min.
      'every trigger met, both ticked, but the rebuilds’ downtime exceeds what the uptime allows',
      { toleratesDowntime: true, productFocus: true },
      allMet,
      `Phase 3 – P3: A cluster may be considered – but 1 reason to stay still holds: “${features.en}”.`,
    ],
    [
      'every trigger met, one reason to stay ticked',
      { toleratesDowntime: false, productFocus: true },
      allMet,
      `Phase 3 – P3: A cluster may be considered – but 1 reason to stay still holds: “${features.en}”.`,
    ],
    ['every trigger met, no reason to stay', { toleratesDowntime: false, productFocus: false }, allMet, 'Phase 3 – P3: A cluster may be considered.'],
    [
      'a replicated index first, both reasons to stay ticked',
      { toleratesDowntime: true, productFocus: true },
      { teamSize: 2, queriesPerSecond: 60, servers: 3 },
      `Phase 3 – P3: replica first – but 2 reasons to stay still hold: “${downtime.en}” and “${features.en}”.`,
    ],
    // Staying is what the reasons to stay argue for: no tension to name.
    [
      'the record\'s figures',
      { toleratesDowntime: true, productFocus: true, failoverCritical: false, severalRegions: false },
      { servers: 1, indexes: 2, reindexesPerDay: 2, teamSize: 1, queriesPerSecond: 20, uptime: 95 },
      'Phase 1 – P1: stay.',
    ],
  ])('%s', (_name, stay, metrics, line) => {
    const verdict = verdictFor(stay, metrics);
    expect(verdict.line).toBe(line);
    // The part the island sets apart is exactly the reasons against, with the sentence's full stop.
    expect(verdict.line.slice(verdict.againstAt)).toBe(/ – but .*$/.exec(line)?.[0] ?? '');
  });

  it('in Norwegian, with the language\'s quotes and "og"', () => {
    const nbWording = { ...wording, counted: { stay: { one: 'grunn til å bli', other: 'grunner til å bli' } } };
    const now = defaultTriggerInputs(triggers);
    const evaluation = evaluateTriggers(triggers, { metrics: { ...now.metrics, ...fewRebuilds }, flags: { ...now.flags, ...flags } });
    const views = triggers.rules.map((r) => ({ id: r.id, reason: r.reason.nb }));
    expect(verdictText(evaluation, nbWording, views, nbStrings, 'nb').line).toBe(
      `Fase 3 – P3: A cluster may be considered – men 2 grunner til å bli gjelder fortsatt: «${downtime.nb}» og «${features.nb}».`,
    );
  });
});

describe('verdict and Markdown', () => {
  const evaluation = evaluateTriggers(triggers, defaultTriggerInputs(triggers));
  const verdict = verdictText(evaluation, wording, ruleViews, strings, 'en');

  it('names the phase and the recommendation', () => {
    expect(verdict.line).toBe('Phase 1 – P1: stay.');
    expect(verdict.required).toBe('Required: 0 of 4.');
  });

  it('puts the verdict, every trigger, the inputs, the review date and the link in the summary', () => {
    const rules = ruleViews;
    const md = checklistMarkdown({
      title: 'Checklist',
      verdict,
      inputs: [{ label: 'Servers', value: '1' }],
      evaluation,
      rules,
      stages: wording.stages,
      lang: 'en',
      review: { iso: '2025-12-16', text: '16 December 2025' },
      reviewStatus: 'overdue',
      url: 'https://example.org/en/0001-search-index/checklist/?servers=2',
      strings,
    });
    expect(md).toContain('**Phase 1 – P1: stay.**');
    expect(md).toContain('| Servers | 1 |');
    for (const r of triggers.rules) expect(md).toContain(r.reason.en.replace(/\|/g, '\\|'));
    expect(md).toContain('2025-12-16 – overdue');
    expect(md).toContain('?servers=2');
    expect(md).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('checklistChat', () => {
  const evaluation = evaluateTriggers(triggers, defaultTriggerInputs(triggers));
  const verdict = verdictText(evaluation, wording, ruleViews, strings, 'en');
  const url = 'https://example.org/en/0001-search-index/checklist/?teamSize=4';
  const chat = checklistChat({
    verdict,
    metrics: [
      { label: 'Servers', value: '1' },
      { label: 'Team', value: '1 person' },
    ],
    review: { iso: '2025-12-16', text: '16 December 2025' },
    reviewStatus: 'overdue',
    url,
    strings,
  });

  it('starts with the verdict and ends with the link, with the figures between and no table', () => {
    const lines = chat.split('\n');
    expect(lines[0]).toBe('Phase 1 – P1: stay.');
    expect(lines.at(-1)).toBe(url);
    expect(lines).toContain('- Required: 0 of 4.');
    expect(lines).toContain('- Servers: 1, Team: 1 person');
    expect(lines).toContain('- Review date: 16 December 2025 (overdue)');
    expect(chat).not.toMatch(/^\s*\||\*\*|^#/m);
  });
});

describe('checklistChat with reasons against the verdict', () => {
  it('leads with the whole one-sentence verdict, reasons to stay included', () => {
    const now = defaultTriggerInputs(triggers);
    const evaluation = evaluateTriggers(triggers, {
      metrics: { ...now.metrics, teamSize: 5, queriesPerSecond: 800, servers: 5, uptime: 99.95, reindexesPerDay: 0.25 },
      flags: now.flags,
    });
    const verdict = verdictText(evaluation, wording, ruleViews, strings, 'en');
    const chat = checklistChat({ verdict, metrics: [], review: undefined, url: 'https://example.org/x', strings });
    const stay = triggers.rules.filter((r) => r.stage === 'stay').map((r) => `“${r.reason.en}”`);
    expect(chat.split('\n')[0]).toBe(`Phase 3 – P3: A cluster may be considered – but 2 reasons to stay still hold: ${stay.join(' and ')}.`);
  });
});

describe('downtimeClashText (issue 27, point 5)', () => {
  const clash = evaluateTriggers(triggers, { ...defaultTriggerInputs(triggers), metrics: { ...defaultTriggerInputs(triggers).metrics, uptime: 99.95 } })
    .rules.find((r) => r.id === 'stay-downtime')!.downtimeClash!;
  it.each([
    ['en', strings, 'No longer holds with your figures: 2 h–3 h of downtime a month, more than the ~22 min an uptime of 99.95% allows.'],
    ['nb', nbStrings, 'Gjelder ikke med tallene dine: 2 timer–3 timer nedetid i måneden, mer enn de ~22 min en oppetid på 99,95 % tillater.'],
  ] as const)('%s', (lang, s, text) => {
    expect(downtimeClashText(clash, lang, s).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
