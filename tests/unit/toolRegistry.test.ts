/**
 * The island tools' registry (src/tools/): the site's two tools, and a third defined only in
 * tests/fixtures/tools/ that the component map, the tools' CSS, the record folder's schema
 * and the cross-file checks take up once it is in the list.
 */
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/tools';
import { checkToolList, defineTool, loadViews, toolComponents, toolCssFor, toolLinkKeys } from '../../src/tools/registry';
import { DATA_FILES, dataFilesWith, recordFolderSchema, recordFolderSchemaWith } from '../../src/schemas/recordFolder';
import { checkRecords, problemText } from '../../src/lib/records/recordChecks';
import type { RecordFolder } from '../../src/schemas/recordFolder';
import { riskRegister, RiskRegisterView, risksSchema } from '../fixtures/tools/risk-register/tool';

const withFixture = [...TOOLS, riskRegister] as const;

const folder = {
  id: '0001-risky',
  meta: { number: 1, title: { nb: 'Risiko', en: 'Risky' }, status: 'accepted', date: new Date('2025-01-01'), options: [{ id: 'a', name: { nb: 'A', en: 'A' } }] },
  pageKeys: { nb: ['decision'], en: ['decision'] },
  risks: { risks: [{ option: 'a', likelihood: 0.2 }, { option: 'b', likelihood: 0.5 }] },
};

describe('the island tools registry', () => {
  it('lists the site\'s tools, each with its data file among the record\'s', () => {
    expect(TOOLS.map((t) => [t.name, t.data.file])).toEqual([
      ['CostCalculator', 'costs'],
      ['TriggerChecklist', 'triggers'],
    ]);
    expect(Object.keys(DATA_FILES).sort()).toEqual(['alternatives', 'costs', 'decision', 'learning', 'roadmap', 'triggers']);
  });

  it.each([
    ['costCalculator', 'costs', 'its MDX name starts with a capital letter'],
    ['Risk Register', 'risks', 'its MDX name starts with a capital letter'],
    ['RiskRegister', 'Risks', '"Risks" is not a data file name'],
    ['RiskRegister', 'risks.yaml', '"risks.yaml" is not a data file name'],
  ])('refuses the MDX name %j with the data file %j', (name, file, message) => {
    expect(() => defineTool({ ...riskRegister, name, data: { ...riskRegister.data, file } })).toThrow(message);
  });

  it.each([
    ['MDX name', { ...riskRegister, name: 'CostCalculator' }, 'two tools share the MDX name "CostCalculator"'],
    ['data file', { ...riskRegister, data: { ...riskRegister.data, file: 'triggers' } }, 'two tools share the data file "triggers"'],
  ])('refuses a list where two tools share a %s', (_, tool, message) => {
    expect(() => checkToolList([...TOOLS, tool])).toThrow(message);
  });

  it('gives a fixture tool\'s component to MDX under its name, and its CSS only to pages that use it', async () => {
    const views = await loadViews([riskRegister]);
    expect(toolComponents(views)).toEqual({ RiskRegister: RiskRegisterView });
    expect(toolCssFor(views, '.island{}', ['# Risks\n\n<RiskRegister />'])).toBe('.island{}.risk-register{border:1px solid var(--border)}');
    expect(toolCssFor(views, '.island{}', ['<RiskRegisterNotes />', undefined])).toBe('');
  });

  it('reads a fixture tool\'s data file into the record folder, validated by the tool\'s schema', () => {
    expect(Object.keys(dataFilesWith(withFixture))).toContain('risks');
    const schema = recordFolderSchemaWith(dataFilesWith(withFixture));
    expect(schema.parse(folder).risks).toEqual(risksSchema.parse(folder.risks));
    const bad = schema.safeParse({ ...folder, risks: { risks: [{ option: 'a', likelihood: 2 }] } });
    expect(bad.success || bad.error.issues.map((i) => i.path.join('.'))).toEqual(['risks.risks.0.likelihood']);
    // The site's own schema has no such file: the folder parses without it.
    expect('risks' in recordFolderSchema.parse(folder)).toBe(false);
  });

  it('names the keys a shared link of a fixture tool may hold, from its data file; a record without the file is an error', () => {
    const record = { risks: { risks: [{ option: 'queue', likelihood: 0.2 }, { option: 'log', likelihood: 0.5 }] } };
    expect(toolLinkKeys(riskRegister, record)).toEqual(['queue.likelihood', 'log.likelihood']);
    expect(() => toolLinkKeys(riskRegister, {})).toThrow('<RiskRegister /> needs the record\'s risks.yaml');
  });

  it('runs a fixture tool\'s checks on its data file, naming the file and field', () => {
    const problems = (tools: Parameters<typeof checkRecords>[2]) => checkRecords([folder as RecordFolder], 'records', tools).map(problemText);
    expect(problems(withFixture)).toEqual(['records/0001-risky/risks.yaml risks.1.option: unknown option "b" (record.yaml options: a)']);
    expect(problems(TOOLS)).toEqual([]);
  });
});
