/**
 * Where a JSON report came from, written by the action beside the findings (JSON report field `run`): the
 * repository and commit, the event, and what the run's other steps did. The organisation board reads it to name
 * each repository and show its migration pull request, smoke test and tracking issue; the fork pattern's
 * `mode: report` reads the pull request it belongs to. Optional: the CLI's reports have none.
 */
export interface RunInfo {
  /** `owner/name`. */
  repository: string;
  /** The commit the findings point at. */
  sha: string;
  event: string;
  mode: 'diff' | 'full';
  /** The workflow run that made the report. */
  url?: string;
  pullRequest?: { number: number; baseSha: string; headSha: string };
  smokeTest?: 'passed' | 'failed' | 'skipped';
  fixPr?: { state: string; number?: number; url?: string };
  trackingIssue?: { action: string; number?: number; url?: string };
}
