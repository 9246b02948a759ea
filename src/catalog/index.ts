/**
 * The day the catalog was last checked against Tencent's documents (shared/catalog-update-2026-12.md). Shown by
 * `--version`, in the JSON report (`tool.catalogDate`) and in the job summary, so a reader knows how old the facts are.
 */
export const CATALOG_DATE = '2026-12-01';
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
