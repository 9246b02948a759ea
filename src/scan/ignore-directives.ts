import { closest, distance } from 'fastest-levenshtein';

/**
 * Inline ignore comments, in any comment syntax and any letter case:
 *   tokenhub-migration-ignore                      on the line itself
 *   tokenhub-migration-ignore-next-line            on the line before
 * optionally followed by rule ids or categories (comma or space separated) and ` -- reason`.
 * Words that are neither a rule id nor a category are read as the reason, so a bare
 * `# tokenhub-migration-ignore test fixture` ignores every rule on that line.
 *
 * A word shaped like a rule id (`hunyuan-modle`) that names no rule is a typo until shown otherwise: such a
 * directive ignores nothing, and the finding it was meant for says so (semgrep's users were bitten by a misspelt
 * id that silently ignored everything).
 */

export interface IgnoreDirective {
  scope: 'line' | 'next-line';
  /** Rule ids or categories named; empty means every rule. */
  targets: string[];
  reason?: string;
  /** Words shaped like rule ids that name no rule or category: the directive then ignores nothing. */
  unknown: string[];
}

const DIRECTIVE = /tokenhub-migration-ignore(-next-line)?(?![\w-])([^\n]*)/gi;
const KEYWORD = /tokenhub-migration-ignore/i;
const COMMENT_END = /\*\/|-->|%>|#}|"""|'''/;
/** Lower-case words joined by `-`, `_` or `.`: how every rule id and category is written. */
const ID_SHAPED = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/i;

export function hasIgnoreKeyword(lineText: string): boolean {
  return KEYWORD.test(lineText);
}

/** 1-based column where the first directive on the line starts, or 0 when there is none. */
export function directiveColumn(lineText: string): number {
  return lineText.search(KEYWORD) + 1;
}

export function parseIgnoreDirectives(lineText: string, knownTargets: ReadonlySet<string>): IgnoreDirective[] {
  if (!hasIgnoreKeyword(lineText)) return [];
  const directives: IgnoreDirective[] = [];
  for (const m of lineText.matchAll(DIRECTIVE)) {
    let rest = m[2] ?? '';
    const end = rest.search(COMMENT_END);
    if (end !== -1) rest = rest.slice(0, end);
    let reason: string | undefined;
    const dash = rest.indexOf('--');
    if (dash !== -1) {
      reason = rest.slice(dash + 2).trim() || undefined;
      rest = rest.slice(0, dash);
    }
    const words = rest.replace(/^[:\s]+/, '').split(/[\s,]+/).filter(Boolean);
    const targets: string[] = [];
    const unknown: string[] = [];
    const plain: string[] = [];
    for (const w of words) {
      const lower = w.toLowerCase();
      if (knownTargets.has(lower)) targets.push(lower);
      else if (ID_SHAPED.test(w)) unknown.push(w);
      else plain.push(w);
    }
    if (!reason && targets.length === 0 && plain.length > 0) reason = plain.join(' ');
    directives.push({ scope: m[1] ? 'next-line' : 'line', targets, ...(reason ? { reason } : {}), unknown });
  }
  return directives;
}

/** Whether the directive ignores this finding: never when it names a rule id that does not exist. */
export function directiveCovers(d: IgnoreDirective, ruleId: string, category: string): boolean {
  if (d.unknown.length > 0) return false;
  return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
}

/** Why a directive with unknown ids ignores nothing, with the nearest known id for each. */
export function unknownTargetsProblem(d: IgnoreDirective, line: number, knownTargets: ReadonlySet<string>): string {
  const known = [...knownTargets];
  const named = d.unknown.map((w) => {
    const near = known.length ? closest(w.toLowerCase(), known) : undefined;
    const close = near !== undefined && distance(w.toLowerCase(), near) <= Math.max(2, Math.floor(w.length / 4));
    return `'${w}'${close ? ` (did you mean '${near}'?)` : ''}`;
  });
  return (
    `The ignore comment on line ${line} ignores nothing: ${named.join(', ')} ${d.unknown.length === 1 ? 'is not a rule id or category' : 'are not rule ids or categories'}. ` +
    "Fix the id, or put a reason after ' -- '."
  );
}
