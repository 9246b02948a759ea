export { ConfigSchema, DEFAULT_CONFIG_PATH, defaultConfig, type Config, type ConfigInput } from './schema.js';
export { loadConfig, parseConfig, ConfigError, formatIssue, keyPathText, type ConfigIssue, type LoadedConfig } from './load.js';
export { unmatchedGlobs } from './glob-match.js';
export { catalogFor, rulesFor, ruleOverrides } from './catalog.js';
export { CUSTOM_ENDPOINT_RULE_ID, CUSTOM_MODEL_RULE_ID } from './custom-rules.js';
export { resolveSettings, type Settings, type Overrides } from './resolve.js';
