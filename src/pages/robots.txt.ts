/**
 * robots.txt: everything may be crawled; the sitemap lists both languages. A sitemap is
 * built only for a known public address (src/lib/site/siteUrl.ts), and only then named here.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site && new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap.href}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
