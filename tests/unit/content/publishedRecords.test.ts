/**
 * Content test: the published records (content/records/) pass the build's checks and the
 * lint. How the engine names what is wrong is tested on fixture records
 * (tests/unit/contentValidation.test.ts, recordValidation.test.ts, recordsLint.test.ts).
 */
import { describe, expect, test, vi } from 'vitest';
import { resolve } from 'node:path';
import { main } from '../../../scripts/lint-records';
import { syncSandbox } from '../../support/syncSandbox';

const sandbox = syncSandbox('content/records');

describe('the published records', () => {
  test('pass astro sync, which loads and checks them as the build does', async () => {
    await expect(sandbox.sync()).resolves.toBeTruthy();
  }, 60_000);

  test('pass lint:records (warnings allowed)', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      const code = await main(['--dir', resolve(import.meta.dirname, '../../../content/records')]);
      expect(lines.join('\n')).toMatch(/0 errors/);
      expect(code).toBe(0);
    } finally {
      log.mockRestore();
    }
  });
});
