import "./rolldown-runtime-DYf_mQCB.js";
import { A as warning, C as debug, D as notice, E as info, O as setFailed, S as actionLog, T as getInput, _ as transform, a as runReporters, b as redactProcessOutput, c as reportInput, f as SCOPE_VALUES, g as string, h as pipe, i as REPOSITORY, j as summary, k as setSecret, l as judgeTarget, m as object, n as setOutputs, o as verdictMessage, p as DEFAULT_BASELINE_PATH, r as writeJsonReport, s as diffInfoOf, t as setFixPrOutputs, u as scanTarget, v as pathInsideRoot, w as error, x as setOutput, y as DiffUnavailableError } from "./outputs-BMFvWrKo.js";
import { a as registerSecret, i as redactSecrets, n as actionReportRoots, t as ReportPathError } from "./report-path-SHLJuWg7.js";
import { i as notIgnored, n as byLocation } from "./finding-Cj3i0QD5.js";
import { i as FIX_BRANCH, n as sdkCountsLine, t as sdkCounts } from "./sdk-section-CYQ7cRIL.js";
import "./plan-76QeCbzK.js";
import { n as pullSummaryMarkdown } from "./job-summary-DRZ7RlWu.js";
import { t as redact } from "./redact-YNyIT6zt.js";
import { n as isUserError, t as UserError } from "./errors-C-PByt-N.js";
import { a as customRules, c as ConfigError, l as formatIssue, n as defaultConfig, t as DEFAULT_CONFIG_PATH } from "./defaults-mX62tFCK.js";
import { Ti as NEVER } from "./visit-BiPFZEgZ.js";
import { t as FAIL_ON_VALUES } from "./severity-CbWwaEB1.js";
import { t as REGIONS } from "./region-4BATt1Dr.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { h as compileCatalog } from "./match-text-DMQVaqK_.js";
import { o as readRepoFile } from "./list-files-e8G-kKSw.js";
import { a as isScanWorker, o as runScanWorker } from "./scanner-Bs4ExdaE.js";
import { promisify } from "node:util";
import os from "node:os";
import { execFile } from "node:child_process";
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
// src/fix-pr/fix-pr-step.ts
/** The branch the run is on (the pull request's base): a branch ref; a tag or detached run has none. */
function runBranch(ref) {
	return ref?.startsWith("refs/heads/") ? ref.slice(11) : void 0;
}
async function runFixPrStep(req) {
	const outcome = await fixPrOutcome(req);
	return {
		outcome,
		summary: fixPrSummary(outcome)
	};
}
async function fixPrOutcome(req) {
	if (req.mode !== "full") {
		req.log.notice("fix-pr opens the migration pull request from full scans (schedule, push, workflow_dispatch); skipped in this diff-mode run.");
		return {
			state: "skipped",
			reason: "only full scans open the migration pull request."
		};
	}
	if (!req.github) {
		const reason = `fix-pr needs API writes, and ${req.writesOff ?? "they are off"}.`;
		req.log.warning(`Migration pull request skipped: ${reason}`);
		return {
			state: "skipped",
			reason
		};
	}
	try {
		const { runFixPr } = await import("./run-fix-pr-QduRMVBF.js");
		return await runFixPr({
			workspace: req.workspace,
			repo: req.repo,
			serverUrl: req.serverUrl,
			baseBranch: runBranch(req.ref),
			octokit: req.github,
			labels: req.labels,
			region: req.region,
			sdk: req.sdk,
			paths: req.paths,
			exclude: req.scan.exclude,
			...req.scan.include.length ? { include: req.scan.include } : {},
			catalog: req.scan.catalog,
			tempDir: req.tempDir,
			log: req.log
		});
	} catch (err) {
		req.log.warning(`Migration pull request skipped: ${err.message}`);
		return {
			state: "skipped",
			reason: err.message
		};
	}
}
/** The job summary's section. */
function fixPrSummary(outcome) {
	const link = outcome.url ? `[#${outcome.number}](${outcome.url})` : outcome.number !== void 0 ? `#${outcome.number}` : "";
	const text = {
		opened: `Opened ${link} with the safe fixes (branch \`${FIX_BRANCH}\`).`,
		updated: `Updated ${link} with the safe fixes on the current base.`,
		unchanged: `${link} is up to date.`,
		closed: `Closed ${link}: nothing is left for the safe fix.`,
		none: "Nothing to fix safely: no pull request needed.",
		skipped: `Skipped: ${outcome.reason ?? "see the warnings"}`
	};
	const sdk = outcome.result?.sdk ? `\n\nTencent Cloud SDK rewrite (\`fix-pr-sdk\`): ${sdkCountsLine(sdkCounts(outcome.result))}.` : "";
	return `\n### Migration pull request\n\n${text[outcome.state]}${sdk}\n`;
}
// src/github/api-access.ts
function apiAccess(req) {
	if (!req.token) return {
		writes: false,
		skip: {
			reason: "no github-token was given",
			notice: false
		}
	};
	let made;
	const client = () => made ??= import("./client-CY9iL9FX.js").then(({ createGitHubClient }) => createGitHubClient({
		token: req.token,
		baseUrl: req.apiUrl,
		log: req.log,
		...req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}
	}));
	const rest = {
		pullFiles: async (n) => (await import("./diff-files-Bju04EOO.js")).listPullFiles(await client(), req.repo, n),
		compareFiles: async (base, head) => (await import("./diff-files-Bju04EOO.js")).listCompareFiles(await client(), req.repo, base, head)
	};
	if (req.forkPullRequest) return {
		client,
		rest,
		writes: false,
		skip: {
			reason: "this pull request comes from a fork, whose token is read-only",
			notice: true
		}
	};
	return {
		client,
		rest,
		writes: true
	};
}
// src/report/failure-summary.ts
function escapeHtml(s) {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function failureSummaryMarkdown(report) {
	return [
		"## TokenHub migration check: not run",
		"",
		`❌ **${escapeHtml(report.title)}**`,
		"",
		`<pre>${report.problems.map(escapeHtml).join("\n")}</pre>`,
		"",
		`**How to fix it:** ${report.fix}`,
		""
	].join("\n");
}
const FAILURE_HELP = {
	config: {
		title: "The config file is invalid",
		fix: "correct each line named above (the error annotations point at them). The JSON Schema in `schema/tokenhub-migration.schema.json` lets an editor check the file as you type; `config:` names another file."
	},
	input: {
		title: "An input of the action is invalid",
		fix: "correct the value under `with:` in the workflow step; the README lists every input and its values."
	},
	mode: {
		title: "mode 'diff' needs a pull request or merge group",
		fix: "use `mode: auto` (what a pull request adds on `pull_request` and `merge_group`, the whole tree elsewhere) or `mode: full`, or run this step only on pull-request events (`if: github.event_name == 'pull_request'`)."
	},
	diff: {
		title: "The diff of this change could not be read",
		fix: "let actions/checkout fetch history (`fetch-depth: 0`) so git can answer, or pass `github-token` with `contents: read` and `pull-requests: read` so the REST API can; `mode: full` checks the whole tree instead."
	},
	user: {
		title: "The check could not run",
		fix: "see the message above."
	},
	defect: {
		title: "The check stopped unexpectedly",
		fix: "this is a defect of the action: please report it with the log of this step."
	}
};
// src/report/run-info.ts
/** The `run` section from the run's facts, the report and what its side steps did. */
function runInfoOf(facts, report, steps) {
	const info = {
		repository: facts.repository,
		sha: report.headSha,
		event: facts.event,
		mode: report.mode
	};
	if (report.runUrl) info.url = report.runUrl;
	if (facts.pullRequest) info.pullRequest = {
		number: facts.pullRequest.number,
		baseSha: facts.pullRequest.baseSha,
		headSha: facts.pullRequest.headSha
	};
	if (steps.smokeTest) info.smokeTest = steps.smokeTest;
	const { fixPr, tracking } = steps;
	if (fixPr) info.fixPr = {
		state: fixPr.state,
		...fixPr.number !== void 0 ? { number: fixPr.number } : {},
		...fixPr.url ? { url: fixPr.url } : {}
	};
	if (tracking && "action" in tracking) info.trackingIssue = {
		action: tracking.action,
		...tracking.number !== void 0 ? { number: tracking.number } : {},
		...tracking.url ? { url: tracking.url } : {}
	};
	return info;
}
// src/smoke/smoke-step.ts
const SECRET_HOWTO = "Store the key as a repository secret (for example TOKENHUB_API_KEY) and pass it as `tokenhub-api-key: ${{ secrets.TOKENHUB_API_KEY }}`.";
const skip = (notice) => ({
	status: "skipped",
	findings: [],
	...notice ? { notice } : {}
});
const fail = (key, message, extra = {}) => ({
	status: "failed",
	findings: [],
	failure: redact(message, [key]),
	...extra
});
async function runSmokeStep(settings, fork, scope, scanFindings, log) {
	const { mode, apiKey: key, timeoutMs } = settings;
	if (mode === "never") {
		log.info("TokenHub smoke test: off (smoke-test: never).");
		return skip();
	}
	if (!key) {
		const why = fork ? "this pull request comes from a fork, and GitHub gives no secrets to workflow runs for fork pull requests. It runs on pushes and on pull requests from branches of this repository." : `no tokenhub-api-key was given. ${SECRET_HOWTO} Dependabot pull requests get only Dependabot secrets. Set smoke-test: never to turn the test off.`;
		if (mode === "always") return fail(key, `TokenHub smoke test cannot run (smoke-test: always): ${why}`);
		return skip(`TokenHub smoke test skipped: ${why}`);
	}
	if (fork && mode === "auto") return skip("TokenHub smoke test skipped: this pull request comes from a fork. Set smoke-test: always to test the key anyway.");
	const { apiKeyProblem, BaseUrlError, findModelReferences, ModelListError, parseTokenHubBaseUrl, runSmokeTest, validateModelIds } = await import("./smoke-DVomqdgP.js");
	const { renderSmokeSummary, smokeVerdict } = await import("./summary-markdown-Dg6YOYln.js");
	const keyIssue = apiKeyProblem(key);
	if (keyIssue) return fail(key, `TokenHub smoke test not run: ${keyIssue}.`);
	let models;
	let endpoint;
	try {
		models = validateModelIds(settings.models, "input 'smoke-test-models'");
		endpoint = parseTokenHubBaseUrl(settings.baseUrl);
	} catch (err) {
		if (err instanceof ModelListError) return fail(key, err.message);
		if (err instanceof BaseUrlError) return fail(key, `TokenHub smoke test not run: ${err.message}`);
		throw err;
	}
	if (endpoint.kind === "loopback") log.info(`TokenHub smoke test: using a server on this machine (${endpoint.host}), not TokenHub itself.`);
	let references = [];
	try {
		references = await findModelReferences(scope, scanFindings);
	} catch (err) {
		log.warning(`TokenHub smoke test: could not look for model IDs in the code (${err.message}); testing the configured or default models.`);
	}
	try {
		const { report, findings, selection } = await runSmokeTest({
			apiKey: key,
			endpoint,
			models,
			references,
			timeoutMs
		});
		logReport(report, selection.source, log, await import("./summary-markdown-Dg6YOYln.js"));
		const summary = redact(renderSmokeSummary(report, findings), [key]);
		if (report.outcome === "failed") return {
			status: "failed",
			findings,
			summary,
			failure: redact(smokeVerdict(report), [key])
		};
		return {
			status: "passed",
			findings,
			summary
		};
	} catch (err) {
		return fail(key, `TokenHub smoke test stopped unexpectedly: ${err.message}`);
	}
}
function logReport(report, source, log, { formatDuration, modelCount }) {
	const ml = report.modelList;
	log.info(`TokenHub smoke test at ${report.endpoint.url} (models: ${source === "input" ? "smoke-test-models" : source === "code" ? "referenced in the code" : "default"})`);
	if (ml.ok) log.info(`  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key, ${formatDuration(ml.durationMs, ml.attempts)}`);
	else if (ml.problem && !ml.problem.fatal) log.warning(ml.problem.message, { title: "TokenHub model list" });
	else if (ml.problem) log.info(`  GET /models: ${ml.problem.message}`);
	for (const m of report.models) {
		const detail = m.problem?.message ?? m.note ?? "";
		log.info(`  ${m.model}: ${m.status}${m.durationMs !== void 0 ? `, ${formatDuration(m.durationMs, m.attempts)}` : ""}${detail ? ` (${detail})` : ""}`);
	}
}
/** The scan result with the cross-check findings added, in the scan's order. */
function withSmokeFindings(result, smoke) {
	if (smoke.findings.length === 0) return result;
	return {
		...result,
		findings: [...result.findings, ...smoke.findings].sort(byLocation)
	};
}
// src/action/audited-repository.ts
/**
* Input `repository`: the organisation audit runs in the organisation's `.github` repository and checks out each
* audited repository in turn, so GITHUB_REPOSITORY and GITHUB_SHA name the wrong one. With this input the run is
* about the repository given, at the commit the workspace has checked out: links, the tracking issue, the migration
* pull request and the JSON report's `run` section all name it.
*/
var RepositoryInputError = class extends UserError {};
async function retargetEvent(event, input) {
	const wanted = input.trim();
	if (!wanted || wanted.toLowerCase() === `${event.owner}/${event.repo}`.toLowerCase()) return event;
	if (!REPOSITORY.test(wanted)) throw new RepositoryInputError(`input 'repository' must be owner/name (got '${wanted}')`);
	if (event.pullRequest || event.mergeGroup) throw new RepositoryInputError(`input 'repository' is for full scans of another repository; this '${event.name}' run is about ${event.owner}/${event.repo}. Leave it empty.`);
	let sha;
	try {
		sha = (await promisify(execFile)("git", [
			"rev-parse",
			"--verify",
			"HEAD^{commit}"
		], { cwd: event.workspace })).stdout.trim();
	} catch {
		throw new RepositoryInputError(`input 'repository' names ${wanted}, but the workspace is not a git checkout to read its commit from (check it out with actions/checkout and 'repository: ${wanted}').`);
	}
	const [owner, repo] = wanted.split("/");
	return {
		...event,
		owner,
		repo,
		sha
	};
}
// src/action/event.ts
/** The commit whose lines findings point at: a PR's head, a merge group's head, or GITHUB_SHA. */
function headCommit(ctx) {
	return ctx.pullRequest?.headSha ?? ctx.mergeGroup?.headSha ?? ctx.sha;
}
var EventError = class extends UserError {};
function readEventContext(env = process.env) {
	let payload = {};
	const file = env.GITHUB_EVENT_PATH;
	if (file) try {
		payload = JSON.parse(readFileSync(file, "utf8"));
	} catch (err) {
		throw new EventError(`could not read the event payload ${file}: ${err.message}`);
	}
	return eventContextFrom(env, payload);
}
function eventContextFrom(env, payload) {
	const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
	const ctx = {
		name: env.GITHUB_EVENT_NAME ?? "",
		owner,
		repo,
		sha: env.GITHUB_SHA ?? "",
		serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
		apiUrl: env.GITHUB_API_URL || "https://api.github.com",
		workspace: env.GITHUB_WORKSPACE || process.cwd()
	};
	if (env.GITHUB_RUN_ID) ctx.runId = env.GITHUB_RUN_ID;
	if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
	const pr = payload.pull_request;
	if (pr && typeof pr.number === "number" && pr.base?.sha && pr.head?.sha) {
		const baseRepo = pr.base.repo?.full_name;
		const headRepo = pr.head.repo?.full_name;
		ctx.pullRequest = {
			number: pr.number,
			baseSha: pr.base.sha,
			headSha: pr.head.sha,
			fromFork: !headRepo || baseRepo !== void 0 && headRepo !== baseRepo
		};
	}
	const mg = payload.merge_group;
	if (mg?.base_sha && mg.head_sha) ctx.mergeGroup = {
		baseSha: mg.base_sha,
		headSha: mg.head_sha
	};
	return ctx;
}
// src/config/action-inputs.ts
const MODE_VALUES = [
	"auto",
	"diff",
	"full"
];
/** The defaults, by action.yml name. `github-token` defaults to the workflow's token in action.yml; here: none. */
const INPUT_DEFAULTS = {
	mode: "auto",
	scope: "added-lines",
	"report-file": "",
	repository: "",
	"github-token": "",
	"check-run": "true",
	"review-comments": "false",
	comment: "false",
	paths: "",
	exclude: "",
	"fail-on": "",
	annotations: "true",
	"json-file": "",
	"tokenhub-api-key": "",
	"tokenhub-base-url": "https://tokenhub-intl.tencentcloudmaas.com/v1",
	"smoke-test": "auto",
	"smoke-test-models": "",
	"smoke-test-timeout": "30",
	config: "",
	"sarif-file": "",
	baseline: "",
	"tracking-issue": "false",
	"fix-pr": "false",
	"fix-pr-labels": "tokenhub-migration",
	"fix-pr-sdk": "false",
	"fix-region": "intl",
	"comment-author": ""
};
const INPUT_NAMES = Object.keys(INPUT_DEFAULTS);
/** A raw input: empty (or whitespace) takes the default. */
function raw(name) {
	return pipe(transform((v) => typeof v === "string" && v.trim() !== "" ? v.trim() : INPUT_DEFAULTS[name]), string());
}
/** The input's value through `fn`, which reports a bad value with `problem` (and returns z.NEVER). */
function parsed(name, fn) {
	return pipe(raw(name), transform((v, ctx) => fn(v, (message) => {
		ctx.issues.push({
			code: "custom",
			message,
			input: v
		});
		return NEVER;
	})));
}
function choice(name, values, expected = `one of ${values.join(", ")}`) {
	return parsed(name, (v, problem) => {
		const lower = v.toLowerCase();
		if (values.includes(lower)) return lower;
		return problem(`input '${name}' must be ${expected} (got '${lower}')`);
	});
}
const TRUE = [
	"true",
	"yes",
	"on",
	"1"
];
const FALSE = [
	"false",
	"no",
	"off",
	"0"
];
function bool(name) {
	return parsed(name, (v, problem) => {
		const lower = v.toLowerCase();
		if (TRUE.includes(lower)) return true;
		if (FALSE.includes(lower)) return false;
		return problem(`input '${name}' must be true or false (got '${lower}')`);
	});
}
/** One item per line or comma; blanks and `#` comments dropped. */
function list(name) {
	return parsed(name, (v) => v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s && !s.startsWith("#")));
}
function optionalText(name) {
	return parsed(name, (v) => v || void 0);
}
const InputSchema = pipe(object({
	mode: choice("mode", [...MODE_VALUES, "report"]),
	"report-file": optionalText("report-file"),
	repository: optionalText("repository"),
	scope: choice("scope", SCOPE_VALUES),
	"github-token": parsed("github-token", (v) => v.startsWith("${{") ? "" : v),
	"check-run": bool("check-run"),
	"review-comments": bool("review-comments"),
	comment: bool("comment"),
	paths: list("paths"),
	exclude: list("exclude"),
	"fail-on": parsed("fail-on", (v, problem) => {
		if (v === "") return void 0;
		if (FAIL_ON_VALUES.includes(v)) return v;
		return problem(`input 'fail-on' must be one of ${FAIL_ON_VALUES.join(", ")} (got '${v}')`);
	}),
	annotations: bool("annotations"),
	"json-file": optionalText("json-file"),
	"tokenhub-api-key": raw("tokenhub-api-key"),
	"tokenhub-base-url": raw("tokenhub-base-url"),
	"smoke-test": choice("smoke-test", [
		"auto",
		"always",
		"never"
	], "auto, always or never"),
	"smoke-test-models": list("smoke-test-models"),
	"smoke-test-timeout": parsed("smoke-test-timeout", (v, problem) => {
		const seconds = Number(v);
		if (Number.isFinite(seconds) && seconds > 0 && seconds <= 600) return Math.round(seconds * 1e3);
		return problem(`input 'smoke-test-timeout' must be a number of seconds between 0 and 600 (got '${v}')`);
	}),
	config: optionalText("config"),
	"sarif-file": optionalText("sarif-file"),
	baseline: optionalText("baseline"),
	"tracking-issue": bool("tracking-issue"),
	"fix-pr": bool("fix-pr"),
	"fix-pr-labels": list("fix-pr-labels"),
	"fix-pr-sdk": bool("fix-pr-sdk"),
	"fix-region": choice("fix-region", REGIONS, REGIONS.join(" or ")),
	"comment-author": optionalText("comment-author")
}), transform((i) => ({
	mode: i.mode,
	reportFile: i["report-file"],
	repository: i.repository,
	scope: i.scope,
	githubToken: i["github-token"],
	checkRun: i["check-run"],
	reviewComments: i["review-comments"],
	comment: i.comment,
	annotations: i.annotations,
	paths: i.paths,
	exclude: i.exclude,
	failOn: i["fail-on"],
	jsonFile: i["json-file"],
	config: i.config,
	sarifFile: i["sarif-file"],
	baseline: i.baseline,
	trackingIssue: i["tracking-issue"],
	fixPr: i["fix-pr"],
	fixPrLabels: i["fix-pr-labels"],
	fixPrSdk: i["fix-pr-sdk"],
	fixRegion: i["fix-region"],
	commentAuthor: i["comment-author"],
	smoke: {
		mode: i["smoke-test"],
		apiKey: i["tokenhub-api-key"],
		baseUrl: i["tokenhub-base-url"],
		models: i["smoke-test-models"],
		timeoutMs: i["smoke-test-timeout"]
	}
})));
// src/action/inputs.ts
/** One or more inputs are invalid; the message has one line per problem. */
var InputError = class extends UserError {};
/** Every input as the runner passes it (action.yml defaults already filled in by the runner). */
function rawInputs(get = (name) => getInput(name)) {
	return Object.fromEntries(INPUT_NAMES.map((name) => [name, get(name)]));
}
/** The inputs through the one schema: every problem at once, each naming the input and what it accepts. */
function parseInputs(raw) {
	const parsed = InputSchema.safeParse(raw);
	if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => i.message).join("\n"));
	return parsed.data;
}
// src/action/mode.ts
/** Events that carry a base and a head to diff. */
const DIFF_EVENTS = [
	"pull_request",
	"pull_request_target",
	"merge_group"
];
function selectMode(input, ctx) {
	const hasRange = Boolean(ctx.pullRequest || ctx.mergeGroup);
	if (input === "full") return {
		mode: "full",
		reason: "mode 'full': scanning the whole tree"
	};
	if (input === "diff") {
		if (hasRange) return {
			mode: "diff",
			reason: `mode 'diff': checking what ${describe(ctx)} adds`
		};
		throw new ModeError(`mode 'diff' needs a pull_request, pull_request_target or merge_group event with base and head commits; this run is '${ctx.name || "unknown"}'. Use mode 'auto' or 'full'.`);
	}
	if (DIFF_EVENTS.includes(ctx.name) && hasRange) return {
		mode: "diff",
		reason: `mode 'auto' on ${ctx.name}: checking what ${describe(ctx)} adds`
	};
	return {
		mode: "full",
		reason: `mode 'auto' on ${ctx.name || "an unknown event"}: scanning the whole tree`
	};
}
var ModeError = class extends UserError {};
function describe(ctx) {
	if (ctx.pullRequest) return `pull request #${ctx.pullRequest.number}`;
	return "the merge-group entry";
}
// src/action/failure.ts
/** What the step's failure message and the job summary say when the run stops before it could check anything. */
function describeFailure(err) {
	const report = (kind, problems) => ({
		...FAILURE_HELP[kind],
		problems
	});
	if (err instanceof ConfigError) return {
		message: `Invalid configuration:\n${err.message}`,
		summary: report("config", err.issues.map(formatIssue))
	};
	if (err instanceof InputError) return {
		message: err.message,
		summary: report("input", err.message.split("\n"))
	};
	if (err instanceof ModeError) return {
		message: err.message,
		summary: report("mode", [err.message])
	};
	if (err instanceof DiffUnavailableError) return {
		message: err.message,
		summary: report("diff", [err.message])
	};
	if (isUserError(err)) return {
		message: err.message,
		summary: report("user", [err.message])
	};
	return {
		message: `TokenHub migration check failed: ${err?.stack ?? String(err)}`,
		summary: report("defect", [err?.message ?? String(err)])
	};
}
// src/config/catalog.ts
/** The rules a config asks for: the catalog plus its own extra endpoints and model IDs. */
function rulesFor(config, configFile = "the configuration") {
	return [...RULES, ...customRules(config.extra, configFile)];
}
/**
* The config's `rules` map as compileCatalog overrides. Everything goes through the severity map, where a rule id
* wins over its category, so `legacy-model: off` with `hunyuan-model: on` keeps that one rule.
*/
function ruleOverrides(config, rules) {
	const severity = {};
	const byId = new Map(rules.map((r) => [r.id, r]));
	for (const [key, setting] of Object.entries(config.rules)) {
		if (setting === void 0) continue;
		if (setting === "off" || setting === false) severity[key] = "off";
		else if (setting === "on" || setting === true) {
			const rule = byId.get(key);
			if (rule) severity[key] = rule.severity;
		} else severity[key] = setting;
	}
	return { severity };
}
function catalogFor(config, configFile) {
	const rules = rulesFor(config, configFile);
	return {
		catalog: compileCatalog(rules, ruleOverrides(config, rules)),
		rules
	};
}
// src/config/load.ts
const MAX_CONFIG_BYTES = 1048576;
/**
* Reads the config file: the one named (which must exist), else `.github/tokenhub-migration.yml` under the root
* when present, else the defaults.
*/
async function loadConfig(opts) {
	const explicit = opts.configPath !== void 0 && opts.configPath.trim() !== "";
	const given = explicit ? opts.configPath.trim() : DEFAULT_CONFIG_PATH;
	const abs = path.resolve(opts.root, given);
	const rel = path.relative(opts.root, abs);
	const display = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
	let file = abs;
	if (!explicit) {
		const inside = await pathInsideRoot(opts.root, given);
		if ("refused" in inside) throw new ConfigError([{
			file: display,
			line: 1,
			column: 1,
			key: "",
			message: `not read: ${inside.refused}`
		}]);
		file = inside.abs;
	}
	const read = await readRepoFile(file, MAX_CONFIG_BYTES);
	if (!read.ok) {
		if (!explicit && read.missing) return {
			config: defaultConfig(),
			locate: () => ({
				line: 1,
				column: 1
			})
		};
		const why = read.missing ? "file not found" : read.reason === "not a regular file" ? "not a file" : `not read: ${read.reason}`;
		throw new ConfigError([{
			file: display,
			line: 1,
			column: 1,
			key: "",
			message: why
		}]);
	}
	const text = read.bytes.toString("utf8");
	const { parseConfig } = await import("./parse-DsfnOUtt.js");
	return parseConfig(text, display);
}
// src/config/resolve.ts
async function resolveSettings(opts) {
	const loaded = await loadConfig({
		root: opts.root,
		configPath: opts.configPath
	});
	if (opts.checkGlobs !== false && loaded.file) {
		const { unmatchedGlobs } = await import("./glob-match-C0ZpLI3q.js");
		const issues = await unmatchedGlobs(loaded, opts.root);
		if (issues.length) throw new ConfigError(issues);
	}
	const o = opts.overrides ?? {};
	const { config } = loaded;
	const { catalog, rules } = catalogFor(config, loaded.file);
	const baseline = o.baseline || config.baseline;
	const own = [
		loaded.file,
		baseline,
		DEFAULT_BASELINE_PATH,
		...opts.outputFiles ?? []
	].filter((f) => Boolean(f)).map((f) => ownFilePattern(opts.root, f)).filter((p) => p !== void 0);
	return {
		loaded,
		failOn: o.failOn ?? config["fail-on"],
		include: o.include?.length ? o.include : config.include,
		exclude: [...o.exclude?.length ? o.exclude : config.exclude, ...new Set(own)],
		...baseline ? { baseline } : {},
		catalog,
		rules
	};
}
/** A root-anchored, literal .gitignore pattern for one file inside the root; undefined for a file outside it. */
function ownFilePattern(root, file) {
	const rel = path.relative(root, path.resolve(root, file));
	if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return void 0;
	const st = lstatOrUndefined(path.resolve(root, file));
	if (st && !st.isFile()) return void 0;
	return "/" + rel.split(path.sep).join("/").replace(/[*?[\]\\!#]/g, "\\$&");
}
function lstatOrUndefined(abs) {
	try {
		return lstatSync(abs);
	} catch {
		return;
	}
}
// src/action/settings.ts
/**
* The run's settings: the config file's values under the inputs given explicitly. A bad config file becomes one
* error annotation per problem, on the offending line, and then the ConfigError itself.
*/
async function actionSettings(root, configPath, overrides, outputFiles = []) {
	try {
		return await resolveSettings({
			root,
			configPath,
			overrides,
			outputFiles
		});
	} catch (err) {
		if (!(err instanceof ConfigError)) throw err;
		for (const issue of err.issues) error(`${issue.key ? `${issue.key}: ` : ""}${issue.message}`, {
			title: "Invalid tokenhub-migration config",
			file: path.isAbsolute(issue.file) ? void 0 : issue.file,
			startLine: issue.line,
			startColumn: issue.column
		});
		throw err;
	}
}
// src/action/smoke-step.ts
/** The action's face of the TokenHub key smoke test (src/smoke/smoke-step.ts): the key masked, the output, the verdict. */
/** First thing the action does: from here on the runner replaces the key with *** in every log line. */
function maskSmokeTestKey(key) {
	if (!key) return;
	setSecret(key);
	for (const line of key.split(/\r?\n/)) if (line.trim() && line.trim() !== key) setSecret(line.trim());
}
/** Runs the smoke test when the inputs ask for it; sets `smoke-test` and fails the step when it fails. Never throws. */
async function smokeStep(settings, fork, scope, scanFindings) {
	const outcome = await runSmokeStep(settings, fork, scope, scanFindings, actionLog);
	setOutput("smoke-test", outcome.status);
	if (outcome.failure) setFailed(outcome.failure);
	return outcome;
}
/**
* The skip notice, emitted after the scan's own annotations: GitHub shows only 10 notices per step, and the scan
* plans its notices (including its "N more findings" note) within that budget. Should the budget be full, this one
* is the notice to lose; it is in the log either way.
*/
function announceSmokeSkip(smoke) {
	if (smoke.notice) notice(smoke.notice, { title: "TokenHub smoke test skipped" });
}
// src/action/run.ts
/**
* The action's face: read the inputs (one schema) and the event, choose the mode, call the pipeline (target → scan
* → triage, src/pipeline; the smoke test beside the scan; the reporters, src/report) and set outputs. The job
* summary is written on every path: the findings when the check ran, what went wrong and how to fix it when not.
*/
async function run() {
	const raw = rawInputs();
	maskSmokeTestKey(raw["tokenhub-api-key"]);
	registerSecret(raw["tokenhub-api-key"]);
	const token = raw["github-token"];
	if (token && !token.startsWith("${{")) {
		setSecret(token);
		registerSecret(token);
	}
	redactProcessOutput();
	let summary$1;
	try {
		const inputs = parseInputs(raw);
		const event = await retargetEvent(readEventContext(), inputs.repository ?? "");
		if (inputs.mode === "report") {
			const { runReportMode } = await import("./report-mode-Cxag4iy2.js");
			await runReportMode(inputs, event, inputs.reportFile ?? "");
			return;
		}
		summary$1 = await check(inputs, inputs.mode, event);
	} catch (err) {
		const failure = describeFailure(err);
		setFailed(failure.message);
		summary$1 ??= failureSummaryMarkdown(failure.summary);
	} finally {
		if (summary$1) await summary.addRaw(redactSecrets(summary$1)).write().catch((err) => warning(`job summary failed: ${err.message}`));
	}
}
/** Runs the check and returns its job summary; a failure after the scan still returns what was found. */
async function check(inputs, modeInput, event) {
	const { mode, reason } = selectMode(modeInput, event);
	info(reason);
	const timeoutSeconds = Number(process.env.TOKENHUB_MIGRATION_CHECK_API_TIMEOUT);
	const access = apiAccess({
		token: inputs.githubToken,
		apiUrl: event.apiUrl,
		repo: {
			owner: event.owner,
			repo: event.repo
		},
		forkPullRequest: Boolean(event.pullRequest?.fromFork) && event.name === "pull_request",
		...timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1e3 } : {},
		log: {
			debug,
			info,
			warn: warning
		}
	});
	const outputFiles = [inputs.jsonFile, inputs.sarifFile].filter((f) => Boolean(f));
	const settings = await actionSettings(event.workspace, inputs.config, {
		failOn: inputs.failOn,
		exclude: inputs.exclude,
		baseline: inputs.baseline
	}, outputFiles);
	const request = {
		root: event.workspace,
		targets: inputs.paths,
		settings,
		scope: inputs.scope,
		log: actionLog,
		...mode === "diff" ? { change: changeRequest(event) } : {},
		...access.rest ? { rest: access.rest } : {}
	};
	const target = await scanTarget(request);
	const fork = event.name.startsWith("pull_request") && Boolean(event.pullRequest?.fromFork);
	const smoke = await smokeStep(inputs.smoke, fork, {
		root: target.result.root,
		paths: inputs.paths,
		exclude: settings.exclude
	}, notIgnored(target.result.findings));
	const sections = smoke.summary ? [smoke.summary] : [];
	const result = withSmokeFindings(target.result, smoke);
	const outcome = await judgeTarget(request, target, result);
	const stale = outcome.baseline?.stale.length ?? 0;
	if (stale) notice(`${stale} baseline entr${stale === 1 ? "y no longer matches" : "ies no longer match"} a finding (fixed, or changed); regenerate ${outcome.baseline.file} to drop them.`);
	const wantsApi = inputs.checkRun && outcome.judged.length > 0 || inputs.reviewComments || inputs.comment || inputs.trackingIssue && mode === "full" || inputs.fixPr && mode === "full";
	const github = access.writes && wantsApi ? await access.client() : void 0;
	const report = reportInput({
		repo: {
			owner: event.owner,
			repo: event.repo,
			serverUrl: event.serverUrl
		},
		headSha: headCommit(event),
		...event.pullRequest ? { pullNumber: event.pullRequest.number } : {},
		mode,
		result,
		outcome,
		...target.diff ? { diff: diffInfoOf({
			...target,
			diff: target.diff
		}, inputs.scope) } : {},
		...github ? { github } : {},
		...inputs.commentAuthor ? { commentAuthor: inputs.commentAuthor } : {},
		readLine: target.readLine,
		log: actionLog,
		fixRegion: inputs.fixRegion,
		...event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {}
	});
	logScan(report);
	let products = {};
	try {
		const sarif = inputs.sarifFile ? (await import("./sarif-file-Bf5BF59P.js")).sarifFileReporter(inputs.sarifFile, {
			rules: settings.rules,
			catalog: settings.catalog,
			roots: actionReportRoots(event.workspace),
			...event.ref ? { branch: event.ref } : {}
		}) : void 0;
		const made = await runReporters(report, {
			checkRun: inputs.checkRun,
			annotations: inputs.annotations,
			reviewComments: inputs.reviewComments,
			comment: inputs.comment,
			trackingIssue: inputs.trackingIssue,
			...sarif ? { sarif } : {}
		}, access.writes ? void 0 : access.skip);
		products = made;
		if (made.sarif) setOutput("sarif-file", made.sarif.path);
		/** Problems that fail the step once every output is written (a report path that cannot be used). */
		const failures = made.sarifRefused ? [made.sarifRefused] : [];
		announceSmokeSkip(smoke);
		const fixPr = inputs.fixPr ? await runFixPrStep({
			mode,
			...github ? { github } : {},
			...access.skip ? { writesOff: access.skip.reason } : {},
			workspace: event.workspace,
			repo: {
				owner: event.owner,
				repo: event.repo
			},
			serverUrl: event.serverUrl,
			...event.ref ? { ref: event.ref } : {},
			labels: inputs.fixPrLabels,
			region: inputs.fixRegion,
			sdk: inputs.fixPrSdk,
			paths: inputs.paths,
			scan: settings,
			tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
			log: actionLog
		}) : void 0;
		if (fixPr) {
			setFixPrOutputs(fixPr.outcome);
			sections.push(fixPr.summary);
		}
		setOutputs(report);
		const facts = {
			repository: `${event.owner}/${event.repo}`,
			event: event.name,
			...event.pullRequest ? { pullRequest: event.pullRequest } : {}
		};
		try {
			await writeJsonReport(inputs.jsonFile, report, runInfoOf(facts, report, {
				smokeTest: smoke.status,
				...fixPr ? { fixPr: fixPr.outcome } : {},
				...made.tracking ? { tracking: made.tracking } : {}
			}));
		} catch (err) {
			if (!(err instanceof ReportPathError)) throw err;
			failures.push(err.message);
		}
		const problems = [...failures, ...report.failed ? [verdictMessage(report)] : []];
		if (problems.length) setFailed(problems.join("\n"));
	} catch (err) {
		setFailed(describeFailure(err).message);
	}
	if (report.mode === "diff") return pullSummaryMarkdown(report, sections.join(""));
	return (await import("./audit-summary-C6PsJrab.js")).auditSummaryMarkdown(report, products, sections.join(""));
}
function changeRequest(event) {
	if (event.pullRequest) return {
		kind: "range",
		baseSha: event.pullRequest.baseSha,
		headSha: event.pullRequest.headSha,
		pullNumber: event.pullRequest.number
	};
	if (event.mergeGroup) return {
		kind: "range",
		baseSha: event.mergeGroup.baseSha,
		headSha: event.mergeGroup.headSha
	};
	throw new DiffUnavailableError("no base and head commits in this event");
}
function logScan(ctx) {
	const { result } = ctx;
	const scope = ctx.diff ? `${ctx.findings.length} new, ${ctx.preExisting.length} pre-existing in the changed files` : `${ctx.findings.length} findings`;
	info(`Scanned ${result.stats.files} files: ${scope}; ${result.skipped.length} skipped.`);
	const n = ctx.findings.length;
	if (n > 200) info(`The job summary lists the 200 most severe of these ${n} findings; the JSON report (json-file) and SARIF (sarif-file) list them all.`);
	for (const s of result.skipped) debug(`skipped ${s.path}: ${s.reason}`);
}
// src/index.ts
if (isScanWorker()) runScanWorker();
else await run();
export {};
