/**
 * The island tools: each one entry, made by defineTool in its own folder (src/tools/<tool>/tool.ts),
 * listed once in src/tools/index.ts. The MDX component map and the tools' CSS
 * (src/components/mdx/mdxComponents.ts), the record folder's data files and schema
 * (src/schemas/recordFolder.ts) and the cross-file checks (src/lib/records/recordChecks.ts) read
 * the list; none of them names a tool. Recipe: CONTRIBUTING.md, "Add an island tool".
 *
 * This module and each tool.ts stay free of .astro and CSS imports, so Node scripts (the
 * lint, the import) can read the list: a tool's view (its component and CSS) is loaded
 * only by the site's build, through `view`.
 */
import type { z } from 'astro/zod';
import { checkFileName, firstRepeat, type DataFileDefinition } from '../schemas/dataFile';

/** What the build shows of a tool: the component MDX pages use, and the CSS a page that uses it carries inline. */
export interface ToolView {
  component: unknown;
  css: string;
}

export interface ToolDefinition<Name extends string = string, File extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** The component's name in MDX, `<CostCalculator />`. */
  name: Name;
  /** The record data file the tool reads, `<file>.yaml` beside record.yaml: its schema and checks (src/schemas/dataFile.ts). */
  data: DataFileDefinition<File, Schema>;
  /** The query keys a shared link of the tool may hold, from its data file. */
  linkKeys(data: z.infer<Schema>): string[];
  /** The tool's component and CSS; a dynamic import, so the list itself loads in Node. */
  view(): Promise<ToolView>;
}

const MDX_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** A tool's entry, its names checked: a component name MDX can use, a data file name. */
export function defineTool<const Name extends string, const File extends string, Schema extends z.ZodType>(
  tool: ToolDefinition<Name, File, Schema>,
): ToolDefinition<Name, File, Schema> {
  if (!MDX_NAME.test(tool.name)) throw new Error(`tool "${tool.name}": its MDX name starts with a capital letter and has letters and digits only`);
  checkFileName(tool.data.file, `tool ${tool.name}`);
  return tool;
}

/** A list of tools, each name and data file once. */
export function checkToolList<T extends readonly ToolDefinition[]>(tools: T): T {
  const name = firstRepeat(tools.map((tool) => tool.name));
  if (name !== undefined) throw new Error(`two tools share the MDX name "${name}"`);
  const file = firstRepeat(tools.map((tool) => tool.data.file));
  if (file !== undefined) throw new Error(`two tools share the data file "${file}"`);
  return tools;
}

/** The query keys a shared link of `tool` may hold in `record` (whose data file the tool's page requires). */
export function toolLinkKeys(tool: ToolDefinition, record: Partial<Record<string, unknown>>): string[] {
  const data = record[tool.data.file];
  if (data === undefined) throw new Error(`<${tool.name} /> needs the record's ${tool.data.file}.yaml`);
  return tool.linkKeys(data);
}

/** Every tool's view, by the tool's MDX name. */
export async function loadViews(tools: readonly ToolDefinition[]): Promise<Map<string, ToolView>> {
  return new Map(await Promise.all(tools.map(async (tool) => [tool.name, await tool.view()] as const)));
}

/** The tools' components for MDX, by name. */
export const toolComponents = (views: ReadonlyMap<string, ToolView>): Record<string, unknown> =>
  Object.fromEntries([...views].map(([name, view]) => [name, view.component]));

/** Whether an MDX source uses the component of this name (`<TriggerChecklist />` …). */
export const usesComponent = (body: string | undefined, name: string): boolean =>
  body !== undefined && new RegExp(`<${name}\\b`).test(body);

/**
 * The CSS of the tools these MDX sources use, once each, after `shared` (what every tool
 * uses); nothing when they use none.
 */
export function toolCssFor(views: ReadonlyMap<string, ToolView>, shared: string, bodies: readonly (string | undefined)[]): string {
  const used = [...views].filter(([name]) => bodies.some((body) => usesComponent(body, name)));
  return used.length ? shared + used.map(([, view]) => view.css).join('') : '';
}
