// Assembles a records folder for a build with RECORDS_DIR: the published records plus
// test fixtures, or plus generated records for the scale test. Never committed (.records/).
//
//   node scripts/assemble-records.mjs <out> [--add <dir>]... [--generate <total>]
//
// --add copies every record folder of <dir>; --generate fills up to <total> records with
// one-page records numbered after the others, spread over dates, statuses and tags.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, ...args] = process.argv.slice(2);
if (!out) throw new Error('usage: assemble-records.mjs <out> [--add <dir>]... [--generate <total>]');
const sources = ['content/records'];
let total = 0;
for (let i = 0; i < args.length; i += 2) {
  if (args[i] === '--add') sources.push(args[i + 1]);
  else if (args[i] === '--generate') total = Number(args[i + 1]);
  else throw new Error(`unknown argument ${args[i]}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let count = 0;
for (const dir of sources) {
  for (const id of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    cpSync(join(dir, id), join(out, id), { recursive: true });
    count++;
  }
}

const TAGS = ['data', 'drift', 'sikkerhet', 'nettverk', 'kostnad', 'meldinger', 'søk', 'frontend', 'api', 'observability'];
const TOPICS = [
  ['Lagring av', 'Storage of'],
  ['Sikkerhetskopi for', 'Backups for'],
  ['Overvåking av', 'Monitoring of'],
  ['Tilgangsstyring for', 'Access control for'],
  ['Utrulling av', 'Deployment of'],
];
const THINGS = [
  ['ordrer', 'orders'],
  ['kurser', 'prices'],
  ['brukere', 'users'],
  ['rapporter', 'reports'],
  ['hendelser', 'events'],
  ['fakturaer', 'invoices'],
];
const first = count + 1;
for (let n = first; n <= total; n++) {
  const [topicNb, topicEn] = TOPICS[n % TOPICS.length];
  const [thingNb, thingEn] = THINGS[(n * 7) % THINGS.length];
  const title = { nb: `${topicNb} ${thingNb} ${n}`, en: `${topicEn} ${thingEn} ${n}` };
  const id = `${String(n).padStart(4, '0')}-generated-${n}`;
  const day = new Date(Date.UTC(2020, 0, 1) + n * 5 * 86_400_000).toISOString().slice(0, 10);
  const status = n % 11 === 0 ? 'rejected' : n % 7 === 0 ? 'proposed' : 'accepted';
  const tags = [TAGS[n % TAGS.length], TAGS[(n * 3) % TAGS.length]];
  mkdirSync(join(out, id, 'pages', 'nb'), { recursive: true });
  mkdirSync(join(out, id, 'pages', 'en'), { recursive: true });
  writeFileSync(
    join(out, id, 'record.yaml'),
    [
      `number: ${n}`,
      `title: { nb: "${title.nb}", en: "${title.en}" }`,
      `status: ${status}`,
      `date: ${day}`,
      `review-after-months: ${6 + (n % 4) * 6}`,
      `tags: [${[...new Set(tags)].join(', ')}]`,
      '',
    ].join('\n'),
  );
  for (const [lang, slug, heading, text] of [
    ['nb', 'beslutning', 'Beslutning', `Generert beslutning nummer ${n} om ${thingNb}, for å måle bygget med mange beslutninger.`],
    ['en', 'decision', 'Decision', `Generated decision number ${n} about ${thingEn}, to measure the build with many decisions.`],
  ]) {
    writeFileSync(
      join(out, id, 'pages', lang, `${slug}.mdx`),
      `---\nkey: decision\ntitle: "${title[lang]}"\nnavTitle: ${heading}\ndescription: "${text}"\n---\n\n<RecordMeta />\n\n## ${heading}\n\n${text}\n`,
    );
  }
  count++;
}
console.log(`${out}: ${count} records`);
