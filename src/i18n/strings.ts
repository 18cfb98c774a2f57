/**
 * The UI strings as data, typed by the English dictionary: islands receive whole
 * subtrees as props, and their types follow en.json instead of hand-kept key lists.
 * A test keeps nb.json's keys equal to en.json's.
 */
import nb from './nb.json';
import en from './en.json';
import type { Lang } from '../schemas/text';

export type Strings = typeof en;

export const dictionaries: Record<Lang, Strings> = { nb: nb as Strings, en };
