/** What `org-repos` tells about the repositories it selected (repos-to-audit.ts), as a person and a workflow read it. */

export interface AuditSelection {
  repos: string[];
  /** The repositories split over the reusable workflow's matrix jobs (select-repos.ts). */
  chunks: string[][];
}

/** One line for the log: how many repositories, in how many matrices. */
export function selectionLine({ repos, chunks }: AuditSelection): string {
  const matrices = chunks.filter((c) => c.length).length;
  return `${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'} to audit, in ${matrices} matri${matrices === 1 ? 'x' : 'ces'}.`;
}

/** The selection as JSON, for stdout. */
export function selectionJson({ repos, chunks }: AuditSelection): string {
  return JSON.stringify({ count: repos.length, repositories: repos, chunks }) + '\n';
}

/**
 * The step outputs `count`, `repositories` and `chunk-1`…`chunk-N`, as lines for $GITHUB_OUTPUT. Each value is JSON,
 * which escapes line breaks: one line each, so the plain `name=value` form is safe.
 */
export function selectionOutputs({ repos, chunks }: AuditSelection): string {
  const lines = [`count=${repos.length}`, `repositories=${JSON.stringify(repos)}`, ...chunks.map((c, i) => `chunk-${i + 1}=${JSON.stringify(c)}`)];
  return lines.join('\n') + '\n';
}
