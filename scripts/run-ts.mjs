// Runs one of the TypeScript command scripts (scripts/*.ts) with Vite's module runner,
// already in the tree through Astro: it resolves src/'s extension-less imports, which
// Node's own type stripping does not. The script's `main(args)` returns the exit code.
// Its opening comment is its usage: printed for --help, and beside an option it does not know.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const path = resolve(root, script);
const usage = () =>
  (/^\/\*\*\n([\s\S]*?)\n \*\//.exec(readFileSync(path, 'utf8'))?.[1] ?? '')
    .split('\n')
    .map((line) => line.replace(/^ \* ?/, ''))
    .join('\n');

if (args.includes('--help') || args.includes('-h')) {
  console.log(usage());
} else {
  const { module } = await runnerImport(path, { root, configFile: false, logLevel: 'error' });
  try {
    process.exitCode = await module.main(args);
  } catch (error) {
    // An option or argument the script does not take (node:util parseArgs): say which, and how to call it.
    if (!String(error?.code).startsWith('ERR_PARSE_ARGS_')) throw error;
    console.error(`${error.message}\n\n${usage()}`);
    process.exitCode = 2;
  }
}
