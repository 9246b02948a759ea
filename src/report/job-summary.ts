import * as core from '@actions/core';
import type { ReportContext, Reporter } from './context.js';
import { renderSummary, SUMMARY_MAX_ROWS, type SummaryInput } from './summary-markdown.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

const SOURCE_LABEL = {
  git: 'git',
  'rest-pull-files': "the REST API's pull request file list (git could not answer)",
  'rest-compare': "the REST API's compare view (git could not answer)",
} as const;

export function summaryInput(ctx: ReportContext): SummaryInput {
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

export const jobSummaryReporter: Reporter = {
  name: 'job summary',
  needsApi: false,
  async run(ctx) {
    let rows = SUMMARY_MAX_ROWS;
    const appendix = ctx.summaryAppendix ?? '';
    let text = renderSummary({ ...summaryInput(ctx), maxRows: rows }) + appendix;
    while (Buffer.byteLength(text) > JOB_SUMMARY_LIMIT && rows > 0) {
      rows = Math.floor(rows / 2);
      text = renderSummary({ ...summaryInput(ctx), maxRows: rows }) + appendix;
    }
    await core.summary.addRaw(text).write();
  },
};
