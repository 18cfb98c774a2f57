/**
 * A copy of the project whose records the tests may break. `syncWith` edits one file of
 * the copied records, runs `astro sync` (which loads and checks every record exactly as
 * `astro build` does), restores the file and returns what sync printed. Vitest's hooks
 * make the copy before the file's tests and remove it after them.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const DEFAULT_RECORDS = 'content/records';

/** `records` (a folder of the project) is copied to `content/records` of the copy, or to `recordsDir` read through RECORDS_DIR. */
export function syncSandbox(records: string, recordsDir = DEFAULT_RECORDS) {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'adr-sync-'));
    for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src']) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    cpSync(join(root, records), join(dir, recordsDir), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sync = () =>
    run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: dir,
      env: { ...process.env, ...(recordsDir !== DEFAULT_RECORDS && { RECORDS_DIR: recordsDir }) },
    });

  /** Replaces `from` by `to` in one file under the records folder, runs `astro sync`, restores the file. */
  async function syncWith(file: string, from: string, to: string) {
    const path = join(dir, recordsDir, file);
    const original = readFileSync(path, 'utf8');
    expect(original, `fixture text not found in ${file}`).toContain(from);
    writeFileSync(path, original.replace(from, to));
    try {
      await sync();
      return { failed: false, output: '' };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { failed: true, output: `${stdout}\n${stderr}` };
    } finally {
      writeFileSync(path, original);
    }
  }

  return { sync, syncWith };
}
