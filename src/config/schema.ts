import { z } from 'zod';
import { RULES } from '../catalog/index.js';
import type { Category } from '../catalog/index.js';
import { CUSTOM_ENDPOINT_RULE_ID, CUSTOM_MODEL_RULE_ID } from './custom-rules.js';
import { validateGlob } from './glob-syntax.js';
import { validateCustomEndpoint, validateCustomModel } from './custom-rules.js';

/**
 * The config file's schema (`.github/tokenhub-migration.yml`): the single source of its defaults and its
 * validation, and, through z.toJSONSchema(), of the JSON Schema published for editors.
 */

export { DEFAULT_CONFIG_PATH } from './defaults.js';

const CATEGORIES: readonly Category[] = ['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search'];

const RuleSetting = z
  .union([z.enum(['off', 'on', 'error', 'warning', 'notice']), z.boolean()])
  .meta({
    id: 'ruleSetting',
    description:
      '`off` (or false) switches the rule off, `on` (or true) keeps it at its default severity, ' +
      '`error`, `warning` or `notice` reports it at that severity.',
  });
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Every rule that can report, plus the categories and the two rules the config's own lists make. */
function ruleKeys(): Record<string, z.ZodOptional<typeof RuleSetting>> {
  const shape: Record<string, z.ZodOptional<typeof RuleSetting>> = {};
  for (const c of CATEGORIES) shape[c] = RuleSetting.optional().meta({ description: `Every rule of the ${c} category.` });
  for (const r of RULES) {
    if (r.signalOnly) continue;
    shape[r.id] = RuleSetting.optional().meta({ description: `${r.title} (default: ${r.severity}).` });
  }
  shape[CUSTOM_ENDPOINT_RULE_ID] = RuleSetting.optional().meta({ description: 'Endpoints listed under extra.endpoints (default: error).' });
  shape[CUSTOM_MODEL_RULE_ID] = RuleSetting.optional().meta({ description: 'Model IDs listed under extra.models (default: error).' });
  return shape;
}

/** A zod refinement from a validator that returns an error message or nothing. */
function checked(validate: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const problem = validate(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const Glob = checked(validateGlob).meta({
  description: 'A path pattern relative to the repository root, in .gitignore syntax (`*`, `**`, `?`, `[abc]`, a trailing `/` for folders).',
});

export const ConfigSchema = z
  .strictObject({
    rules: z
      .strictObject(ruleKeys())
      .default({})
      .meta({ description: 'Switch rules or whole categories off, or change their severity. A rule id wins over its category.' }),
    include: z.array(Glob).default([]).meta({ description: 'Only scan files that match one of these patterns (default: every file).' }),
    exclude: z
      .array(Glob)
      .default([])
      .meta({ description: 'Leave out files that match these patterns, on top of node_modules, vendored folders and .gitignore.' }),
    extra: z
      .strictObject({
        endpoints: z
          .array(checked(validateCustomEndpoint))
          .default([])
          .meta({
            description:
              'More legacy endpoints to report, such as an internal gateway in front of the old API: a host name with an ' +
              'optional path (`llm-gw.example.com/hunyuan`). Literal text; `*` stands for one host label or path segment.',
          }),
        models: z
          .array(checked(validateCustomModel))
          .default([])
          .meta({
            description: 'More legacy model IDs to report, such as a fine-tuned Hunyuan model. Literal text; `*` stands for any run of ID characters.',
          }),
      })
      .default({ endpoints: [], models: [] })
      .meta({ description: 'Your own legacy endpoints and model IDs, reported as the rules custom-endpoint and custom-model.' }),
    baseline: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Baseline file (relative to the repository root): findings listed there are known and do not fail the run.' }),
    'fail-on': z
      .enum(['error', 'warning', 'notice', 'none'])
      .default('error')
      .meta({ description: 'Fail when a (new) finding is at or above this severity; `none` never fails.' }),
  })
  .meta({
    title: 'tokenhub-migration-check configuration',
    description: 'Configuration for tokenhub-migration-check (.github/tokenhub-migration.yml).',
  });

export type Config = z.output<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

/** The defaults, as the schema gives them for an empty file (src/config/defaults.ts holds a copy, checked by a test). */
export function schemaDefaults(): Config {
  return ConfigSchema.parse({});
}
