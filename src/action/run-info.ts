import type { FixPrOutcome } from '../fix-pr/run-fix-pr.js';
import type { ReportContext } from '../report/context.js';
import type { RunInfo } from '../report/run-info.js';
import type { EventContext } from './event.js';
import type { SmokeStepOutcome } from './smoke-step.js';

/** The JSON report's `run` section from what this run knows: event, commit, and the outcome of the side steps. */
export function runInfoOf(event: EventContext, ctx: ReportContext, smoke?: SmokeStepOutcome, fixPr?: FixPrOutcome, env: NodeJS.ProcessEnv = process.env): RunInfo {
  const info: RunInfo = {
    repository: `${event.owner}/${event.repo}`,
    sha: ctx.headSha,
    event: event.name,
    mode: ctx.mode,
  };
  if (env.GITHUB_RUN_ID) info.url = `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (event.pullRequest) info.pullRequest = { number: event.pullRequest.number, baseSha: event.pullRequest.baseSha, headSha: event.pullRequest.headSha };
  if (smoke) info.smokeTest = smoke.status;
  if (fixPr) info.fixPr = { state: fixPr.state, ...(fixPr.number !== undefined ? { number: fixPr.number } : {}), ...(fixPr.url ? { url: fixPr.url } : {}) };
  const tracking = ctx.audit?.tracking;
  if (tracking && 'action' in tracking) {
    info.trackingIssue = { action: tracking.action, ...(tracking.number !== undefined ? { number: tracking.number } : {}), ...(tracking.url ? { url: tracking.url } : {}) };
  }
  return info;
}
