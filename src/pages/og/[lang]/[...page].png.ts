/** The link-preview image of every record page: /og/<lang>/<record>/<slug>.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecordPages, loadRecord, type RecordPage } from '../../../data/records';
import { renderOgImage } from '../../../og/ogImage';
import { t } from '../../../i18n';
import { formatDate } from '../../../lib/locale';
import { recordLabel } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const pages = await allRecordPages(import.meta.env.BASE_URL);
  return pages.map((page) => ({
    // Must match ogImagePath(): /og/<lang>/<record>/<slug or "index">.png
    params: { lang: page.lang, page: `${page.recordId}/${page.slug || 'index'}` },
    props: { page },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: RecordPage }> = async ({ props }) => {
  const { page } = props;
  const { meta } = await loadRecord(page.recordId);
  const decided = formatDate(meta.date, page.lang);
  const png = await renderOgImage({
    eyebrow: `${recordLabel(meta.number)} · ${t(page.lang, 'site.name')}`,
    title: page.entry.data.title,
    subtitle: meta.title[page.lang],
    status: t(page.lang, `status.${meta.status}`),
    detail: `${t(page.lang, 'record.decided')} ${decided}`,
  });
  return new Response(Buffer.from(png), { headers: { 'content-type': 'image/png' } });
};
