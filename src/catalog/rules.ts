import type { Rule } from './rule.js';
import { ENDPOINT_RULES } from './rules/endpoints.js';
import { SDK_RULES } from './rules/sdks.js';
import { MODEL_RULES } from './rules/models.js';
import { SEARCH_RULES } from './rules/search.js';
import { SMOKE_RULES, TOKENHUB_MODEL_NOT_ENABLED } from './rules/smoke.js';

export { TOKENHUB_MODEL_NOT_ENABLED };

/**
 * The rule catalog: what ties code to the retiring Hunyuan and LKE DeepSeek platforms, as data, one file per
 * category under rules/. Facts and their markers come from shared/catalog.md and shared/catalog-update-2026-12.md.
 * Order matters: where two rules of one category match the same text, the first one listed is reported, so
 * specific rules come before general ones.
 */
export const RULES: readonly Rule[] = [...ENDPOINT_RULES, ...SDK_RULES, ...MODEL_RULES, ...SEARCH_RULES, ...SMOKE_RULES];
