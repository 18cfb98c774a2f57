/**
 * src/client/readerPreferences.ts compiled once per build into the small classic script
 * every page inlines in <head>. It must run before the first paint (a module script or a
 * file would show the wrong theme for a moment), so it is bundled and minified here
 * rather than by Vite, which only emits module scripts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync, version, type BuildOptions } from 'esbuild';

const options = {
  entryPoints: [resolve('src/client/readerPreferences.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  // An IIFE needs no "use strict" line; the bytes count against the script's 1 KB.
  tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
} satisfies BuildOptions;

/**
 * The script is kept with a hash of every file it was bundled from, and reused while none
 * changed: starting esbuild took 60–100 ms of every build, more than the rest of the first page.
 */
const CACHE_FILE = join(process.cwd(), 'node_modules', '.cache', 'reader-script.json');
type Cached = { key: string; inputs: Record<string, string>; script: string };

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const KEY = sha256(JSON.stringify({ version, options }));

function cachedScript(): string | undefined {
  try {
    const cached = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Cached;
    const unchanged = cached.key === KEY && Object.entries(cached.inputs).every(([file, hash]) => sha256(readFileSync(file)) === hash);
    return unchanged ? cached.script : undefined;
  } catch {
    return undefined; // no cache yet, or an input is gone
  }
}

function compiledScript(): string {
  const { outputFiles, metafile } = buildSync({ ...options, write: false, metafile: true });
  const script = outputFiles[0]!.text.trim();
  // metafile paths are relative to the working directory, as readFileSync reads them.
  const inputs = Object.fromEntries(Object.keys(metafile.inputs).map((file) => [file, sha256(readFileSync(file))]));
  mkdirSync(join(CACHE_FILE, '..'), { recursive: true });
  writeFileSync(CACHE_FILE, JSON.stringify({ key: KEY, inputs, script } satisfies Cached));
  return script;
}

export const readerScript = cachedScript() ?? compiledScript();
