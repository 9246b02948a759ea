import type { ReportInput } from './context.js';
import { fitRows, fitsBytes } from './fit.js';
import { renderSummary, type SummaryInput } from './summary-markdown.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

const SOURCE_LABEL = {
  git: 'git',
  'git-worktree': 'git (the working tree against its merge base)',
  'git-index': 'git (the index against HEAD)',
  'rest-pull-files': "the REST API's pull request file list (git could not answer)",
  'rest-compare': "the REST API's compare view (git could not answer)",
} as const;

export function summaryInput(ctx: ReportInput): SummaryInput {
  const input: SummaryInput = {
    result: ctx.result,
    failOn: ctx.failOn,
    failed: ctx.failed,
    findings: ctx.findings,
    links: { serverUrl: ctx.repo.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, sha: ctx.headSha },
  };
  if (ctx.diff) {
    input.diff = {
      source: `${SOURCE_LABEL[ctx.diff.source]}, ${ctx.diff.baseSha.slice(0, 7)}…${ctx.headSha.slice(0, 7)}`,
      notes: ctx.diff.notes,
      changedFiles: ctx.diff.changedFiles,
      scannedFiles: ctx.diff.scannedFiles,
      scope: ctx.diff.scope,
      preExisting: ctx.preExisting.length,
    };
  }
  return input;
}

/** The job summary of a diff-mode run, with sections from the steps beside the scan, cut to fit. */
export function pullSummaryMarkdown(ctx: ReportInput, appendix = ''): string {
  const input = summaryInput(ctx);
  return fitRows((maxRows) => renderSummary({ ...input, maxRows }) + appendix, fitsBytes(JOB_SUMMARY_LIMIT));
}
