import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { triggersSchema } from '../../src/schemas/triggers';
import { defaultTriggerInputs, evaluateTriggers } from '../../src/lib/triggerRules';
import {
  checklistChat,
  checklistMarkdown,
  meterValue,
  progressText,
  targetOf,
  verdictText,
  type ChecklistStrings,
  type RuleView,
  type ChecklistWording,
} from '../../src/lib/checklistView';

const triggers = triggersSchema.parse(parse(readFileSync('content/records/0001-kubernetes/triggers.yaml', 'utf8')));

const strings = {
  verdictLine: 'Phase {phase} – {name}: {verdict}.',
  triggersHeading: 'Triggers',
  met: 'Met',
  notMet: 'Not met',
  required: 'Required',
  md: { title: 'T', input: 'Input', value: 'Value', trigger: 'Trigger', threshold: 'Threshold', status: 'Status', review: 'Review date', link: 'Link' },
} as unknown as ChecklistStrings;

/** The record's own words, as the .astro wrapper hands them to the island. */
const wording: ChecklistWording = {
  outcomes: {
    compose: { verdict: 'stay', detail: 'd1' },
    'compose-plus': { verdict: 'plus', detail: 'd2' },
    swarm: { verdict: 'swarm first', detail: 'd3' },
    kubernetes: { verdict: 'Kubernetes may be considered', detail: 'd4' },
  },
  requiredCount: 'Required: {met} of {total}.',
  stages: [
    { id: 'kubernetes', name: 'K8s', intro: '' },
    { id: 'swarm', name: 'Swarm', intro: '' },
    { id: 'growth', name: 'Growth', intro: '' },
    { id: 'stay', name: 'Stay', intro: '' },
  ],
  phaseNames: { 1: 'P1', 2: 'P2', 3: 'P3' },
};

describe('targetOf', () => {
  it('reads "> 2" of a whole number as 3, but "> 100" req/s as 100', () => {
    expect(targetOf('>', 2, true)).toBe(3);
    expect(targetOf('>', 100, false)).toBe(100);
    expect(targetOf('>=', 5, true)).toBe(5);
  });

  it('has no target for a downward comparison', () => {
    expect(targetOf('<', 100, false)).toBeUndefined();
  });
});

describe('meterValue', () => {
  it('stays between 0 and the target and never returns NaN', () => {
    expect(meterValue(1, 5)).toBe(1);
    expect(meterValue(9, 5)).toBe(5);
    expect(meterValue(-1, 5)).toBe(0);
    expect(meterValue(Number.NaN, 5)).toBe(0);
    expect(meterValue(Number.POSITIVE_INFINITY, 5)).toBe(0);
    expect(meterValue(3, 0)).toBe(0);
  });
});

describe('progressText', () => {
  const view: RuleView = { id: 'x', reason: 'r', progress: { template: '{value} of 1 000 req/s', target: 1000 } };

  it('fills in the figure in the page language', () => {
    expect(progressText(view, 1500.5, 'nb')).toBe('1\u00a0500,5 of 1 000 req/s');
    expect(progressText(view, 1500.5, 'en')).toBe('1,500.5 of 1 000 req/s');
  });

  it('says nothing for a yes/no rule, and never prints NaN', () => {
    expect(progressText(view, true, 'en')).toBeUndefined();
    expect(progressText(view, Number.NaN, 'en')).not.toMatch(/NaN|Infinity/);
  });
});

describe('verdict and Markdown', () => {
  const evaluation = evaluateTriggers(triggers, defaultTriggerInputs(triggers));
  const verdict = verdictText(evaluation, wording, strings);

  it('names the phase and the recommendation', () => {
    expect(verdict.line).toBe('Phase 1 – P1: stay.');
    expect(verdict.required).toBe('Required: 0 of 4.');
  });

  it('puts the verdict, every trigger, the inputs, the review date and the link in the summary', () => {
    const rules: RuleView[] = triggers.rules.map((r) => ({ id: r.id, reason: r.reason.en }));
    const md = checklistMarkdown({
      title: 'Checklist',
      verdict,
      inputs: [{ label: 'VPS nodes', value: '1' }],
      evaluation,
      rules,
      stages: wording.stages,
      lang: 'en',
      review: { iso: '2025-12-16', text: '16 December 2025' },
      reviewStatus: 'overdue',
      url: 'https://example.org/en/0001-kubernetes/checklist/?nodes=2',
      strings,
    });
    expect(md).toContain('**Phase 1 – P1: stay.**');
    expect(md).toContain('| VPS nodes | 1 |');
    for (const r of triggers.rules) expect(md).toContain(r.reason.en.replace(/\|/g, '\\|'));
    expect(md).toContain('2025-12-16 – overdue');
    expect(md).toContain('?nodes=2');
    expect(md).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('checklistChat', () => {
  const evaluation = evaluateTriggers(triggers, defaultTriggerInputs(triggers));
  const verdict = verdictText(evaluation, wording, strings);
  const url = 'https://example.org/en/0001-kubernetes/checklist/?teamSize=4';
  const chat = checklistChat({
    verdict,
    metrics: [
      { label: 'VPS nodes', value: '1' },
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
    expect(lines).toContain('- VPS nodes: 1, Team: 1 person');
    expect(lines).toContain('- Review date: 16 December 2025 (overdue)');
    expect(chat).not.toMatch(/^\s*\||\*\*|^#/m);
  });
});
