/**
 * What `npm run lint:records` checks beyond what the build checks (src/lib/records/recordChecks.ts):
 * numbers matching their folder, each page's front matter and links,
 * reviews overdue. Pure: the caller reads the files. Every finding names a file, a field
 * and, where the file says, a line.
 */
import type { Link, Root } from 'mdast';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { pageSchema } from '../../schemas/page';
import type { RecordFolder } from '../../schemas/recordFolder';
import { LANGS, type Lang } from '../../schemas/text';
import { parseMdx } from './markdownTree';
import { recordNumber, recordPagePath, resolveRelativeHref } from '../site/paths';
import { pageOrder, pageSlug, type Problem } from './recordChecks';
import { recordReview, reviewStatus, toIsoDate } from '../log/reviewDate';
import { TOOLS } from '../../tools';
import { usesComponent } from '../../tools/registry';

export interface Finding extends Problem {
  level: 'error' | 'warning';
  line?: number;
}

/** A page file as read from disk. */
export interface PageFile {
  recordId: string;
  lang: Lang;
  /** File name without .mdx: the page's slug unless it is the record's first page. */
  name: string;
  /** Path from the project root, for messages. */
  file: string;
  text: string;
}

export const findingText = (f: Finding) =>
  `${f.level === 'error' ? 'error  ' : 'warning'} ${f.file}${f.line ? `:${f.line}` : ''} ${f.field}: ${f.message}`;

/** The line of a dotted field path (`supersedes.0`) in a YAML text; undefined when not there. */
export function yamlLine(text: string, field: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const path = field.split('.').filter((p) => p && !p.startsWith('(')).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    // A key whose value is empty or null: find the pair's key instead.
    const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
    const pair = parent && 'items' in (parent as object) ? (parent as { items: { key?: { value?: unknown; range?: number[] } }[] }).items.find((i) => i.key?.value === path[n - 1]) : undefined;
    if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]!).line;
  }
  return undefined;
}

/**
 * Each folder named after its number ("0007-…"). Numbers are the team's: they may start
 * at 0 or 11 and have gaps (a team imports part of its folder, or drops a draft); only
 * two records with one number is an error (src/lib/records/recordChecks.ts).
 */
export function numberFindings(folders: readonly RecordFolder[], base: string): Finding[] {
  const findings: Finding[] = [];
  for (const f of folders) {
    if (!f.id.startsWith(`${recordNumber(f.meta.number)}-`)) {
      findings.push({ level: 'error', file: `${base}/${f.id}/record.yaml`, field: 'number', message: `${f.meta.number} does not match the folder name (expected "${recordNumber(f.meta.number)}-…")` });
    }
  }
  return findings;
}

/** A warning (or, strict, an error) for each record whose review date has passed. */
export function reviewFindings(folders: readonly RecordFolder[], base: string, today: Date, strict: boolean): Finding[] {
  return folders.flatMap((f): Finding[] => {
    const review = recordReview(f.meta);
    if (!review || reviewStatus(review.date, today) !== 'overdue' || f.meta.status !== 'accepted') return [];
    const field = f.meta['review-date'] ? 'review-date' : 'review-after-months';
    return [{ level: strict ? 'error' : 'warning', file: `${base}/${f.id}/record.yaml`, field, message: `review was due on ${toIsoDate(review.date)}` }];
  });
}

/** Every path the site serves for these records' pages, untranslated pages included (no base). */
export function pagePaths(folders: readonly RecordFolder[], pages: readonly PageFile[]): Map<string, PageFile> {
  const paths = new Map<string, PageFile>();
  for (const f of folders) {
    const order = pageOrder(f);
    const keyOf = new Map(pages.filter((p) => p.recordId === f.id).map((p) => [p, keyOfPage(p)]));
    for (const lang of LANGS) {
      const own = pages.filter((p) => p.recordId === f.id && p.lang === lang);
      const original = f.meta['original-language'];
      const shown = [...own];
      if (original && original !== lang) {
        const ownKeys = new Set(own.map((p) => keyOf.get(p)));
        shown.push(...pages.filter((p) => p.recordId === f.id && p.lang === original && !ownKeys.has(keyOf.get(p))));
      }
      for (const p of shown) paths.set(recordPagePath('/', lang, f.id, pageSlug(order, keyOf.get(p) ?? '', p.name)), p);
    }
  }
  return paths;
}

function keyOfPage(page: PageFile): string | undefined {
  try {
    const yaml = parseMdx(page.text).children.find((n) => n.type === 'yaml');
    const key = yaml ? (parseDocument(yaml.value).get('key') as unknown) : undefined;
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The site's own pages besides records', which prose may link to. */
const SITE_PATHS = (lang: Lang) => ['/', `/${lang}/`, `/${lang}/print/`, `/${lang}/${lang === 'nb' ? 'sok' : 'search'}/`];

/**
 * Each page: valid MDX, its front matter against the page schema, and every link to a
 * page of this site pointing at one that exists.
 */
export function pageFindings(folders: readonly RecordFolder[], pages: readonly PageFile[], imageExists?: (page: PageFile, path: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  const paths = pagePaths(folders, pages);
  const ids = new Set(folders.map((f) => f.id));
  for (const page of pages) {
    const add = (field: string, message: string, line?: number) =>
      findings.push({ level: 'error', file: page.file, field, message, ...(line !== undefined && { line }) });
    let tree: Root;
    try {
      tree = parseMdx(page.text);
    } catch (error) {
      const { line, reason } = error as { line?: number; reason?: string };
      add('(mdx)', reason ?? String(error), line);
      continue;
    }
    const yaml = tree.children.find((n) => n.type === 'yaml');
    if (!yaml) {
      add('(front matter)', 'missing: a page starts with --- key, title, navTitle, description ---', 1);
      continue;
    }
    const result = pageSchema.safeParse(parseDocument(yaml.value).toJS());
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || '(front matter)';
        // +1: the front matter starts on the line after the opening ---.
        add(field, issue.message, (yamlLine(yaml.value, field) ?? 0) + 1);
      }
    }
    // A page whose tool has moved names the page it moved to, which shows a tool (the build fails otherwise).
    const movedTo = result.success ? result.data.toolMovedTo : undefined;
    if (movedTo) {
      const siblings = pages.filter((p) => p.recordId === page.recordId);
      // Its own language's page, or (a record not yet translated) the other's.
      const withKey = siblings.filter((p) => keyOfPage(p) === movedTo);
      const target = withKey.find((p) => p.lang === page.lang) ?? withKey[0];
      const line = (yamlLine(yaml.value, 'toolMovedTo') ?? 0) + 1;
      if (!target) add('toolMovedTo', `no page with key "${movedTo}" in this record (its pages: ${[...new Set(siblings.map(keyOfPage).filter(Boolean))].join(', ')})`, line);
      else if (!TOOLS.some((tool) => usesComponent(target.text, tool.name))) add('toolMovedTo', `page "${movedTo}" (${target.file}) shows no tool`, line);
    }
    const own = [...paths.entries()].filter(([, p]) => p === page).map(([path]) => path);
    const here = own.find((p) => p.startsWith(`/${page.lang}/`)) ?? own[0];
    if (!here || !ids.has(page.recordId)) continue;
    // Images: the build imports each relative one, so a missing file or an address it cannot read fails it.
    visitNodes(tree, 'image', (image: { url: string; position?: { start: { line: number } } }) => {
      const { url } = image;
      if (/^([a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(url)) {
        if (/^https?:/i.test(url)) add('(image)', `"${url}" is on another site, which the pages' content policy blocks: copy it beside the record`, image.position?.start.line);
        return;
      }
      if (/[?#]/.test(url)) add('(image)', `"${url}": the build cannot read an image address with "${url.replace(/^[^?#]*/, '')}": drop it`, image.position?.start.line);
      else if (imageExists && !imageExists(page, url)) add('(image)', `"${url}" not found`, image.position?.start.line);
    });
    visitLinks(tree, (link) => {
      const target = resolveRelativeHref(link.url, here).split(/[#?]/)[0]!;
      if (!target.startsWith('/') || target.startsWith('//')) return;
      const path = target.endsWith('/') ? target : `${target}/`;
      if (!paths.has(path) && !LANGS.some((l) => SITE_PATHS(l).includes(path)) && !isRecordPrint(path, ids)) {
        const markdown = /\.md$/i.test(target);
        add(
          '(link)',
          markdown
            ? `"${link.url}" links a Markdown file, which the site does not serve: link the record's page ("../<record folder>/") instead`
            : `"${link.url}" leads to ${path}, which is not a page of this site (a file of the repository? link its address there)`,
          link.position?.start.line,
        );
      }
    });
  }
  return findings;
}

const isRecordPrint = (path: string, ids: Set<string>) => {
  const m = /^\/(nb|en)\/([^/]+)\/(print|brief)\/$/.exec(path);
  return m !== null && ids.has(m[2]!);
};

function visitNodes<T>(node: { type: string; children?: unknown[] }, type: string, visit: (node: T) => void) {
  if (node.type === type) visit(node as T);
  for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) visitNodes(child, type, visit);
}

function visitLinks(node: { type: string; children?: unknown[] }, visit: (link: Link) => void) {
  if (node.type === 'link') visit(node as Link);
  for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) visitLinks(child, visit);
}
