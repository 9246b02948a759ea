export { RULES } from './rules.js';
export type { Rule, Category, Severity, Evidence, ContextTag, Replacement, Source } from './rule.js';
export { TOKENHUB_BASE_URL_INTL, TOKENHUB_BASE_URL_MAINLAND } from './models.js';
