import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrDrawing, QUIET_ZONE } from '../../src/lib/site/qrCode';

/** The dark modules a drawing's path covers, as "x,y" keys; a run drawn twice counts as an error. */
function drawnModules(path: string): Set<string> {
  const dark = new Set<string>();
  const runs = path.match(/M\d+ \d+h\d+v1h-\d+z/g) ?? [];
  expect(runs.join(''), 'the path is made of runs only').toBe(path);
  for (const run of runs) {
    const [, x, y, w, back] = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/.exec(run)!.map(Number);
    expect(back).toBe(w);
    for (let i = 0; i < w!; i++) {
      const key = `${x! + i},${y}`;
      expect(dark.has(key), `${key} drawn twice`).toBe(false);
      dark.add(key);
    }
  }
  return dark;
}

describe('qrDrawing', () => {
  it.each([
    ['https://adr.example.org/adr/nb/0001-search-index/'],
    ['https://adr.example.org/adr/en/0001-search-index/'],
    ['https://docs.example.com/nb/0042-a-much-longer-record-name-with-many-words/'],
  ])('draws exactly the dark modules of %s, quiet zone around', (url) => {
    const { size, path } = qrDrawing(url);
    const { data } = encode(url, { ecc: 'M', border: QUIET_ZONE });
    expect(size).toBe(data.length);
    const expected = new Set(data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));
    expect(drawnModules(path)).toEqual(expected);
    // The quiet zone stays light: no run starts in it or reaches into it.
    for (const key of expected) {
      const [x, y] = key.split(',').map(Number) as [number, number];
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Math.max(x, y)).toBeLessThan(size - QUIET_ZONE);
    }
  });

  it('gives a longer address a larger code', () => {
    expect(qrDrawing(`https://a.example/${'x'.repeat(120)}/`).size).toBeGreaterThan(qrDrawing('https://a.example/').size);
  });
});
