/**
 * YAML front matter at the top of the file: MADR 3 and 4 (`status`, `date`,
 * `decision-makers` or `deciders`, `consulted`, `informed`, `tags`) and Docusaurus (its
 * `title` when the file has no "# Title" heading).
 */
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../markdownTree';
import { readStatus, type ImportFormat } from './format';
import { FIELD_WORDS } from './headerLines';

/**
 * YAML as Docusaurus reads front matter: a value with a second, unquoted colon
 * (`title: ADR006: Avoid X`) is taken as text. Returns the fields and whether quoting was needed.
 */
export function readFrontMatter(yaml: string): { fields: Record<string, unknown>; lenient: boolean } {
  try {
    return { fields: (parseYaml(yaml) as Record<string, unknown> | null) ?? {}, lenient: false };
  } catch (error) {
    const quoted = yaml
      .split('\n')
      .map((line) => {
        const m = /^([A-Za-z][\w-]*):[ \t]+(.*\S)\s*$/.exec(line);
        return m && !/^["'[{|>&*!]/.test(m[2]!) && m[2]!.includes(': ') ? `${m[1]}: ${JSON.stringify(m[2])}` : line;
      })
      .join('\n');
    if (quoted === yaml) throw error;
    return { fields: (parseYaml(quoted) as Record<string, unknown> | null) ?? {}, lenient: true };
  }
}

export const frontMatter: ImportFormat = {
  readTop(state) {
    const first = state.blocks[0];
    if (first?.type !== 'yaml') return undefined;
    state.statusOptional = true;
    const fields = state.fields;
    try {
      const read = readFrontMatter(first.value);
      Object.assign(fields, read.fields);
      if (read.lenient) state.notes.push('front matter: a value with an unquoted colon read as text');
    } catch (error) {
      return `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
    }
    state.blocks.shift();
    if (typeof fields.status === 'string') readStatus(state, parseMarkdown(fields.status).children);
    // A record field under another of its words (MADR 3's `deciders`): read as its key. (Not HEADER_KEYS: front matter has no `dato`.)
    for (const [word, key] of Object.entries(FIELD_WORDS)) if (fields[word] !== undefined && fields[key] === undefined) fields[key] = fields[word];
    if (typeof fields.title === 'string' && fields.title.trim()) state.title = fields.title.trim();
    return undefined;
  },
};
