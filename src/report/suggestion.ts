import type { Evidence, Rule } from '../catalog/index.js';
import type { Finding } from '../scan/finding.js';

/**
 * A one-line fix: the finding's line with the matched text swapped for its replacement. Offered only where
 * swapping that text is the whole fix: an OpenAI-compatible base URL whose rule derives the TokenHub URL from the
 * match (`replacement.rewrite`), or a model ID with a named replacement. Everything else (SDK calls, signing,
 * search parameters) needs code changes that no single line can carry.
 */

export interface LineFix {
  /** The full line after the fix, without its line terminator. */
  fixed: string;
  /** `confirmed`: Tencent's documents name this replacement; anything else is our suggestion only. */
  evidence: Evidence;
}

export function lineFix(finding: Finding, rule: Rule | undefined, lineText: string): LineFix | undefined {
  if (!rule || finding.replacement === undefined) return undefined;
  const swappable =
    (finding.category === 'legacy-endpoint' && rule.replacement.rewrite !== undefined) ||
    (finding.category === 'legacy-model' && rule.replacement.value !== undefined);
  if (!swappable || finding.line !== finding.endLine) return undefined;
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  // The match must still be exactly where the finding says (it is capped in length and could be stale).
  if (lineText.slice(start, end) !== finding.match) return undefined;
  const fixed = lineText.slice(0, start) + finding.replacement + lineText.slice(end);
  if (fixed === lineText) return undefined;
  return { fixed, evidence: rule.replacement.evidence };
}

/** A GitHub suggestion block for a review comment on the finding's line; labelled by how sure the catalog is. */
export function suggestionBlock(fix: LineFix): string {
  const fence = fix.fixed.includes('```') ? '````' : '```';
  const label =
    fix.evidence === 'confirmed'
      ? 'Suggested change (the replacement named in Tencent\'s migration documents):'
      : 'Suggested change (our suggestion, not an official mapping: check that the model is enabled for your TokenHub key):';
  return `${label}\n\n${fence}suggestion\n${fix.fixed}\n${fence}`;
}
