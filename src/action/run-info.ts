import type { FixPrOutcome } from '../fix-pr/run-fix-pr.js';
import type { ReportInput } from '../report/context.js';
import type { RunInfo } from '../report/run-info.js';
import type { TrackingOutcome } from '../report/tracking-issue.js';
import type { EventContext } from './event.js';
import type { SmokeStepOutcome } from './smoke-step.js';

/** The JSON report's `run` section from what this run knows: event, commit, and the outcome of the side steps. */
export function runInfoOf(
  event: EventContext,
  report: ReportInput,
  steps: { smoke?: SmokeStepOutcome; fixPr?: FixPrOutcome; tracking?: TrackingOutcome | { warning: string } },
): RunInfo {
  const info: RunInfo = { repository: `${event.owner}/${event.repo}`, sha: report.headSha, event: event.name, mode: report.mode };
  if (report.runUrl) info.url = report.runUrl;
  if (event.pullRequest) info.pullRequest = { number: event.pullRequest.number, baseSha: event.pullRequest.baseSha, headSha: event.pullRequest.headSha };
  if (steps.smoke) info.smokeTest = steps.smoke.status;
  const { fixPr, tracking } = steps;
  if (fixPr) info.fixPr = { state: fixPr.state, ...(fixPr.number !== undefined ? { number: fixPr.number } : {}), ...(fixPr.url ? { url: fixPr.url } : {}) };
  if (tracking && 'action' in tracking) {
    info.trackingIssue = { action: tracking.action, ...(tracking.number !== undefined ? { number: tracking.number } : {}), ...(tracking.url ? { url: tracking.url } : {}) };
  }
  return info;
}
