/**
 * A translation older than its original, by the last commit of each file; no answer
 * (and no notice) without git history.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleTranslation } from '../../src/data/translationAge';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
/** Commits `file` with `text` at an ISO date. */
function commit(file: string, text: string, date: string) {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
  git('add', file);
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', file], {
    cwd: repo,
    env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'adr-git-'));
  git('init', '-q');
  commit('nb.mdx', 'original', '2025-01-01T10:00:00Z');
  commit('en.mdx', 'translation', '2025-02-01T10:00:00Z');
  commit('nb2.mdx', 'original', '2025-01-01T10:00:00Z');
  commit('en2.mdx', 'translation', '2025-02-01T10:00:00Z');
  commit('nb2.mdx', 'original, changed', '2025-03-01T10:00:00Z');
  commit('læring.mdx', 'original', '2025-01-01T10:00:00Z');
  commit('learning.mdx', 'translation', '2025-02-01T10:00:00Z');
  commit('læring.mdx', 'original, changed', '2025-04-01T10:00:00Z');
  // A record's layout: pages/<lang>/<slug>.mdx
  commit('pages/nb/kostnader.mdx', 'original', '2025-01-01T10:00:00Z');
  commit('pages/en/costs.mdx', 'translation', '2025-02-01T10:00:00Z');
  commit('pages/nb/kostnader.mdx', 'original, changed', '2025-05-01T10:00:00Z');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

test('a translation committed after its original is current', async () => {
  expect(await staleTranslation(join(repo, 'nb.mdx'), join(repo, 'en.mdx'))).toBeUndefined();
});

test('an original changed after its translation gives both dates', async () => {
  expect(await staleTranslation(join(repo, 'nb2.mdx'), join(repo, 'en2.mdx'))).toEqual({
    original: new Date('2025-03-01T10:00:00Z'),
    translated: new Date('2025-02-01T10:00:00Z'),
  });
});

test('an original and its translation in sibling language folders are compared', async () => {
  expect(await staleTranslation(join(repo, 'pages/nb/kostnader.mdx'), join(repo, 'pages/en/costs.mdx'))).toEqual({
    original: new Date('2025-05-01T10:00:00Z'),
    translated: new Date('2025-02-01T10:00:00Z'),
  });
});

test('a file name with letters beyond ASCII is found', async () => {
  expect(await staleTranslation(join(repo, 'læring.mdx'), join(repo, 'learning.mdx'))).toEqual({
    original: new Date('2025-04-01T10:00:00Z'),
    translated: new Date('2025-02-01T10:00:00Z'),
  });
});

test('files git does not know (no history, outside a repository) give no answer', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'adr-nogit-'));
  writeFileSync(join(outside, 'a.mdx'), 'x');
  expect(await staleTranslation(join(outside, 'a.mdx'), join(repo, 'en.mdx'))).toBeUndefined();
  rmSync(outside, { recursive: true, force: true });
});
