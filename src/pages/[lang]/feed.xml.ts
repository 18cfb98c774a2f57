/**
 * The decision log's Atom feed: /<lang>/feed.xml. A feed reader needs absolute addresses,
 * so a build that does not know the site's address (no `site`) writes no feed and links none.
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../i18n';
import { logFeed } from '../../data/logFeeds';

export const getStaticPaths = () => (import.meta.env.SITE ? LANGS.map((lang) => ({ params: { lang } })) : []);

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await logFeed(params.lang as Lang, site!), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
