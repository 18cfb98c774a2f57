/**
 * Resolves every internal link and #anchor of a built site against its files, the way
 * a static host would serve them under `base`. A link may leave the site only where
 * `mayLeave` allows it (the pages' edit links, to the repository the build names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './site';

const LINK = /<(?:a|link|script|img|source|form)\b[^>]*?\s(?:href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

export function brokenLinks(dist: string, base: string, siteOrigin: string, mayLeave: (href: string) => boolean = () => false): string[] {
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!));
      idsCache.set(file, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const pagePath = `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
    for (const [, raw] of readFileSync(file, 'utf8').matchAll(LINK)) {
      const href = raw!.replace(/&amp;/g, '&');
      if (href === '' || href.startsWith('data:') || href.startsWith('mailto:')) continue;
      // A calendar subscription (webcal:) is the site's own file under another scheme: checked as that file.
      const url = new URL(href.replace(/^webcal:/, new URL(siteOrigin).protocol), `${siteOrigin}${pagePath}`);
      if (url.origin !== siteOrigin) {
        if (mayLeave(href)) continue;
        problems.push(`${pagePath}: link leaves the site: ${href}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${pagePath}: ${href} is outside the base ${base}`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = join(dist, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      if (!existsSync(target)) {
        problems.push(`${pagePath}: ${href} -> no file ${target.slice(dist.length)}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
        problems.push(`${pagePath}: ${href} -> no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}
