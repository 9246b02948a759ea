import { i as __toESM } from "./rolldown-runtime-DYf_mQCB.js";
import { A as warning, C as debug, E as info, O as setFailed, S as actionLog, a as runReporters, c as reportInput, d as triage, i as REPOSITORY, j as summary, n as setOutputs } from "./outputs-BMFvWrKo.js";
import { r as createGitHubClient } from "./client-Bb_msskE.js";
import { n as listPullFiles } from "./diff-files-BFdSHDbH.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { t as docsUrlOf } from "./docs-url-7jQJ3sYL.js";
import { a as replacementFor, h as compileCatalog, n as composeMessage } from "./match-text-DMQVaqK_.js";
import { i as require_parse_diff } from "./rest-diff-LfOUromy.js";
import { f as url, i as literal, l as string, n as array, o as number, s as object, t as _enum } from "./zod-DK9Qrjwm.js";
import { t as TOOL_NAME } from "./tool-DWkNUuOs.js";
import { t as UserError } from "./errors-C-PByt-N.js";
import { t as describeApiError } from "./errors-MmvItmDA.js";
import { n as pullSummaryMarkdown } from "./job-summary-DRZ7RlWu.js";
import { a as escapeText } from "./markdown-CMDfHLdC.js";
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
// src/report/fork/check-artifact.ts
/**
* Holds every finding of a fork's artifact against what GitHub itself says about the pull request: the commit must
* be the one the workflow_run event names (and the PR's head), each finding must sit on a line the PR adds and quote
* that line's text exactly, its rule must be one of ours, and its message, replacement and link must be what that
* rule says for that text. One finding that fails any check refuses the whole artifact: a report that lies once is
* not believed elsewhere. Nothing of the artifact's own text reaches a comment unless it equals what we would write.
*/
const MAX_ARTIFACT_FINDINGS = 5e3;
const catalog = compileCatalog(RULES);
const compiledById = new Map(catalog.rules.map((c) => [c.rule.id, c]));
const MAX_MATCH_CHARS = 200;
function checkArtifact(report, pull) {
	const { pullRequest } = report.run;
	if (pullRequest.number !== pull.number) return { refused: `the report is about pull request #${pullRequest.number}, not #${pull.number}` };
	if (pullRequest.headSha !== pull.runHeadSha || report.run.sha !== pull.runHeadSha) return { refused: `the report is about commit ${pullRequest.headSha.slice(0, 7)}, but the pull_request run was on ${pull.runHeadSha.slice(0, 7)}` };
	if (pull.headSha !== pull.runHeadSha) return { refused: `the pull request has moved on to ${pull.headSha.slice(0, 7)} since the run; the next run reports on it` };
	if (report.findings.length > 5e3) return { refused: `the report has ${report.findings.length} findings, over the cap of ${MAX_ARTIFACT_FINDINGS}` };
	const findings = [];
	for (const [i, f] of report.findings.entries()) {
		const where = `finding ${i + 1} (${JSON.stringify(f.path.slice(0, 100))}:${f.line})`;
		const compiled = compiledById.get(f.ruleId);
		if (!compiled) return { refused: `${where}: rule ${JSON.stringify(f.ruleId.slice(0, 60))} is not one of this tool's rules` };
		const { rule } = compiled;
		if (f.category !== rule.category) return { refused: `${where}: category ${f.category} is not the rule's (${rule.category})` };
		const text = pull.lines.get(f.path)?.get(f.line);
		if (text === void 0) return { refused: `${where}: not on a line this pull request adds` };
		if (f.endLine !== f.line || f.endColumn <= f.column) return { refused: `${where}: the position is not a span of one line` };
		const quoted = text.slice(f.column - 1, f.endColumn - 1);
		const shown = quoted.length > MAX_MATCH_CHARS ? quoted.slice(0, MAX_MATCH_CHARS) + "…" : quoted;
		if (f.match !== shown || !matchesAt(compiled.re, text, f.column - 1, f.endColumn - 1)) return { refused: `${where}: the matched text is not what the line says there` };
		const replacement = replacementFor(compiled, quoted);
		if (f.replacement !== replacement) return { refused: `${where}: the replacement is not the rule's` };
		const via = f.context;
		if (![false, true].map((onTokenHub) => composeMessage(rule, quoted, replacement, via, onTokenHub)).includes(f.message)) return { refused: `${where}: the message is not the rule's` };
		const docsUrl = docsUrlOf(rule);
		if (f.docsUrl !== docsUrl) return { refused: `${where}: the link is not the rule's page` };
		const finding = {
			ruleId: rule.id,
			category: rule.category,
			severity: f.severity,
			path: f.path,
			line: f.line,
			column: f.column,
			endLine: f.endLine,
			endColumn: f.endColumn,
			message: f.message,
			match: f.match
		};
		if (replacement !== void 0) finding.replacement = replacement;
		if (docsUrl) finding.docsUrl = docsUrl;
		if (via) finding.context = {
			scope: via.scope,
			path: via.path,
			evidence: via.evidence
		};
		findings.push(finding);
	}
	return { findings };
}
/** The rule's pattern matches the line exactly there (on the line alone: a finding of ours never spans lines). */
function matchesAt(re, text, start, end) {
	for (const m of text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"))) {
		if (m.index === start && m[0].length === end - start) return true;
		if (m.index > start) break;
	}
	return false;
}
// src/report/fork/pull-lines.ts
var import_parse_diff = /* @__PURE__ */ __toESM(require_parse_diff(), 1);
function pullLinesOf(entries) {
	const out = /* @__PURE__ */ new Map();
	for (const e of entries) {
		if (e.status === "removed" || e.patch === void 0) continue;
		const lines = /* @__PURE__ */ new Map();
		for (const chunk of (0, import_parse_diff.default)(e.patch).flatMap((f) => f.chunks)) for (const change of chunk.changes) if (change.type === "add" && !change.content.startsWith("\\")) lines.set(change.ln, change.content.slice(1));
		out.set(e.filename, lines);
	}
	return out;
}
// src/report/board/report-schema.ts
/**
* The JSON report as another run wrote it, checked before any of it is believed: an organisation board reads
* reports from hundreds of jobs, and the fork pattern reads one a fork's code produced. Only what the readers use is
* declared; every string has a length cap, every number a range, and unknown keys are dropped.
*/
const SHA = /^[0-9a-f]{7,64}$/;
const Category = _enum([
	"legacy-endpoint",
	"legacy-sdk",
	"legacy-model",
	"legacy-search"
]);
const Severity = _enum([
	"error",
	"warning",
	"notice"
]);
const Position = number().int().min(1).max(1e7);
/** Links the board shows: web links only (no `javascript:`), of a sane length. */
const WebUrl = url({ protocol: /^https?$/ }).max(2e3);
/** Text on one line (no line break of any kind). */
const ONE_LINE = /^[^\n\r\u2028\u2029]*$/;
const ReportFinding = object({
	ruleId: string().min(1).max(200),
	category: Category,
	severity: Severity,
	path: string().min(1).max(4096),
	line: Position,
	column: Position,
	endLine: Position,
	endColumn: Position,
	message: string().max(4e3),
	match: string().max(4e3),
	replacement: string().max(4e3).optional(),
	docsUrl: WebUrl.optional(),
	fingerprint: string().max(128).optional(),
	/** Where the finding's context came from (Finding.context). */
	context: object({
		scope: _enum([
			"package",
			"import",
			"project"
		]),
		path: string().min(1).max(4096).regex(ONE_LINE),
		evidence: string().max(300).regex(ONE_LINE)
	}).optional()
});
const ReportRun = object({
	repository: string().regex(REPOSITORY),
	sha: string().regex(SHA),
	event: string().max(100),
	mode: _enum(["diff", "full"]),
	url: WebUrl.optional(),
	pullRequest: object({
		number: number().int().min(1),
		baseSha: string().regex(SHA),
		headSha: string().regex(SHA)
	}).optional(),
	smokeTest: _enum([
		"passed",
		"failed",
		"skipped"
	]).optional(),
	fixPr: object({
		state: _enum([
			"opened",
			"updated",
			"unchanged",
			"closed",
			"none",
			"skipped"
		]),
		number: number().int().min(1).optional(),
		url: WebUrl.optional()
	}).optional(),
	trackingIssue: object({
		action: _enum([
			"created",
			"updated",
			"closed",
			"reopened",
			"unchanged",
			"none"
		]),
		number: number().int().min(1).optional(),
		url: WebUrl.optional()
	}).optional()
});
/** The whole report (DESIGN.md's JSON report contract, version 1). */
const ReportSchema = object({
	version: literal(1),
	tool: object({
		name: literal(TOOL_NAME),
		version: string().max(50)
	}),
	findings: array(ReportFinding).max(1e6),
	skipped: array(object({
		path: string().max(4096),
		reason: string().max(1e3)
	})).max(1e7),
	run: ReportRun.optional()
});
/**
* What the board reads of a report: per finding only the fields it counts by (the rest is neither shown nor
* believed), which keeps checking 10,000 reports within the time a scheduled job should take.
*/
const BoardFinding = ReportFinding.pick({
	ruleId: true,
	category: true,
	severity: true,
	path: true
});
ReportSchema.extend({ findings: array(BoardFinding).max(1e6) });
/** The first few schema problems, as one line for a note or a warning. */
function describeIssues(error, max = 3) {
	const parts = error.issues.slice(0, max).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
	const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : "";
	return parts.join("; ") + more;
}
// src/report/fork/read-artifact.ts
/**
* The report a fork's pull_request run uploaded, read by the trusted workflow_run half: never more than the cap,
* never through a link, and checked against the report schema before anything in it is looked at. Everything in it
* is the fork's to write; the caller still checks each finding against the pull request itself.
*/
const MAX_ARTIFACT_BYTES = 10485760;
function readArtifact(file, cap = MAX_ARTIFACT_BYTES) {
	let text;
	let fd;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
	} catch (err) {
		const code = err.code;
		return { refused: code === "ELOOP" ? "the report file is a symbolic link" : `the report file cannot be opened (${code ?? "error"})` };
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { refused: "the report file is not a regular file" };
		if (stat.size > cap) return { refused: `the report file is ${stat.size} bytes, over the ${cap}-byte cap` };
		const buf = Buffer.allocUnsafe(stat.size + 1);
		let used = 0;
		for (;;) {
			const n = readSync(fd, buf, used, buf.length - used, used);
			if (n === 0) break;
			used += n;
			if (used > cap || used === buf.length) return { refused: "the report file grew while it was read" };
		}
		text = buf.toString("utf8", 0, used);
	} finally {
		closeSync(fd);
	}
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		return { refused: "the report file is not JSON" };
	}
	const parsed = ReportSchema.safeParse(json);
	if (!parsed.success) return { refused: `the report does not match the report schema (${describeIssues(parsed.error)})` };
	const run = parsed.data.run;
	if (!run?.pullRequest || run.event !== "pull_request" || run.mode !== "diff") return { refused: "the report is not from a pull_request run in diff mode (no run.pullRequest): set json-file in the pull_request workflow's action step" };
	return { report: parsed.data };
}
// src/report/fork/report-artifact.ts
async function reportArtifact(req) {
	const artifact = readArtifact(req.file);
	if ("refused" in artifact) return artifact;
	const number = artifact.report.run.pullRequest.number;
	const repo = {
		owner: req.repo.owner,
		repo: req.repo.repo
	};
	let pull;
	let files;
	try {
		pull = (await req.client.rest.pulls.get({
			...repo,
			pull_number: number
		})).data;
		files = await listPullFiles(req.client, repo, number);
	} catch (err) {
		return { refused: `pull request #${number} could not be read from this repository (${describeApiError(err)})` };
	}
	const lines = pullLinesOf(files);
	const checked = checkArtifact(artifact.report, {
		runHeadSha: req.runHeadSha,
		number,
		headSha: pull.head.sha,
		lines
	});
	if ("refused" in checked) return checked;
	const addedLines = new Map([...lines].map(([p, l]) => [p, [...l.keys()].sort((a, b) => a - b)]));
	const outcome = triage({
		findings: checked.findings,
		failOn: req.failOn,
		diff: {
			addedLines,
			scope: "added-lines"
		}
	});
	const report = reportInput({
		repo: req.repo,
		headSha: pull.head.sha,
		pullNumber: number,
		mode: "diff",
		result: {
			root: req.workspace,
			findings: checked.findings,
			skipped: [],
			stats: {
				files: files.length,
				bytes: 0,
				durationMs: 0
			}
		},
		outcome,
		diff: {
			source: "rest-pull-files",
			baseSha: pull.base.sha,
			notes: [],
			changedFiles: files.length,
			scannedFiles: files.length,
			scope: "added-lines",
			addedLines
		},
		github: req.client,
		readLine: async (p, l) => lines.get(p)?.get(l),
		log: req.log,
		fixRegion: req.fixRegion,
		...req.runUrl ? { runUrl: req.runUrl } : {}
	});
	req.log.info(`Report artifact for pull request #${number} at ${pull.head.sha.slice(0, 7)}: ${checked.findings.length} finding(s), each on a line the pull request adds.`);
	await runReporters(report, {
		...req.reporters,
		annotations: false,
		trackingIssue: false
	});
	return {
		report,
		number
	};
}
// src/report/fork/workflow-run.ts
/** `mode: report` cannot run here: the wrong event, a missing input, a triggering run that was no pull request's. */
var ReportModeError = class extends UserError {};
/**
* The head commit of the run that uploaded the report, from the `workflow_run` event payload GitHub wrote: the one
* fact in the fork pattern's second half that the fork's code cannot touch, and what the artifact is held against.
*/
function workflowRunHead(eventName, eventPath) {
	if (eventName !== "workflow_run") throw new ReportModeError(`mode 'report' runs on workflow_run events (after the pull_request workflow that uploaded the report); this run is '${eventName ?? "unknown"}'.`);
	let payload = {};
	try {
		payload = JSON.parse(readFileSync(eventPath ?? "", "utf8"));
	} catch {
		throw new ReportModeError("could not read the workflow_run event payload");
	}
	const run = payload.workflow_run;
	if (run?.event !== "pull_request") throw new ReportModeError(`the triggering run was a '${String(run?.event)}' run; mode 'report' reports on pull_request runs only.`);
	if (typeof run.head_sha !== "string" || !/^[0-9a-f]{40}$/.test(run.head_sha)) throw new ReportModeError("the workflow_run event names no head commit");
	return run.head_sha;
}
// src/action/report-mode.ts
/**
* `mode: report`, the second half of the fork pattern: a `workflow_run` run (write token, secrets, and never a
* checkout of the pull request's code) that posts the report artifact the fork's `pull_request` run uploaded, once
* src/report/fork/ has held it against the pull request. Loaded only in this mode.
*/
async function writeSummary(markdown) {
	await summary.addRaw(markdown).write().catch((err) => warning(`job summary failed: ${err.message}`));
}
async function runReportMode(inputs, event, reportFile, env = process.env) {
	if (!reportFile) throw new ReportModeError("mode 'report' needs report-file: the path of the downloaded report artifact (the JSON file the pull_request run wrote).");
	if (!inputs.githubToken) throw new ReportModeError("mode 'report' needs github-token, with checks and pull-requests write permissions.");
	const runHeadSha = workflowRunHead(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
	const posted = await reportArtifact({
		client: createGitHubClient({
			token: inputs.githubToken,
			baseUrl: event.apiUrl,
			log: {
				debug,
				info,
				warn: warning
			}
		}),
		repo: {
			owner: event.owner,
			repo: event.repo,
			serverUrl: event.serverUrl
		},
		file: path.resolve(event.workspace, reportFile),
		runHeadSha,
		workspace: event.workspace,
		failOn: inputs.failOn ?? "error",
		fixRegion: inputs.fixRegion,
		...event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {},
		reporters: {
			checkRun: inputs.checkRun,
			reviewComments: inputs.reviewComments,
			comment: inputs.comment
		},
		log: actionLog
	});
	if ("refused" in posted) {
		warning(`Refused the report artifact: ${posted.refused}. Nothing was posted.`);
		await writeSummary(`## TokenHub migration check\n\n⚠️ The report artifact was refused: ${escapeText(posted.refused)}. Nothing was posted to the pull request.\n`);
		return;
	}
	const { report, number } = posted;
	setOutputs(report);
	await writeSummary(pullSummaryMarkdown(report, ""));
	if (report.failed) setFailed(`${report.findings.length} finding(s) on lines pull request #${number} adds still use the retiring Hunyuan/LKE DeepSeek APIs; see the review comments and the check run.`);
}
export { runReportMode };
