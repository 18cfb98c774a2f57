/**
 * One typography across a record's prose, tables and data, in both languages: ranges with
 * an en dash ("3–6 months"), one multiplication sign ("10×"), a dash between clauses
 * rather than a spaced hyphen, and one way of writing euros per language (nb "200+ €/mnd",
 * en "€200+/month", as src/lib/text/localeNumber.ts prints computed figures). Code, commands
 * and links are left alone. Headings are checked too: their anchors read a range's en dash
 * as a hyphen (src/integrations/headingIds.ts), so "0–6 months" keeps #0-6-months.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { filesUnder } from '../../support/files';

type Lang = 'nb' | 'en';

interface Rule {
  name: string;
  pattern: RegExp;
  langs: readonly Lang[];
}

const RULES: readonly Rule[] = [
  // "0-6", "1-2 min"; not a date (2024-12-16) nor a word (Risk-Safety, K8s-ready).
  { name: 'a range takes an en dash', pattern: /(?<![\d-])\d+(?:[.,]\d+)?-\d+(?![\d-])/g, langs: ['nb', 'en'] },
  { name: 'multiplication takes ×', pattern: /\b\d+(?:[.,]\d+)?x\b/g, langs: ['nb', 'en'] },
  { name: 'a dash between clauses is an en dash', pattern: /\S - \S/g, langs: ['nb', 'en'] },
  { name: 'nb writes the amount before €', pattern: /€\s?\d/g, langs: ['nb'] },
  { name: 'en writes € before the amount', pattern: /\d\+?[\s\u00a0]?€/g, langs: ['en'] },
];

/** What a rule looks at: prose without inline code, link targets or HTML/JSX attributes. */
const proseOf = (text: string) =>
  text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]*>/g, ' ');

const offences = (text: string, lang: Lang) =>
  RULES.filter((r) => r.langs.includes(lang)).flatMap((r) =>
    [...proseOf(text).matchAll(r.pattern)].map((m) => `${r.name}: "${m[0]}" in "${text.trim()}"`),
  );

/** The prose lines of an MDX page: frontmatter values, headings and body, without fenced code. */
function mdxProse(text: string): string[] {
  let inFence = false;
  return text.split('\n').filter((line) => {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** Every { nb, en } string of a YAML document, with its language. */
function yamlTexts(node: unknown): [Lang, string][] {
  if (Array.isArray(node)) return node.flatMap(yamlTexts);
  if (!node || typeof node !== 'object') return [];
  const entries = Object.entries(node);
  const texts = entries.flatMap(([k, v]) => ((k === 'nb' || k === 'en') && typeof v === 'string' ? [[k, v] as [Lang, string]] : []));
  return [...texts, ...entries.flatMap(([, v]) => yamlTexts(v))];
}

const root = resolve(import.meta.dirname, '../../..');
const recordsDir = join(root, 'content/records');

describe('the typography rules', () => {
  it.each<[string, Lang, number]>([
    ['Fase 1: Nå (0-6 måneder)', 'nb', 1],
    ['0–6 måneder', 'nb', 0],
    ['Deployment: 5-10 min', 'en', 1],
    ['1,5-2 timer', 'nb', 1],
    ['Dato: 2024-12-16', 'nb', 0],
    ['(Risk-Safety stopped)', 'en', 0],
    ['Kjør `docker compose -f a.yml up -d` og `seq 1-2`', 'nb', 0],
    ['[lenke](../a-1-2/)', 'nb', 0],
    ['4–7x dyrere', 'nb', 1],
    ['10× the complexity', 'en', 0],
    ['Kubernetes er ikke en løsning - det er en kompleksitet', 'nb', 1],
    ['Kubernetes is not a solution – it is complexity', 'en', 0],
    ['«€200+/mnd (3+ VPS)»', 'nb', 1],
    ['200+\u00a0€/mnd', 'nb', 0],
    ['€200+/month', 'en', 0],
    ['200+ €/month', 'en', 1],
    ['€/mnd', 'nb', 0],
  ])('%j in %s has %d offence(s)', (text, lang, count) => {
    expect(offences(text, lang)).toHaveLength(count);
  });
});

describe('every record keeps one typography', () => {
  const files = filesUnder(recordsDir).filter((f) => /\.(mdx|ya?ml)$/.test(f));
  it.each(files.map((f) => [relative(recordsDir, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const found = file.endsWith('.mdx')
      ? mdxProse(text).flatMap((line) => offences(line, /\/pages\/(nb|en)\//.exec(file)![1] as Lang))
      : yamlTexts(parse(text)).flatMap(([lang, value]) => offences(value, lang));
    expect(found).toEqual([]);
  });
});
