/** The records' next reviews as a calendar to subscribe to: /<lang>/reviews.ics */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../i18n';
import { logCalendar } from '../../data/logFeeds';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await logCalendar(params.lang as Lang, site), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
