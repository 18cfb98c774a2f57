/**
 * The link-preview image of every record page: /og/<lang>/<record>/<slug>.png. A page's
 * title; for the record's first page, the record's decision (record.yaml) when it states
 * one, so a shared record link says what was decided.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecordPages, loadRecord, previewDecision, type RecordPage } from '../../../data/records';
import { renderOgImage } from '../../../og/ogImage';
import { t } from '../../../i18n';
import { formatDate, formatList } from '../../../lib/text/locale';
import { recordLabel } from '../../../lib/site/paths';

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
  const record = await loadRecord(page.recordId);
  const { meta, supersededBy } = record;
  const decided = meta.date ? formatDate(meta.date, page.lang) : t(page.lang, 'status.unknown');
  // A superseded record's preview says what replaced it: a shared link may be an old one.
  const successors = await Promise.all(supersededBy.map(async (id) => recordLabel((await loadRecord(id)).meta.number)));
  const png = await renderOgImage({
    eyebrow: `${recordLabel(meta.number)} · ${t(page.lang, 'site.name')}`,
    // The first page's preview is what a shared record link shows: it states the decision.
    title: previewDecision(record, page) ?? page.entry.data.title,
    subtitle: meta.title[page.lang],
    status: t(page.lang, `status.${meta.status ?? 'unknown'}`),
    detail: successors.length > 0 ? `${t(page.lang, 'record.supersededBy')} ${formatList(successors, page.lang)}` : `${t(page.lang, 'record.decided')} ${decided}`,
    muted: meta.status !== 'accepted' && meta.status !== 'proposed',
  });
  return new Response(Buffer.from(png), { headers: { 'content-type': 'image/png' } });
};
