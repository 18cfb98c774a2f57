// A plain static file server, as any static host behaves: the tests and `npm start`
// use it so nothing depends on Astro's own preview server. Like hosts, it compresses
// text (gzip) for clients that accept it, so the bench measures what readers download.
// Usage: node scripts/serve-static.mjs <dir> <port> [basePath]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', port = '4321', basePath = '/'] = process.argv.slice(2);
const root = resolve(dir);
const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + '/')) return undefined;
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = join(full, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Like most static hosts: /nb/foo -> /nb/foo/ when that is a folder.
  if (!url.pathname.endsWith('/') && !extname(url.pathname)) {
    const folder = await fileFor(`${url.pathname}/`);
    if (folder) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
  }
  const file = await fileFor(url.pathname);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => 'Not found');
  const headers = { 'content-type': types[file ? extname(file) : '.html'] ?? 'application/octet-stream' };
  // Astro's bundles carry a content hash in their names, so hosts cache them for good;
  // a test that loads several pages then fetches each script and stylesheet once.
  if (file && url.pathname.startsWith(`${base}_astro/`)) headers['cache-control'] = 'public, max-age=31536000, immutable';
  const compressed = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(headers['content-type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (compressed) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  res.writeHead(status, headers);
  res.end(compressed ? gzipSync(body) : body);
}).listen(Number(port), '127.0.0.1', function () {
  // Port 0 takes a free port: the line names the one taken (tests read it).
  console.log(`Serving ${root} at http://127.0.0.1:${this.address().port}${base}`);
});
