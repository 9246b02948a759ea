export { RULES, TOKENHUB_MODEL_NOT_ENABLED } from './rules.js';
export type { Rule, Category, Severity, Evidence, ContextTag, Replacement, Source } from './rule.js';
export { TOKENHUB_BASE_URL_INTL, TOKENHUB_BASE_URL_MAINLAND } from './models.js';
export {
  TOKENHUB_MODELS,
  TOKENHUB_CHAT_MODEL_IDS,
  TOKENHUB_HOSTS,
  DEFAULT_SMOKE_TEST_MODEL,
  type TokenHubModel,
  type TokenHubHost,
} from './tokenhub-models.js';
