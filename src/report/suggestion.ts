import { RULES } from '../catalog/index.js';
import { fixLine } from '../fix/fix-text.js';
import type { Region } from '../fix/region.js';
import { compileCatalog, type CompiledCatalog } from '../scan/compile.js';
import type { Finding } from '../finding/finding.js';
import { TOOL_NAME } from '../tool.js';

/**
 * A one-line fix for a review comment's suggestion block: exactly what `tokenhub-migration-check fix` writes on
 * that line (src/fix), so what GitHub offers to commit is what the CLI and the migration pull request would
 * rewrite. Only the safe fixes qualify: OpenAI-compatible base URLs and model IDs whose TokenHub replacement
 * Tencent's documents confirm. A replacement that is only our suggestion is named in the comment, never offered
 * as a commit; SDK calls, signing and search parameters need code changes no single line can carry.
 */

export interface LineFix {
  /** The full line after the fix, without its line terminator. */
  fixed: string;
  /** Every replacement on the line (the suggestion fixes the whole line, not only one finding). */
  replacements: Array<{ ruleId: string; from: string; to: string }>;
}

let catalog: CompiledCatalog | undefined;

/** The full catalog: the fix needs only the rules' rewrites, which config overrides never change. */
function fullCatalog(): CompiledCatalog {
  catalog ??= compileCatalog(RULES);
  return catalog;
}

/**
 * The fix of the line that carries `finding`, given every finding on that line (so that two fixes on one line
 * make one suggestion); undefined when the fix would not rewrite this finding.
 */
export function lineFix(finding: Finding, lineFindings: readonly Finding[], lineText: string, region: Region = 'intl'): LineFix | undefined {
  const onLine = lineFindings.filter((f) => f.path === finding.path && f.line === finding.line);
  if (!onLine.includes(finding)) onLine.push(finding);
  const fixed = fixLine(lineText, onLine, fullCatalog(), { region });
  if (!fixed || !fixed.applied.some((a) => a.finding === finding)) return undefined;
  return { fixed: fixed.line, replacements: fixed.applied.map((a) => ({ ruleId: a.finding.ruleId, from: a.from, to: a.to })) };
}

/** A GitHub suggestion block for a review comment on the finding's line. */
export function suggestionBlock(fix: LineFix): string {
  const fence = fix.fixed.includes('```') ? '````' : '```';
  const what = fix.replacements.map((r) => `\`${r.from}\` → \`${r.to}\``).join(', ');
  const label =
    `Suggested change (${what}): the replacement Tencent's migration documents name, the same one \`${TOOL_NAME} fix\` writes. ` +
    'Use a TokenHub API key and enable the model for pay-as-you-go too.';
  return `${label}\n\n${fence}suggestion\n${fix.fixed}\n${fence}`;
}
