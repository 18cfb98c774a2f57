/**
 * Status words teams write, read as this site's statuses. MADR's own words map to
 * themselves; the others are the ones teams use (see docs/team-adr-folders.md). A team
 * extends the table with `status-words.yaml` in its records folder or `--status-word
 * "word=status"` on the import; its entries win over these.
 */
import { STATUSES, type Status } from '../../schemas/record';

export interface StatusWord {
  status: Status;
  /** Said in the import report when the word is not the status itself. */
  note?: string;
}

/** Lower-case phrase -> status. */
export const STATUS_WORDS: Readonly<Record<string, Status>> = {
  ...(Object.fromEntries(STATUSES.map((s) => [s, s])) as Record<Status, Status>),
  draft: 'proposed',
  pending: 'proposed',
  'on hold': 'proposed',
  open: 'proposed',
  'in progress': 'proposed',
  'under review': 'proposed',
  approved: 'accepted',
  adopted: 'accepted',
  decided: 'accepted',
  done: 'accepted',
  'partly superseded': 'accepted',
  'partially superseded': 'accepted',
  declined: 'rejected',
  obsolete: 'deprecated',
  retired: 'deprecated',
  replaced: 'superseded',
  // Norwegian
  utkast: 'proposed',
  foreslått: 'proposed',
  akseptert: 'accepted',
  vedtatt: 'accepted',
  godkjent: 'accepted',
  avvist: 'rejected',
  foreldet: 'deprecated',
  erstattet: 'superseded',
};

/** "On hold." / "Approved (2023-01-05)" -> "on hold" / "approved 20230105": letters, digits and single spaces. */
export const statusPhrase = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The status a phrase names: the longest leading run of its words that the table (the
 * team's entries first) knows. "Partly superseded by ADR 9" -> accepted; "On hold" -> proposed.
 */
export function readStatusWord(text: string, extra: Readonly<Record<string, Status>> = {}): { word: string; found?: StatusWord } {
  const words = statusPhrase(text).split(' ').filter(Boolean);
  for (let n = words.length; n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    const status = extra[phrase] ?? STATUS_WORDS[phrase];
    if (status) return { word: phrase, found: { status, ...(phrase !== status && { note: `status "${phrase}" imported as "${status}"` }) } };
  }
  return { word: words.join(' ') };
}

/** The team's table ("on hold: rejected" lines, or --status-word "on hold=rejected"), checked. */
export function statusTable(entries: Record<string, unknown>): { table: Record<string, Status>; problems: string[] } {
  const table: Record<string, Status> = {};
  const problems: string[] = [];
  for (const [word, status] of Object.entries(entries)) {
    if (typeof status === 'string' && (STATUSES as readonly string[]).includes(status)) table[statusPhrase(word)] = status as Status;
    else problems.push(`status word "${word}": "${String(status)}" is not one of ${STATUSES.join(', ')}`);
  }
  return { table, problems };
}
