/**
 * What an import format is: a reader of one way ADR tools write a record's metadata (front
 * matter, lines under the title, a table, a section, the file name). parseAdr
 * (src/lib/records/adrImport.ts) parses the Markdown, offers the file to every format of
 * its list in order, in three places, and applies the rules every format shares (number,
 * status word, date, language) to what they read into one ImportState.
 */
import type { RootContent } from 'mdast';
import { readStatusText, type AdrLink } from '../adrText';

/** What the formats have read of one file so far, and what is left of it. */
export interface ImportState {
  /** The file's name as given to parseAdr (a path or a bare name). */
  readonly file: string;
  /**
   * The blocks no format has read yet. In readTop, the whole file; in readRest, what
   * follows the title and the header. A format removes the blocks it reads.
   */
  blocks: RootContent[];
  /**
   * Metadata by the names record.yaml uses: `date` (YYYY-MM-DD as written, checked by
   * parseAdr) and the record fields of src/schemas/fields/ (a list, or one text separated
   * by commas). A format that reads a key-value block keeps its other keys too.
   */
  fields: Record<string, unknown>;
  /** The status as written ("Accepted", "utkast"): the first one read counts. */
  statusWord: string | undefined;
  /** Links to other ADRs that the metadata names (supersedes, superseded by, amends). */
  links: AdrLink[];
  /** What was read differently from how it was written (the import report shows them). */
  notes: string[];
  /** The title when the file has no "# Title" heading (Docusaurus front matter). */
  title?: string;
  /** The file is a record even without a status (MADR 4 front matter makes it optional). */
  statusOptional: boolean;
  /** YYYYMMDD when the file is named by its date (Log4brains): numbered by that date, and its date when none is given. */
  datePrefix?: string;
}

/**
 * One format. Each place is optional; a format reads in the places its shape can be.
 * readTop and readRest return a reason when the file is this format's but cannot be read
 * (parseAdr then skips the file with that reason).
 */
export interface ImportFormat {
  /** Before the title is looked for: blocks at the top of the file (front matter). */
  readTop?(state: ImportState): string | undefined;
  /**
   * One block right after the title (or after the header blocks read so far): true when
   * the format read it, and parseAdr removes it and offers the next block to every format
   * again. The header ends at the first block no format reads.
   */
  readHeaderBlock?(block: RootContent, state: ImportState): boolean;
  /** After the header: what the format recognises in the rest of the file, or in its name. */
  readRest?(state: ImportState): string | undefined;
}

/** The state of a file before any format has read it: its blocks as parsed. */
export function newImportState(file: string, blocks: RootContent[]): ImportState {
  return { file, blocks, fields: {}, statusWord: undefined, links: [], notes: [], statusOptional: false };
}

/** A status value ("Accepted", "superseded by [ADR-0005](0005-x.md)") into the state: the word unless one was read before, and its links. */
export function readStatus(state: ImportState, value: readonly RootContent[]): void {
  const read = readStatusText(value);
  state.statusWord ??= read.word;
  state.links.push(...read.links);
}
