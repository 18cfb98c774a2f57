/**
 * A dynamic import() with nothing to preload, left as a plain import().
 *
 * Vite wraps every dynamic import of the browser build in its preload helper, which first
 * adds <link rel="modulepreload"> for the imported chunk's own imports. The helper is its
 * own chunk of 0.9 KB gzip, imported statically: every page whose script has an import()
 * loads it. When each chunk the imported one needs is already imported statically by the
 * importer (the calculator's later part, src/islands/CostInsights.tsx, needs only what the
 * island has loaded), the helper preloads nothing, so this plugin unwraps the call
 * (`helper(() => import("./x.js"), deps)` becomes `(() => import("./x.js"))()`) and drops
 * the helper's import from that chunk. Calls that would preload something are left as Vite
 * wrote them. tests/e2e/quality.spec.ts holds the bytes this saves; the calculator's e2e
 * tests hold that the later part still loads.
 */
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  code: string;
  imports: string[];
  fileName: string;
}
type Bundle = Record<string, Chunk | { type: 'asset' }>;

/** The index just past the bracket that closes the one opened before `from`, skipping strings. */
function closing(code: string, from: number): number {
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The index of the comma that separates a call's first argument from the rest, or -1. */
function firstComma(code: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < to && code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) return i;
  }
  return -1;
}

const HELPER_IMPORT = /import\s*\{\s*(\w+)(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*["']\.\/(preload-helper[\w.-]*\.js)["'];?/;
const DYNAMIC_IMPORT = /^\(\)\s*=>\s*import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/;
const MAP_DEPS = /^const __vite__mapDeps=.*\n/;

export function directDynamicImports(): Plugin {
  return {
    name: 'direct-dynamic-imports',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    generateBundle(_options, output) {
      const bundle = output as unknown as Bundle;
      const chunk = (file: string) => {
        const c = bundle[file];
        return c?.type === 'chunk' ? c : undefined;
      };
      /** Every chunk `file` imports statically, itself included. */
      const loaded = (file: string) => {
        const seen = new Set<string>();
        const queue = [file];
        while (queue.length) {
          const next = queue.pop()!;
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(...(chunk(next)?.imports ?? []));
        }
        return seen;
      };
      const dir = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        const helper = HELPER_IMPORT.exec(c.code);
        if (!helper) continue;
        const name = helper[2] ?? helper[1]!;
        const helperFile = dir(c.fileName) + helper[3]!;
        const has = loaded(c.fileName);
        let code = c.code;
        const call = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\(`, 'g');
        for (let m = call.exec(code); m; m = call.exec(code)) {
          const open = m.index + m[0].length;
          const end = closing(code, open);
          const comma = end < 0 ? -1 : firstComma(code, open, end - 1);
          const first = comma < 0 ? '' : code.slice(open, comma);
          const target = DYNAMIC_IMPORT.exec(first)?.[1];
          if (!target) continue;
          // Anything the imported chunk needs that the importer has not loaded: the helper has work to do.
          const needs = [...loaded(dir(c.fileName) + target)].filter((f) => f !== dir(c.fileName) + target);
          if (needs.some((f) => !has.has(f))) continue;
          code = `${code.slice(0, m.index)}(${first})()${code.slice(end)}`;
          call.lastIndex = m.index;
        }
        // The helper's import goes once no call of it is left.
        if (!new RegExp(call.source).test(code.replace(HELPER_IMPORT, ''))) {
          code = code.replace(HELPER_IMPORT, '');
          c.imports = c.imports.filter((f) => f !== helperFile);
        }
        if (!/__vite__mapDeps\(\[/.test(code)) code = code.replace(MAP_DEPS, '');
        c.code = code;
      }
    },
  };
}
