/** What the built site holds, read from its output folder, so the tests follow the content. */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { htmlFiles } from '../../src/integrations/builtAssets';

export const DIST = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
/** The same site built under a sub-path (BASE_PATH=/adr/), by `npm run build:subpath`. */
export const DIST_SUBPATH = resolve(import.meta.dirname, '../..', process.env.E2E_DIST_SUBPATH ?? 'dist-subpath');
export const SUBPATH = '/adr/';
/** The public address `npm run build:subpath` builds for (SITE_URL); the build at / has none. */
export const SUBPATH_SITE_URL = 'https://adr.example.org';
/**
 * The repository `npm run build:subpath` names (REPOSITORY_URL, REPOSITORY_BRANCH): its
 * pages link there for editing; the build at / names none unless its environment does.
 */
export const SUBPATH_REPOSITORY = { url: 'https://github.com/example/adr', branch: 'main', forge: 'github' } as const;
/** ADR 0001 built with a host's build variables (Vercel's) and no SITE_URL; its build log beside it. */
export const DIST_HOST = resolve(import.meta.dirname, '../..', 'dist-host');
/** The test sites of scripts/build-test-sites.mjs, as playwright.config.ts serves them. */
const testSite = (offset: number) => `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322) + offset}`;
/** ADR 0001 with the decision-log fixtures of tests/fixtures/records/. */
export const FIXTURES_URL = testSite(2);
/** ADR 0001 with the records of other shapes of tests/fixtures/record-shapes/. */
export const SHAPES_URL = testSite(3);
/** ADR 0001 with a record made by new-record and records brought in by import. */
export const AUTHORING_URL = testSite(4);
/** Only the team ADR folders of tests/fixtures/team-folders, imported as teams keep them. */
export const TEAMS_URL = testSite(5);
/** Its output folder. */
export const DIST_TEAMS = resolve(import.meta.dirname, '../..', 'dist-teams');
/** The same team folders read in place by the build (no import): one site per folder, under /<folder>/. */
export const TEAMS_IN_PLACE_URL = testSite(6);
export const DIST_TEAMS_IN_PLACE = resolve(import.meta.dirname, '../..', 'dist-teams-in-place');
/** The team folders of tests/fixtures/team-folders both teams sites are made of (scripts/build-test-sites.mjs). */
export const TEAM_FOLDERS = ['madr4-optional', 'madr3-custom', 'docusaurus', 'log4brains-dated', 'adr-tools-images', 'nygard-mix'] as const;
/** The repository the in-place sites name, for their edit links. */
export const TEAMS_IN_PLACE_REPOSITORY = 'https://github.com/example-team/adr';

export interface BuiltPage {
  /** URL path without the base, e.g. /nb/0001-kubernetes/kostnader/ */
  path: string;
  file: string;
  lang: 'nb' | 'en';
  html: string;
  /** Pages that may load JavaScript: those with an island, search and the decision log. */
  scripted: boolean;
}

/** The build steps' own list of a built site's pages (src/integrations/builtAssets.ts). */
export { htmlFiles };

export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run the build first (npm test does)`);
  return htmlFiles(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const rel = relative(dist, file).replace(/index\.html$/, '');
      const lang = /<html lang="(nb|en)"/.exec(html)?.[1] as 'nb' | 'en';
      const interactive = html.includes('<astro-island');
      const search = /^\/(nb|en)\/(sok|search)\/$/.test(`/${rel}`);
      // The decision log's filters keep the address in step (src/client/logFilters.ts).
      const log = /^\/(nb|en)\/(log\/[^/]+\/[^/]+\/)?$/.test(`/${rel}`);
      return { path: `/${rel}`, file, lang, html, scripted: interactive || search || log };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Pages of records: /<lang>/<record>/..., without the print views (the whole record, the brief). */
export const recordPages = (dist = DIST) =>
  builtPages(dist).filter((p) => /^\/(nb|en)\/\d{4}-[^/]+\//.test(p.path) && !/\/(print|brief)\/$/.test(p.path));

/** ADR 0001's pages that hold a tool, each language, and which tool: what shared-link tests open. */
export const ADR_0001_TOOL_PAGES = [
  { path: '/en/0001-kubernetes/calculator/', lang: 'en', tool: 'calculator' },
  { path: '/nb/0001-kubernetes/kalkulator/', lang: 'nb', tool: 'calculator' },
  { path: '/en/0001-kubernetes/checklist/', lang: 'en', tool: 'checklist' },
  { path: '/nb/0001-kubernetes/sjekkliste/', lang: 'nb', tool: 'checklist' },
] as const;

/** ADR 0001's pages that showed a tool before it kept to its own page (their `toolMovedTo`), and that page. */
export const ADR_0001_MOVED_TOOL_PAGES = [
  { path: '/en/0001-kubernetes/costs/', lang: 'en', tool: 'calculator', toolPage: '/en/0001-kubernetes/calculator/' },
  { path: '/nb/0001-kubernetes/kostnader/', lang: 'nb', tool: 'calculator', toolPage: '/nb/0001-kubernetes/kalkulator/' },
  { path: '/en/0001-kubernetes/migration-triggers/', lang: 'en', tool: 'checklist', toolPage: '/en/0001-kubernetes/checklist/' },
  { path: '/nb/0001-kubernetes/migreringstriggere/', lang: 'nb', tool: 'checklist', toolPage: '/nb/0001-kubernetes/sjekkliste/' },
] as const;
