/**
 * A record's history from git, read once per build: one `git log --name-only` over the
 * records folder (GIT_LOG_ARGS), parsed here into commits, from which every page takes its
 * record's last change and recent changes. Pure; src/data/gitHistory.ts runs git.
 */

/** `git log` as the build runs it: each commit as RS hash US date US subject, then its files, paths from the working directory. */
export const GIT_LOG_ARGS = ['-c', 'core.quotePath=false', 'log', '--format=%x1e%H%x1f%cI%x1f%s', '--name-only', '--relative'] as const;

export interface Commit {
  hash: string;
  date: Date;
  subject: string;
  /** Paths from the working directory the log was read in. */
  files: string[];
}

/**
 * `git log` output in the GIT_LOG_ARGS format -> its commits, in git's order. A merge lists
 * no files (its changes are its parents'); a block without a hash and a valid date is left out.
 */
export function parseGitLog(text: string): Commit[] {
  const commits: Commit[] = [];
  for (const block of text.split('\x1e').slice(1)) {
    const [head = '', ...rest] = block.split('\n');
    const [hash = '', iso = '', ...subject] = head.split('\x1f');
    const date = new Date(iso);
    if (!/^[0-9a-f]{7,64}$/.test(hash) || !Number.isFinite(date.getTime())) continue;
    commits.push({ hash, date, subject: subject.join('\x1f').trim(), files: rest.map((line) => line.trim()).filter(Boolean) });
  }
  return commits;
}

export interface Change {
  hash: string;
  date: Date;
  subject: string;
}

export interface FolderHistory {
  /** The newest commit that touched a file in the folder. */
  lastChanged: Date;
  /** The newest `limit` such commits, newest first. */
  recent: Change[];
  /** How many commits touched it in all. */
  total: number;
}

/** The commits that touched a file under `folder` (a path as the log gives them, e.g. "content/records/0001-x"); undefined when none did. */
export function folderHistory(commits: readonly Commit[], folder: string, limit = 5): FolderHistory | undefined {
  const prefix = `${folder.replace(/\/+$/, '')}/`;
  return touchingHistory(commits, (f) => f.startsWith(prefix), limit);
}

/** The same for a record read in place from a team's ADR files: the commits touching any of `files` (its original and translations). */
export function filesHistory(commits: readonly Commit[], files: readonly string[], limit = 5): FolderHistory | undefined {
  const wanted = new Set(files);
  return touchingHistory(commits, (f) => wanted.has(f), limit);
}

function touchingHistory(commits: readonly Commit[], touches: (file: string) => boolean, limit: number): FolderHistory | undefined {
  // Newest first by date: git lists a merged branch's commits by their own (older or skewed) dates, not always in order.
  const touching = commits.filter((c) => c.files.some(touches)).sort((a, b) => b.date.getTime() - a.date.getTime());
  const [newest] = touching;
  if (!newest) return undefined;
  return {
    lastChanged: newest.date,
    recent: touching.slice(0, limit).map(({ hash, date, subject }) => ({ hash, date, subject })),
    total: touching.length,
  };
}

/**
 * Whether this build can show history, from `git rev-parse --is-shallow-repository`'s
 * output (undefined: git failed, or there is no repository, as in a tarball). A shallow
 * clone (CI's default: one commit) would date every record by that one commit: wrong
 * dates, so none.
 */
export type HistoryState = 'full' | 'shallow' | 'none';
export function historyState(isShallowOutput: string | undefined): HistoryState {
  const answer = isShallowOutput?.trim().split('\n')[0]?.trim();
  if (answer === 'false') return 'full';
  if (answer === 'true') return 'shallow';
  return 'none';
}

/** A commit message's first line for a short list: up to 120 characters, else cut at a word with "…". */
export function shortSubject(subject: string, max = 120): string {
  if (subject.length <= max) return subject;
  const cut = subject.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–-]+$/, '')}…`;
}
