/**
 * What a printed PDF holds, page by page, for the print tests: how many pages, and how
 * full each one is. "Full" is measured from the text pdf.js finds on the page: the
 * distance from the top of the printable area (the @page margin) down to the lowest line
 * of text, as a share of the printable area's height. A page whose only content is a
 * figure without text would count as empty: the record's figures are tables and
 * captions, which are text.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';

/** The @page margin of src/styles/global.css, top and bottom, in PDF points (1 mm = 72/25.4 pt). */
export const PAGE_MARGIN_PT = (15 * 72) / 25.4;

/** Page objects (`/Type /Page`), not the page tree's `/Type /Pages` nodes. */
export const pdfPageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

export interface PageFill {
  page: number;
  /** 0..1: how far down the printable area the page's text reaches. */
  fill: number;
  /** The page's text, for the messages of a failing test. */
  text: string;
}

export async function pageFills(pdf: Buffer): Promise<PageFill[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = await task.promise;
  const fills: PageFill[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , , height] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as { str: string; transform: number[] }[];
    // PDF y runs upwards from the bottom of the page: the lowest baseline has the smallest y.
    const lowest = Math.min(...items.map((i) => i.transform[5]!));
    const printable = height - 2 * PAGE_MARGIN_PT;
    const fill = items.length === 0 ? 0 : (height - PAGE_MARGIN_PT - lowest) / printable;
    fills.push({ page: n, fill, text: items.map((i) => i.str).join(' ') });
  }
  await task.destroy();
  return fills;
}

/** The page as the browser prints it on A4. */
export async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
}
