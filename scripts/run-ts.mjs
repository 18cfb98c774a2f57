// Runs one of the TypeScript command scripts (scripts/*.ts) with Vite's module runner,
// already in the tree through Astro: it resolves src/'s extension-less imports, which
// Node's own type stripping does not. The script's `main(args)` returns the exit code.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(resolve(root, script), { root, configFile: false, logLevel: 'error' });
process.exitCode = await module.main(args);
