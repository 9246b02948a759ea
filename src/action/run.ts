import * as core from '@actions/core';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import type { ReportContext, Reporter } from '../report/context.js';
import { splitByDiff } from '../triage/diff-scope.js';
import { atOrAbove } from '../triage/severity.js';
import { readEventContext, headCommit, type EventContext } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { ModeError, selectMode } from './mode.js';
import { ScanTargetError } from '../scan/index.js';
import { setOutputs, writeJsonReport } from './outputs.js';
import { reportersFor, runReporters } from './reporters.js';
import { DiffUnavailableError, resolveDiff, scanDiff, scanFullTree, type ScannedTarget } from './target.js';

/**
 * The action's pipeline: inputs + event → mode → target (diff or tree) → scan → triage → reporters → outputs.
 * Each step is a plain function; reporters degrade on their own and never fail the run.
 */
export async function run(): Promise<void> {
  let inputs: ActionInputs;
  let event: EventContext;
  try {
    inputs = readInputs();
    event = readEventContext();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }

  let ctx: ReportContext | undefined;
  try {
    const { mode, reason } = selectMode(inputs.mode, event);
    core.info(reason);
    const github = apiClient(inputs, event);

    let target: ScannedTarget;
    if (mode === 'diff') {
      const diff = await resolveDiff(event, github.read, core);
      target = await scanDiff(event, inputs, diff, core);
    } else {
      target = await scanFullTree(event, inputs);
    }

    const { newFindings, preExisting } = target.diff
      ? splitByDiff(target.result.findings, new Map(target.diff.files.map((f) => [f.path, f.addedLines])), inputs.scope)
      : { newFindings: target.result.findings, preExisting: [] };
    const failing = atOrAbove(newFindings, inputs.failOn);

    ctx = {
      repo: { owner: event.owner, repo: event.repo, serverUrl: event.serverUrl },
      headSha: headCommit(event),
      ...(event.pullRequest ? { pullNumber: event.pullRequest.number } : {}),
      mode,
      result: target.result,
      findings: newFindings,
      preExisting,
      ...(target.diff
        ? {
            diff: {
              source: target.diff.source,
              baseSha: target.diff.baseSha,
              notes: target.diff.notes,
              changedFiles: target.diff.files.length,
              scannedFiles: target.scannedFiles ?? 0,
              scope: inputs.scope,
              addedLines: new Map(target.diff.files.map((f) => [f.path, f.addedLines])),
            },
          }
        : {}),
      failOn: inputs.failOn,
      failed: failing.length > 0,
      ...(github.write ? { github: github.write } : {}),
      readLine: target.readLine,
      log: core,
    };
    logScan(ctx);

    await runReporters(reportersFor(inputs), ctx, github.skipReason);
    await writeJsonReport(inputs, target.result);
    setOutputs(ctx);

    if (failing.length) {
      core.setFailed(failureMessage(ctx, failing.length));
    }
  } catch (err) {
    core.setFailed(isExpected(err) ? (err as Error).message : describeCrash(err));
  } finally {
    // The summary is written even when something failed, so the user sees what was found.
    if (ctx) await runReporters([reportersFor.summary], ctx);
  }
}

interface ApiClients {
  /** For reads (the REST diff fallback); present whenever there is a token. */
  read?: GitHubClient;
  /** For writes; absent on fork PRs (read-only token) and without a token. */
  write?: GitHubClient;
  /** Why API outputs are skipped, said once. */
  skipReason?: string;
}

function apiClient(inputs: ActionInputs, event: EventContext): ApiClients {
  if (!inputs.githubToken) return { skipReason: 'no github-token was given' };
  const timeoutSeconds = Number(process.env.TOKENHUB_MIGRATION_CHECK_API_TIMEOUT);
  const client = createGitHubClient({
    token: inputs.githubToken,
    baseUrl: event.apiUrl,
    log: { debug: core.debug, info: core.info, warn: core.warning },
    ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
  });
  if (event.pullRequest?.fromFork && event.name === 'pull_request') {
    return { read: client, skipReason: "this pull request comes from a fork, whose token is read-only" };
  }
  return { read: client, write: client };
}

function logScan(ctx: ReportContext): void {
  const { result } = ctx;
  const scope = ctx.diff ? `${ctx.findings.length} new, ${ctx.preExisting.length} pre-existing in the changed files` : `${ctx.findings.length} findings`;
  core.info(`Scanned ${result.stats.files} files: ${scope}; ${result.skipped.length} skipped.`);
  for (const s of result.skipped) core.debug(`skipped ${s.path}: ${s.reason}`);
}

function failureMessage(ctx: ReportContext, failing: number): string {
  const where = ctx.mode === 'diff' ? 'on lines this pull request adds ' : '';
  return (
    `${failing} finding(s) ${where}at or above '${ctx.failOn}' still use the retiring Hunyuan/LKE DeepSeek APIs. ` +
    'Move them to TokenHub as the annotations and the job summary say (base URL https://tokenhub-intl.tencentcloudmaas.com/v1, ' +
    "a TokenHub API key, a model enabled for pay-as-you-go), mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'."
  );
}

/** Errors that explain themselves: bad input, an event without commits, a diff nobody could give. */
function isExpected(err: unknown): boolean {
  return err instanceof ModeError || err instanceof DiffUnavailableError || err instanceof ScanTargetError;
}

function describeCrash(err: unknown): string {
  return `TokenHub migration check failed: ${(err as Error)?.stack ?? String(err)}`;
}

export type { Reporter };
