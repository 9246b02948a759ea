import { ruleDocsUrl } from '../tool.js';
import type { Rule } from './rule.js';
import { RULES } from './rules.js';
import { sourceUrl } from './source-url.js';

/** Built-in rules that can be reported: each has a page in docs/rules/ (a test keeps the pages and the catalog in step). */
const WITH_PAGE = new Set(RULES.filter((r) => !r.signalOnly).map((r) => r.id));

/**
 * Where a finding of this rule is explained: a built-in rule's page (its fix, per-language guidance and sources);
 * for a rule from the user's configuration, its own first web source, if any.
 */
export function docsUrlOf(rule: Rule): string | undefined {
  return WITH_PAGE.has(rule.id) ? ruleDocsUrl(rule.id) : sourceUrl(rule);
}
