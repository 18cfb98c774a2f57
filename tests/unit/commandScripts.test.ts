/**
 * The command scripts (npm run lint:records, import, export, new-record) explain themselves
 * on --help and answer an option they do not take with its name and their usage, never a
 * stack trace. The scripts are read from package.json, so a new one is covered.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const COMMANDS = Object.entries(scripts).flatMap(([name, line]) => {
  const file = /scripts\/run-ts\.mjs (scripts\/\S+\.ts)/.exec(line)?.[1];
  return file ? [{ name, file }] : [];
});
const run = (file: string, ...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', file, ...args], { encoding: 'utf8' });

test('the command scripts are found in package.json', () => {
  expect(COMMANDS.map((c) => c.name).sort()).toEqual(['export', 'import', 'lint:records', 'new-record']);
});

describe.each(COMMANDS)('npm run $name', ({ name, file }) => {
  test('--help prints its usage and exits 0', () => {
    const { status, stdout } = run(file, '--help');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^npm run ${name}\\b`));
  });

  test('an option it does not take is named, with its usage, and no stack trace', { timeout: 30_000 }, () => {
    const { status, stderr } = run(file, '--no-such-option');
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--no-such-option'");
    expect(stderr).toContain(`npm run ${name}`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
