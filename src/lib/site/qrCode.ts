/**
 * A QR code as the path of one SVG shape, drawn at build time (no image file, no script).
 * The encoding is uqr's (dependency-free, MIT, by unjs; see docs/print.md); this draws
 * each row's runs of dark modules as one rectangle each, so the path stays short.
 */
import { encode } from 'uqr';

export interface QrDrawing {
  /** Modules per side, the quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number;
  /** The dark modules, one "M x y h w v 1 h -w z" per run. */
  path: string;
}

/** The code's quiet zone in modules: the 4 the standard asks for. */
export const QUIET_ZONE = 4;

/** `text` (a URL) as a QR code with medium error correction, its quiet zone included. */
export function qrDrawing(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const w = x - start + 1;
      parts.push(`M${start} ${y}h${w}v1h-${w}z`);
    }
  });
  return { size: data.length, path: parts.join('') };
}
