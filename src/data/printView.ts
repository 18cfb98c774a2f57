/**
 * The print view (a whole record on one page) shows each tool once, as static results,
 * on the first page that holds it; later pages get a one-line reference instead.
 * Call before any await: Astro starts sibling components in document order.
 */
import type { AstroGlobal } from 'astro';

export type Tool = 'calculator' | 'checklist';

export function shownEarlierInPrint(astro: Pick<AstroGlobal, 'locals'>, tool: Tool): boolean {
  const { locals } = astro;
  if (!locals.printView) return false;
  locals.printedTools ??= new Set();
  if (locals.printedTools.has(tool)) return true;
  locals.printedTools.add(tool);
  return false;
}
