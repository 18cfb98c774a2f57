/** The link-preview image of the site's own pages in one language (index, search): /og/<lang>.png */
import type { APIRoute } from 'astro';
import { allRecordIds } from '../../data/records';
import { renderOgImage } from '../../og/ogImage';
import { t, LANGS, type Lang } from '../../i18n';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const count = (await allRecordIds()).length;
  const png = await renderOgImage({
    eyebrow: LANGS.map((l) => t(l, 'lang.name')).join(' · '),
    title: t(lang, 'site.name'),
    subtitle: t(lang, 'home.description'),
    status: t(lang, 'home.recordCount', { count }),
    detail: t(lang, 'home.originalIs'),
  });
  return new Response(Buffer.from(png), { headers: { 'content-type': 'image/png' } });
};
