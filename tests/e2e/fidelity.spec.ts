/**
 * The site carries the whole source: every figure of the original document appears on
 * the record's pages in both languages, and every command of its code blocks verbatim.
 * The original is kept beside the record as content/records/0001-kubernetes/source.nb.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { recordPages } from './site';

const source = readFileSync(resolve(import.meta.dirname, '../../content/records/0001-kubernetes/source.nb.md'), 'utf8');

const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every number as written, decimal commas read as points: "99,9" and "99.9" are one figure. */
const numbersIn = (text: string) => new Set([...text.replace(/(\d),(\d)/g, '$1.$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]));

for (const lang of ['nb', 'en'] as const) {
  const site = recordPages()
    .filter((p) => p.lang === lang)
    .map((p) => textOf(p.html))
    .join('\n');

  test(`${lang}: every figure of the source appears on the record's pages`, () => {
    const onSite = numbersIn(site);
    const missing = [...numbersIn(source)].filter((n) => !onSite.has(n));
    expect(missing).toEqual([]);
  });

  test(`${lang}: every command of the source's code blocks appears verbatim`, () => {
    // Code on the site, without the highlighter's <span>s.
    const code = recordPages()
      .filter((p) => p.lang === lang)
      .flatMap((p) => [...p.html.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => textOf(m[1]!.replace(/<[^>]+>/g, ''))))
      .join('\n');
    const blocks = [...source.matchAll(/```(\w*)\n([\s\S]*?)```/g)]
      // English translates the plain-text status block's words; the yaml/bash blocks are commands.
      .filter(([, language]) => lang === 'nb' || language)
      .map((m) => m[2]!);
    const lines = blocks
      .flatMap((b) => b.split('\n'))
      .map((l) => l.trim())
      // Comments are translated in English; commands never are.
      .filter((l) => l && !(lang === 'en' && l.startsWith('#')));
    expect(lines.length).toBeGreaterThanOrEqual(7);
    const missing = lines.filter((line) => !code.includes(line));
    expect(missing).toEqual([]);
  });
}
