import * as core from '@actions/core';
import { redactProcessOutput, setOutput } from './redacted-output.js';
import { redactSecrets, registerSecret } from '../secrets.js';
import { notIgnored } from '../finding/finding.js';
import { atOrAbove } from '../finding/severity.js';
import { auditSummaryMarkdown, type AuditProducts } from '../report/audit-summary.js';
import { checkRunReporter } from '../report/check-run.js';
import { reportInput, type DiffInfo, type Reporter, type ReportInput } from '../report/context.js';
import { failureSummaryMarkdown } from '../report/failure-summary.js';
import { SUMMARY_MAX_ROWS } from '../report/fit.js';
import { pullSummaryMarkdown } from '../report/job-summary.js';
import { reviewCommentsReporter } from '../report/review-comments.js';
import { announceApiSkips, runReporter } from '../report/run-reporters.js';
import { sarifFileReporter } from '../report/sarif-file.js';
import { stickyCommentReporter } from '../report/sticky-comment.js';
import { trackingIssueReporter } from '../report/tracking-issue-reporter.js';
import { workflowAnnotationsReporter } from '../report/workflow-annotations.js';
import { DiffUnavailableError, resolveChanges, scanChanges, scanTree, type ChangeRequest, type ScannedTarget } from '../target/index.js';
import { baselineInput } from '../triage/baseline-input.js';
import { triage } from '../triage/triage.js';
import { apiAccess, type ApiAccess } from './api-clients.js';
import { headCommit, readEventContext, type EventContext } from './event.js';
import { retargetEvent } from './audited-repository.js';
import { describeFailure } from './failure.js';
import { runFixPrStep } from './fix-pr-step.js';
import { parseInputs, rawInputs, type ActionInputs } from './inputs.js';
import { selectMode, type ModeInput } from './mode.js';
import { runInfoOf } from './run-info.js';
import { runReportMode } from './report-mode.js';
import { setOutputs, writeJsonReport } from './outputs.js';
import { actionReportRoots, ReportPathError } from '../safe-fs/report-path.js';
import { actionSettings } from './settings.js';
import { announceSmokeSkip, maskSmokeTestKey, runSmokeStep, withSmokeFindings, type SmokeStepOutcome } from './smoke-step.js';

/**
 * The action's pipeline: inputs + event → mode → target (diff or tree) → scan → triage → reporters → outputs.
 * Each step is a plain function; reporters degrade on their own and never fail the run. The job summary is
 * written on every path: the findings when the check ran, what went wrong and how to fix it when it could not.
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
  const access = apiAccess(inputs.githubToken, event);

  // The config file fills in what the inputs leave unset; inputs given explicitly win.
  const outputFiles = [inputs.jsonFile, inputs.sarifFile].filter((f): f is string => Boolean(f));
  const settings = await actionSettings(event.workspace, inputs.config, { failOn: inputs.failOn, exclude: inputs.exclude, baseline: inputs.baseline }, outputFiles);
  const scanOptions = { root: event.workspace, paths: inputs.paths, include: settings.include, exclude: settings.exclude, catalog: settings.catalog };

  let target: ScannedTarget;
  if (mode === 'diff') {
    const diff = await resolveChanges(event.workspace, changeRequest(event), { ...(access.rest ? { rest: access.rest } : {}), log: core.info });
    target = await scanChanges(diff, scanOptions, core);
  } else {
    target = await scanTree(scanOptions);
  }

  // The key check runs beside the scan; its cross-check findings (a referenced model the key cannot use) go
  // through the same triage and reporters as the scan's own.
  const fork = event.name.startsWith('pull_request') && Boolean(event.pullRequest?.fromFork);
  const smoke: SmokeStepOutcome = await runSmokeStep(inputs.smoke, fork, { root: target.result.root, paths: inputs.paths, exclude: settings.exclude }, notIgnored(target.result.findings));
  const sections = smoke.summary ? [smoke.summary] : [];
  const result = withSmokeFindings(target.result, smoke);

  const diff = target.diff ? diffInfo(target, inputs) : undefined;
  const outcome = triage({
    findings: result.findings,
    failOn: settings.failOn,
    ...(diff ? { diff: { addedLines: diff.addedLines, scope: diff.scope } } : {}),
    ...(settings.baseline
      ? {
          baseline: await baselineInput(result.root, settings.baseline, {
            targets: inputs.paths,
            include: settings.include,
            exclude: settings.exclude,
            ...(diff ? { changedFiles: diff.addedLines.keys() } : {}),
          }),
        }
      : {}),
  });
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
    ...(diff ? { diff } : {}),
    ...(github ? { github } : {}),
    ...(inputs.commentAuthor ? { commentAuthor: inputs.commentAuthor } : {}),
    readLine: target.readLine,
    log: core,
    fixRegion: inputs.fixRegion,
    ...(event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {}),
  });
  logScan(report);

  const products: AuditProducts = {};
  /** Problems that fail the step once every output is written (a report path that cannot be used). */
  const failures: string[] = [];
  try {
    // The check run goes before the workflow-command annotations so their "N more" notice can link to it.
    const sarif = inputs.sarifFile
      ? sarifFileReporter(inputs.sarifFile, { rules: settings.rules, catalog: settings.catalog, roots: actionReportRoots(event.workspace), ...(event.ref ? { branch: event.ref } : {}) })
      : undefined;
    const planned: Reporter[] = [
      ...(inputs.checkRun ? [checkRunReporter] : []),
      ...(inputs.annotations ? [workflowAnnotationsReporter] : []),
      ...(inputs.reviewComments ? [reviewCommentsReporter] : []),
      ...(inputs.comment ? [stickyCommentReporter] : []),
      ...(sarif ? [sarif] : []),
      ...(inputs.trackingIssue ? [trackingIssueReporter] : []),
    ];
    if (!access.writes) announceApiSkips(planned, report, access.skip);
    const checkRun = inputs.checkRun ? await runReporter(checkRunReporter, report) : undefined;
    if (inputs.annotations) await runReporter(workflowAnnotationsReporter, checkRun?.url ? Object.freeze({ ...report, checkRunUrl: checkRun.url }) : report);
    if (inputs.reviewComments) await runReporter(reviewCommentsReporter, report);
    if (inputs.comment) await runReporter(stickyCommentReporter, report);
    if (sarif) {
      const written = await runReporter(sarif, report);
      if (written && 'refused' in written) failures.push(written.refused);
      else if (written) {
        setOutput('sarif-file', written.path);
        products.sarif = written;
      }
    }
    if (inputs.trackingIssue) {
      const tracking = await runReporter(trackingIssueReporter, report);
      if (tracking) products.tracking = tracking;
    }
    announceSmokeSkip(smoke);
    const fixPr = await runFixPrStep(inputs, event, { mode, ...(github ? { github } : {}) }, access.skip, settings);
    if (fixPr) sections.push(fixPr.summary);
    // Outputs first: a report that cannot be written must not cost the counts.
    setOutputs(report);
    try {
      await writeJsonReport(inputs.jsonFile, report, runInfoOf(event, report, { smoke, ...(fixPr ? { fixPr: fixPr.outcome } : {}), ...(products.tracking ? { tracking: products.tracking } : {}) }));
    } catch (err) {
      if (!(err instanceof ReportPathError)) throw err;
      failures.push(err.message);
    }
    const problems = [...failures, ...(report.failed ? [failureMessage(report)] : [])];
    if (problems.length) core.setFailed(problems.join('\n'));
  } catch (err) {
    // The findings are known: the summary shows them, and the step fails with what went wrong.
    core.setFailed(describeFailure(err).message);
  }
  return report.mode === 'full' ? auditSummaryMarkdown(report, products, sections.join('')) : pullSummaryMarkdown(report, sections.join(''));
}

function changeRequest(event: EventContext): ChangeRequest {
  if (event.pullRequest) return { kind: 'range', baseSha: event.pullRequest.baseSha, headSha: event.pullRequest.headSha, pullNumber: event.pullRequest.number };
  if (event.mergeGroup) return { kind: 'range', baseSha: event.mergeGroup.baseSha, headSha: event.mergeGroup.headSha };
  throw new DiffUnavailableError('no base and head commits in this event');
}

function diffInfo(target: ScannedTarget, inputs: ActionInputs): DiffInfo {
  const diff = target.diff!;
  return {
    source: diff.source,
    baseSha: diff.baseSha,
    notes: diff.notes,
    changedFiles: diff.files.length,
    scannedFiles: target.scannedFiles ?? 0,
    scope: inputs.scope,
    addedLines: new Map(diff.files.map((f) => [f.path, f.addedLines])),
  };
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

function failureMessage(ctx: ReportInput): string {
  const failing = atOrAbove(ctx.findings, ctx.failOn).length;
  const where = ctx.mode === 'diff' ? 'on lines this pull request adds ' : '';
  return (
    `${failing} finding(s) ${where}at or above '${ctx.failOn}' still use the retiring Hunyuan/LKE DeepSeek APIs. ` +
    'Move them to TokenHub as the annotations and the job summary say (base URL https://tokenhub-intl.tencentcloudmaas.com/v1, ' +
    "a TokenHub API key, a model enabled for pay-as-you-go), mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'."
  );
}

export type { ApiAccess };
