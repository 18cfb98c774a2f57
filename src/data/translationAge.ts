/**
 * Whether a translated page is older than its original, by the date of the last commit
 * that touched each file. Read at build time; without git history (no .git, a shallow
 * clone that lacks the commits, git not installed) there is no answer and no notice.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

const cache = new Map<string, Date | undefined>();

/** Date of the last commit touching `file` (absolute, or from the working directory), if git knows one. */
export function lastCommitDate(file: string): Date | undefined {
  if (!cache.has(file)) {
    let date: Date | undefined;
    try {
      // Run in the file's folder: the repository is the one that holds the file.
      const path = resolve(file);
      const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', basename(path)], { cwd: dirname(path), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const parsed = new Date(out);
      date = out && Number.isFinite(parsed.getTime()) ? parsed : undefined;
    } catch {
      date = undefined;
    }
    cache.set(file, date);
  }
  return cache.get(file);
}

/** The two commit dates when the original changed after the translation; otherwise undefined. */
export function staleTranslation(originalFile: string, translationFile: string): { original: Date; translated: Date } | undefined {
  const original = lastCommitDate(originalFile);
  const translated = lastCommitDate(translationFile);
  return original && translated && original > translated ? { original, translated } : undefined;
}
