/**
 * Link-preview images (1200×630 PNG) drawn at build time from a page's title and the
 * record's status, with satori (layout to SVG) and resvg (SVG to PNG). Fonts come from
 * an npm package, so the images are the same on every machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
const fonts = [
  { name: 'Inter', data: font(400), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: font(700), weight: 700 as const, style: 'normal' as const },
];

/**
 * satori and resvg load only when an image is drawn: loading satori alone took 0.7 s of a
 * build whose images all came from the cache.
 */
const drawingLibraries = () => Promise.all([import('satori'), import('@resvg/resvg-js')]);

export interface OgImageText {
  /** "ADR 0001 · Arkitekturbeslutninger" */
  eyebrow: string;
  title: string;
  /** The record's title, under the page title. */
  subtitle: string;
  status: string;
  /** Second status line, e.g. the decision date or what superseded the record. */
  detail: string;
  /** A decision that no longer stands (superseded, rejected, deprecated): grey, not green. */
  muted?: boolean;
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: Node | Node[] | string | undefined } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/**
 * Drawn images are kept by a hash of what they are drawn from (the text and this file's
 * layout code), so a rebuild redraws only the pages whose text changed.
 */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og-images');

export async function renderOgImage(text: OgImageText): Promise<Uint8Array> {
  const key = createHash('sha256').update(drawOgImage.toString()).update(JSON.stringify(text)).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawOgImage(text);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  return png;
}

async function drawOgImage(text: OgImageText): Promise<Uint8Array> {
  const [{ default: satori }, { renderAsync }] = await drawingLibraries();
  const titleSize = text.title.length > 60 ? 56 : text.title.length > 36 ? 66 : 76;
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '48px 72px 56px',
      background: '#fbfbf9',
      color: '#1b1f24',
      fontFamily: 'Inter',
      borderTop: '18px solid #0a5bb0',
      boxSizing: 'border-box',
    },
    [
      el('div', { display: 'flex', fontSize: 30, color: '#525a63', fontWeight: 700 }, text.eyebrow),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', width: 1056 }, [
        el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1, width: 1056 }, text.title),
        el('div', { display: 'flex', fontSize: 34, color: '#525a63', marginTop: 24 }, text.subtitle),
      ]),
      el('div', { display: 'flex', alignItems: 'center', fontSize: 30 }, [
        el(
          'div',
          {
            display: 'flex',
            padding: '8px 24px',
            borderRadius: 999,
            border: `3px solid ${text.muted ? '#525a63' : '#116329'}`,
            background: text.muted ? '#f1f2f4' : '#e6f4ea',
            color: text.muted ? '#525a63' : '#116329',
            fontWeight: 700,
          },
          text.status,
        ),
        el('div', { display: 'flex', marginLeft: 24, color: text.muted ? '#1b1f24' : '#525a63', fontWeight: text.muted ? 700 : 400 }, text.detail),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  // Rasterised off the main thread, so with the build's page concurrency one image's layout
  // (satori, JavaScript) runs while another's pixels are drawn.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: 1200 } })).asPng();
}
