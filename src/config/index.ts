export { ConfigSchema, schemaDefaults, type Config, type ConfigInput } from './schema.js';
export { DEFAULT_CONFIG_PATH, defaultConfig } from './defaults.js';
export { loadConfig } from './load.js';
export { parseConfig } from './parse.js';
export { ConfigError, formatIssue, keyPathText, type ConfigIssue, type LoadedConfig } from './issues.js';
export { unmatchedGlobs } from './glob-match.js';
export { catalogFor, rulesFor, ruleOverrides } from './catalog.js';
export { CUSTOM_ENDPOINT_RULE_ID, CUSTOM_MODEL_RULE_ID } from './custom-rules.js';
export { resolveSettings, type Settings, type Overrides } from './resolve.js';
