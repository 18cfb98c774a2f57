/**
 * The import formats as a registry (src/lib/records/formats/index.ts): parseAdr reads what
 * the formats of its list read, so a format added to the list (here the test format of
 * tests/fixtures/import-formats/comment-metadata/, made by the recipe in CONTRIBUTING.md)
 * makes files of its shape importable, without changing how any other file is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAdr, type ParsedAdr } from '../../src/lib/records/adrImport';
import { IMPORT_FORMATS } from '../../src/lib/records/formats';
import { statusSection } from '../../src/lib/records/formats/statusSection';
import { plainText } from '../../src/lib/records/adrText';
import { commentMetadata } from '../fixtures/import-formats/comment-metadata/format';

const folder = resolve(__dirname, '../fixtures/import-formats/comment-metadata');
const read = (name: string) => readFileSync(join(folder, name), 'utf8');
const withComments = [...IMPORT_FORMATS, commentMetadata];
const FILES = ['0001-build-on-every-runner.md', '0002-keep-one-build-cache.md', '0003-sign-release-artifacts.md'];

function imported(name: string): ParsedAdr {
  const result = parseAdr(name, read(name), {}, withComments);
  if (!result.ok) throw new Error(`${name} not imported: ${result.reason}`);
  return result.adr;
}

describe('a format added to the list', () => {
  test('the fixture folder holds the files the tests name', () => {
    expect(readdirSync(folder).filter((f) => f.endsWith('.md')).sort()).toEqual(FILES);
  });

  test.each(FILES)('without it, %s is skipped as not an ADR', (name) => {
    expect(parseAdr(name, read(name))).toEqual({ ok: false, file: name, reason: expect.stringMatching(/^no status .* not an ADR\?$/) });
  });

  test.each([
    ['0001-build-on-every-runner.md', { number: 1, title: 'Build on every runner from scratch', status: 'superseded', date: '2023-05-10', 'decision-makers': ['Ingrid Berg'], tags: [], links: [{ kind: 'superseded-by', file: '0002-keep-one-build-cache.md', number: 2 }], notes: [] }],
    ['0002-keep-one-build-cache.md', { number: 2, title: 'Keep one build cache for the whole pipeline', status: 'accepted', date: '2024-03-05', 'decision-makers': ['Ingrid Berg', 'Jonas Lie'], tags: ['ci', 'build'], links: [{ kind: 'supersedes', file: '0001-build-on-every-runner.md', number: 1 }], notes: [] }],
    ['0003-sign-release-artifacts.md', { number: 3, title: 'Sign the release artifacts', status: 'proposed', date: '2024-09-18', 'decision-makers': [], tags: [], links: [], notes: [expect.stringMatching(/draft/)] }],
  ])('with it, %s is imported: status, date, people, links', (name, expected) => {
    expect(imported(name)).toMatchObject({ file: name, lang: 'en', ...expected });
  });

  test('the metadata comment leaves the text; another comment stays in it', () => {
    const bodies = FILES.map((name) => imported(name).body.children);
    for (const body of bodies) expect(body.some((n) => n.type === 'html' && /status:/.test(n.value))).toBe(false);
    expect(bodies[2]!.filter((n) => n.type === 'html').map((n) => (n.type === 'html' ? n.value : ''))).toEqual(['<!-- Someone should check what the registry accepts. -->']);
    expect(plainText(imported(FILES[1]!).body)).toMatch(/^Why\nBuilds from scratch/);
  });

  test('beside another format: a file titled in its front matter, the comment above its text', () => {
    const text = '---\ntitle: "4. Pin the base images"\n---\n<!-- status: accepted\ndate: 2024-10-01\nsupersedes: 0002-use-latest-images.md -->\n\n## Why\n\nA new base image broke the build twice.\n';
    const result = parseAdr('0004-pin-the-base-images.md', text, {}, withComments);
    expect(result).toMatchObject({ ok: true, adr: { number: 4, title: 'Pin the base images', status: 'accepted', date: '2024-10-01' } });
    // Read once: removed by readTop, so the header does not read it again.
    expect(result.ok && result.adr.links).toEqual([{ kind: 'supersedes', file: '0002-use-latest-images.md', number: 2 }]);
    expect(result.ok && result.adr.body.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
  });

  test('every file of the other fixture folders is read exactly as without it', () => {
    const fixtures = resolve(__dirname, '../fixtures');
    const files = ['import', 'team-folders'].flatMap((dir) =>
      readdirSync(join(fixtures, dir)).flatMap((sub) => readdirSync(join(fixtures, dir, sub)).filter((f) => f.endsWith('.md')).map((f) => join(fixtures, dir, sub, f))),
    );
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseAdr(file, text, {}, withComments), file).toEqual(parseAdr(file, text));
    }
  });
});

describe('the order of the list', () => {
  const nygard = '# 3. Use a queue\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nWe need one.\n';

  test('a format left out of the list reads nothing: without the status section, an adr-tools file has no status', () => {
    expect(parseAdr('0003-use-a-queue.md', nygard)).toMatchObject({ ok: true, adr: { status: 'accepted', date: '2020-01-02' } });
    const without = parseAdr('0003-use-a-queue.md', nygard, {}, IMPORT_FORMATS.filter((f) => f !== statusSection));
    expect(without).toMatchObject({ ok: true, adr: { date: '2020-01-02', notes: ['no status: shown as unknown'] } });
    expect(without.ok && without.adr.status).toBeUndefined();
    // The section stays in the text when no format reads it.
    expect(without.ok && plainText(without.adr.body)).toMatch(/^Status\nAccepted\nContext/);
  });

  test('the status an earlier format read counts: front matter before the header lines before a "## Status" section', () => {
    const text = '---\nstatus: accepted\n---\n# 4. Use X\n\n* Status: rejected\n\n## Status\n\nDeprecated\n';
    expect(parseAdr('0004-use-x.md', text)).toMatchObject({ ok: true, adr: { status: 'accepted' } });
    expect(parseAdr('0004-use-x.md', text.replace(/^---[\s\S]*?---\n/, ''))).toMatchObject({ ok: true, adr: { status: 'rejected' } });
    expect(parseAdr('0004-use-x.md', text.replace(/^---[\s\S]*?---\n/, '').replace('* Status: rejected\n\n', ''))).toMatchObject({ ok: true, adr: { status: 'deprecated' } });
  });
});
