import * as core from '@actions/core';
import type { ReportContext } from '../report/context.js';
import { atOrAbove } from '../triage/severity.js';
import { readEventContext, type EventContext } from './event.js';
import { apiClients } from './api-clients.js';
import { buildReportContext } from './report-context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { ModeError, selectMode } from './mode.js';
import { ScanTargetError } from '../scan/index.js';
import { setOutputs, writeJsonReport } from './outputs.js';
import { reportersFor, runReporters } from './reporters.js';
import { DiffUnavailableError, resolveDiff, scanDiff, scanFullTree } from './target.js';
import { announceSmokeSkip, maskSmokeTestKey, runSmokeStep, withSmokeFindings, type SmokeStepOutcome } from './smoke-step.js';
import { BaselineError } from '../triage/baseline.js';
import { readAuditInputs, type AuditInputs } from './audit-inputs.js';
import { ActionConfigError, actionSettings, applyBaselineStep, auditSummaryReporter, sarifReporter, trackingIssueReporter } from './audit.js';
import { runFixPrStep } from './fix-pr-step.js';
import { runInfoOf } from './run-info.js';

/**
 * The action's pipeline: inputs + event → mode → target (diff or tree) → scan → triage → reporters → outputs.
 * Each step is a plain function; reporters degrade on their own and never fail the run.
 */
export async function run(): Promise<void> {
  // Before anything can log it: from here on the runner replaces the key with *** in every line.
  maskSmokeTestKey();
  let inputs: ActionInputs;
  let audit: AuditInputs;
  let event: EventContext;
  try {
    inputs = readInputs();
    audit = readAuditInputs();
    event = readEventContext();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }

  let ctx: ReportContext | undefined;
  let smoke: SmokeStepOutcome | undefined;
  try {
    const { mode, reason } = selectMode(inputs.mode, event);
    core.info(reason);
    const github = apiClients(inputs, event);

    // The config file fills in what the inputs leave unset; inputs given explicitly win.
    const outputFiles = [inputs.jsonFile, audit.sarifFile].filter((f): f is string => Boolean(f));
    const settings = await actionSettings(event.workspace, audit.config, { failOn: audit.failOn, exclude: inputs.exclude, baseline: audit.baseline }, outputFiles);
    inputs.failOn = settings.failOn;
    inputs.exclude = settings.exclude;
    const scanSettings = { catalog: settings.catalog, include: settings.include };

    const target =
      mode === 'diff'
        ? await scanDiff(event, inputs, await resolveDiff(event, github.read, core), core, scanSettings)
        : await scanFullTree(event, inputs, scanSettings);

    // The key check runs beside the scan; its cross-check findings (a referenced model the key cannot use) go
    // through the same triage and reporters as the scan's own.
    smoke = await runSmokeStep({ root: target.result.root, paths: inputs.paths, exclude: inputs.exclude }, target.result.findings);
    target.result = withSmokeFindings(target.result, smoke);

    ctx = buildReportContext({ event, inputs, mode, target, ...(github.write ? { github: github.write } : {}), log: core });
    if (smoke.summary) ctx.summaryAppendix = smoke.summary;
    await applyBaselineStep(ctx, settings, inputs.paths);
    logScan(ctx);

    const reporters = reportersFor(inputs);
    if (audit.sarifFile) reporters.push(sarifReporter(audit.sarifFile, settings));
    if (audit.trackingIssue) reporters.push(trackingIssueReporter);
    await runReporters(reporters, ctx, github.skip);
    announceSmokeSkip(smoke);
    const fixPr = await runFixPrStep(inputs, event, ctx, github.skip, scanSettings);
    await writeJsonReport(inputs, target.result, {
      ...(ctx.audit?.baseline && ctx.audit.known ? { baseline: ctx.audit.baseline, knownFingerprints: ctx.audit.known } : {}),
      run: runInfoOf(event, ctx, smoke, fixPr),
    });
    setOutputs(ctx);

    if (ctx.failed) core.setFailed(failureMessage(ctx));
  } catch (err) {
    core.setFailed(isExpected(err) ? (err as Error).message : describeCrash(err));
  } finally {
    // The summary is written even when something failed, so the user sees what was found.
    if (ctx) await runReporters([ctx.mode === 'full' ? auditSummaryReporter : reportersFor.summary], ctx);
  }
}

function logScan(ctx: ReportContext): void {
  const { result } = ctx;
  const scope = ctx.diff ? `${ctx.findings.length} new, ${ctx.preExisting.length} pre-existing in the changed files` : `${ctx.findings.length} findings`;
  core.info(`Scanned ${result.stats.files} files: ${scope}; ${result.skipped.length} skipped.`);
  for (const s of result.skipped) core.debug(`skipped ${s.path}: ${s.reason}`);
}

function failureMessage(ctx: ReportContext): string {
  const failing = atOrAbove(ctx.findings, ctx.failOn).length;
  const where = ctx.mode === 'diff' ? 'on lines this pull request adds ' : '';
  return (
    `${failing} finding(s) ${where}at or above '${ctx.failOn}' still use the retiring Hunyuan/LKE DeepSeek APIs. ` +
    'Move them to TokenHub as the annotations and the job summary say (base URL https://tokenhub-intl.tencentcloudmaas.com/v1, ' +
    "a TokenHub API key, a model enabled for pay-as-you-go), mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'."
  );
}

/** Errors that explain themselves: bad input, an event without commits, a diff nobody could give. */
function isExpected(err: unknown): boolean {
  return (
    err instanceof ModeError ||
    err instanceof DiffUnavailableError ||
    err instanceof ScanTargetError ||
    err instanceof ActionConfigError ||
    err instanceof BaselineError
  );
}

function describeCrash(err: unknown): string {
  return `TokenHub migration check failed: ${(err as Error)?.stack ?? String(err)}`;
}
