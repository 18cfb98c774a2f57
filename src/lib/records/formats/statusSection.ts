/**
 * A "## Status" section anywhere after the header: adr-tools (Nygard), with "Superseded by
 * [n](…)", "Supersedes", "Amended by", "Amends" lines, and the teams that copy its template.
 */
import type { Heading } from 'mdast';
import { plainText } from '../adrText';
import { readStatus, type ImportFormat } from './format';

export const statusSection: ImportFormat = {
  readRest(state) {
    const blocks = state.blocks;
    const start = blocks.findIndex((n) => n.type === 'heading' && n.depth === 2 && /^(status)$/i.test(plainText(n).trim()));
    if (start < 0) return;
    const end = blocks.findIndex((n, i) => i > start && n.type === 'heading' && (n as Heading).depth <= 2);
    const section = blocks.slice(start + 1, end < 0 ? undefined : end);
    readStatus(state, section);
    blocks.splice(start, section.length + 1);
  },
};
