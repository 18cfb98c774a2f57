/**
 * Checks a record's files with the build's schemas before anything is written, and
 * writes them. Shared by new-record and import.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { RecordFiles } from '../src/lib/records/recordFiles';
import { pageSchema } from '../src/schemas/page';
import { recordSchema } from '../src/schemas/record';

const FRONT = /^---\n([\s\S]*?)\n---/;

/** Problems of the generated files, as "file field: message"; none when the build will accept them. */
export function schemaProblems({ id, files }: RecordFiles): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    const data = path === 'record.yaml' ? parse(text) : parse(FRONT.exec(text)?.[1] ?? '');
    const result = (path === 'record.yaml' ? recordSchema : pageSchema).safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${id}/${path} ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
  }
  return problems;
}

export async function writeRecord(dir: string, { id, files }: RecordFiles): Promise<void> {
  for (const [path, text] of files) {
    const file = join(dir, id, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, { flag: 'wx' });
  }
}
