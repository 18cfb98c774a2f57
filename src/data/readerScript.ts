/**
 * src/client/readerPreferences.ts compiled once per build into the small classic script
 * every page inlines in <head>. It must run before the first paint (a module script or a
 * file would show the wrong theme for a moment), so it is bundled and minified here
 * rather than by Vite, which only emits module scripts.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';

const { outputFiles } = buildSync({
  entryPoints: [resolve('src/client/readerPreferences.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  write: false,
});

export const readerScript = outputFiles[0]!.text.trim();
