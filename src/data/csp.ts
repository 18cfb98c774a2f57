/**
 * Inline <style> and <script> blocks a page writes itself (is:inline) are not seen by
 * Astro's CSP hashing; a page registers their hashes here so the policy allows exactly them.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';

const sha256 = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code).digest('base64')}`;

export function allowInlineStyle(astro: Pick<AstroGlobal, 'csp'>, css: string): string {
  astro.csp?.insertStyleHash(sha256(css));
  return css;
}

export function allowInlineScript(astro: Pick<AstroGlobal, 'csp'>, js: string): string {
  astro.csp?.insertScriptHash(sha256(js));
  return js;
}
