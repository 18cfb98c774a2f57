/**
 * Writes the response headers of src/lib/site/hostHeaders.ts into the files each host reads,
 * with each page's CSP read from its built <meta>: `_headers` and `vercel.json` into the
 * site's folder (Netlify, Cloudflare Pages and `vercel deploy dist` read them from there),
 * and `nginx.conf` and `Caddyfile` beside it, in `<outDir>-servers/`, so a server of the
 * folder does not publish its own configuration.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile, headersFile, nginxConf, vercelJson, type PagePolicy, type SiteHeaders } from '../lib/site/hostHeaders.ts';
import { withBase } from '../lib/site/paths.ts';
import { htmlFiles } from './builtAssets.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const pages: PagePolicy[] = htmlFiles(outDir)
          .sort()
          .map((file) => {
            const csp = META_CSP.exec(readFileSync(file, 'utf8'))?.[1];
            const path = `${base}${relative(outDir, file)}`;
            if (!csp) throw new Error(`${path} has no CSP <meta>: its headers would allow anything`);
            return { path, csp };
          });
        const site: SiteHeaders = { base, pages, notFound: `${base}404.html` };
        const serversDir = `${outDir}-servers`;
        mkdirSync(serversDir, { recursive: true });
        writeFileSync(join(outDir, '_headers'), headersFile(site));
        writeFileSync(join(outDir, 'vercel.json'), vercelJson(site));
        writeFileSync(join(serversDir, 'nginx.conf'), nginxConf(site));
        writeFileSync(join(serversDir, 'Caddyfile'), caddyfile(site));
        logger.info(`headers of ${pages.length} pages: _headers and vercel.json in ${relative(process.cwd(), outDir)}/, nginx.conf and Caddyfile in ${relative(process.cwd(), serversDir)}/`);
      },
    },
  };
}
