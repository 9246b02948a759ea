import * as core from '@actions/core';
import { actionLog } from './log.js';
import path from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { reportArtifact } from '../report/fork/report-artifact.js';
import { ReportModeError, workflowRunHead } from '../report/fork/workflow-run.js';
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

async function writeSummary(markdown: string): Promise<void> {
  await core.summary
    .addRaw(markdown)
    .write()
    .catch((err: unknown) => core.warning(`job summary failed: ${(err as Error).message}`));
}

export async function runReportMode(inputs: ActionInputs, event: EventContext, reportFile: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!reportFile) throw new ReportModeError("mode 'report' needs report-file: the path of the downloaded report artifact (the JSON file the pull_request run wrote).");
  if (!inputs.githubToken) throw new ReportModeError("mode 'report' needs github-token, with checks and pull-requests write permissions.");
  const runHeadSha = workflowRunHead(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
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
