/**
 * Real nginx and Caddy serving a built site with the configuration the build wrote for it
 * (<dist>-servers/, src/integrations/hostHeaders.ts), each on a free port, from a temp dir
 * that holds its config and the site under its base (a link to the build's folder), in the
 * foreground, so stopping the process stops the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ServerKind = 'nginx' | 'caddy';

export interface RunningServer {
  /** The site's address: http://127.0.0.1:<port><base> */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** nginx's main context for an unprivileged, foreground run in `dir`; the build's file is its http block. */
function nginxMain(dir: string, site: string, port: number, serverBlock: string): string {
  writeFileSync(
    join(dir, 'site.conf'),
    serverBlock.replace('listen 8080;', `listen 127.0.0.1:${port};`).replace('root /srv/site;', `root ${site};`),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`);
  return [
    'daemon off;',
    // As root, nginx's workers would run as nobody, who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(dir, 'nginx.pid')};`,
    'error_log stderr;',
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  access_log off;',
    ...temp,
    `  include ${join(dir, 'site.conf')};`,
    '}',
  ].join('\n');
}

function start(kind: ServerKind, dir: string, site: string, port: number, serversDir: string): ChildProcess {
  if (kind === 'nginx') {
    writeFileSync(join(dir, 'nginx.conf'), nginxMain(dir, site, port, readFileSync(join(serversDir, 'nginx.conf'), 'utf8')));
    return spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  // No admin endpoint: two servers at once would both want its port.
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n}\n${readFileSync(join(serversDir, 'Caddyfile'), 'utf8')}`);
  return spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(port), SITE_ROOT: site, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
}

/** Serves `dist` (built for `base`) with `kind`, once it answers. */
export async function serve(kind: ServerKind, dist: string, base: string): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), `adr-${kind}-`));
  const site = join(dir, 'site');
  // The site lies under its base in the server's root, as the README's recipes put it.
  const siteDir = join(site, base);
  mkdirSync(join(siteDir, '..'), { recursive: true });
  symlinkSync(dist, siteDir.replace(/\/$/, ''));
  const port = await freePort();
  const child = start(kind, dir, site, port, `${dist}-servers`);
  let log = '';
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}${base}`;
  // Ready when it answers; a server that exits first failed to start.
  let ready = false;
  let stopped = false;
  void exited.then(() => (stopped = true));
  while (!ready) {
    if (stopped) throw new Error(`${kind} exited before it served ${url}:\n${log}`);
    ready = await fetch(url, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
