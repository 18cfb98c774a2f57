/**
 * A record that breaks the rules between files or records fails the build naming the
 * file and the field. Each case breaks one fixture record in a copy (RECORDS_DIR) and
 * runs `astro sync`, which loads and checks the records exactly as `astro build` does.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'adr-records-'));
  for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'tests/fixtures/record-shapes'), join(dir, 'records'), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces `from` by `to` in one fixture file of the copy, runs `astro sync`, restores the file. */
async function syncWith(file: string, from: string, to: string) {
  const path = join(dir, 'records', file);
  const original = readFileSync(path, 'utf8');
  expect(original, `fixture text not found in ${file}`).toContain(from);
  writeFileSync(path, original.replace(from, to));
  try {
    await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: dir,
      env: { ...process.env, RECORDS_DIR: 'records' },
    });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

describe('records checked against each other', () => {
  test('the fixture records pass', async () => {
    const { failed, output } = await syncWith('0101-api-style/record.yaml', 'number: 101', 'number: 101');
    expect(output).toBe('');
    expect(failed).toBe(false);
  }, 60_000);

  test('a title missing its English names record.yaml and title.en', async () => {
    const { failed, output } = await syncWith(
      '0101-api-style/record.yaml',
      'title: { nb: API-stil for partnerintegrasjoner, en: API style for partner integrations }',
      'title: { nb: API-stil for partnerintegrasjoner }',
    );
    expect(failed).toBe(true);
    expect(output).toContain('records/0101-api-style/record.yaml title.en');
  }, 60_000);

  test('a decision table column that is not one of the options names decision.yaml and the column', async () => {
    const { failed, output } = await syncWith('0101-api-style/decision.yaml', 'columns: [rest, graphql]', 'columns: [rest, grpc]');
    expect(failed).toBe(true);
    expect(output).toContain('records/0101-api-style/decision.yaml columns.1: unknown option "grpc"');
  }, 60_000);

  test('superseding a record that does not exist names record.yaml and supersedes', async () => {
    const { failed, output } = await syncWith('0103-queue-v2/record.yaml', 'supersedes: [0102-queue-v1]', 'supersedes: [0099-queue-v0]');
    expect(failed).toBe(true);
    expect(output).toContain('records/0103-queue-v2/record.yaml supersedes.0: no record "0099-queue-v0"');
    // And the record it no longer supersedes is left without a successor.
    expect(output).toContain('records/0102-queue-v1/record.yaml status: a superseded record needs a successor');
  }, 60_000);
});
