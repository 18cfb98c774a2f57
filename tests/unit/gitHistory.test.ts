/**
 * A record's history from one `git log` per build: the log parsed (a log recorded from a
 * small repository, tests/fixtures/git-log/records.log), a folder's last change and recent
 * changes, and whether the build has the history at all (a shallow clone, no git).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderHistory, historyState, parseGitLog, shortSubject, type HistoryState } from '../../src/lib/records/gitHistory';
import { readRecordsHistory } from '../../src/data/gitHistory';

const recorded = readFileSync(join(import.meta.dirname, '../fixtures/git-log/records.log'), 'utf8');

describe('parseGitLog', () => {
  test('the recorded log: every commit with its date, message and files, a merge without files', () => {
    const commits = parseGitLog(recorded);
    expect(commits.map((c) => [c.hash.slice(0, 7), c.date.toISOString(), c.subject, c.files])).toEqual([
      ['ea96619', '2025-04-01T10:00:00.000Z', 'Both records: status and tags', ['docs/decisions/0001-a/record.yaml', 'docs/decisions/0002-b/record.yaml']],
      ['a970f55', '2025-03-03T10:00:00.000Z', "Merge branch 'side'", []],
      ['bc59084', '2025-03-02T10:00:00.000Z', 'Læring: a page with a name beyond ASCII', ['docs/decisions/0002-b/pages/nb/læring.mdx']],
      ['6cbb172', '2025-03-01T13:30:00.000Z', 'English overview', ['docs/decisions/0001-a/pages/en/overview.mdx']],
      ['614c2e0', '2025-02-01T12:00:00.000Z', 'Record 0002', ['docs/decisions/0002-b/record.yaml']],
      ['de029a0', '2025-01-11T08:00:00.000Z', 'Oversikt på bokmål', ['docs/decisions/0001-a/pages/nb/oversikt.mdx']],
      ['f93b8bd', '2025-01-10T08:00:00.000Z', 'Record 0001: first draft', ['docs/decisions/0001-a/record.yaml']],
    ]);
  });

  test.each<[string, string, number]>([
    ['no output (no commits)', '', 0],
    ['a block without a hash', '\x1enot-a-hash\x1f2025-01-01T00:00:00Z\x1fx\n\na.md\n', 0],
    ['a block with a broken date', '\x1eabcdef1\x1fyesterday\x1fx\n\na.md\n', 0],
    ['a message holding the separator keeps it whole', '\x1eabcdef1\x1f2025-01-01T00:00:00Z\x1fa\x1fb\n\na.md\n', 1],
    ['Windows line ends', '\x1eabcdef1\x1f2025-01-01T00:00:00Z\x1fx\r\n\r\na.md\r\n', 1],
  ])('%s', (_name, text, count) => {
    expect(parseGitLog(text)).toHaveLength(count);
  });

  test('Windows line ends leave no carriage return in a path or message', () => {
    const [commit] = parseGitLog('\x1eabcdef1\x1f2025-01-01T00:00:00Z\x1fx\r\n\r\na.md\r\n');
    expect([commit?.subject, commit?.files]).toEqual(['x', ['a.md']]);
  });
});

describe('folderHistory', () => {
  const commits = parseGitLog(recorded);
  test.each<[string, string, number, { last: string; subjects: string[]; total: number } | undefined]>([
    [
      'a record: its own commits, newest first by date, the merge left out',
      'docs/decisions/0001-a',
      5,
      { last: '2025-04-01', subjects: ['Both records: status and tags', 'English overview', 'Oversikt på bokmål', 'Record 0001: first draft'], total: 4 },
    ],
    ['a trailing slash is the same folder', 'docs/decisions/0001-a/', 5, { last: '2025-04-01', subjects: ['Both records: status and tags', 'English overview', 'Oversikt på bokmål', 'Record 0001: first draft'], total: 4 }],
    ['the limit keeps the newest', 'docs/decisions/0002-b', 2, { last: '2025-04-01', subjects: ['Both records: status and tags', 'Læring: a page with a name beyond ASCII'], total: 3 }],
    ['a folder whose name starts another’s is not it', 'docs/decisions/0001', 5, undefined],
    ['a record git does not know (not committed)', 'docs/decisions/0003-c', 5, undefined],
  ])('%s', (_name, folder, limit, expected) => {
    const history = folderHistory(commits, folder, limit);
    expect(history && { last: history.lastChanged.toISOString().slice(0, 10), subjects: history.recent.map((c) => c.subject), total: history.total }).toEqual(expected);
  });
});

describe('historyState: shown only from a full history', () => {
  test.each<[string, string | undefined, HistoryState]>([
    ['a full clone', 'false\n', 'full'],
    ['a shallow clone (CI’s default)', 'true\n', 'shallow'],
    ['with --show-prefix after it', 'true\nsite/\n', 'shallow'],
    ['git failed or no repository (a tarball)', undefined, 'none'],
    ['an old git that does not know the option echoes it', '--is-shallow-repository\n', 'none'],
  ])('%s', (_name, output, state) => {
    expect(historyState(output)).toBe(state);
  });
});

describe('readRecordsHistory in real repositories', () => {
  let work: string;
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', encoding: 'utf8' });
  const commit = (repo: string, file: string, date: string, message: string) => {
    mkdirSync(join(repo, file, '..'), { recursive: true });
    writeFileSync(join(repo, file), `${message}\n`, { flag: 'a' });
    git(repo, 'add', file);
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', message], {
      cwd: repo,
      env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
    });
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'adr-history-'));
    const repo = join(work, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    commit(repo, 'site/docs/decisions/0001-a/record.yaml', '2025-01-10T10:00:00Z', 'First draft');
    commit(repo, 'site/docs/decisions/0001-a/pages/nb/oversikt.mdx', '2025-02-10T10:00:00Z', 'Oversikt');
    commit(repo, 'README.md', '2025-02-20T10:00:00Z', 'Not a record');
    commit(repo, 'site/docs/decisions/0001-a/record.yaml', '2025-03-10T10:00:00Z', 'Accepted');
    // CI's default checkout: the newest commit only.
    git(work, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
    mkdirSync(join(work, 'tarball/site'), { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('a full clone: the records’ commits, paths from the working directory, and where it sits in the repository', async () => {
    const history = await readRecordsHistory('docs/decisions', join(work, 'repo/site'));
    expect(history.state).toBe('full');
    expect(history.prefix).toBe('site/');
    expect(history.commits.map((c) => c.subject)).toEqual(['Accepted', 'Oversikt', 'First draft']);
    expect(folderHistory(history.commits, 'docs/decisions/0001-a')?.lastChanged).toEqual(new Date('2025-03-10T10:00:00Z'));
  });

  test('a shallow clone (git clone --depth 1) is detected, and no commit is read: its one commit would date every record', async () => {
    expect(git(join(work, 'shallow'), 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(await readRecordsHistory('docs/decisions', join(work, 'shallow/site'))).toEqual({ state: 'shallow', commits: [], prefix: 'site/' });
  });

  test('a folder outside any repository (a tarball): no history', async () => {
    expect(await readRecordsHistory('docs/decisions', join(work, 'tarball/site'))).toEqual({ state: 'none', commits: [], prefix: '' });
  });
});

describe('shortSubject', () => {
  test.each([
    ['a short message stays whole', 'Record 0002', 20, 'Record 0002'],
    ['a long one is cut at a word, its trailing comma dropped', 'Calculator: downtime, chances and scenarios', 30, 'Calculator: downtime…'],
    ['with no space to cut at, it is cut at half the room', 'Supercalifragilisticexpialidocious words', 20, 'Supercalif…'],
  ])('%s', (_name, subject, max, shown) => {
    expect(shortSubject(subject, max)).toBe(shown);
  });
});
