// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
// Imports name their .ts files, as do the integrations' own imports: Node then loads this
// file itself (type stripping); otherwise Astro fails to, and starts a Vite server to load it.
import { searchIndex } from './src/integrations/searchIndex.ts';
import { bundleReport } from './src/integrations/bundleReport.ts';
import { sitemapAlternates, serialize } from './src/integrations/sitemapAlternates.ts';
import { siteAddress } from './src/integrations/siteAddress.ts';
import { headingIds } from './src/integrations/headingIds.ts';
import { meaningMarks } from './src/integrations/meaningMarks.ts';
import { mermaidDiagrams } from './src/integrations/mermaidDiagrams.ts';
import { tableAlign } from './src/integrations/tableAlign.ts';
import { preactIslands } from './src/integrations/preactIslands.ts';
import { hostHeaders } from './src/integrations/hostHeaders.ts';
import { directDynamicImports } from './src/integrations/directDynamicImports.ts';
import { resolveSiteUrl } from './src/lib/site/siteUrl.ts';
import { resolveRepository } from './src/lib/records/repository.ts';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

// SITE_URL (or a static host's build variables, see src/lib/site/siteUrl.ts) and BASE_PATH let
// one build serve under / or a sub-path of any host,
// e.g. SITE_URL=https://example.org BASE_PATH=/adr/ npm run build.
// Without an address, no page names one: Astro.site stays undefined.
const siteUrl = resolveSiteUrl(process.env);
// The sitemap needs absolute URLs, so a build without an address has none; loading the
// integration anyway cost 0.4 s of every such build (the tests make four).
const sitemap = siteUrl && (await import('@astrojs/sitemap')).default;
const base = process.env.BASE_PATH ?? '/';
// Astro keeps the content it loaded in its cache folder; a build of another records folder
// (the tests' sites, the bench's 300 records) gets a cache of its own, or the next build
// of the real content could start from the other folder's records.
const recordsDir = process.env.RECORDS_DIR;
const cacheDir = recordsDir && `./node_modules/.astro/records-${createHash('sha256').update(resolve(recordsDir)).digest('hex').slice(0, 12)}/`;

export default defineConfig({
  ...(siteUrl && { site: siteUrl.origin }),
  base,
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  // Two pages at a time: a link-preview image is drawn partly off the main thread
  // (src/og/ogImage.ts), so a cold build draws them in about half the time on two cores.
  build: { format: 'directory', concurrency: 2 },
  // An import() whose chunk needs nothing the page has not loaded skips Vite's preload helper (0.9 KB gzip).
  vite: { plugins: [directDynamicImports()] },
  // Prism marks code with classes (styled in global.css); Shiki's inline styles would need 'unsafe-inline'.
  // Heading ids first, from the text as written; then Mermaid blocks become their diagrams
  // (drawn here, not by Prism: docs/diagrams.md); then ✅ ❌ ⚠️ become icons with their word;
  // a table column's alignment becomes a class (the content policy blocks inline styles).
  markdown: {
    syntaxHighlight: { type: 'prism', excludeLangs: ['math', 'mermaid'] },
    processor: satteri({ hastPlugins: [headingIds, mermaidDiagrams, meaningMarks, tableAlign] }),
  },
  integrations: [
    siteAddress(siteUrl, resolveRepository(process.env)),
    mdx(),
    // Preact's renderer without Babel in a build; the dev server gets @astrojs/preact whole
    // (src/integrations/preactIslands.ts). Only files that can hold JSX are Preact's: the
    // dev server's Babel pass runs over what `include` matches, by default every .ts/.js file.
    preactIslands({ include: [/\.[jt]sx$/] }),
    // The log's one-filter pages (/<lang>/log/<facet>/<value>/) are views of the log, not pages of their own.
    ...(sitemap ? [sitemapAlternates(), sitemap({ serialize, filter: (page) => !page.includes('/404') && !/\/log\/[^/]+\/[^/]+\/$/.test(page) })] : []),
    searchIndex(),
    // Response headers for every kind of host, each page's CSP as its <meta> has it.
    hostHeaders(),
    bundleReport(),
  ],
  // Astro hashes every script and style it emits into a CSP <meta>; everything else
  // may only come from the site itself.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
    },
  },
});
