/**
 * The records' history and the edit link's repository, read once per build: whether git
 * has the history (a shallow clone or a tarball has not), then one `git log` over the
 * records folder, which every page then looks up (src/lib/records/gitHistory.ts) instead of
 * starting a process of its own.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { filesHistory, folderHistory, GIT_LOG_ARGS, historyState, parseGitLog, type Commit, type FolderHistory, type HistoryState } from '../lib/records/gitHistory';
import { editUrl, resolveRepository } from '../lib/records/repository';
import { LANGS, type Lang } from '../schemas/text';
import { recordsFolder } from './inPlaceRecords';

const run = promisify(execFile);

export interface RecordsHistory {
  state: HistoryState;
  /** Commits touching `folder`, paths from `cwd`; empty unless state is 'full'. */
  commits: Commit[];
  /** Where `cwd` sits in the repository ("" at its root, "site/" below it); "" without git. */
  prefix: string;
}

/** The history of `folder` as git in `cwd` knows it: one rev-parse, then (with full history) one log. */
export async function readRecordsHistory(folder: string, cwd = process.cwd()): Promise<RecordsHistory> {
  let answer: string;
  try {
    answer = (await run('git', ['rev-parse', '--is-shallow-repository', '--show-prefix'], { cwd, encoding: 'utf8' })).stdout;
  } catch {
    // No git, or not a repository (a tarball's build).
    return { state: 'none', commits: [], prefix: '' };
  }
  const state = historyState(answer);
  const prefix = answer.split('\n')[1]?.trim() ?? '';
  if (state !== 'full') return { state, commits: [], prefix };
  try {
    const { stdout } = await run('git', [...GIT_LOG_ARGS, '--', folder], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    return { state, commits: parseGitLog(stdout), prefix };
  } catch {
    // A repository without commits yet.
    return { state, commits: [], prefix };
  }
}

const RECORDS_DIR = process.env.RECORDS_DIR ?? 'content/records';
let history: Promise<RecordsHistory> | undefined;
// Read when the build starts, so a wrong variable fails it at once, naming the variable.
const repository = resolveRepository(process.env);

/** A path under the working directory as git names it there ("content/records/…"); undefined outside it. */
function fromCwd(path: string): string | undefined {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' || rel.startsWith('..') || resolve(rel) === rel ? undefined : rel.split(sep).join('/');
}

export interface RecordChanges {
  /** The forge's editing page for the page's file, when the build names its repository. */
  editHref?: string | undefined;
  state: HistoryState;
  /** With full history: the record folder's commits (undefined when git has none, e.g. not yet committed). */
  history?: FolderHistory | undefined;
}

/** What a record page shows of its source: the edit link of `pageFile`, and its record folder's history. */
export async function recordChanges(recordId: string, pageFile: string | undefined): Promise<RecordChanges> {
  history ??= readRecordsHistory(RECORDS_DIR);
  const { state, commits, prefix } = await history;
  const records = recordsFolder(RECORDS_DIR);
  if (records.kind === 'adr-files') {
    // Read in place: the page is generated from the team's file, which is what to edit, and whose history counts.
    const team = records.files.get(recordId);
    const lang = LANGS.find((l) => pageFile?.includes(`/pages/${l}/`)) as Lang | undefined;
    const source = team && (team.byLang[lang ?? team.original] ?? team.byLang[team.original]);
    const file = source && fromCwd(source);
    const files = team ? Object.values(team.byLang).flatMap((f) => fromCwd(f) ?? []) : [];
    return {
      editHref: repository && file ? editUrl(repository, `${prefix}${file}`) : undefined,
      state,
      history: state === 'full' && files.length > 0 ? filesHistory(commits, files) : undefined,
    };
  }
  const file = pageFile && fromCwd(pageFile);
  const folder = fromCwd(resolve(RECORDS_DIR, recordId));
  return {
    editHref: repository && file ? editUrl(repository, `${prefix}${file}`) : undefined,
    state,
    history: state === 'full' && folder ? folderHistory(commits, folder) : undefined,
  };
}
