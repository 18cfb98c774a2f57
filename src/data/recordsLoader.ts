/**
 * The records collection: one entry per folder under the records directory, holding
 * record.yaml and whichever optional data files the folder has, each validated by its
 * schema, then the files checked against each other (src/lib/records/recordChecks.ts). Every
 * problem names its file and field, and fails `astro sync` and `astro build`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { checkRecords, problemText, type Problem } from '../lib/records/recordChecks';
import { rereadRecordsFolder } from './inPlaceRecords';
import { recordSchema } from '../schemas/record';
import { dataFileList, SITE_FILES, type FolderFiles, type RecordFolder } from '../schemas/recordFolder';
import { LANGS } from '../schemas/text';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * `teamFolder`: the team's ADR folder `base` was generated from (src/data/inPlaceRecords.ts);
 * in `astro dev` a change to its files generates the records again, which this loader (and
 * the pages' loader) then reads as any change to the records.
 */
export function recordsLoader(base: string, teamFolder?: string): Loader {
  return {
    name: 'record-folders',
    load: async ({ store, meta, config, watcher, logger }) => {
      const dir = fileURLToPath(new URL(`${base.replace(/\/?$/, '/')}`, config.root));
      const read = async () => {
        const { folders, problems } = await readRecordFolders(dir, base);
        if (problems.length > 0) {
          throw new Error(`Invalid record data:\n${problems.map(problemText).join('\n')}`);
        }
        store.clear();
        for (const folder of folders) store.set({ id: folder.id, data: folder as unknown as Record<string, unknown> });
      };
      // Astro keeps the store between builds, so a warm build reuses the records it read
      // last time unless a file they come from, or any source file (the schemas and checks
      // that judge them), changed: parsing and checking them took 0.1 s of every build.
      const sources = filesDigest([dir, fileURLToPath(new URL('src/', config.root))]);
      if (meta.get('sources') !== sources || store.keys().length === 0) {
        await read();
        meta.set('sources', sources);
      }
      watcher?.add(dir);
      watcher?.on('change', (path) => {
        if (path.startsWith(dir)) read().catch((error: unknown) => logger.error(String(error)));
      });
      if (teamFolder) {
        const team = fileURLToPath(new URL(`${teamFolder.replace(/\/?$/, '/')}`, config.root));
        watcher?.add(team);
        for (const event of ['change', 'add', 'unlink'] as const) {
          watcher?.on(event, (path) => {
            if (!path.startsWith(team)) return;
            try {
              rereadRecordsFolder(teamFolder);
              if (event !== 'change') read().catch((error: unknown) => logger.error(String(error)));
            } catch (error) {
              logger.error(String(error));
            }
          });
        }
      }
    },
  };
}

/**
 * One hash of every file under `dirs`: names and contents. Read synchronously: for some 170
 * small files that took 3-7 ms, against 30-40 ms with a promise per file.
 */
function filesDigest(dirs: string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Every record folder under `dir`, parsed and checked; problems name files as `${base}/…`.
 * The loader, `npm run lint:records` and the export read records through here. `files`: the
 * data files a folder may hold and the tools (the site's unless a test registers others).
 */
export async function readRecordFolders(dir: string, base: string, files: FolderFiles = SITE_FILES): Promise<{ folders: RecordFolder[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const folders: RecordFolder[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const id of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const file = (name: string) => `${base}/${id}/${name}`;
    /** A YAML file parsed by `schema`; undefined (and problems noted) when missing or invalid. */
    const load = async <S extends z.ZodType>(name: string, schema: S): Promise<z.output<S> | undefined> => {
      const path = join(dir, id, name);
      if (!existsSync(path)) return undefined;
      let raw: unknown;
      try {
        raw = parse(await readFile(path, 'utf8'));
      } catch (error) {
        problems.push({ file: file(name), field: '(file)', message: (error as Error).message });
        return undefined;
      }
      const result = schema.safeParse(raw);
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        problems.push({ file: file(name), field: issue.path.join('.') || '(file)', message: issue.message });
      }
      return undefined;
    };

    if (!existsSync(join(dir, id, 'record.yaml'))) {
      problems.push({ file: file('record.yaml'), field: '(file)', message: 'missing: every record folder has one' });
      continue;
    }
    const meta = await load('record.yaml', recordSchema);
    const data: Partial<Record<string, unknown>> = {};
    for (const { file: name, schema } of dataFileList(files)) {
      const value = await load(`${name}.yaml`, schema);
      if (value !== undefined) data[name] = value;
    }
    const pageKeys = Object.fromEntries(await Promise.all(LANGS.map(async (lang) => [lang, await keysOf(join(dir, id, 'pages', lang))])));
    if (meta) folders.push({ id, meta, pageKeys, ...data } as RecordFolder);
  }
  // Cross-file checks only make sense once every file parsed.
  if (problems.length === 0) problems.push(...checkRecords(folders, base, files.tools, files.dataFiles));
  return { folders, problems };
}

/** The `key` of each page's frontmatter; the pages collection validates the rest. */
async function keysOf(pagesDir: string): Promise<string[]> {
  if (!existsSync(pagesDir)) return [];
  const files = (await readdir(pagesDir)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (f) => {
      const match = FRONTMATTER.exec(await readFile(join(pagesDir, f), 'utf8'));
      const front = match ? (parse(match[1]!) as { key?: unknown }) : {};
      return typeof front?.key === 'string' ? front.key : f.replace(/\.mdx$/, '');
    }),
  );
}
