import { z } from 'zod';
import { ConfigSchema } from './schema.js';

export const CONFIG_SCHEMA_ID = 'https://github.com/tokenhub-migration-check/tokenhub-migration-check/raw/main/schema/tokenhub-migration.schema.json';

/** The JSON Schema published for editors, made from the zod schema so the two cannot drift apart. */
export function configJsonSchema(): Record<string, unknown> {
  // `input`: what a user may write (keys with defaults are optional), not what the parser returns.
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: CONFIG_SCHEMA_ID, ...schema };
}

export function renderConfigJsonSchema(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}
