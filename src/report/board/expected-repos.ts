import { REPOSITORY } from '../../github/repository-name.js';
import type { ReportNote } from './read-reports.js';
import type { RepoRow } from './repo-row.js';

/**
 * The audit's list of repositories against the reports that came back: a repository whose job failed before it
 * uploaded a report would otherwise just be absent from the board. Reads the list job's `repositories` output
 * (a JSON array) or one name per line.
 */
export function parseExpected(text: string): string[] {
  const trimmed = text.trim();
  let items: unknown[];
  if (trimmed.startsWith('[')) {
    try {
      items = JSON.parse(trimmed) as unknown[];
    } catch {
      items = [];
    }
  } else {
    items = trimmed.split(/\r?\n/).map((s) => s.trim());
  }
  return items.filter((x): x is string => typeof x === 'string' && REPOSITORY.test(x));
}

export function missingReports(rows: readonly RepoRow[], expected: readonly string[]): ReportNote[] {
  const have = new Set(rows.map((r) => r.repository.toLowerCase()));
  return expected.filter((r) => !have.has(r.toLowerCase())).map((r) => ({ source: r, reason: 'no report: its audit job failed or uploaded nothing' }));
}
