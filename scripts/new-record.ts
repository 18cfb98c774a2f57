/**
 * npm run new-record -- "Title" [--title-nb …] [--title-en …] [--lang nb|en] [--status proposed]
 *   [--tags a,b] [--supersedes N] [--date YYYY-MM-DD] [--dir <records>]
 * Creates the next-numbered record with a MADR 4-shaped page in both languages. Asks for
 * what is missing when run in a terminal. With --supersedes, the old record becomes "superseded".
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { readRecordFolders } from '../src/data/recordsLoader';
import { madrTemplate } from '../src/lib/records/madrTemplate';
import { recordLabel, recordPagePath } from '../src/lib/site/paths';
import { problemText } from '../src/lib/records/recordChecks';
import { recordFiles } from '../src/lib/records/recordFiles';
import { toIsoDate } from '../src/lib/log/reviewDate';
import { STATUSES, type Status } from '../src/schemas/record';
import { LANGS, type Lang } from '../src/schemas/text';
import { adrFilesFolder, recordsDir } from './recordsDir';
import { schemaProblems, writeRecord } from './recordWrite';

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'title-nb': { type: 'string' },
      'title-en': { type: 'string' },
      lang: { type: 'string', default: 'nb' },
      status: { type: 'string' },
      tags: { type: 'string' },
      supersedes: { type: 'string' },
      date: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const { dir, base } = recordsDir(values.dir);
  const fail = (message: string) => (console.error(`new-record: ${message}`), 1);
  if (!LANGS.includes(values.lang as Lang)) return fail(`--lang: "${values.lang}" is not one of ${LANGS.join(', ')}`);
  const lang = values.lang as Lang;

  if (!existsSync(dir)) return (console.error(`new-record: no records folder at ${dir}`), 1);
  const teamFiles = adrFilesFolder(dir, base);
  if (teamFiles) return (console.error(`new-record: ${teamFiles}`), 1);
  const { folders, problems } = await readRecordFolders(dir, base);
  if (problems.length > 0) return fail(`the records in ${base} do not build; fix these first:\n${problems.map(problemText).join('\n')}`);

  // In a terminal, ask for what the flags leave out; in a script, use the defaults.
  const ask = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const answer = async (question: string, given: string | undefined, fallback = '') =>
    given ?? (ask ? (await ask.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback : fallback);
  const title = positionals.join(' ').trim() || undefined;
  const titleNb = await answer('Tittel (norsk)', values['title-nb'] ?? (lang === 'nb' ? title : undefined), title);
  const titleEn = await answer('Title (English)', values['title-en'] ?? (lang === 'en' ? title : undefined), titleNb);
  const status = await answer(`Status (${STATUSES.join(', ')})`, values.status, 'proposed');
  const tags = await answer('Tags (comma-separated)', values.tags);
  const supersedes = await answer('Supersedes record number (empty: none)', values.supersedes);
  ask?.close();

  if (!titleNb || !titleEn) return fail('give a title: npm run new-record -- "Title" (or --title-nb and --title-en)');
  if (!STATUSES.includes(status as Status)) return fail(`--status: "${status}" is not one of ${STATUSES.join(', ')}`);
  const date = values.date ?? toIsoDate(new Date());
  let old: (typeof folders)[number] | undefined;
  if (supersedes) {
    old = folders.find((f) => f.meta.number === Number(supersedes));
    if (!old) return fail(`--supersedes: no record number ${supersedes} in ${base}`);
  }

  const number = Math.max(0, ...folders.map((f) => f.meta.number)) + 1;
  const record = recordFiles({
    number,
    title: { nb: titleNb, en: titleEn },
    status: status as Status,
    date,
    tags: tags ? tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
    supersedes: old ? [old.id] : undefined,
    originalLanguage: lang,
    pages: Object.fromEntries(LANGS.map((l) => [l, { body: madrTemplate(l) }])),
  });
  const invalid = schemaProblems(record);
  if (invalid.length > 0) return fail(`nothing written:\n${invalid.join('\n')}`);

  await writeRecord(dir, record);
  console.log(`new-record: ${recordLabel(number)} "${titleNb}" / "${titleEn}", ${status}, ${date}`);
  for (const path of record.files.keys()) console.log(`  wrote ${base}/${record.id}/${path}`);
  if (old) {
    const file = join(dir, old.id, 'record.yaml');
    const doc = parseDocument(await readFile(file, 'utf8'));
    doc.set('status', 'superseded');
    await writeFile(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
    console.log(`  ${base}/${old.id}/record.yaml: status superseded (was ${old.meta.status}), superseded by ${record.id}`);
  }
  for (const l of LANGS) console.log(`  page ${recordPagePath('/', l, record.id, '')}`);
  return 0;
}
