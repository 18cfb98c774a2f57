/**
 * A record that breaks the rules between files or records fails the build naming the
 * file and the field. Each case breaks one fixture record in a copy (RECORDS_DIR) and
 * runs `astro sync`, which loads and checks the records exactly as `astro build` does.
 */
import { describe, expect, test } from 'vitest';
import { syncSandbox } from '../support/syncSandbox';

const { syncWith } = syncSandbox('tests/fixtures/record-shapes', 'records');

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

  test('a reason pointing at a page the record does not have names record.yaml and the reason', async () => {
    const { failed, output } = await syncWith(
      '0101-api-style/record.yaml',
      'en: GraphQL needs a schema we do not have yet. }',
      'en: GraphQL needs a schema we do not have yet. }\n    page: appendix',
    );
    expect(failed).toBe(true);
    expect(output).toContain('records/0101-api-style/record.yaml reasons.1.page: no page with key "appendix"');
  }, 60_000);

  test('superseding a record that does not exist names record.yaml and supersedes', async () => {
    const { failed, output } = await syncWith('0103-queue-v2/record.yaml', 'supersedes: [0102-queue-v1]', 'supersedes: [0099-queue-v0]');
    expect(failed).toBe(true);
    expect(output).toContain('records/0103-queue-v2/record.yaml supersedes.0: no record "0099-queue-v0"');
    // And the record it no longer supersedes is left without a successor.
    expect(output).toContain('records/0102-queue-v1/record.yaml status: a superseded record needs a successor');
  }, 60_000);
});
