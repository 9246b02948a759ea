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

/** What a face knows of the run for the `run` section: the repository, the event and its pull request. */
export interface RunFacts {
  repository: string;
  event: string;
  pullRequest?: { number: number; baseSha: string; headSha: string };
}

/** The `run` section from the run's facts, the report and what its side steps did. */
export function runInfoOf(
  facts: RunFacts,
  report: { headSha: string; mode: 'diff' | 'full'; runUrl?: string },
  steps: { smokeTest?: RunInfo['smokeTest']; fixPr?: { state: string; number?: number; url?: string }; tracking?: { action: string; number?: number; url?: string } | { warning: string } },
): RunInfo {
  const info: RunInfo = { repository: facts.repository, sha: report.headSha, event: facts.event, mode: report.mode };
  if (report.runUrl) info.url = report.runUrl;
  if (facts.pullRequest) info.pullRequest = { number: facts.pullRequest.number, baseSha: facts.pullRequest.baseSha, headSha: facts.pullRequest.headSha };
  if (steps.smokeTest) info.smokeTest = steps.smokeTest;
  const { fixPr, tracking } = steps;
  if (fixPr) info.fixPr = { state: fixPr.state, ...(fixPr.number !== undefined ? { number: fixPr.number } : {}), ...(fixPr.url ? { url: fixPr.url } : {}) };
  if (tracking && 'action' in tracking) {
    info.trackingIssue = { action: tracking.action, ...(tracking.number !== undefined ? { number: tracking.number } : {}), ...(tracking.url ? { url: tracking.url } : {}) };
  }
  return info;
}
