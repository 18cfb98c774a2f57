/**
 * Whether a translated page is older than its original, by the date of the last commit
 * that touched each file. Read at build time; without git history (no .git, a shallow
 * clone that lacks the commits, git not installed) there is no answer and no notice.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

const folders = new Map<string, Map<string, Date>>();

/**
 * The date of the newest commit of every file directly in `folder`, from one git call per
 * folder: a call per file cost a blocking process start for every translated page.
 * `git log` lists commits newest first, so a file's first appearance is its last commit.
 */
function commitDates(folder: string): Map<string, Date> {
  let dates = folders.get(folder);
  if (!dates) {
    dates = new Map();
    try {
      const out = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
      let date: Date | undefined;
      for (const line of out.split('\n')) {
        if (line.startsWith('\0')) {
          const parsed = new Date(line.slice(1));
          date = Number.isFinite(parsed.getTime()) ? parsed : undefined;
        } else if (line && date && !dates.has(line)) dates.set(line, date);
      }
    } catch {
      // Not a repository, or no git: no dates.
    }
    folders.set(folder, dates);
  }
  return dates;
}

/** Date of the last commit touching `file` (absolute, or from the working directory), if git knows one. */
export function lastCommitDate(file: string): Date | undefined {
  // Run in the file's folder: the repository is the one that holds the file.
  const path = resolve(file);
  return commitDates(dirname(path)).get(basename(path));
}

/** The two commit dates when the original changed after the translation; otherwise undefined. */
export function staleTranslation(originalFile: string, translationFile: string): { original: Date; translated: Date } | undefined {
  const original = lastCommitDate(originalFile);
  const translated = lastCommitDate(translationFile);
  return original && translated && original > translated ? { original, translated } : undefined;
}
