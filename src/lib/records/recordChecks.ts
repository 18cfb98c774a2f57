/**
 * What no single file's schema can see: a record's files against each other (option ids,
 * stages, phases, page keys) and records against each other (supersedes, amends,
 * relates-to). Each problem names the file and the field, like a schema error.
 */
import type { RecordFolder } from '../../schemas/recordFolder';
import { LANGS } from '../../schemas/text';
import { TOOLS } from '../../tools';
import type { ToolDefinition } from '../../tools/registry';

export interface Problem {
  /** Path of the file, from the project root. */
  file: string;
  /** Dotted path of the field inside it. */
  field: string;
  message: string;
}

export const problemText = (p: Problem) => `${p.file} ${p.field}: ${p.message}`;

/** The page keys of a record in reading order: record.yaml's `pages`, or its one page. */
export function pageOrder(folder: Pick<RecordFolder, 'meta' | 'pageKeys'>): string[] {
  return folder.meta.pages ?? [...new Set(Object.values(folder.pageKeys).flat())];
}

/** A page's URL slug: '' for the record's first page (served at its root), else its file name. */
export function pageSlug(order: readonly string[], key: string, file: string): string {
  return order[0] === key ? '' : file;
}

/** Every problem of these records, the checks of these tools (by default the site's) among them. */
export function checkRecords(folders: readonly RecordFolder[], base: string, tools: readonly ToolDefinition[] = TOOLS): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(folders.map((f) => f.id));
  const supersededBy = new Map<string, string[]>();
  for (const f of folders) {
    for (const old of f.meta.supersedes ?? []) supersededBy.set(old, [...(supersededBy.get(old) ?? []), f.id]);
  }

  for (const f of folders) {
    const at = (file: string) => (field: string, message: string) =>
      problems.push({ file: `${base}/${f.id}/${file}`, field, message });
    const record = at('record.yaml');
    const { meta } = f;

    // ------------------------------------------------------------ links between records
    for (const link of ['supersedes', 'amends', 'relates-to'] as const) {
      (meta[link] ?? []).forEach((other, i) => {
        if (other === f.id) record(`${link}.${i}`, 'a record cannot link to itself');
        else if (!ids.has(other)) record(`${link}.${i}`, `no record "${other}" (known: ${[...ids].join(', ')})`);
      });
    }
    (meta.supersedes ?? []).forEach((old, i) => {
      const target = folders.find((o) => o.id === old);
      if (target && target.meta.status !== 'superseded') {
        record(`supersedes.${i}`, `"${old}" is superseded by this record, so its status must be "superseded"`);
      }
    });
    if (meta.status === 'superseded' && !supersededBy.has(f.id)) {
      record('status', 'a superseded record needs a successor whose `supersedes` lists it');
    }

    // ------------------------------------------------------------ reviews
    const lastReview = meta.reviews?.at(-1);
    if (lastReview?.outcome === 'superseded' && meta.status !== 'superseded') {
      record(`reviews.${meta.reviews!.length - 1}.outcome`, 'the last review superseded the decision, so its status must be "superseded"');
    }

    // ------------------------------------------------------------ options
    const options = (meta.options ?? []).map((o) => o.id);
    const optionSet = new Set(options);
    if (optionSet.size !== options.length) record('options', 'each option id appears once');
    const knownOption = (check: (field: string, message: string) => void, field: string, id: string) => {
      if (!optionSet.has(id)) check(field, `unknown option "${id}" (record.yaml options: ${options.join(', ') || 'none'})`);
    };

    // ------------------------------------------------------------ numbers
    const sameNumber = folders.filter((o) => o.meta.number === meta.number && o.id !== f.id);
    if (sameNumber.length > 0) record('number', `${meta.number} is also the number of ${sameNumber.map((o) => o.id).join(', ')}`);

    // ------------------------------------------------------------ pages
    const order = pageOrder(f);
    const original = meta['original-language'];
    for (const lang of LANGS) {
      const keys = f.pageKeys[lang] ?? [];
      const page = at(`pages/${lang}`);
      // Pages not yet translated are shown in the original language (untranslatedPages).
      const pending = original !== undefined && original !== lang;
      if (keys.length === 0 && !pending) {
        record('pages', `no page in ${lang}: write one, or set original-language if the record is not yet translated`);
        continue;
      }
      if (!meta.pages && keys.length > 1) {
        record('pages', `${keys.length} pages in ${lang}: a record with more than one page lists their keys in \`pages\``);
        continue;
      }
      for (const key of order) {
        if (!keys.includes(key) && !pending) {
          page('key', `no page with key "${key}" (record.yaml pages; or set original-language if it is not yet translated)`);
        }
      }
      for (const key of keys) if (!order.includes(key)) page('key', `page key "${key}" is not in record.yaml pages`);
      if (new Set(keys).size !== keys.length) page('key', 'two pages share a key');
    }

    (meta.reasons ?? []).forEach((reason, i) => {
      if (reason.page !== undefined && !order.includes(reason.page)) {
        record(`reasons.${i}.page`, `no page with key "${reason.page}" (record.yaml pages: ${order.join(', ')})`);
      }
    });

    // The decision and the alternatives name figures from costs.yaml (the calculator's file).
    const costIds = new Set(f.costs?.platforms.map((p) => p.id));

    // ------------------------------------------------------------ decision table
    if (f.decision) {
      const decision = at('decision.yaml');
      f.decision.columns.forEach((id, i) => knownOption(decision, `columns.${i}`, id));
      f.decision.rows.forEach((row, r) => {
        for (const id of f.decision!.columns) if (!(id in row.cells)) decision(`rows.${r}.cells`, `no cell for column "${id}"`);
        for (const [id, cell] of Object.entries(row.cells)) {
          if (!f.decision!.columns.includes(id)) decision(`rows.${r}.cells.${id}`, `"${id}" is not one of the columns`);
          else if ('figure' in cell && !costIds.has(id)) decision(`rows.${r}.cells.${id}.figure`, `costs.yaml has no figures for "${id}"`);
        }
      });
    }

    // ------------------------------------------------------------ alternatives
    if (f.alternatives) {
      const alternatives = at('alternatives.yaml');
      f.alternatives.rows.forEach((row, i) => {
        knownOption(alternatives, `rows.${i}.option`, row.option);
        if (row.monthlyCost === undefined && !costIds.has(row.option)) {
          alternatives(`rows.${i}.monthlyCost`, `needed: costs.yaml has no figures for "${row.option}"`);
        }
      });
      f.alternatives.prosCons.forEach((p, i) => knownOption(alternatives, `prosCons.${i}.option`, p.option));
    }

    // ------------------------------------------------------------ roadmap
    const phases = new Set(f.roadmap?.phases.map((p) => p.phase));
    if (f.roadmap) {
      const roadmap = at('roadmap.yaml');
      f.roadmap.actionPlan.forEach((b, i) => {
        if (!phases.has(b.phase)) roadmap(`actionPlan.${i}.phase`, `no phase ${b.phase} in phases`);
      });
      // A dated time counts from the decision: without its date there is nothing to count from.
      if (!f.meta.date) {
        for (const list of ['phases', 'timeline', 'actionPlan'] as const) {
          f.roadmap[list].forEach((entry, i) => {
            if (entry.dated) roadmap(`${list}.${i}.dated`, 'counts from the decision date, and record.yaml gives no date');
          });
        }
      }
    }

    // ------------------------------------------------------------ the tools' data files (src/tools/)
    for (const tool of tools) {
      const data = (f as Partial<Record<string, unknown>>)[tool.data.file];
      if (data === undefined || !tool.data.check) continue;
      const problem = at(`${tool.data.file}.yaml`);
      tool.data.check(data, { meta, pageOrder: order, roadmap: f.roadmap, problem, knownOption: (field, id) => knownOption(problem, field, id) });
    }
  }
  return problems;
}
