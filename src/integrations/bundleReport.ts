/**
 * After a build, prints the JavaScript each page loads (raw and gzip), so a change that
 * grows an island is seen at once. The budgets themselves are enforced by the tests.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { htmlFiles, pageScripts } from './builtAssets.ts';

export function bundleReport(): AstroIntegration {
  let base = '/';
  return {
    name: 'bundle-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rows = htmlFiles(root).flatMap((file) => {
          const scripts = pageScripts(root, readFileSync(file, 'utf8'), base);
          if (scripts.length === 0) return [];
          const bytes = scripts.map((s) => readFileSync(s));
          const raw = bytes.reduce((n, b) => n + b.length, 0);
          const gzip = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
          return [`${relative(root, file).padEnd(48)} ${String(scripts.length).padStart(2)} files ${String(raw).padStart(7)} B ${String(gzip).padStart(6)} B gzip`];
        });
        logger.info(`JavaScript per page (prose pages load none):\n${rows.join('\n') || '(no page loads JavaScript)'}`);
      },
    },
  };
}
