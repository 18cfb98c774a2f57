/**
 * The Preact renderer for the islands, without Babel in a build, and the `client:interaction`
 * directive, whose islands' props a build moves out of the pages (src/lib/site/islandProps.ts).
 *
 * `@astrojs/preact` always hands Babel options to `@preact/preset-vite`, which then imports
 * `@babel/core` (0.8 s of every build) and runs Babel over each island. A build needs
 * neither: Vite's own transform (oxc) compiles JSX for Preact. So `astro build` (and
 * `astro check`/`sync`) registers the same server renderer, `@astrojs/preact/server.js`,
 * with our hydrator as the browser side, and `astro dev` loads the full integration, whose
 * Babel pass keeps Preact's hot reload (prefresh).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveIslandProps } from '../lib/site/islandProps.ts';
import { withBase } from '../lib/site/paths.ts';
import { htmlFiles } from './builtAssets.ts';

type Options = { include: RegExp[] };

// `@astrojs/preact/server.js` (and preactServer.ts) import their options from this module:
// `include` says which files hold Preact components, as `@astrojs/preact` would write it.
const OPTIONS_MODULE = 'astro:preact:opts';

/** Where the moved props go: beside Astro's hashed bundles, named by their content's hash, so cached for good as they are. */
const PROPS_DIR = '_astro/props';

function optionsModule({ include }: Options): Plugin {
  const resolvedId = '\0' + OPTIONS_MODULE;
  return {
    name: 'preact-islands:options',
    resolveId: { filter: { id: new RegExp(`^${OPTIONS_MODULE}$`) }, handler: () => resolvedId },
    load: {
      filter: { id: new RegExp(`^\\0${OPTIONS_MODULE}$`) },
      handler: () => `export default { include: [${include.map(String).join(', ')}] };`,
    },
  };
}

export function preactIslands(options: Options): AstroIntegration {
  // The dev server's full integration, kept to hand its later hooks the same object.
  let dev: AstroIntegration | undefined;
  let base = '/';
  return {
    name: 'preact-islands',
    hooks: {
      'astro:config:setup': async (params) => {
        params.addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../islands/hydrateOnInteraction.ts', import.meta.url)) });
        if (params.command === 'dev') {
          // Node's own require, not import(): if Vite's module runner loaded the config (Astro's
          // fallback when Node cannot), an import() here would go to that runner, closed by now.
          const preact = (createRequire(import.meta.url)('@astrojs/preact') as typeof import('@astrojs/preact')).default;
          dev = preact(options);
          await dev.hooks['astro:config:setup']?.(params);
          return;
        }
        params.addRenderer({
          name: '@astrojs/preact',
          // @astrojs/preact's server renderer, without a second render to claim an island (see the file).
          serverEntrypoint: fileURLToPath(new URL('./preactServer.ts', import.meta.url)),
          // @astrojs/preact's browser side minus signal props (see the file).
          clientEntrypoint: fileURLToPath(new URL('../islands/hydrate.ts', import.meta.url)),
        });
        params.updateConfig({
          vite: {
            // As tsconfig.json says; set here so no other tsconfig can change what ships.
            oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
            plugins: [optionsModule(options)],
          },
        });
      },
      'astro:config:done': async (params) => {
        base = withBase(params.config.base);
        await dev?.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const propsDir = join(root, PROPS_DIR);
        for (const file of htmlFiles(root)) {
          const { html, files } = moveIslandProps(readFileSync(file, 'utf8'), (json) => `${base}${PROPS_DIR}/${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`);
          if (!files.length) continue;
          mkdirSync(propsDir, { recursive: true });
          for (const { url, json } of files) writeFileSync(join(root, url.slice(base.length)), json);
          writeFileSync(file, html);
        }
      },
    },
  };
}
