/**
 * The link-preview image of every record page: /og/<lang>/<record>/<slug>.png. A page's
 * title; for the overview, the record's decision (record.yaml), so a shared record link
 * says what was decided.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecordPages, loadRecord, type RecordPage } from '../../../data/records';
import { renderOgImage } from '../../../og/ogImage';
import { t, LOCALE } from '../../../i18n';
import { recordNumber } from '../../../lib/paths';

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
  const decided = new Intl.DateTimeFormat(LOCALE[page.lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(meta.decided);
  const png = await renderOgImage({
    eyebrow: `ADR ${recordNumber(meta.number)} · ${t(page.lang, 'site.name')}`,
    // The overview's preview is what a shared record link shows: it states the decision.
    title: page.key === 'overview' ? meta.decision[page.lang] : page.entry.data.title,
    subtitle: meta.title[page.lang],
    status: t(page.lang, `status.${meta.status}`),
    detail: `${t(page.lang, 'record.decided')} ${decided}`,
  });
  return new Response(Buffer.from(png), { headers: { 'content-type': 'image/png' } });
};
