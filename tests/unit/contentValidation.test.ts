/**
 * Bad content must fail the build with a message naming the file and the field.
 * These tests break a copy of the real record and run `astro sync`, which loads and
 * validates every collection exactly as `astro build` does.
 */
import { describe, expect, test, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const record = 'content/records/0001-kubernetes';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'adr-content-'));
  for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces `from` by `to` in one data file of the copy, runs `astro sync`, restores the file. */
async function syncWith(file: string, from: string, to: string) {
  const path = join(dir, record, file);
  const original = readFileSync(path, 'utf8');
  expect(original, `fixture text not found in ${file}`).toContain(from);
  writeFileSync(path, original.replace(from, to));
  try {
    await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: dir });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

describe('content validation', () => {
  test('the real record passes', async () => {
    await expect(run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: dir })).resolves.toBeTruthy();
  }, 60_000);

  test('a cost that is not a number names costs.yaml and the field', async () => {
    const { failed, output } = await syncWith('costs.yaml', 'monthly: { low: 10, high: 20 }', 'monthly: { low: ten, high: 20 }');
    expect(failed).toBe(true);
    expect(output).toContain(`${record}/costs.yaml`);
    expect(output).toMatch(/platforms\.2\.infrastructure\.1\.monthly\.low/);
  }, 60_000);

  test('a range whose low exceeds its high is rejected with the field named', async () => {
    const { failed, output } = await syncWith('costs.yaml', 'hoursPerMonth: { low: 20, high: 40 }', 'hoursPerMonth: { low: 45, high: 40 }');
    expect(failed).toBe(true);
    expect(output).toContain(`${record}/costs.yaml`);
    expect(output).toMatch(/platforms\.2\.operations\.hoursPerMonth.*low must not exceed high/);
  }, 60_000);

  test('a text missing its English translation names the file and field', async () => {
    const { failed, output } = await syncWith('triggers.yaml', 'label: { nb: VPS noder, en: VPS nodes }', 'label: { nb: VPS noder }');
    expect(failed).toBe(true);
    expect(output).toContain(`${record}/triggers.yaml`);
    expect(output).toMatch(/metrics\.0\.label\.en/);
  }, 60_000);

  test('a page whose frontmatter has no description names the page file', async () => {
    const page = 'pages/en/costs.mdx';
    const { failed, output } = await syncWith(page, 'description:', 'summary:');
    expect(failed).toBe(true);
    expect(output).toContain(`${record}/${page}`);
    expect(output).toMatch(/description/);
  }, 60_000);
});
