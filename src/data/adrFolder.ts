/**
 * A team's folder of Markdown ADRs read as both `npm run import` and the in-place build
 * read it: its files (sub-folders only when an ADR shows an image from one), each parsed by
 * src/lib/records/adrImport.ts; a sibling translation ("0007-x.nb.md") in the language its name says.
 * And the team's own status words, from status-words.yaml in the records folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAdr, type ParseOptions, type ParseResult } from '../lib/records/adrImport';
import { siblingTranslation } from '../lib/records/importPlan';

export function readAdrFolder(source: string, shown: (path: string) => string, options: ParseOptions): { parsed: ParseResult[]; markdownFiles: number } {
  const parsed: ParseResult[] = [];
  let markdownFiles = 0;
  for (const entry of readdirSync(source, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = shown(join(source, entry.name));
    if (!entry.isFile()) parsed.push({ ok: false, file, reason: 'a folder: its files are read only when an ADR shows them (images)' });
    else if (!/\.md$/i.test(entry.name)) parsed.push({ ok: false, file, reason: 'not a Markdown file (.md)' });
    else {
      markdownFiles++;
      const sibling = siblingTranslation(entry.name);
      parsed.push(parseAdr(file, readFileSync(join(source, entry.name), 'utf8'), { ...options, ...(sibling && { lang: sibling.lang }) }));
    }
  }
  return { parsed, markdownFiles };
}

/** status-words.yaml of a records folder, as written (statusTable in src/lib/records/statusWords.ts checks it). */
export function readStatusWordsFile(dir: string): Record<string, unknown> {
  const file = join(dir, 'status-words.yaml');
  return existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {}) : {};
}
