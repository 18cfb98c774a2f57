/**
 * A record as MADR 4 Markdown, one file per language: front matter (MADR's names), the
 * title, the page's sections. What MADR cannot hold (the site's components, links to
 * records not exported) is left out and reported, never silently.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { stringify } from 'yaml';
import type { RecordMeta } from '../../schemas/record';
import { RECORD_FIELDS } from '../../schemas/fields';
import type { FieldExport } from '../../schemas/fields/registry';
import type { Lang } from '../../schemas/text';
import { parseMdx, writeMarkdown } from './markdownTree';
import { recordLabel, recordNumber } from '../site/paths';
import { slugify } from './recordFiles';
import { toIsoDate } from '../log/reviewDate';

/** A record field's value in the front matter, by the field's export form. */
const WRITE: Record<FieldExport, (values: string[]) => unknown> = {
  list: (values) => values,
};

export interface ExportPage {
  title: string;
  /** The page's MDX file as written. */
  text: string;
}

export interface ExportRecord {
  id: string;
  meta: RecordMeta;
  /** Records that supersede this one: id and number. */
  supersededBy: { id: string; number: number }[];
}

/** NNNN-title.md in that language. */
export const exportFileName = (meta: Pick<RecordMeta, 'number' | 'title'>, lang: Lang) => `${recordNumber(meta.number)}-${slugify(meta.title[lang])}.md`;

/**
 * The Markdown of one record in one language. `fileOf` gives the exported file name of
 * another record in the same language (links between records follow); `notes` collects
 * what was left out.
 */
export function exportRecord(record: ExportRecord, lang: Lang, pages: readonly ExportPage[], fileOf: (id: string) => string | undefined, notes: string[]): string {
  const { meta } = record;
  const successor = record.supersededBy.map((s) => `[${recordLabel(s.number).replace(' ', '-')}](${fileOf(s.id) ?? ''})`).join(', ');
  const front = {
    ...(meta.status && { status: meta.status === 'superseded' && successor ? `superseded by ${successor}` : meta.status }),
    ...(meta.date && { date: toIsoDate(meta.date) }),
    // The record fields (src/schemas/fields/), each under its key as its export form writes it; an empty list too.
    ...Object.fromEntries(
      RECORD_FIELDS.flatMap((field) => {
        const values = meta[field.key];
        return values ? [[field.key, WRITE[field.export](values)]] : [];
      }),
    ),
  };
  for (const link of ['amends', 'relates-to'] as const) {
    if (meta[link]?.length) notes.push(`${link} (${meta[link].join(', ')}) left out: MADR has no field for it`);
  }
  const sections: RootContent[] = [];
  for (const page of pages) {
    const body = convertPage(parseMdx(page.text), fileOf, notes);
    if (pages.length === 1) sections.push(...body);
    else {
      // Several pages become one document: each page a section, its headings one level down.
      sections.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: page.title }] });
      for (const node of body) sections.push(node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + 1) as Heading['depth'] } : node);
    }
  }
  const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: meta.title[lang] }] }, ...sections] };
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${writeMarkdown(tree)}`;
}

function convertPage(tree: Root, fileOf: (id: string) => string | undefined, notes: string[]): RootContent[] {
  const convert = (node: RootContent): RootContent[] => {
    switch (node.type as string) {
      case 'yaml':
        return [];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const { name, children } = node as unknown as { name: string | null; children: RootContent[] };
        // The record's metadata is the front matter.
        if (name === 'RecordMeta') return [];
        if (children.length > 0 && node.type === 'mdxJsxFlowElement') {
          notes.push(`<${name}> kept as a quote`);
          return [{ type: 'blockquote', children: children.flatMap(convert) } as RootContent];
        }
        notes.push(`<${name} /> left out: a component of this site`);
        return [];
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = (node as unknown as { value: string }).value.trim();
        const comment = /^\/\*([\s\S]*)\*\/$/.exec(value);
        if (comment) return [{ type: 'html', value: `<!-- ${comment[1]!.trim()} -->` }];
        notes.push(`{${value}} left out: an MDX expression`);
        return [];
      }
      case 'mdxjsEsm':
        notes.push('an MDX import/export left out');
        return [];
    }
    if (node.type === 'link') {
      const m = /^\.\.\/([^/#]+)\/(#.*)?$/.exec(node.url);
      if (m) {
        const file = fileOf(m[1]!);
        if (file) return [{ ...node, url: `${file}${m[2] ?? ''}`, children: node.children.flatMap(convert) as typeof node.children }];
      }
      if (!/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(node.url)) notes.push(`link "${node.url}" kept as written: it is a page of this site`);
    }
    if ('children' in node) return [{ ...node, children: (node.children as RootContent[]).flatMap(convert) } as RootContent];
    return [node];
  };
  return tree.children.flatMap(convert);
}
