/**
 * A file named by its date, `YYYYMMDD-title.md`: Log4brains. The leading digits are a
 * date, not a record number (the import numbers such files by date, after the numbered
 * ones), and the record's date when the file gives none.
 */
import type { ImportFormat } from './format';

export const datedFileName: ImportFormat = {
  readRest(state) {
    const m = /^(\d{4})(\d{2})(\d{2})-/.exec(state.file.replace(/^.*\//, ''));
    if (m) state.datePrefix = m.slice(1).join('');
  },
};
