/**
 * Markdown and MDX as syntax trees (mdast), so importing, exporting and linting records
 * never guess where a heading, a link or the front matter is with regular expressions:
 * code blocks, tables (GFM) and front matter are read as the renderers read them.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Plain Markdown (CommonMark + GFM) with optional YAML front matter: what other ADR tools write. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** An MDX page of this site. Throws (with line and column) on what MDX cannot parse. */
export function parseMdx(text: string): Root {
  return fromMarkdown(text, {
    extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

const common = { bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one', fences: true, resourceLink: true } as const;

/** Markdown text; `<url>` autolinks are written as `[url](url)`, which MDX also reads. */
export function writeMarkdown(tree: Nodes): string {
  return toMarkdown(tree, { ...common, extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])] });
}

/** MDX text: `{`, `<` and the like in prose are escaped so MDX reads them as text. */
export function writeMdx(tree: Nodes): string {
  return toMarkdown(tree, { ...common, extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml'])] });
}
