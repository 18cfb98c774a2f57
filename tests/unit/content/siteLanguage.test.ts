/**
 * The site's own Bokmål and English (issue 27, point 7): every spelling the language pass
 * removed, each with what replaced it, and a check that none of them is back anywhere the
 * SITE writes — the UI strings (src/i18n/*.json), the record data labels the pages and
 * islands show as their own (field labels, units, the checklist's reasons, verdicts and
 * phase names), and the built site: every page's chrome (header, record details, review
 * banner, navigation, footer, the decision log), the islands' markup, the Atom feeds and
 * the review calendars.
 *
 * A record's prose (its MDX pages, and the document's own tables and lists shown as such)
 * is its author's words and is not checked: "Fase 3: Scale" stays a heading of the roadmap.
 * Where the site quotes the document («> 3 VPS noder», “> 3 VPS nodes”), the quote is left
 * out too. The site is built once, with a public address so the feeds are written.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Lang = 'nb' | 'en';
const LANGS = ['nb', 'en'] as const;

/** Each removed spelling and its replacement, per language. Matching is case-sensitive. */
const REMOVED: Record<Lang, readonly (readonly [bad: string, replacement: string])[]> = {
  nb: [
    ['Re-vurdering', 'Ny vurdering'],
    ['VPS noder', 'VPS-noder'],
    ['VPS node', 'VPS-node'],
    ['Scale', 'Skalering (fase 3)'],
    ['Vedtatt, vedtatt', 'Besluttet 16. desember 2024. Status: Vedtatt.'],
    ['Vurder ADR', 'Ny vurdering av ADR …'],
    ['vurdert da sidene ble bygget', '(per 1. juni 2026, da siden ble bygget)'],
    ['Initial setup', 'Førstegangsoppsett'],
    ['Metric', 'Måltall'],
    ['antagelse', 'antakelse'],
    ['Rådført', 'Rådspurt'],
    ['Deployments/dag', 'Utrullinger per dag'],
    ['deployments per dag', 'utrullinger per dag'],
    ['flere deployments', 'flere utrullinger'],
    ['Containers', 'Containere'],
    ['Uptime SLA', 'Oppetidskrav'],
    ['K8s trigger', 'Kubernetes-trigger'],
    ['Re-evaluer', 'Mer enn én node: minst 2 VPS-noder'],
    ['Kun hvis', 'Et team på over 2 personer'],
    ['orchestration', 'orkestrering'],
    ['auto-scaling', 'automatisk skalering'],
    ['business-kritisk', 'forretningskritisk'],
    ['Business-kritisk', 'Forretningskritisk'],
    ['downtime ved deploy', 'nedetid per utrulling'],
    ['feature development', 'funksjonalitet'],
    ['separate clusters', 'i hver sin klynge'],
    ['sett opp monitoring', 'sett opp overvåking'],
    ['ta backup', 'ta sikkerhetskopier'],
    ['Konkrete metrics', 'Konkrete måltall'],
    ['Metrics-tabellen', 'Måltallstabellen'],
    ['starten på multi-node', 'med to noder går tjenestene over flere noder'],
    [') (€/mnd)', '3× VPS (control plane + 2 workers; €/mnd)'],
    [', engangs', 'Oppsett (timer, én gang)'],
    ['(engangs)', 'Start (engangskostnader)'],
    ['Total over', 'Totalt over 12 måneder'],
  ],
  en: [
    ['as of when these pages were built', '(as of 1 June 2026, when this page was built)'],
    ['Accepted, decided', 'Decided on 16 December 2024. Status: Accepted.'],
    ['Only if the team is', 'A team of more than 2 people'],
    ['Only if traffic is', 'Traffic of more than 100 req/s'],
    ['Only if there are', 'More than 3 VPS nodes'],
    ['do we need multi-node', 'More than one node: at least 2 VPS nodes'],
    ['Deployments/day', 'Deployments per day'],
    ['two nodes is where multi-node begins', 'with two nodes the services span more than one node'],
    [') (€/month)', '3× VPS (control plane + 2 workers; €/month)'],
  ],
};

const root = resolve(import.meta.dirname, '../../..');
const recordsDir = join(root, 'content/records');

// ---------------------------------------------------------------- the text the site writes

/** Every string of a JSON dictionary. */
const strings = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];

/** The text of a language in a { nb, en } value, or in any of its nested values ({ nb: { one, other } }). */
const inLang = (node: unknown, lang: Lang): string[] => {
  if (Array.isArray(node)) return node.flatMap((n) => inLang(n, lang));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === lang ? strings(v) : LANGS.includes(k as Lang) ? [] : inLang(v, lang)));
};

/** Passages the site quotes from the document: «…» in Bokmål, “…” in English. */
const withoutQuotes = (text: string) => text.replace(/«[^»]*»/g, ' ').replace(/“[^”]*”/g, ' ');

/**
 * The fields of a record's data that are the site's own labels: what the checklist and the
 * calculator call a field, a unit, a reason, a stage, a verdict or a phase; the triggers
 * table's caption and column. The document's own tables and lists (decision table, roadmap
 * lists, yes/no lists, costs items) are its author's words and are not listed here.
 */
const SITE_LABELS: Record<string, (data: Record<string, unknown>) => unknown[]> = {
  'triggers.yaml': (d) => [d.table, d.metrics, d.flags, d.stages, d.outcomes, d.requiredCount, d.rules],
  'roadmap.yaml': (d) => ((d.phases as { name: unknown }[] | undefined) ?? []).map((p) => p.name),
  'costs.yaml': (d) => ((d.platforms as { assumption?: unknown }[] | undefined) ?? []).map((p) => p.assumption),
};

function recordLabels(lang: Lang): [where: string, text: string][] {
  return readdirSync(recordsDir).flatMap((record) =>
    Object.entries(SITE_LABELS).flatMap(([file, fields]) => {
      let text: string;
      try {
        text = readFileSync(join(recordsDir, record, file), 'utf8');
      } catch {
        return [];
      }
      return fields(parse(text) as Record<string, unknown>).flatMap((node) =>
        inLang(node, lang).map((s): [string, string] => [`content/records/${record}/${file}`, withoutQuotes(s)]),
      );
    }),
  );
}

/**
 * The author's words the site repeats verbatim in its own parts: the pages' titles and
 * headings (the page list, "On this page", the checklist's links to a section) and the
 * document's own tables and lists (the checklist shows the roadmap's lists and action plan).
 * Those that carry a removed spelling are taken out of the site's text before it is
 * checked, longest first.
 */
function authorWords(lang: Lang): string[] {
  const words = readdirSync(recordsDir).flatMap((record) => {
    const dir = join(recordsDir, record);
    const pagesDir = join(dir, 'pages', lang);
    const pages = statSync(join(dir, 'pages'), { throwIfNoEntry: false }) && statSync(pagesDir, { throwIfNoEntry: false }) ? readdirSync(pagesDir) : [];
    const fromPages = pages.flatMap((name) => {
      const text = readFileSync(join(pagesDir, name), 'utf8').replace(/^\s*```[\s\S]*?^\s*```/gm, '');
      const titles = [...text.matchAll(/^(?:title|navTitle):\s*"?(.*?)"?\s*$/gm)].map((m) => m[1]!);
      const headings = [...text.matchAll(/^#{1,6}\s+(.*?)(?:\s*\{#[^}]*\})?\s*$/gm)].map((m) => m[1]!.replace(/[*`]/g, ''));
      return [...titles, ...headings];
    });
    const fromData = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => {
        const data = parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
        const own = new Set(SITE_LABELS[name]?.(data) ?? []);
        // The site's own labels stay in; everything else of the record's data is the document's.
        const strip = (node: unknown): unknown =>
          own.has(node) ? undefined : Array.isArray(node) ? node.map(strip) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)])) : node;
        return inLang(strip(data), lang);
      });
    return [...fromPages, ...fromData];
  });
  // Only those that carry a removed spelling: any other ("Vurder", a costs label) stays in
  // the text, so a site's word beside it ("Vurder ADR …", "… workers) (€/month)") is still seen.
  const carry = (w: string) => REMOVED[lang].some(([bad]) => w.includes(bad));
  // A list item's leading ✅ ❌ ⚠️ is drawn as an icon with its word: the words after it are the author's.
  const withoutMark = (w: string) => w.replace(/^(?:✅|❌|⚠️?)\s*/u, '');
  const variants = words.flatMap((w) => [w.trim(), withoutMark(w.trim())]);
  return [...new Set(variants.filter(carry))].sort((a, b) => b.length - a.length);
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

/** The visible text of some markup, each run of spaces (no-break ones too) as one space. */
const textOf = (html: string) =>
  decode(html.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ');

/** The markup of each `<div>` opened at `starts`, up to its own closing tag. */
function divsAt(html: string, starts: number[]): string[] {
  return starts.map((start) => {
    const tags = /<div\b|<\/div>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[0] === '</div>' ? -1 : 1;
      if (depth === 0) return html.slice(start, m.index + m[0].length);
    }
    throw new Error(`unclosed <div> at ${start}`);
  });
}

/**
 * A built page's own text: its title and description, everything outside the record's
 * prose (each `<div class="prose">`), and the islands inside it.
 */
function siteTextOf(html: string): { chrome: string; islands: string[] } {
  const at = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m.index);
  const prose = divsAt(html, at(/<div class="prose"/g));
  const islands = divsAt(html, at(/<div class="island[ "]/g));
  const head = [...html.matchAll(/<meta (?:name|property)="(?:description|og:description|og:title)" content="([^"]*)"/g)].map((m) => m[1]);
  const outside = prose.reduce((rest, part) => rest.replace(part, ' '), html);
  const chrome = [textOf(outside), ...head.map((h) => decode(h!))].join('\n');
  return { chrome: withoutQuotes(chrome), islands: islands.map((i) => withoutQuotes(textOf(i))) };
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

// ---------------------------------------------------------------- the built site

const run = promisify(execFile);
let site = '';

beforeAll(async () => {
  // A copy of the project, so the build neither waits on nor disturbs another of dist/.
  site = mkdtempSync(join(tmpdir(), 'adr-language-'));
  for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(root, item), join(site, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    // A public address writes the feeds; a fixed date shows the review banner (the review of 2025-12-16 is overdue).
    env: { ...process.env, SITE_URL: 'https://adr.example.org', BUILD_DATE: '2026-06-01' },
    maxBuffer: 64 * 1024 * 1024,
  });
}, 240_000);
afterAll(() => site && rmSync(site, { recursive: true, force: true }));

/** Where each piece of the site's text in `lang` comes from, and the text. */
function siteText(lang: Lang): [where: string, text: string][] {
  const dictionary = JSON.parse(readFileSync(join(root, `src/i18n/${lang}.json`), 'utf8')) as unknown;
  const out = join(site, 'dist', lang);
  const built = files(out).flatMap((path): [string, string][] => {
    const where = path.slice(site.length + 1);
    if (path.endsWith('.html')) {
      const { chrome, islands } = siteTextOf(readFileSync(path, 'utf8'));
      return [[where, chrome], ...islands.map((text, i): [string, string] => [`${where} (island ${i + 1})`, text])];
    }
    if (path.endsWith('.xml')) return [[where, withoutQuotes(textOf(readFileSync(path, 'utf8')))]];
    // iCalendar: unfold continued lines, unescape "\," and "\;".
    if (path.endsWith('.ics')) return [[where, readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1')]];
    return [];
  });
  const author = authorWords(lang);
  const own = built.map(([where, text]): [string, string] => [where, author.reduce((rest, words) => rest.split(words).join(' '), text)]);
  return [...strings(dictionary).map((s): [string, string] => [`src/i18n/${lang}.json`, s]), ...recordLabels(lang), ...own];
}

describe.each(LANGS)('%s: the site writes none of the removed spellings', (lang) => {
  it('reads every kind of text it checks: strings, record labels, pages, islands, the feed and the calendar', () => {
    const where = siteText(lang).map(([w]) => w);
    const kinds = {
      strings: where.some((w) => w.startsWith('src/i18n/')),
      labels: where.some((w) => w.endsWith('triggers.yaml')) && where.some((w) => w.endsWith('roadmap.yaml')),
      pages: where.some((w) => w.endsWith('index.html')),
      calculator: where.some((w) => /(calculator|kalkulator)\/index\.html \(island/.test(w)),
      checklist: where.some((w) => /(checklist|sjekkliste)\/index\.html \(island/.test(w)),
      feed: where.some((w) => w.endsWith('feed.xml')),
      calendar: where.some((w) => w.endsWith('reviews.ics')),
    };
    expect(kinds).toEqual(Object.fromEntries(Object.keys(kinds).map((k) => [k, true])));
  });

  it.each(REMOVED[lang])('no "%s" (now: %s)', (bad) => {
    const found = siteText(lang)
      .filter(([, text]) => text.includes(bad))
      .map(([where, text]) => `${where}: …${text.slice(Math.max(0, text.indexOf(bad) - 60), text.indexOf(bad) + bad.length + 60)}…`);
    expect(found).toEqual([]);
  });
});
