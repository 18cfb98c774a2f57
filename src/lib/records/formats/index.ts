/**
 * The import formats parseAdr reads, in the order it offers a file to them in each place
 * (readTop, then readHeaderBlock, then readRest: the file's order). The first status read
 * counts: front matter before the lines or table under the title, those before a "## Status"
 * section. A new format: its module here, added to the list (CONTRIBUTING.md, "An import
 * format").
 */
import { datedFileName } from './datedFileName';
import type { ImportFormat } from './format';
import { frontMatter } from './frontMatter';
import { headerLines } from './headerLines';
import { headerTable } from './headerTable';
import { statusSection } from './statusSection';

export { newImportState, readStatus, type ImportFormat, type ImportState } from './format';

export const IMPORT_FORMATS: readonly ImportFormat[] = [frontMatter, headerLines, headerTable, statusSection, datedFileName];
