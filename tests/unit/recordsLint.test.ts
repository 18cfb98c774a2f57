/**
 * `npm run lint:records` fails on broken records with the file, the line and the field,
 * and passes on good ones. Each case breaks one thing in a copy of the fixture records
 * (tests/fixtures/lint-records) and runs the lint's main() on it. (That the published
 * records pass: tests/unit/content/publishedRecords.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../scripts/lint-records';

const fixtures = resolve(__dirname, '../fixtures/lint-records');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'adr-lint-'));
  cpSync(fixtures, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function lint(...args: string[]) {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    const code = await main(['--dir', dir, '--today', '2025-01-01', ...args]);
    return { code, output: lines.join('\n') };
  } finally {
    log.mockRestore();
  }
}

function edit(file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `fixture text not found in ${file}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

describe('lint:records', () => {
  test('passes on the fixture records', async () => {
    const { code, output } = await lint();
    expect(output).toContain('3 records, 5 pages');
    expect(output).toContain('0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  // [what breaks, file, from, to, the expected "file:line field" and message]
  const cases: [string, string, string | RegExp, string, RegExp][] = [
    ['an unknown status', '0002-structured-logging/record.yaml', 'status: accepted', 'status: approved', /0002-structured-logging\/record\.yaml:5 status: Invalid option/],
    ['a link to a record that does not exist', '0003-api-versioning/record.yaml', 'relates-to: [0002-structured-logging]', 'relates-to: [0009-nothing]', /0003-api-versioning\/record\.yaml:8 relates-to\.0: no record "0009-nothing"/],
    ['supersede links that disagree', '0001-log-format/record.yaml', 'status: superseded', 'status: accepted', /0002-structured-logging\/record\.yaml:9 supersedes\.0: "0001-log-format" is superseded by this record/],
    ['a superseded record without a successor', '0002-structured-logging/record.yaml', 'supersedes: [0001-log-format]\n', '', /0001-log-format\/record\.yaml:5 status: a superseded record needs a successor/],
    ['two records with one number', '0003-api-versioning/record.yaml', 'number: 3', 'number: 2', /0003-api-versioning\/record\.yaml:1 number: 2 is also the number of 0002-structured-logging/],
    ['a number that does not match its folder', '0003-api-versioning/record.yaml', 'number: 3', 'number: 4', /0003-api-versioning\/record\.yaml:1 number: 4 does not match the folder name/],
    ['a page without front matter', '0002-structured-logging/pages/en/decision.mdx', /^[\s\S]*$/, '', /0002-structured-logging\/pages\/en\/decision\.mdx:1 \(front matter\): missing/],
    ['a dead internal link', '0002-structured-logging/pages/en/decision.mdx', '../0001-log-format/', '../0001-log-formats/', /0002-structured-logging\/pages\/en\/decision\.mdx:12 \(link\): "\.\.\/0001-log-formats\/" leads to \/en\/0001-log-formats\//],
    ['a link to an ADR Markdown file', '0002-structured-logging/pages/en/decision.mdx', '../0001-log-format/', '0001-log-format.md', /0002-structured-logging\/pages\/en\/decision\.mdx:12 \(link\): "0001-log-format\.md" links a Markdown file, which the site does not serve/],
    ['a link to a file of the repository', '0002-structured-logging/pages/en/decision.mdx', '../0001-log-format/', '../../deploy/main.tf', /0002-structured-logging\/pages\/en\/decision\.mdx:12 \(link\): "\.\.\/\.\.\/deploy\/main\.tf" leads to \/deploy\/main\.tf\/, which is not a page of this site \(a file of the repository/],
    ['an image that is not there', '0002-structured-logging/pages/en/decision.mdx', '<RecordMeta />', '<RecordMeta />\n\n![The log pipeline](../../images/pipeline.png)', /0002-structured-logging\/pages\/en\/decision\.mdx:\d+ \(image\): "\.\.\/\.\.\/images\/pipeline\.png" not found/],
    ['an image address with GitHub\'s ?raw=true', '0002-structured-logging/pages/en/decision.mdx', '<RecordMeta />', '<RecordMeta />\n\n![The log pipeline](./pipeline.png?raw=true)', /decision\.mdx:\d+ \(image\): "\.\/pipeline\.png\?raw=true": the build cannot read an image address with "\?raw=true": drop it/],
    ['an image on another site', '0002-structured-logging/pages/en/decision.mdx', '<RecordMeta />', '<RecordMeta />\n\n![The log pipeline](https://img.example.org/p.png)', /decision\.mdx:\d+ \(image\): "https:\/\/img\.example\.org\/p\.png" is on another site/],
    ['a moved tool sent to a page the record does not have', '0002-structured-logging/pages/en/decision.mdx', 'key: decision\n', 'key: decision\ntoolMovedTo: calculator\n', /0002-structured-logging\/pages\/en\/decision\.mdx:3 toolMovedTo: no page with key "calculator" in this record \(its pages: decision\)/],
    ['a moved tool sent to a page that shows no tool', '0002-structured-logging/pages/en/decision.mdx', 'key: decision\n', 'key: decision\ntoolMovedTo: decision\n', /0002-structured-logging\/pages\/en\/decision\.mdx:3 toolMovedTo: page "decision" \(\S+decision\.mdx\) shows no tool/],
    ['a description too short for a link preview', '0001-log-format/pages/nb/beslutning.mdx', /description: .*/, 'description: Kort.', /0001-log-format\/pages\/nb\/beslutning\.mdx:5 description: Too small/],
    ['text MDX cannot read', '0003-api-versioning/pages/en/decision.mdx', 'break when', 'break {when', /0003-api-versioning\/pages\/en\/decision\.mdx:\d+ \(mdx\): Unexpected end of file in expression/],
    ['a record written in one language, the other missing, without original-language', '0003-api-versioning/record.yaml', 'original-language: en\n', '', /0003-api-versioning\/record\.yaml pages: no page in nb: write one, or set original-language/],
  ];
  test.each(cases)('fails on %s, naming file, line and field', async (_what, file, from, to, expected) => {
    edit(file, from, to);
    const { code, output } = await lint();
    expect(output).toMatch(expected);
    expect(code).toBe(1);
  });

  test('a page deleted from one language is named with its record and key', async () => {
    rmSync(join(dir, '0001-log-format/pages/en/decision.mdx'));
    const { code, output } = await lint();
    expect(output).toMatch(/0001-log-format\/record\.yaml pages: no page in en/);
    expect(code).toBe(1);
  });

  test('an overdue review warns, and fails with --strict', async () => {
    const late = await lint('--today', '2025-06-01');
    expect(late.output).toMatch(/warning \S*0002-structured-logging\/record\.yaml:8 review-after-months: review was due on 2025-05-10/);
    expect(late.code).toBe(0);
    const strict = await lint('--today', '2025-06-01', '--strict');
    expect(strict.output).toMatch(/error {3}\S*0002-structured-logging\/record\.yaml:8 review-after-months/);
    expect(strict.code).toBe(1);
  });
});
