import type { Config } from './schema.js';

/**
 * The config a repository without a config file gets, without loading the schema (zod) to make it. The schema
 * stays the source of the defaults: a test holds this object equal to ConfigSchema.parse({}).
 */
export const DEFAULT_CONFIG_PATH = '.github/tokenhub-migration.yml';

export function defaultConfig(): Config {
  return { rules: {}, include: [], exclude: [], extra: { endpoints: [], models: [] }, 'fail-on': 'error' };
}
