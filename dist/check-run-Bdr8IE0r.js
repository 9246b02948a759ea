import "./rolldown-runtime-DYf_mQCB.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { r as apiStep } from "./permissions-C8I0pk2q.js";
import { i as rankFindings, r as countBySeverity } from "./severity-CbWwaEB1.js";
// src/report/check-run.ts
/**
* A check run on the head commit that carries every finding as an annotation: the workflow-command annotations
* stop at 10 per level, a check run takes 50 per request and appends the rest with updates. Needs `checks: write`.
*/
const CHECK_RUN_NAME = "TokenHub migration check";
/** GitHub caps a check run's output text fields at 65,535 characters. */
const CHECK_TEXT_LIMIT = 65535;
/** Most annotations sent in one run (each 50 is one request, spaced by the write throttle). */
const MAX_CHECK_ANNOTATIONS = 1e3;
const LEVEL = {
	error: "failure",
	warning: "warning",
	notice: "notice"
};
const titles = new Map(RULES.map((r) => [r.id, r.title]));
function toCheckAnnotation(f) {
	const a = {
		path: f.path,
		start_line: f.line,
		end_line: f.endLine,
		annotation_level: LEVEL[f.severity],
		message: clip(f.message, 65536),
		title: clip(`${titles.get(f.ruleId) ?? f.ruleId} (${f.ruleId})`, 255)
	};
	if (f.line === f.endLine) {
		a.start_column = f.column;
		a.end_column = f.endColumn;
	}
	if (f.docsUrl) a.raw_details = `How to fix, with per-language guidance and sources: ${f.docsUrl}`;
	return a;
}
/** Batches of at most 50, most severe first, capped at `max`. */
function annotationBatches(findings, max = MAX_CHECK_ANNOTATIONS) {
	const ranked = rankFindings(findings);
	const sent = ranked.slice(0, max).map(toCheckAnnotation);
	const batches = [];
	for (let i = 0; i < sent.length; i += 50) batches.push(sent.slice(i, i + 50));
	return {
		batches,
		omitted: ranked.length - sent.length
	};
}
function checkRunOutput(ctx, omitted) {
	const c = countBySeverity(ctx.findings);
	const what = ctx.mode === "diff" ? "new finding(s) on lines this pull request adds" : "finding(s)";
	const title = ctx.findings.length === 0 ? "No usage of the retiring Hunyuan or LKE DeepSeek APIs" : `${ctx.findings.length} ${what}`;
	const lines = [ctx.findings.length ? `${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices (fail-on: \`${ctx.failOn}\`: ${ctx.failed ? "failing" : "not failing"}).` : "Nothing to migrate here."];
	if (ctx.preExisting.length) lines.push(`${ctx.preExisting.length} pre-existing finding(s) elsewhere in the changed files are not counted.`);
	if (omitted) lines.push(`${omitted} more finding(s) are not annotated here (at most ${MAX_CHECK_ANNOTATIONS}); the job summary and the JSON report list them.`);
	lines.push("", "Each annotation says what to change; the job summary has the migration steps.");
	return {
		title: clip(title, 255),
		summary: clip(lines.join("\n"), CHECK_TEXT_LIMIT)
	};
}
function checkConclusion(ctx) {
	if (ctx.failed) return "failure";
	return ctx.findings.length ? "neutral" : "success";
}
const checkRunReporter = {
	name: "check run",
	needsApi: true,
	async run(ctx) {
		const github = ctx.github;
		if (ctx.findings.length === 0) {
			ctx.log.debug("check run: nothing to annotate");
			return;
		}
		const { batches, omitted } = annotationBatches(ctx.findings);
		const output = checkRunOutput(ctx, omitted);
		const conclusion = checkConclusion(ctx);
		const { owner, repo } = ctx.repo;
		const created = await apiStep("create the check run", "checks: write", () => github.rest.checks.create({
			owner,
			repo,
			name: CHECK_RUN_NAME,
			head_sha: ctx.headSha,
			status: "completed",
			conclusion,
			completed_at: (/* @__PURE__ */ new Date()).toISOString(),
			output: {
				...output,
				annotations: batches[0] ?? []
			}
		}));
		const id = created.data.id;
		const url = created.data.html_url ?? void 0;
		let sent = batches[0]?.length ?? 0;
		for (const batch of batches.slice(1)) try {
			await apiStep("add annotations to the check run", "checks: write", () => github.rest.checks.update({
				owner,
				repo,
				check_run_id: id,
				output: {
					...output,
					annotations: batch
				}
			}));
			sent += batch.length;
		} catch (err) {
			const total = batches.reduce((n, b) => n + b.length, 0);
			ctx.log.warning(`${err.message} (${sent} of ${total} annotations are on the check run).`);
			break;
		}
		ctx.log.info(`Check run '${CHECK_RUN_NAME}' created with ${sent} annotation(s)${url ? `: ${url}` : ""}.`);
		return {
			...url ? { url } : {},
			annotations: sent
		};
	}
};
function clip(s, max) {
	return s.length <= max ? s : s.slice(0, max - 1) + "…";
}
export { checkRunReporter };
