/**
 * Every collection of the site and its zod schema.
 *
 * A record is a folder under content/records/<id>/ holding its metadata
 * (record.yaml), its figures (one YAML file per kind) and its pages
 * (pages/<lang>/<slug>.mdx). The document's figures live only in the YAML
 * files; the prose pages and the islands both read them from here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const RECORDS_BASE = './content/records';

/** Text in both languages; neither may be empty. */
export const localized = z.strictObject({
  nb: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** A low–high range as the document states it ("20-40 timer/mnd"). */
export const range = z
  .strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative() })
  .refine((r) => r.low <= r.high, { message: 'low must not exceed high' });

/** A figure the document does not give, supplied by the editor and labelled as such. */
const assumption = localized.optional();

export const PLATFORM_IDS = ['compose', 'swarm', 'kubernetes'] as const;
export const platformId = z.enum(PLATFORM_IDS);

// ---------------------------------------------------------------- record.yaml

export const recordSchema = z.strictObject({
  number: z.number().int().positive(),
  title: localized,
  /** The system the record is about. */
  system: z.string().min(1),
  status: z.enum(['proposed', 'accepted', 'superseded', 'deprecated']),
  /** "Status" line of the source header: the situation the decision starts from. */
  context: localized,
  /** The decision in one line. */
  decision: localized,
  decided: z.coerce.date(),
  reviewAfterMonths: z.number().int().positive().max(120),
  authorRole: localized,
  description: localized,
});

// ---------------------------------------------------------------- decision.yaml

/** A cell either quotes the document or names a figure from costs.yaml. */
const decisionCell = z.union([
  z.strictObject({ text: localized }),
  z.strictObject({ figure: z.enum(['operationsHours', 'infrastructure']) }),
]);

export const decisionSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        criterion: localized,
        compose: decisionCell,
        kubernetes: decisionCell,
        recommendation: localized,
        verdict: z.enum(['compose', 'not-yet']),
      }),
    )
    .min(1),
});

// ---------------------------------------------------------------- costs.yaml

const durationUnit = z.enum(['s', 'min', 'h', 'hPerMonth']);

export const costsSchema = z.strictObject({
  currency: z.literal('EUR'),
  /** The calculator's own assumptions: not the document's figures. */
  assumptions: z.strictObject({
    hourlyRate: z.number().nonnegative().max(10_000),
    horizonMonths: z.number().int().min(1).max(60),
  }),
  platforms: z
    .array(
      z.strictObject({
        id: platformId,
        name: z.string().min(1),
        topology: localized,
        /** Which of this platform's figures are the editor's, and why. */
        assumption,
        infrastructure: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[a-z0-9-]+$/),
              label: localized,
              monthly: range,
            }),
          )
          .min(1),
        /** The total as the document prints it; a test checks it against the items. */
        infrastructureTotal: range,
        operations: z.strictObject({
          tasks: z.array(
            z.strictObject({
              label: localized,
              detail: localized.optional(),
              duration: range,
              unit: durationUnit,
            }),
          ),
          hoursPerMonth: range,
        }),
        setupHours: range,
        learning: z.strictObject({
          items: z.array(z.strictObject({ label: localized, hours: range })),
          hours: range,
          note: localized.optional(),
        }),
      }),
    )
    .length(3)
    .refine((ps) => PLATFORM_IDS.every((id, i) => ps[i]?.id === id), {
      message: `platforms must be, in order: ${PLATFORM_IDS.join(', ')}`,
    }),
});

// ---------------------------------------------------------------- alternatives.yaml

export const alternativesSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        platform: platformId,
        complexity: z.number().int().min(1).max(5),
        complexityLabel: localized,
        /**
         * Only where this table prints its own figure ("€100+/mnd"); otherwise the
         * platform's infrastructure total from costs.yaml is shown.
         */
        monthlyCost: z.number().nonnegative().optional(),
        orMore: z.boolean().default(false),
        suitedFor: localized,
      }),
    )
    .length(3),
  swarm: z.strictObject({
    pros: z.array(localized).min(1),
    cons: z.array(localized).min(1),
  }),
});

// ---------------------------------------------------------------- triggers.yaml

export const METRIC_IDS = [
  'nodes',
  'containers',
  'deploysPerDay',
  'trafficRps',
  'teamSize',
  'uptimeSla',
] as const;
export const FLAG_IDS = [
  'zeroDowntimeCritical',
  'separateClusters',
  'toleratesDowntime',
  'featureFocus',
] as const;
export const metricId = z.enum(METRIC_IDS);
export const flagId = z.enum(FLAG_IDS);

const comparison = z.enum(['>', '>=', '<', '<=']);

/** A threshold as one section of the document states it. */
const threshold = z.strictObject({
  op: comparison,
  value: z.number(),
  /** The page key and heading anchor key of the section that states it. */
  source: z.strictObject({ page: z.string().min(1), section: localized }),
});

export const triggersSchema = z.strictObject({
  /** Inputs of the checklist; `now` is the document's "Nå" column. */
  metrics: z
    .array(
      z.strictObject({
        id: metricId,
        label: localized,
        unit: localized.optional(),
        now: z.number().nonnegative(),
        /** How the document writes "now" when it is not a plain number ("1-2", "<10"). */
        nowText: z.string().optional(),
        max: z.number().positive(),
        integer: z.boolean(),
        /** The "K8s trigger" column, as printed. */
        triggerText: z.string().min(1),
      }),
    )
    .length(METRIC_IDS.length),
  flags: z
    .array(
      z.strictObject({
        id: flagId,
        label: localized,
        now: z.boolean(),
      }),
    )
    .length(FLAG_IDS.length),
  /** "JA - Vurder migrering" and "NEI - Fortsett med Docker Compose", in the document's words. */
  yes: z.array(localized).length(5),
  no: z.array(localized).length(5),
  /**
   * The rules the checklist applies. Where the document gives two thresholds for
   * one thing, `applied` is used and `alternative` is shown with `why`.
   */
  rules: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        /** Which verdict the rule feeds. */
        stage: z.enum(['growth', 'swarm', 'kubernetes', 'stay']),
        /** For the kubernetes stage: one of the conditions that must all hold. */
        required: z.boolean().default(false),
        input: z.union([metricId, flagId]),
        /** For a metric: the threshold. For a flag: met when the flag equals `whenFlag`. */
        applied: threshold.optional(),
        whenFlag: z.boolean().optional(),
        alternative: threshold.optional(),
        reason: localized,
        why: localized.optional(),
      }).refine((r) => (r.applied === undefined) !== (r.whenFlag === undefined), {
        message: 'a rule has either `applied` (metric) or `whenFlag` (yes/no question)',
      }),
    )
    .min(1),
});

// ---------------------------------------------------------------- roadmap.yaml

const checklistItem = z.strictObject({ text: localized });

export const roadmapSchema = z.strictObject({
  phases: z
    .array(
      z.strictObject({
        phase: z.number().int().min(1).max(3),
        name: localized,
        months: localized,
        solution: localized,
        lists: z.array(
          z.strictObject({
            title: localized,
            kind: z.enum(['do', 'consider', 'avoid', 'condition']),
            items: z.array(checklistItem).min(1),
          }),
        ),
        options: z
          .array(
            z.strictObject({
              name: localized,
              items: z.array(checklistItem).min(1),
            }),
          )
          .default([]),
      }),
    )
    .length(3),
  /** OPPSUMMERING: the four steps of the timeline. */
  timeline: z
    .array(
      z.strictObject({
        when: localized,
        verdict: z.enum(['go', 'consider', 'none']),
        title: localized,
        items: z.array(localized).min(1),
      }),
    )
    .length(4),
  /** HANDLINGSPLAN: the concrete steps, and which roadmap phase each block serves. */
  actionPlan: z
    .array(
      z.strictObject({
        when: localized,
        phase: z.number().int().min(1).max(3),
        steps: z.array(localized).min(1),
      }),
    )
    .min(1),
});

// ---------------------------------------------------------------- learning.yaml

export const learningSchema = z.strictObject({
  basics: z.array(z.strictObject({ text: localized, known: z.boolean() })).min(1),
  topics: z
    .array(
      z.strictObject({
        title: localized,
        hours: z.number().positive(),
        items: z.array(localized).min(1),
      }),
    )
    .min(1),
  resources: z
    .array(
      z.strictObject({
        name: localized,
        /** Monthly price in euros; 0 means free. */
        monthly: z.number().nonnegative(),
      }),
    )
    .min(1),
});

// ---------------------------------------------------------------- pages

/** Keys of the record's pages; a page's slug differs per language, its key does not. */
export const PAGE_KEYS = [
  'overview',
  'analysis',
  'costs',
  'calculator',
  'alternatives',
  'triggers',
  'checklist',
  'roadmap',
  'learning',
  'recommendations',
  'summary',
] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

export const pageSchema = z.strictObject({
  key: z.enum(PAGE_KEYS),
  title: z.string().min(1),
  /** Short label for navigation. */
  navTitle: z.string().min(1).max(32),
  description: z.string().min(50).max(200),
  /** Pages with an island; everything else ships no JavaScript. */
  interactive: z.boolean().default(false),
});

const dataFile = (name: string) =>
  glob({
    pattern: `*/${name}.yaml`,
    base: RECORDS_BASE,
    generateId: ({ entry }) => entry.split('/')[0]!,
  });

export const collections = {
  records: defineCollection({ loader: dataFile('record'), schema: recordSchema }),
  decisions: defineCollection({ loader: dataFile('decision'), schema: decisionSchema }),
  costs: defineCollection({ loader: dataFile('costs'), schema: costsSchema }),
  alternatives: defineCollection({ loader: dataFile('alternatives'), schema: alternativesSchema }),
  triggers: defineCollection({ loader: dataFile('triggers'), schema: triggersSchema }),
  roadmaps: defineCollection({ loader: dataFile('roadmap'), schema: roadmapSchema }),
  learning: defineCollection({ loader: dataFile('learning'), schema: learningSchema }),
  pages: defineCollection({
    loader: glob({
      pattern: '*/pages/*/*.mdx',
      base: RECORDS_BASE,
      // "<record>/pages/<lang>/<slug>.mdx" -> "<record>/<lang>/<slug>"
      generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace('/pages/', '/'),
    }),
    schema: pageSchema,
  }),
};

// ---------------------------------------------------------------- inferred types

export type CostsData = z.infer<typeof costsSchema>;
export type TriggersData = z.infer<typeof triggersSchema>;
