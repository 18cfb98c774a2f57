/** The trigger checklist: `<TriggerChecklist />` on a record page, reading the record's triggers.yaml (and its roadmap's phases). */
import { roadmapFile } from '../../schemas/roadmap';
import { triggersSchema } from '../../schemas/triggers';
import { defineTool } from '../registry';

export const triggerChecklist = defineTool({
  name: 'TriggerChecklist',
  data: {
    file: 'triggers',
    schema: triggersSchema,
    check(t, { problem, pageOrder, dataOf }) {
      const roadmap = dataOf(roadmapFile);
      const phases = new Set(roadmap?.phases.map((p) => p.phase));
      const stages = new Set(t.stages.map((s) => s.id));
      const metrics = new Set(t.metrics.map((m) => m.id));
      const flags = new Set(t.flags.map((m) => m.id));
      if (metrics.size + flags.size !== t.metrics.length + t.flags.length) problem('metrics', 'metric and flag ids must differ');
      if (!roadmap) problem('outcomes', 'the checklist shows roadmap phases: add roadmap.yaml');
      if (t.page !== undefined && !pageOrder.includes(t.page)) problem('page', `no page "${t.page}"`);
      t.outcomes.forEach((o, i) => {
        if (roadmap && !phases.has(o.phase)) problem(`outcomes.${i}.phase`, `no phase ${o.phase} in roadmap.yaml`);
        if (o.when && o.when !== 'signal' && !stages.has(o.when.stage)) problem(`outcomes.${i}.when.stage`, `unknown stage "${o.when.stage}"`);
      });
      t.rules.forEach((rule, i) => {
        if (!stages.has(rule.stage)) problem(`rules.${i}.stage`, `unknown stage "${rule.stage}"`);
        const isMetric = metrics.has(rule.input);
        if (!isMetric && !flags.has(rule.input)) problem(`rules.${i}.input`, `no metric or flag "${rule.input}"`);
        else if (isMetric !== (rule.applied !== undefined)) {
          problem(`rules.${i}`, isMetric ? 'a metric rule has `applied`' : 'a yes/no rule has `whenFlag`');
        }
        for (const which of ['applied', 'alternative'] as const) {
          const page = rule[which]?.source.page;
          if (page !== undefined && !pageOrder.includes(page)) problem(`rules.${i}.${which}.source.page`, `no page "${page}"`);
        }
      });
    },
  },
  linkKeys: ({ metrics, flags }) => [...metrics, ...flags].map((field) => field.id),
  view: async () => (await import('./view')).view,
});
