import * as core from '@actions/core';
import { actionLog } from './log.js';
import os from 'node:os';
import { redactProcessOutput, setOutput } from './redacted-output.js';
import { redactSecrets, registerSecret } from '../secrets.js';
import { notIgnored } from '../finding/finding.js';
import { runFixPrStep } from '../fix-pr/fix-pr-step.js';
import { apiAccess } from '../github/api-access.js';
import { judgeTarget, scanTarget, type CheckRequest } from '../pipeline/check.js';
import { diffInfoOf, reportInput, type ReportInput } from '../report/context.js';
import { failureSummaryMarkdown } from '../report/failure-summary.js';
import { SUMMARY_MAX_ROWS } from '../report/fit.js';
import { pullSummaryMarkdown } from '../report/job-summary.js';
import { runReporters, verdictMessage, type ReportProducts } from '../report/report-run.js';
import { runInfoOf } from '../report/run-info.js';
import { actionReportRoots, ReportPathError } from '../safe-fs/report-path.js';
import { withSmokeFindings } from '../smoke/smoke-step.js';
import { DiffUnavailableError, type ChangeRequest } from '../target/index.js';
import { retargetEvent } from './audited-repository.js';
import { headCommit, readEventContext, type EventContext } from './event.js';
import { describeFailure } from './failure.js';
import { parseInputs, rawInputs, type ActionInputs } from './inputs.js';
import { selectMode, type ModeInput } from './mode.js';
import { setFixPrOutputs, setOutputs, writeJsonReport } from './outputs.js';
import { actionSettings } from './settings.js';
import { announceSmokeSkip, maskSmokeTestKey, smokeStep } from './smoke-step.js';

/**
 * The action's face: read the inputs (one schema) and the event, choose the mode, call the pipeline (target → scan
 * → triage, src/pipeline; the smoke test beside the scan; the reporters, src/report) and set outputs. The job
 * summary is written on every path: the findings when the check ran, what went wrong and how to fix it when not.
 */
export async function run(): Promise<void> {
  const raw = rawInputs();
  // Before anything can log it: from here on the runner replaces the key with *** in every line.
  maskSmokeTestKey(raw['tokenhub-api-key']);
  registerSecret(raw['tokenhub-api-key']);
  const token = raw['github-token'];
  if (token && !token.startsWith('${{')) {
    core.setSecret(token);
    registerSecret(token);
  }
  // The runner masks the log only; the action also keeps both out of what it prints itself (see redacted-output.ts).
  redactProcessOutput();
  let summary: string | undefined;
  try {
    const inputs = parseInputs(raw);
    const event = await retargetEvent(readEventContext(), inputs.repository ?? '');
    if (inputs.mode === 'report') {
      // The fork pattern's second half: no scan and no checkout, only the artifact held against the pull request.
      const { runReportMode } = await import('./report-mode.js');
      await runReportMode(inputs, event, inputs.reportFile ?? '');
      return;
    }
    summary = await check(inputs, inputs.mode, event);
  } catch (err) {
    const failure = describeFailure(err);
    core.setFailed(failure.message);
    summary ??= failureSummaryMarkdown(failure.summary);
  } finally {
    if (summary) {
      await core.summary
        .addRaw(redactSecrets(summary))
        .write()
        .catch((err: unknown) => core.warning(`job summary failed: ${(err as Error).message}`));
    }
  }
}

/** Runs the check and returns its job summary; a failure after the scan still returns what was found. */
async function check(inputs: ActionInputs, modeInput: ModeInput, event: EventContext): Promise<string> {
  const { mode, reason } = selectMode(modeInput, event);
  core.info(reason);
  const timeoutSeconds = Number(process.env.TOKENHUB_MIGRATION_CHECK_API_TIMEOUT);
  const access = apiAccess({
    token: inputs.githubToken,
    apiUrl: event.apiUrl,
    repo: { owner: event.owner, repo: event.repo },
    forkPullRequest: Boolean(event.pullRequest?.fromFork) && event.name === 'pull_request',
    ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
    log: { debug: core.debug, info: core.info, warn: core.warning },
  });

  // The config file fills in what the inputs leave unset; inputs given explicitly win.
  const outputFiles = [inputs.jsonFile, inputs.sarifFile].filter((f): f is string => Boolean(f));
  const settings = await actionSettings(event.workspace, inputs.config, { failOn: inputs.failOn, exclude: inputs.exclude, baseline: inputs.baseline }, outputFiles);
  const request: CheckRequest = {
    root: event.workspace,
    targets: inputs.paths,
    settings,
    scope: inputs.scope,
    log: actionLog,
    ...(mode === 'diff' ? { change: changeRequest(event) } : {}),
    ...(access.rest ? { rest: access.rest } : {}),
  };
  const target = await scanTarget(request);

  // The key check runs beside the scan; its cross-check findings (a referenced model the key cannot use) go
  // through the same triage and reporters as the scan's own.
  const fork = event.name.startsWith('pull_request') && Boolean(event.pullRequest?.fromFork);
  const smoke = await smokeStep(inputs.smoke, fork, { root: target.result.root, paths: inputs.paths, exclude: settings.exclude }, notIgnored(target.result.findings));
  const sections = smoke.summary ? [smoke.summary] : [];
  const result = withSmokeFindings(target.result, smoke);
  const outcome = await judgeTarget(request, target, result);
  const stale = outcome.baseline?.stale.length ?? 0;
  if (stale) {
    core.notice(`${stale} baseline entr${stale === 1 ? 'y no longer matches' : 'ies no longer match'} a finding (fixed, or changed); regenerate ${outcome.baseline!.file} to drop them.`);
  }

  // The GitHub client is loaded only when a reporter has something to write.
  const wantsApi =
    (inputs.checkRun && outcome.judged.length > 0) || inputs.reviewComments || inputs.comment || (inputs.trackingIssue && mode === 'full') || (inputs.fixPr && mode === 'full');
  const github = access.writes && wantsApi ? await access.client!() : undefined;
  const report = reportInput({
    repo: { owner: event.owner, repo: event.repo, serverUrl: event.serverUrl },
    headSha: headCommit(event),
    ...(event.pullRequest ? { pullNumber: event.pullRequest.number } : {}),
    mode,
    result,
    outcome,
    ...(target.diff ? { diff: diffInfoOf({ ...target, diff: target.diff }, inputs.scope) } : {}),
    ...(github ? { github } : {}),
    ...(inputs.commentAuthor ? { commentAuthor: inputs.commentAuthor } : {}),
    readLine: target.readLine,
    log: actionLog,
    fixRegion: inputs.fixRegion,
    ...(event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {}),
  });
  logScan(report);

  let products: ReportProducts = {};
  try {
    const sarif = inputs.sarifFile
      ? (await import('../report/sarif-file.js')).sarifFileReporter(inputs.sarifFile, { rules: settings.rules, catalog: settings.catalog, roots: actionReportRoots(event.workspace), ...(event.ref ? { branch: event.ref } : {}) })
      : undefined;
    const made = await runReporters(
      report,
      { checkRun: inputs.checkRun, annotations: inputs.annotations, reviewComments: inputs.reviewComments, comment: inputs.comment, trackingIssue: inputs.trackingIssue, ...(sarif ? { sarif } : {}) },
      access.writes ? undefined : access.skip,
    );
    products = made;
    if (made.sarif) setOutput('sarif-file', made.sarif.path);
    /** Problems that fail the step once every output is written (a report path that cannot be used). */
    const failures = made.sarifRefused ? [made.sarifRefused] : [];
    announceSmokeSkip(smoke);
    const fixPr = inputs.fixPr
      ? await runFixPrStep({
          mode,
          ...(github ? { github } : {}),
          ...(access.skip ? { writesOff: access.skip.reason } : {}),
          workspace: event.workspace,
          repo: { owner: event.owner, repo: event.repo },
          serverUrl: event.serverUrl,
          ...(event.ref ? { ref: event.ref } : {}),
          labels: inputs.fixPrLabels,
          region: inputs.fixRegion,
          sdk: inputs.fixPrSdk,
          paths: inputs.paths,
          scan: settings,
          tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
          log: actionLog,
        })
      : undefined;
    if (fixPr) {
      setFixPrOutputs(fixPr.outcome);
      sections.push(fixPr.summary);
    }
    // Outputs first: a report that cannot be written must not cost the counts.
    setOutputs(report);
    const facts = { repository: `${event.owner}/${event.repo}`, event: event.name, ...(event.pullRequest ? { pullRequest: event.pullRequest } : {}) };
    try {
      await writeJsonReport(inputs.jsonFile, report, runInfoOf(facts, report, { smokeTest: smoke.status, ...(fixPr ? { fixPr: fixPr.outcome } : {}), ...(made.tracking ? { tracking: made.tracking } : {}) }));
    } catch (err) {
      if (!(err instanceof ReportPathError)) throw err;
      failures.push(err.message);
    }
    const problems = [...failures, ...(report.failed ? [verdictMessage(report)] : [])];
    if (problems.length) core.setFailed(problems.join('\n'));
  } catch (err) {
    // The findings are known: the summary shows them, and the step fails with what went wrong.
    core.setFailed(describeFailure(err).message);
  }
  if (report.mode === 'diff') return pullSummaryMarkdown(report, sections.join(''));
  return (await import('../report/audit-summary.js')).auditSummaryMarkdown(report, products, sections.join(''));
}

function changeRequest(event: EventContext): ChangeRequest {
  if (event.pullRequest) return { kind: 'range', baseSha: event.pullRequest.baseSha, headSha: event.pullRequest.headSha, pullNumber: event.pullRequest.number };
  if (event.mergeGroup) return { kind: 'range', baseSha: event.mergeGroup.baseSha, headSha: event.mergeGroup.headSha };
  throw new DiffUnavailableError('no base and head commits in this event');
}

function logScan(ctx: ReportInput): void {
  const { result } = ctx;
  const scope = ctx.diff ? `${ctx.findings.length} new, ${ctx.preExisting.length} pre-existing in the changed files` : `${ctx.findings.length} findings`;
  core.info(`Scanned ${result.stats.files} files: ${scope}; ${result.skipped.length} skipped.`);
  const n = ctx.findings.length;
  if (n > SUMMARY_MAX_ROWS) {
    core.info(`The job summary lists the ${SUMMARY_MAX_ROWS} most severe of these ${n} findings; the JSON report (json-file) and SARIF (sarif-file) list them all.`);
  }
  for (const s of result.skipped) core.debug(`skipped ${s.path}: ${s.reason}`);
}
