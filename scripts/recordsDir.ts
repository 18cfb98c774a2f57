/**
 * Where the command scripts find the records: `--dir`, else $RECORDS_DIR (as the build
 * reads it, src/content.config.ts), else content/records. Relative to the working directory.
 */
import { relative, resolve } from 'node:path';

export function recordsDir(option: string | undefined): { dir: string; base: string } {
  const dir = resolve(option ?? process.env.RECORDS_DIR ?? 'content/records');
  const base = relative(process.cwd(), dir) || '.';
  return { dir, base: base.startsWith('..') ? dir : base };
}
