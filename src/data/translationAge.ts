/**
 * Whether a translated page is older than its original, by the date of the last commit
 * that touched each file. Read at build time; without git history (no .git, a shallow
 * clone that lacks the commits, git not installed) there is no answer and no notice.
 */
import { execFile } from 'node:child_process';
import { dirname, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { GIT_LOG_ARGS, parseGitLog } from '../lib/records/gitHistory';

const run = promisify(execFile);
const folders = new Map<string, Promise<Map<string, Date>>>();

/**
 * The date of the newest commit of every file under `folder` (by its path from there), from
 * one git call per folder, which runs while other pages render: a call per file cost a
 * blocking process start for every translated page. `git log` lists commits newest first,
 * so a file's first appearance is its last commit.
 */
function commitDates(folder: string): Promise<Map<string, Date>> {
  let dates = folders.get(folder);
  if (!dates) folders.set(folder, (dates = readCommitDates(folder)));
  return dates;
}

async function readCommitDates(folder: string): Promise<Map<string, Date>> {
  const dates = new Map<string, Date>();
  try {
    const { stdout } = await run('git', [...GIT_LOG_ARGS, '--', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const commit of parseGitLog(stdout)) {
      for (const file of commit.files) if (!dates.has(file)) dates.set(file, commit.date);
    }
  } catch {
    // Not a repository, or no git: no dates.
  }
  return dates;
}

/** The deepest folder holding both files: a record's pages/ for pages/nb/… and pages/en/…. */
function commonFolder(a: string, b: string): string {
  const [x, y] = [dirname(a).split(sep), dirname(b).split(sep)];
  let shared = 0;
  while (shared < x.length && x[shared] === y[shared]) shared++;
  return x.slice(0, shared).join(sep) || sep;
}

/** The two commit dates when the original changed after the translation; otherwise undefined. */
export async function staleTranslation(originalFile: string, translationFile: string): Promise<{ original: Date; translated: Date } | undefined> {
  // Both files from one git call, in the folder that holds them (each from the working directory, or absolute).
  const [originalPath, translationPath] = [resolve(originalFile), resolve(translationFile)];
  const folder = commonFolder(originalPath, translationPath);
  const dates = await commitDates(folder);
  const original = dates.get(relative(folder, originalPath));
  const translated = dates.get(relative(folder, translationPath));
  return original && translated && original > translated ? { original, translated } : undefined;
}
