/** A shared record link previews the decision itself, in the words of the record's data. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from '@playwright/test';
import { builtPages, DIST_SUBPATH } from './site';

const record = parse(readFileSync(resolve(import.meta.dirname, '../../content/records/0001-kubernetes/record.yaml'), 'utf8')) as {
  decision: Record<'nb' | 'en', string>;
};

test('the overview’s preview image states the record’s decision, and says so in its text alternative', () => {
  for (const lang of ['nb', 'en'] as const) {
    const overview = builtPages(DIST_SUBPATH).find((p) => p.path === `/${lang}/0001-kubernetes/`)!;
    const alt = /<meta property="og:image:alt" content="([^"]+)"/.exec(overview.html)?.[1];
    expect(alt).toBe(`ADR 0001: ${record.decision[lang]}`);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(overview.html)![1]!;
    const png = readFileSync(join(DIST_SUBPATH, new URL(image).pathname.replace(/^\/adr\//, '')));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  }
});
