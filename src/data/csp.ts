/**
 * Inline <style> blocks a page writes itself (is:inline) are not seen by Astro's CSP
 * hashing; a page registers their hashes here so the policy allows exactly them.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';

export function allowInlineStyle(astro: Pick<AstroGlobal, 'csp'>, css: string): string {
  astro.csp?.insertStyleHash(`sha256-${createHash('sha256').update(css).digest('base64')}`);
  return css;
}
