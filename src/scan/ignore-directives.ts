/**
 * Inline ignore comments, in any comment syntax:
 *   tokenhub-migration-ignore                      on the line itself
 *   tokenhub-migration-ignore-next-line            on the line before
 * optionally followed by rule ids or categories (comma or space separated) and ` -- reason`.
 * Words that are neither a rule id nor a category are read as the reason, so a bare
 * `# tokenhub-migration-ignore test fixture` ignores every rule on that line.
 */

export interface IgnoreDirective {
  scope: 'line' | 'next-line';
  /** Rule ids or categories named; empty means every rule. */
  targets: string[];
  reason?: string;
}

const DIRECTIVE = /tokenhub-migration-ignore(-next-line)?(?![\w-])([^\n]*)/g;
const COMMENT_END = /\*\/|-->|%>|#}|"""|'''/;

export function parseIgnoreDirectives(lineText: string, knownTargets: ReadonlySet<string>): IgnoreDirective[] {
  if (!lineText.includes('tokenhub-migration-ignore')) return [];
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
    const targets = words.filter((w) => knownTargets.has(w));
    if (!reason && targets.length === 0 && words.length > 0) reason = words.join(' ');
    directives.push({ scope: m[1] ? 'next-line' : 'line', targets, reason });
  }
  return directives;
}

export function directiveCovers(d: IgnoreDirective, ruleId: string, category: string): boolean {
  return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
}
