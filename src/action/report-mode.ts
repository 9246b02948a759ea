import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createGitHubClient, describeApiError } from '../github/client.js';
import { listPullFiles } from '../github/diff-files.js';
import { checkRunReporter } from '../report/check-run.js';
import { reportInput, type Reporter, type ReportInput } from '../report/context.js';
import { checkArtifact } from '../report/fork/check-artifact.js';
import { pullLinesOf } from '../report/fork/pull-lines.js';
import { readArtifact } from '../report/fork/read-artifact.js';
import { pullSummaryMarkdown } from '../report/job-summary.js';
import { escapeText } from '../report/markdown.js';
import { reviewCommentsReporter } from '../report/review-comments.js';
import { runReporter } from '../report/run-reporters.js';
import { stickyCommentReporter } from '../report/sticky-comment.js';
import { triage } from '../triage/triage.js';
import { UserError } from '../errors.js';
import type { EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs } from './outputs.js';

/**
 * `mode: report`, the second half of the fork pattern: a `workflow_run` run (write token, secrets, and never a
 * checkout of the pull request's code) that reads the report artifact the fork's `pull_request` run uploaded, holds
 * it against the pull request as GitHub's API shows it (src/report/fork/), and posts the check run, review comments
 * and sticky comment through the same reporters as a same-repository run. An artifact that fails any check is
 * refused with a warning and nothing is posted.
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

export async function runReportMode(inputs: ActionInputs, event: EventContext, reportFile: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const refuse = async (reason: string) => {
    core.warning(`Refused the report artifact: ${reason}. Nothing was posted.`);
    await core.summary
      .addRaw(`## TokenHub migration check\n\n⚠️ The report artifact was refused: ${escapeText(reason)}. Nothing was posted to the pull request.\n`)
      .write()
      .catch(() => undefined);
  };
  if (!reportFile) throw new ReportModeError("mode 'report' needs report-file: the path of the downloaded report artifact (the JSON file the pull_request run wrote).");
  if (!inputs.githubToken) throw new ReportModeError("mode 'report' needs github-token, with checks and pull-requests write permissions.");
  const runHeadSha = workflowRunHead(env);

  const artifact = readArtifact(path.resolve(event.workspace, reportFile));
  if ('refused' in artifact) return refuse(artifact.refused);
  const { report } = artifact;
  const number = report.run.pullRequest.number;

  const client = createGitHubClient({ token: inputs.githubToken, baseUrl: event.apiUrl, log: { debug: core.debug, info: core.info, warn: core.warning } });
  const repo = { owner: event.owner, repo: event.repo };
  let pull;
  let files;
  try {
    pull = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
    files = await listPullFiles(client, repo, number);
  } catch (err) {
    return refuse(`pull request #${number} could not be read from this repository (${describeApiError(err)})`);
  }
  const lines = pullLinesOf(files);
  const checked = checkArtifact(report, { runHeadSha, number, headSha: pull.head.sha, lines });
  if ('refused' in checked) return refuse(checked.refused);

  const addedLines = new Map([...lines].map(([p, l]) => [p, [...l.keys()].sort((a, b) => a - b)]));
  const outcome = triage({ findings: checked.findings, failOn: inputs.failOn ?? 'error', diff: { addedLines, scope: 'added-lines' } });
  const input: ReportInput = reportInput({
    repo: { ...repo, serverUrl: event.serverUrl },
    headSha: pull.head.sha,
    pullNumber: number,
    mode: 'diff',
    result: { root: event.workspace, findings: checked.findings, skipped: [], stats: { files: files.length, bytes: 0, durationMs: 0 } },
    outcome,
    diff: { source: 'rest-pull-files', baseSha: pull.base.sha, notes: [], changedFiles: files.length, scannedFiles: files.length, scope: 'added-lines', addedLines },
    github: client,
    readLine: async (p, l) => lines.get(p)?.get(l),
    log: core,
    fixRegion: inputs.fixRegion,
    ...(event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {}),
  });
  core.info(`Report artifact for pull request #${number} at ${pull.head.sha.slice(0, 7)}: ${checked.findings.length} finding(s), each on a line the pull request adds.`);
  const reporters: Reporter[] = [...(inputs.checkRun ? [checkRunReporter] : []), ...(inputs.reviewComments ? [reviewCommentsReporter] : []), ...(inputs.comment ? [stickyCommentReporter] : [])];
  for (const r of reporters) await runReporter(r, input);
  setOutputs(input);
  await core.summary
    .addRaw(pullSummaryMarkdown(input, ''))
    .write()
    .catch((err: unknown) => core.warning(`job summary failed: ${(err as Error).message}`));
  if (input.failed) core.setFailed(`${input.findings.length} finding(s) on lines pull request #${number} adds still use the retiring Hunyuan/LKE DeepSeek APIs; see the review comments and the check run.`);
}
