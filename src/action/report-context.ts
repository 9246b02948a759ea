import type { GitHubClient } from '../github/client.js';
import type { ReportContext, ReportLog } from '../report/context.js';
import { splitByDiff } from '../triage/diff-scope.js';
import { atOrAbove } from '../finding/severity.js';
import { headCommit, type EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { Mode } from './mode.js';
import type { ScannedTarget } from './target.js';

/**
 * Triage and the reporters' view of the run: in diff mode the findings split into new (on lines the change adds,
 * or anywhere in a touched file with scope changed-files) and pre-existing; the verdict by `fail-on` on the new ones.
 */
export function buildReportContext(args: {
  event: EventContext;
  inputs: ActionInputs;
  mode: Mode;
  target: ScannedTarget;
  github?: GitHubClient;
  log: ReportLog;
}): ReportContext {
  const { event, inputs, mode, target } = args;
  const addedLines = target.diff ? new Map(target.diff.files.map((f) => [f.path, f.addedLines])) : undefined;
  const { newFindings, preExisting } = addedLines
    ? splitByDiff(target.result.findings, addedLines, inputs.scope)
    : { newFindings: target.result.findings, preExisting: [] };
  const ctx: ReportContext = {
    repo: { owner: event.owner, repo: event.repo, serverUrl: event.serverUrl },
    headSha: headCommit(event),
    mode,
    result: target.result,
    findings: newFindings,
    preExisting,
    failOn: inputs.failOn,
    failed: atOrAbove(newFindings, inputs.failOn).length > 0,
    readLine: target.readLine,
    log: args.log,
    fixRegion: inputs.fixRegion,
  };
  if (event.pullRequest) ctx.pullNumber = event.pullRequest.number;
  if (args.github) ctx.github = args.github;
  if (target.diff && addedLines) {
    ctx.diff = {
      source: target.diff.source,
      baseSha: target.diff.baseSha,
      notes: target.diff.notes,
      changedFiles: target.diff.files.length,
      scannedFiles: target.scannedFiles ?? 0,
      scope: inputs.scope,
      addedLines,
    };
  }
  return ctx;
}
