// Writes the Starlight site's pages from our built site (dist/), so both hold the same text:
// each record page's prose (the element our search indexes, [data-pagefind-body]) becomes one
// Starlight Markdown page, in the same reading order, both languages; addresses.json maps
// each of our page addresses to the Starlight page that holds the same text. Our page
// furniture is left out (heading link buttons, screen-reader-only labels) and so are the
// tools' controls: a tool page keeps what its server render shows (the document's figures,
// tables and verdict) as static Markdown, which is what a documentation site without
// islands would hold.
// Usage (from the repository root): node bench/starlight/generate.mjs <dist> <records dir>
import { mkdirSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';

const [dist = 'dist', recordsDir = 'content/records'] = process.argv.slice(2);
const out = new URL('./src/content/docs/', import.meta.url).pathname;
const LANGS = ['nb', 'en'];
const LEFT_OUT = ['script', 'style', 'noscript', 'button', 'fieldset', 'label', 'input', 'select', 'textarea', 'svg', '.heading-tools', '.visually-hidden'];

/** Removes the given nodes, and comments, from a hast tree, wherever they sit. */
function remove(tree, nodes) {
  const gone = new Set(nodes);
  const walk = (node) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => !gone.has(child) && child.type !== 'comment');
    node.children.forEach(walk);
  };
  walk(tree);
}
const attr = (node, name) => node?.properties?.[name];
const text = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(text).join(''));

/** A record's pages in reading order, as its page navigation lists them: [path, slug]. */
function recordPages(root, lang, record) {
  const overview = join(root, 'index.html');
  if (!existsSync(overview)) return [];
  const nav = select('nav.record-nav', fromHtml(readFileSync(overview, 'utf8')));
  // It lists each page once per screen size, and the print view, which has no prose of its own.
  const hrefs = [...new Set(selectAll('a[href]', nav).map((a) => attr(a, 'href')))];
  return hrefs
    .map((href) => [href, href.replace(`/${lang}/${record}/`, '').replace(/\/$/, '')])
    .filter(([, slug]) => select('[data-pagefind-body]', fromHtml(readFileSync(join(root, slug, 'index.html'), 'utf8'))));
}

rmSync(out, { recursive: true, force: true });
// Our address of each page -> Starlight's. Starlight pairs translations by file name, so a
// page has the same name in both languages there (the first language's), where ours
// translates it (/nb/…/kostnader/, /en/…/costs/): with different names, Starlight would
// list every page of the other language in each sidebar as an untranslated fallback.
const addresses = {};
for (const record of readdirSync(recordsDir)) {
  const byLang = LANGS.map((lang) => recordPages(join(dist, lang, record), lang, record));
  const names = byLang[0].map(([, slug]) => slug);
  LANGS.forEach((lang, l) => {
    if (byLang[l].length !== names.length) throw new Error(`${record}: ${lang} has ${byLang[l].length} pages, ${LANGS[0]} ${names.length}`);
    byLang[l].forEach(([href, slug], order) => {
      const tree = fromHtml(readFileSync(join(dist, lang, record, slug, 'index.html'), 'utf8'));
      const prose = select('[data-pagefind-body]', tree);
      const title = text(select('h1', tree)).trim();
      const description = attr(select('meta[name="description"]', tree), 'content') ?? '';
      remove(prose, LEFT_OUT.map((sel) => selectAll(sel, prose)).flat());
      const body = toMarkdown(toMdast({ type: 'root', children: prose.children }), { extensions: [gfmToMarkdown()] });
      const front = ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, `sidebar: { order: ${order} }`, '---', ''];
      const name = names[order];
      const file = join(out, lang, record, name ? `${name}.md` : 'index.md');
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, `${front.join('\n')}\n${body}`);
      addresses[href] = `/${lang}/${record}/${name ? `${name}/` : ''}`;
    });
  });
}
const pages = Object.keys(addresses).length;
if (pages === 0) throw new Error(`no record pages found in ${dist}: build the site first`);
writeFileSync(new URL('./addresses.json', import.meta.url), `${JSON.stringify(addresses, null, 2)}\n`);
console.log(`starlight: wrote ${pages} pages from ${dist}`);
