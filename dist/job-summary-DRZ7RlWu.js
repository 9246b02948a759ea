import { a as fitsBytes, r as fitRows } from "./plan-76QeCbzK.js";
import { n as renderSummary } from "./summary-markdown-AE4iNQQC.js";
// src/report/job-summary.ts
/** GitHub keeps at most 1 MiB of job summary per step. */
const JOB_SUMMARY_LIMIT = 1048576;
const SOURCE_LABEL = {
	git: "git",
	"git-worktree": "git (the working tree against its merge base)",
	"git-index": "git (the index against HEAD)",
	"rest-pull-files": "the REST API's pull request file list (git could not answer)",
	"rest-compare": "the REST API's compare view (git could not answer)"
};
function summaryInput(ctx) {
	const input = {
		result: ctx.result,
		failOn: ctx.failOn,
		failed: ctx.failed,
		findings: ctx.findings,
		links: {
			serverUrl: ctx.repo.serverUrl,
			repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
			sha: ctx.headSha
		}
	};
	if (ctx.diff) input.diff = {
		source: `${SOURCE_LABEL[ctx.diff.source]}, ${ctx.diff.baseSha.slice(0, 7)}…${ctx.headSha.slice(0, 7)}`,
		notes: ctx.diff.notes,
		changedFiles: ctx.diff.changedFiles,
		scannedFiles: ctx.diff.scannedFiles,
		scope: ctx.diff.scope,
		preExisting: ctx.preExisting.length
	};
	return input;
}
/** The job summary of a diff-mode run, with sections from the steps beside the scan, cut to fit. */
function pullSummaryMarkdown(ctx, appendix = "") {
	const input = summaryInput(ctx);
	return fitRows((maxRows) => renderSummary({
		...input,
		maxRows
	}) + appendix, fitsBytes(JOB_SUMMARY_LIMIT));
}
export { pullSummaryMarkdown as n, summaryInput as r, JOB_SUMMARY_LIMIT as t };
