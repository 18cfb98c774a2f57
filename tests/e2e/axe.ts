/**
 * One way to ask axe about a page, for every spec: its violations as readable lines
 * ("rule: selector, selector"), so a failure names what to fix.
 *
 * Run in axe's legacy mode (axe.run in the page itself) and for violations only: the
 * default mode opens a blank page per scan to merge each frame's partial results, which our
 * pages (no iframes) never need, and passes and incomplete results are collected only to
 * be thrown away. Same rules, same findings; a scan takes a quarter to a half of the time
 * (docs/testing.md).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface AxeScope {
  /** Only this part of the page (a CSS selector), e.g. a tool whose page is scanned elsewhere. */
  include?: string | undefined;
  /** Only these rules, e.g. ['color-contrast'] for a second colour scheme. */
  rules?: string[] | undefined;
}

export async function axeViolations(page: Page, { include, rules }: AxeScope = {}): Promise<string[]> {
  let axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) axe = axe.include(include);
  if (rules) axe = axe.withRules(rules);
  const { violations } = await axe.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
