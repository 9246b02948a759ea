import * as core from '@actions/core';
import { actionLog } from './log.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import { reportArtifact } from '../report/fork/report-artifact.js';
import { pullSummaryMarkdown } from '../report/job-summary.js';
import { escapeText } from '../report/markdown.js';
import type { EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs } from './outputs.js';

/**
 * `mode: report`, the second half of the fork pattern: a `workflow_run` run (write token, secrets, and never a
 * checkout of the pull request's code) that posts the report artifact the fork's `pull_request` run uploaded, once
 * src/report/fork/ has held it against the pull request. Loaded only in this mode.
 */

export class ReportModeError extends UserError {}

interface WorkflowRunPayload {
  workflow_run?: { head_sha?: unknown; event?: unknown; id?: unknown };
}

/** The triggering run's commit, from the event payload GitHub wrote (the one thing here the fork cannot touch). */
function workflowRunHead(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_EVENT_NAME !== 'workflow_run') throw new ReportModeError(`mode 'report' runs on workflow_run events (after the pull_request workflow that uploaded the report); this run is '${env.GITHUB_EVENT_NAME ?? 'unknown'}'.`);
  let payload: WorkflowRunPayload = {};
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as WorkflowRunPayload;
  } catch {
    throw new ReportModeError('could not read the workflow_run event payload');
  }
  const run = payload.workflow_run;
  if (run?.event !== 'pull_request') throw new ReportModeError(`the triggering run was a '${String(run?.event)}' run; mode 'report' reports on pull_request runs only.`);
  if (typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(run.head_sha)) throw new ReportModeError('the workflow_run event names no head commit');
  return run.head_sha;
}

async function writeSummary(markdown: string): Promise<void> {
  await core.summary
    .addRaw(markdown)
    .write()
    .catch((err: unknown) => core.warning(`job summary failed: ${(err as Error).message}`));
}

export async function runReportMode(inputs: ActionInputs, event: EventContext, reportFile: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!reportFile) throw new ReportModeError("mode 'report' needs report-file: the path of the downloaded report artifact (the JSON file the pull_request run wrote).");
  if (!inputs.githubToken) throw new ReportModeError("mode 'report' needs github-token, with checks and pull-requests write permissions.");
  const runHeadSha = workflowRunHead(env);
  const posted = await reportArtifact({
    client: createGitHubClient({ token: inputs.githubToken, baseUrl: event.apiUrl, log: { debug: core.debug, info: core.info, warn: core.warning } }),
    repo: { owner: event.owner, repo: event.repo, serverUrl: event.serverUrl },
    file: path.resolve(event.workspace, reportFile),
    runHeadSha,
    workspace: event.workspace,
    failOn: inputs.failOn ?? 'error',
    fixRegion: inputs.fixRegion,
    ...(event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {}),
    reporters: { checkRun: inputs.checkRun, reviewComments: inputs.reviewComments, comment: inputs.comment },
    log: actionLog,
  });
  if ('refused' in posted) {
    core.warning(`Refused the report artifact: ${posted.refused}. Nothing was posted.`);
    await writeSummary(`## TokenHub migration check\n\n⚠️ The report artifact was refused: ${escapeText(posted.refused)}. Nothing was posted to the pull request.\n`);
    return;
  }
  const { report, number } = posted;
  setOutputs(report);
  await writeSummary(pullSummaryMarkdown(report, ''));
  if (report.failed) core.setFailed(`${report.findings.length} finding(s) on lines pull request #${number} adds still use the retiring Hunyuan/LKE DeepSeek APIs; see the review comments and the check run.`);
}
