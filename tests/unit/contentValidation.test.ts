/**
 * Bad content must fail the build with a message naming the file and the field.
 * These tests break a copy of the fixture record (tests/fixtures/engine-record) and run
 * `astro sync`, which loads and validates every collection exactly as `astro build` does.
 * (That the published records pass: tests/unit/content/publishedRecords.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { syncSandbox } from '../support/syncSandbox';

const record = 'records/0001-search-index';
const sandbox = syncSandbox('tests/fixtures/engine-record', 'records');
/** Breaks one file of the fixture record in the copy (see syncSandbox). */
const syncWith = (file: string, from: string, to: string) => sandbox.syncWith(`0001-search-index/${file}`, from, to);

describe('content validation', () => {
  test('the fixture record passes', async () => {
    await expect(sandbox.sync()).resolves.toBeTruthy();
  }, 60_000);

  test('a cost that is not a number names costs.yaml and the field', async () => {
    const { failed, output } = await syncWith('costs.yaml', 'monthly: { low: 15, high: 25 }', 'monthly: { low: fifteen, high: 25 }');
    expect(failed).toBe(true);
    expect(output).toContain(`${record}/costs.yaml`);
    expect(output).toMatch(/platforms\.2\.infrastructure\.1\.monthly\.low/);
  }, 60_000);

  test('a range whose low exceeds its high is rejected with the field named', async () => {
    const { failed, output } = await syncWith('costs.yaml', 'hoursPerMonth: { low: 30, high: 50 }', 'hoursPerMonth: { low: 55, high: 50 }');
    expect(failed).toBe(true);
    expect(output).toContain(`${record}/costs.yaml`);
    expect(output).toMatch(/platforms\.2\.operations\.hoursPerMonth.*low must not exceed high/);
  }, 60_000);

  test('a text missing its English translation names the file and field', async () => {
    const { failed, output } = await syncWith('triggers.yaml', 'label: { nb: Servere, en: Servers }', 'label: { nb: Servere }');
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
