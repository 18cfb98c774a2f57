/**
 * hreflang alternates for @astrojs/sitemap. Its own i18n option pairs pages whose paths
 * differ only in the locale prefix; this site translates slugs (/nb/…/kostnader/ ↔
 * /en/…/costs/), so the pairs are read from each built page's own <link rel="alternate">.
 */
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let outDir = '';
let base = '/';

/** Remembers where the build writes, for `serialize` below. Register before sitemap(). */
export function sitemapAlternates(): AstroIntegration {
  return {
    name: 'sitemap-alternates',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
    },
  };
}

const ALTERNATE = /<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g;

export function serialize(item: SitemapItem): SitemapItem {
  const path = new URL(item.url).pathname;
  const file = join(outDir, path.startsWith(base) ? path.slice(base.length) : path, 'index.html');
  if (!existsSync(file)) return item;
  const links = [...readFileSync(file, 'utf8').matchAll(ALTERNATE)]
    .filter(([, lang]) => lang !== 'x-default')
    .map(([, lang, url]) => ({ lang: lang!, url: url! }));
  return links.length > 1 ? { ...item, links } : item;
}
