/**
 * The line of a team's ADR file each generated record.yaml field comes from
 * (src/lib/records/headerLines.ts), in each header form the import reads: what the lint of
 * a folder read in place names for a finding in record.yaml.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAdr } from '../../src/lib/records/adrImport';
import { fieldLine, headerLines } from '../../src/lib/records/headerLines';

describe('the header\'s lines, in each form the import reads', () => {
  test.each([
    ['MADR 3/4 front matter', '---\nstatus: accepted\ndate: 2024-01-02\ndeciders: Ann, Bo\n---\n\n# Use X\n\n## Context\n', { status: 2, date: 3, 'decision-makers': 4, title: 7 }],
    ['MADR 2 / Log4brains bullets', '# Use X\n\n* Status: accepted\n* Deciders: Ann\n* Date: 2024-01-02\n\n## Context\n', { title: 1, status: 3, 'decision-makers': 4, date: 5 }],
    ['adr-tools: a Date line and a Status section', '# 7. Use X\n\nDate: 2024-01-02\n\n## Status\n\nSuperseded by [8](0008-y.md)\n\n## Context\n', { title: 1, date: 3, status: 7 }],
    ['Docusaurus: a title in front matter, a one-row table', '---\ntitle: ADR002: Use X\n---\n\n| Created | Status |\n| - | - |\n| 2022-03-21 | Open |\n', { title: 2, date: 7, status: 7 }],
    ['front matter first, then the header (as the import reads them)', '---\nstatus: accepted\n---\n# Use X\n\n* Status: proposed\n* Date: 2024-01-02\n', { status: 2, title: 4, date: 7 }],
    ['a list that is not all header ends the header', '# Use X\n\n* Status: accepted\n* We liked it\n\nDate: 2024-01-02\n', { title: 1 }],
    ['an empty Status section: its heading', '# Use X\n\n## Status\n\n## Context\n', { title: 1, status: 3 }],
    ['no header at all', 'Some text.\n', {}],
  ])('%s', (_, text, expected) => expect(headerLines(text)).toEqual(expected));
});

describe('a record.yaml field -> its header line', () => {
  const lines = { title: 1, status: 5, date: 3, tags: 4 };
  test.each([
    ['title.en', 1],
    ['status', 5],
    ['supersedes.0', 5],
    ['amends.1', 5],
    ['date', 3],
    ['tags.2', 4],
    ['decision-makers', undefined],
    ['number', undefined],
    ['pages', undefined],
  ])('%s -> %s', (field, line) => expect(fieldLine(lines, field)).toBe(line));
});

describe('on the team folders: the line found holds what the import read', () => {
  const folders = resolve(__dirname, '../fixtures/team-folders');
  const files = readdirSync(folders).flatMap((shape) =>
    readdirSync(join(folders, shape))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(shape, f)),
  );
  test.each(files)('%s', (file) => {
    const text = readFileSync(join(folders, file), 'utf8');
    const parsed = parseAdr(file, text, { unknownStatus: 'unknown' });
    if (!parsed.ok) return;
    const at = (n: number | undefined) => (n === undefined ? '' : text.split('\n')[n - 1]!);
    const lines = headerLines(text);
    expect(at(lines.title)).toContain(parsed.adr.title.split(' ')[0]);
    if (parsed.adr.date && !/^\d{8}-/.test(file.replace(/^.*\//, ''))) expect(at(lines.date)).toContain(parsed.adr.date);
    if (parsed.adr.status) expect(at(lines.status)).not.toBe('');
  });
});
