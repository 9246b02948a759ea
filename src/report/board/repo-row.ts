import { RULES, type Category, type Severity } from '../../catalog/index.js';
import { fixabilityOf } from '../../fix/fixability.js';
import type { BoardReport, ReportRun } from './report-schema.js';

/**
 * One repository's line on the organisation board, reduced from its report: counts only, so a board of
 * thousands of repositories holds thousands of small rows, never their findings.
 */
export interface RepoRow {
  /** `owner/name` from the report's `run`, else the report's file name. */
  repository: string;
  /** The report file it came from (relative to what was given). */
  source: string;
  /** Set only when the report named its repository and commit (its `run` section). */
  sha?: string;
  runUrl?: string;
  total: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
  /** Findings the `fix` command (and the migration pull request) rewrites on its own. */
  safeFixes: number;
  /** Files with at least one finding. */
  files: number;
  skippedFiles: number;
  fixPr?: ReportRun['fixPr'];
  smokeTest?: ReportRun['smokeTest'];
  trackingIssue?: ReportRun['trackingIssue'];
}

const SAFE_RULES = new Set(RULES.filter((r) => fixabilityOf(r) === 'safe').map((r) => r.id));

export function emptyCounts(): Pick<RepoRow, 'bySeverity' | 'byCategory'> {
  return {
    bySeverity: { error: 0, warning: 0, notice: 0 },
    byCategory: { 'legacy-endpoint': 0, 'legacy-sdk': 0, 'legacy-model': 0, 'legacy-search': 0 },
  };
}

export function repoRowOf(report: BoardReport, source: string, fallbackName: string): RepoRow {
  const row: RepoRow = { repository: report.run?.repository ?? fallbackName, source, total: report.findings.length, safeFixes: 0, files: 0, skippedFiles: report.skipped.length, ...emptyCounts() };
  const files = new Set<string>();
  for (const f of report.findings) {
    row.bySeverity[f.severity]++;
    row.byCategory[f.category]++;
    if (SAFE_RULES.has(f.ruleId)) row.safeFixes++;
    files.add(f.path);
  }
  row.files = files.size;
  const run = report.run;
  if (run) {
    row.sha = run.sha;
    if (run.url) row.runUrl = run.url;
    if (run.fixPr) row.fixPr = run.fixPr;
    if (run.smokeTest) row.smokeTest = run.smokeTest;
    if (run.trackingIssue) row.trackingIssue = run.trackingIssue;
  }
  return row;
}
