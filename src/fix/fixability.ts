import type { Rule } from '../catalog/rule.js';

/**
 * How far the fix may go for a rule's findings:
 * - `safe`: rewritten by default. The replacement is what Tencent's documents say (evidence `confirmed`) AND it is
 *   deterministic: either derived from the matched text by the rule's `rewrite` (a base URL keeps its scheme and
 *   path), or a model ID swapped one-for-one for the rule's single `value`.
 * - `suggested`: the catalog names a value, but only as our suggestion (inferred or third-party); applied only when
 *   the user maps it with `--models legacy=new`.
 * - `manual`: no rewrite of the matched text makes the code work (SDK clients, signing code, search parameters, an
 *   endpoint whose protocol differs); listed with guidance, never edited. Model findings stay mappable with `--models`.
 */
export type Fixability = 'safe' | 'suggested' | 'manual';

export function fixabilityOf(rule: Rule): Fixability {
  if (rule.signalOnly || rule.smokeTestOnly) return 'manual';
  const { replacement } = rule;
  const deterministic = replacement.rewrite !== undefined || (replacement.value !== undefined && rule.category === 'legacy-model');
  if (deterministic && replacement.evidence === 'confirmed') return 'safe';
  if (replacement.value !== undefined && rule.category === 'legacy-model') return 'suggested';
  return 'manual';
}

/**
 * A finding of this rule can take a user's `--models` mapping: a legacy model ID. (The smoke test's cross-check
 * rule is filed under models too, but it matches TokenHub's own IDs: those are the mapping's targets.)
 */
export function acceptsModelMapping(rule: Rule): boolean {
  return rule.category === 'legacy-model' && !rule.signalOnly && !rule.smokeTestOnly;
}
