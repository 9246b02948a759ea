import type { DiffSource } from '../diff/types.js';
import type { GitHubClient } from '../github/client.js';
import type { Finding, ScanResult } from '../finding/finding.js';
import type { FailOn } from '../finding/severity.js';
import type { Region } from '../fix/region.js';
import type { AuditState } from './audit-summary.js';

/**
 * Everything a reporter may use, as plain data plus two handles (the API client and a line reader).
 * Reporters are independent: each one catches its own failures and the run goes on.
 */

export interface ReportLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface RepoTarget {
  owner: string;
  repo: string;
  serverUrl: string;
}

export interface DiffInfo {
  source: DiffSource;
  baseSha: string;
  notes: string[];
  changedFiles: number;
  scannedFiles: number;
  scope: 'added-lines' | 'changed-files';
  /** Per path at the head: added line numbers, or `unknown`. Review comments may only go on these lines. */
  addedLines: ReadonlyMap<string, readonly number[] | 'unknown'>;
}

export interface ReportContext {
  repo: RepoTarget;
  /** The commit findings point at (a PR's head), for links, check runs and review comments. */
  headSha: string;
  pullNumber?: number;
  mode: 'diff' | 'full';
  result: ScanResult;
  /** The findings this run reports and judges: in diff mode the new ones, in a full scan all. */
  findings: Finding[];
  /** Diff mode: findings elsewhere in the touched files. */
  preExisting: Finding[];
  diff?: DiffInfo;
  failOn: FailOn;
  failed: boolean;
  /** Undefined when API writes are off (no token, or a fork's read-only token). */
  github?: GitHubClient;
  /** The text of a line at the head commit, for suggestions. */
  readLine(path: string, line: number): Promise<string | undefined>;
  log: ReportLog;
  /** Filled in by the check-run reporter, so later messages can point at it. */
  checkRunUrl?: string;
  /** Which TokenHub site fixed base URLs point at, in review-comment suggestions (input fix-region). */
  fixRegion?: Region;
  /** Extra job-summary sections from steps beside the scan (the smoke test). */
  summaryAppendix?: string;
  /** Baseline, SARIF and tracking-issue results (src/action/audit.ts), for the audit summary. */
  audit?: AuditState;
}

export interface Reporter {
  /** For the log: "check run", "review comments". */
  name: string;
  /** Needs API writes (skipped, with one notice for all of them, when writes are off). */
  needsApi: boolean;
  run(ctx: ReportContext): Promise<void>;
}
