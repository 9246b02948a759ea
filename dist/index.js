import "./rolldown-runtime-DYf_mQCB.js";
import { C as getInput, D as setSecret, E as setFailed, O as warning, S as error, T as notice, _ as DiffUnavailableError, b as actionLog, c as verdictMessage, d as judgeTarget, f as scanTarget, g as pathInsideRoot, h as DEFAULT_BASELINE_PATH, i as REPOSITORY, k as summary, l as diffInfoOf, m as SCOPE_VALUES, n as setOutputs, r as writeJsonReport, s as runReporters, t as setFixPrOutputs, u as reportInput, v as redactProcessOutput, w as info, x as debug, y as setOutput } from "./outputs-BaIu3OzL.js";
import { a as registerSecret, i as redactSecrets, n as actionReportRoots, t as ReportPathError } from "./report-path-SHLJuWg7.js";
import { i as notIgnored, n as byLocation } from "./finding-Cj3i0QD5.js";
import { i as FIX_BRANCH, n as sdkCountsLine, t as sdkCounts } from "./sdk-section-CYQ7cRIL.js";
import "./plan-76QeCbzK.js";
import { n as pullSummaryMarkdown } from "./job-summary-BLQrfzfa.js";
import { t as redact } from "./redact-YNyIT6zt.js";
import { n as isUserError, t as UserError } from "./errors-C-PByt-N.js";
import { a as customRules, c as ConfigError, l as formatIssue, n as defaultConfig, t as DEFAULT_CONFIG_PATH } from "./defaults-3MoNbmFs.js";
import { c as preprocess, m as NEVER, s as object, u as string } from "./zod-C67klFrz.js";
import { t as FAIL_ON_VALUES } from "./severity-CbWwaEB1.js";
import { t as REGIONS } from "./region-DZw3ACUS.js";
import { n as RULES } from "./catalog-BKhXtOjL.js";
import { g as compileCatalog } from "./match-text-BaU_6VAs.js";
import { o as readRepoFile } from "./list-files-Ciq72-dS.js";
import { a as isScanWorker, o as runScanWorker } from "./scanner-B5augHfy.js";
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
<<<<<<< HEAD
    if (req.mode !== 'full') {
        req.log.notice('fix-pr opens the migration pull request from full scans (schedule, push, workflow_dispatch); skipped in this diff-mode run.');
        return { state: 'skipped', reason: 'only full scans open the migration pull request.' };
    }
    if (!req.github) {
        const reason = `fix-pr needs API writes, and ${req.writesOff ?? 'they are off'}.`;
        req.log.warning(`Migration pull request skipped: ${reason}`);
        return { state: 'skipped', reason };
    }
    try {
        const { runFixPr } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(623)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3623));
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
            ...(req.scan.include.length ? { include: req.scan.include } : {}),
            catalog: req.scan.catalog,
            tempDir: req.tempDir,
            log: req.log,
        });
    }
    catch (err) {
        req.log.warning(`Migration pull request skipped: ${err.message}`);
        return { state: 'skipped', reason: err.message };
    }
=======
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
		const { runFixPr } = await import("./run-fix-pr-jCFtxxa7.js");
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
>>>>>>> ae48b52d28969af7e4b98028c2f42381bc45a745
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
	const { apiKeyProblem, BaseUrlError, findModelReferences, ModelListError, parseTokenHubBaseUrl, runSmokeTest, validateModelIds } = await import("./smoke-BWYhuZn3.js");
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
	return preprocess((v) => typeof v === "string" && v.trim() !== "" ? v.trim() : INPUT_DEFAULTS[name], string());
}
function choice(name, values, expected = `one of ${values.join(", ")}`) {
	return raw(name).transform((v, ctx) => {
		const lower = v.toLowerCase();
		if (values.includes(lower)) return lower;
		ctx.addIssue({
			code: "custom",
			message: `input '${name}' must be ${expected} (got '${lower}')`
		});
		return NEVER;
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
	return raw(name).transform((v, ctx) => {
		const lower = v.toLowerCase();
		if (TRUE.includes(lower)) return true;
		if (FALSE.includes(lower)) return false;
		ctx.addIssue({
			code: "custom",
			message: `input '${name}' must be true or false (got '${lower}')`
		});
		return NEVER;
	});
}
/** One item per line or comma; blanks and `#` comments dropped. */
function list(name) {
	return raw(name).transform((v) => v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s && !s.startsWith("#")));
}
function optionalText(name) {
	return raw(name).transform((v) => v || void 0);
}
const InputSchema = object({
	mode: choice("mode", [...MODE_VALUES, "report"]),
	"report-file": optionalText("report-file"),
	repository: optionalText("repository"),
	scope: choice("scope", SCOPE_VALUES),
	"github-token": raw("github-token").transform((v) => v.startsWith("${{") ? "" : v),
	"check-run": bool("check-run"),
	"review-comments": bool("review-comments"),
	comment: bool("comment"),
	paths: list("paths"),
	exclude: list("exclude"),
	"fail-on": raw("fail-on").transform((v, ctx) => {
		if (v === "") return void 0;
		if (FAIL_ON_VALUES.includes(v)) return v;
		ctx.addIssue({
			code: "custom",
			message: `input 'fail-on' must be one of ${FAIL_ON_VALUES.join(", ")} (got '${v}')`
		});
		return NEVER;
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
	"smoke-test-timeout": raw("smoke-test-timeout").transform((v, ctx) => {
		const seconds = Number(v);
		if (Number.isFinite(seconds) && seconds > 0 && seconds <= 600) return Math.round(seconds * 1e3);
		ctx.addIssue({
			code: "custom",
			message: `input 'smoke-test-timeout' must be a number of seconds between 0 and 600 (got '${v}')`
		});
		return NEVER;
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
}).transform((i) => ({
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
}));
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
	const { parseConfig } = await import("./parse-XwsSiAlm.js");
	return parseConfig(text, display);
}
// src/config/resolve.ts
async function resolveSettings(opts) {
	const loaded = await loadConfig({
		root: opts.root,
		configPath: opts.configPath
	});
	if (opts.checkGlobs !== false && loaded.file) {
		const { unmatchedGlobs } = await import("./glob-match-aI9mlCiP.js");
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
			const { runReportMode } = await import("./report-mode-CL_BYXCH.js");
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
		const sarif = inputs.sarifFile ? (await import("./sarif-file-C4cFUkDA.js")).sarifFileReporter(inputs.sarifFile, {
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
	return (await import("./audit-summary-C7rF9PcP.js")).auditSummaryMarkdown(report, products, sections.join(""));
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
<<<<<<< HEAD
    const { result } = ctx;
    const scope = ctx.diff ? `${ctx.findings.length} new, ${ctx.preExisting.length} pre-existing in the changed files` : `${ctx.findings.length} findings`;
    core.info(`Scanned ${result.stats.files} files: ${scope}; ${result.skipped.length} skipped.`);
    const n = ctx.findings.length;
    if (n > fit/* SUMMARY_MAX_ROWS */.Ak) {
        core.info(`The job summary lists the ${fit/* SUMMARY_MAX_ROWS */.Ak} most severe of these ${n} findings; the JSON report (json-file) and SARIF (sarif-file) list them all.`);
    }
    for (const s of result.skipped)
        core.debug(`skipped ${s.path}: ${s.reason}`);
}


/***/ }),

/***/ 4658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ docsUrlOf)
});

// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(5325);
// EXTERNAL MODULE: ./src/catalog/rules.ts + 8 modules
var rules = __nccwpck_require__(1006);
;// CONCATENATED MODULE: ./src/catalog/source-url.ts
/**
 * The first web link among a rule's sources. A source's `ref` may carry a note after the URL
 * ("https://… (Model parameter); …"), which is not part of a valid URI.
 */
function sourceUrl(rule) {
    for (const s of rule.sources) {
        const m = /^https:\/\/[^\s;,()]+/.exec(s.ref);
        if (m)
            return m[0];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/catalog/docs-url.ts



/** Built-in rules that can be reported: each has a page in docs/rules/ (a test keeps the pages and the catalog in step). */
const WITH_PAGE = new Set(rules/* RULES */.y.filter((r) => !r.signalOnly).map((r) => r.id));
/**
 * Where a finding of this rule is explained: a built-in rule's page (its fix, per-language guidance and sources);
 * for a rule from the user's configuration, its own first web source, if any.
 */
function docsUrlOf(rule) {
    return WITH_PAGE.has(rule.id) ? (0,tool/* ruleDocsUrl */.hS)(rule.id) : sourceUrl(rule);
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* reexport safe */ _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__.Ny),
/* harmony export */   Xh: () => (/* binding */ CATALOG_DATE),
/* harmony export */   YN: () => (/* reexport safe */ _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__.YN),
/* harmony export */   "do": () => (/* reexport safe */ _models_js__WEBPACK_IMPORTED_MODULE_1__["do"]),
/* harmony export */   fG: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   jo: () => (/* reexport safe */ _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__.jo),
/* harmony export */   uj: () => (/* reexport safe */ _models_js__WEBPACK_IMPORTED_MODULE_1__.uj),
/* harmony export */   y0: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1006);
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9357);
/* harmony import */ var _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8998);
/**
 * The day the catalog was last checked against Tencent's documents (shared/catalog-update-2026-12.md). Shown by
 * `--version`, in the JSON report (`tool.catalogDate`) and in the job summary, so a reader knows how old the facts are.
 */
const CATALOG_DATE = '2026-12-01';





/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ HUNYUAN_SHUTDOWN_2026_06_22),
/* harmony export */   K7: () => (/* binding */ HUNYUAN_NOT_ON_TOKENHUB),
/* harmony export */   a6: () => (/* binding */ HUNYUAN_ON_TOKENHUB),
/* harmony export */   "do": () => (/* binding */ TOKENHUB_BASE_URL_INTL),
/* harmony export */   fx: () => (/* binding */ LKE_DEEPSEEK_CHAT),
/* harmony export */   jB: () => (/* binding */ LKE_DEEPSEEK_REASONING),
/* harmony export */   rZ: () => (/* binding */ HUNYUAN_TRANSLATION),
/* harmony export */   uj: () => (/* binding */ TOKENHUB_BASE_URL_MAINLAND)
/* harmony export */ });
/**
 * Model-ID lists from shared/catalog.md section 2. Snapshots: the dates are those of the documents.
 */
/** 1729/131925 (updated 2026-05-20): stopped 2026-06-22 00:00 Beijing time; every row seen maps to hy3-preview. The stored list is truncated. */
const HUNYUAN_SHUTDOWN_2026_06_22 = [
    'hunyuan-2.0-thinking-dev-20251012',
    'hunyuan-t1-latest', 'hunyuan-t1-20250321', 'hunyuan-t1-20250403', 'hunyuan-t1-20250521',
    'hunyuan-t1-20250529', 'hunyuan-t1-20250711', 'hunyuan-t1-20250822', 'hunyuan-t1-dev-20250822',
    'hunyuan-turbos-latest', 'hunyuan-turbos-20250226', 'hunyuan-turbos-customized',
    'hunyuan-turbos-20250313', 'hunyuan-turbos-20250416', 'hunyuan-turbos-20250515',
    'hunyuan-turbos-20250604', 'hunyuan-turbos-20250716', 'hunyuan-turbos-20250926',
    'hunyuan-turbos-longtext-128k-20250325', 'hunyuan-turbo-latest', 'hunyuan-turbo', 'hunyuan-customized',
    'hunyuan-turbo-customized', 'hunyuan-turbo-20241120', 'hunyuan-turbo-20241223', 'hunyuan-standard',
    'hunyuan-standard-32K', 'hunyuan-standard-32k', 'hunyuan-standard-256K', 'hunyuan-standard-256k',
    'hunyuan-code', 'hunyuan-funcall', 'hunyuan-large', 'hunyuan-large-longcontext',
];
/** 1823/131382 (mainland migration guide): models TokenHub will not support. Translation ones have their own rule. */
const HUNYUAN_NOT_ON_TOKENHUB = [
    'hunyuan-a13b', 'hunyuan-lite', 'hunyuan-large-role-latest',
];
const HUNYUAN_TRANSLATION = ['hunyuan-translation', 'hunyuan-translation-lite'];
/**
 * Hunyuan IDs that TokenHub itself lists (mainland table 1823/130078): never a finding on their own.
 * The two dated 2.0 IDs are also on the 1729/131925 shutdown list for the legacy platform; when they are called
 * on a legacy endpoint, the endpoint finding covers it. (The Token Plan's own short IDs, such as `hunyuan-t1` and
 * `hunyuan-turbos`, are handled by context: see the `token-plan` tag.)
 */
const HUNYUAN_ON_TOKENHUB = [
    'hunyuan-2.0-thinking-20251109', 'hunyuan-2.0-instruct-20251111', 'hunyuan-role-latest',
];
/** LKE DeepSeek API model IDs (1772/115969, 1772/115963). Several also exist on TokenHub, so they need LKE context. */
const LKE_DEEPSEEK_REASONING = ['deepseek-r1', 'deepseek-r1-0528'];
const LKE_DEEPSEEK_CHAT = [
    'deepseek-v3', 'deepseek-v3-0324', 'deepseek-v3.1', 'deepseek-v3.1-terminus', 'deepseek-v3.2', 'deepseek-v3.2-exp',
];
const TOKENHUB_BASE_URL_INTL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';
const TOKENHUB_BASE_URL_MAINLAND = 'https://tokenhub.tencentmaas.com/v1';


/***/ }),

/***/ 1920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ hostPattern),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   XU: () => (/* binding */ modelIdPattern)
/* harmony export */ });
/**
 * Small builders for the regular-expression sources in the catalog. They only assemble strings;
 * every pattern they make is a flat alternation of literals (no nested quantifiers), so it runs in linear time.
 */
function escapeRegExp(literal) {
    return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** A model-ID token: not preceded by an ID or path character, not followed by one (a sentence's final dot is fine). */
function modelIdPattern(ids) {
    // Longest first, so that `hunyuan-large-longcontext` is tried before `hunyuan-large`.
    const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return `(?<![\\w./-])(?:${sorted.join('|')})(?![\\w-]|\\.[A-Za-z0-9])`;
}
/** A host name, optionally with its scheme, not glued to a longer host name. */
function hostPattern(hostRegex) {
    return `(?<![\\w.-])(?:https?://)?${hostRegex}`;
}


/***/ }),

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  f: () => (/* reexport */ TOKENHUB_MODEL_NOT_ENABLED)
});

;// CONCATENATED MODULE: ./src/catalog/sources.ts
/**
 * The documents and code that make each rule true, as named in shared/catalog.md.
 * Kept in one place so a rule cites a source by name and the link is written once.
 */
const SOURCES = {
    migrationGuideIntl: { ref: 'https://www.tencentcloud.com/document/product/1300/79733', evidence: 'confirmed' },
    migrationGuideMainland: { ref: 'https://cloud.tencent.com/document/product/1823/131382', evidence: 'confirmed' },
    hunyuanShutdownNotice: { ref: 'https://cloud.tencent.com/document/product/1729/131925', evidence: 'confirmed' },
    hunyuanCloudApiDoc: { ref: 'https://cloud.tencent.com/document/api/1729/101837', evidence: 'confirmed' },
    hunyuanOpenAiDoc: { ref: 'https://cloud.tencent.com/document/product/1729/111007', evidence: 'confirmed' },
    trtcHunyuanDoc: { ref: 'https://www.tencentcloud.com/document/product/647/79679', evidence: 'confirmed' },
    hyllmThirdParty: { ref: 'public code (first-generation hyllm clients; old LangChain ChatHunyuan docs)', evidence: 'third-party' },
    hunyuanIntlOpenAiClaim: { ref: 'a single third-party note (no Tencent doc found)', evidence: 'unverified' },
    lkeOpenAiDocMainland: { ref: 'https://cloud.tencent.com/document/product/1772/115969', evidence: 'confirmed' },
    lkeOpenAiDocIntl: { ref: 'https://www.tencentcloud.com/document/product/1255/70381', evidence: 'confirmed' },
    lkeCloudApiDoc: { ref: 'https://cloud.tencent.com/document/api/1772/115963', evidence: 'confirmed' },
    tokenPlanDoc: { ref: 'https://cloud.tencent.com/document/product/1823/130119', evidence: 'confirmed' },
    sdkPythonHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/hunyuan_client.py', evidence: 'confirmed' },
    sdkJavaHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-java com/tencentcloudapi/hunyuan/v20230901/HunyuanClient.java', evidence: 'confirmed' },
    sdkNodeHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-nodejs examples/hunyuan/v20230901/chat_std.ts', evidence: 'confirmed' },
    sdkJavaHunyuanSearch: { ref: 'TencentCloud/tencentcloud-sdk-java hunyuan/v20230901/models/ChatCompletionsRequest.java', evidence: 'confirmed' },
    sdkPythonLkeap: { ref: 'TencentCloud/tencentcloud-sdk-python tencentcloud/lkeap/v20240522/lkeap_client.py', evidence: 'confirmed' },
    sdkJavaLkeapSearch: { ref: 'TencentCloud/tencentcloud-sdk-java lkeap/v20240522/models/ChatCompletionsRequest.java', evidence: 'confirmed' },
    langchainPython: { ref: 'langchain-ai/langchain libs/community/langchain_community/chat_models/hunyuan.py', evidence: 'confirmed' },
    langchainJs: { ref: 'https://docs.langchain.com/oss/javascript/integrations/chat/tencent_hunyuan', evidence: 'confirmed' },
    lobeChatHunyuan: { ref: 'lobehub/lobe-chat src/libs/agent-runtime/hunyuan/index.ts', evidence: 'third-party' },
    lkeSearchThirdParty: { ref: 'public code using enable_search / search_enabled with the LKE OpenAI-compatible API (no Tencent doc found)', evidence: 'third-party' },
    tokenHubSearchDoc: { ref: 'https://cloud.tencent.com/document/product/1823/132358', evidence: 'confirmed' },
    tokenHubModelsIntl: { ref: 'https://www.tencentcloud.com/document/product/1300/78941', evidence: 'confirmed' },
    tokenHubModelsMainland: { ref: 'https://cloud.tencent.com/document/product/1823/130078', evidence: 'confirmed' },
    tokenHubGettingStarted: { ref: 'https://www.tencentcloud.com/document/product/1300/78939', evidence: 'confirmed' },
    tokenHubErrorCodes: { ref: 'https://cloud.tencent.com/document/product/1823/131595', evidence: 'confirmed' },
    tokenHubModelList: { ref: 'GET /v1/models on TokenHub hosts, as probed by several independent third-party clients (no Tencent page found)', evidence: 'third-party' },
    hyApiGuide: { ref: 'https://www.tencentcloud.com/document/product/1300/80695', evidence: 'confirmed' },
    hunyuanSdkModelDocs: { ref: 'https://cloud.tencent.com/document/api/1729/101837 (Model parameter); tencentcloud-sdk-java ChatCompletionsRequest.java', evidence: 'confirmed' },
    hunyuanEmbeddingThirdParty: { ref: 'songquanpeng/one-api relay/adaptor/tencent/constants.go; CherryHQ/cherry-studio hunyuan provider', evidence: 'third-party' },
    // shared/catalog-update-2026-12.md
    tokenHubEmbeddings: { ref: 'https://cloud.tencent.com/document/product/1823/133515', evidence: 'confirmed', date: '2026-12' },
    tencentdbAiMigration: { ref: 'https://cloud.tencent.com/document/product/409/136469', evidence: 'confirmed', date: '2026-08-20' },
    sdkLkeapIntl: { ref: 'TencentCloud intl SDKs (Java, Node, C#, Python) LkeapClient _endpoint lkeap.intl.tencentcloudapi.com, region ap-jakarta', evidence: 'confirmed', date: '2026-12' },
    lkeThirdPartyModelApi: { ref: 'https://cloud.tencent.com/document/product/1772/130551', evidence: 'confirmed', date: '2026-12' },
    lkeAnthropicApi: { ref: 'https://cloud.tencent.com/document/product/1772/126272', evidence: 'confirmed', date: '2026-12' },
    tokenPlanHostsThirdParty: { ref: 'VicBilibily/GCMP#290; anomalyco/models.dev PR #5872 (Token Plan on both TokenHub hosts, /plan/v3 and /plan/anthropic)', evidence: 'third-party', date: '2026-12' },
    hunyuanImageRetirement: { ref: 'https://cloud.tencent.com/announce/detail/2405', evidence: 'confirmed', date: '2026-09-30' },
    hunyuanImageCloudAi: { ref: 'https://cloud.tencent.com/document/product/1668/129429', evidence: 'confirmed', date: '2026-12' },
    aiartTextToImageJob: { ref: 'https://cloud.tencent.com/document/product/1668/124632', evidence: 'confirmed', date: '2026-12' },
    tokenHubImageApi: { ref: 'https://cloud.tencent.com/document/product/1823/130080', evidence: 'confirmed', date: '2026-12' },
    lobeHubHalfMigrated: { ref: 'lobehub/lobehub packages/model-runtime/src/providers/hunyuan/index.ts (TokenHub base URL, still sends citation/enable_enhancement/search_info/enable_speed_search)', evidence: 'third-party', date: '2026-12' },
    envVarsThirdParty: { ref: 'public code naming TENCENT_HUNYUAN_*, LKEAP_* and TENCENT_LKEAP_* variables (shared/catalog-update-2026-12.md b)', evidence: 'third-party', date: '2026-12' },
    sdkManifestNames: { ref: 'TencentCloud SDK package names: tencentcloud-sdk-python-<product>, tencentcloud-sdk-nodejs-<product>, com.tencentcloudapi:tencentcloud-sdk-java-<product>, tencentcloud/<product> (Composer), TencentCloudSDK.<Product> (NuGet), tencentcloud-sdk-<product> (gem), github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/<product>', evidence: 'confirmed', date: '2026-12' },
    rustHunyuanCrate: { ref: 'https://docs.rs/tencentcloud-hunyuan-sdk (third-party Rust crate for Hunyuan v2023-09-01; Tencent publishes no Rust SDK)', evidence: 'third-party', date: '2026-12-02' },
};

// EXTERNAL MODULE: ./src/catalog/patterns.ts
var patterns = __nccwpck_require__(1920);
// EXTERNAL MODULE: ./src/catalog/models.ts
var models = __nccwpck_require__(9357);
;// CONCATENATED MODULE: ./src/catalog/rules/hints.ts

/** Guidance sentences several rules share; each rule's own record says which one applies. */
const OPENAI_SWAP_HINT = 'Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is ' +
    'https://tokenhub.tencentmaas.com/v1.';
const OPENAI_CLIENT_HINT = `Move to an OpenAI-compatible client on TokenHub: base URL ${models/* TOKENHUB_BASE_URL_INTL */["do"]} ` +
    '(mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.';
const CLOUD_API_HINT = `Call TokenHub's OpenAI-compatible chat completions (${models/* TOKENHUB_BASE_URL_INTL */["do"]}) with a TokenHub API key ` +
    'instead of TC3-signed SecretId/SecretKey requests.';
const SEARCH_HINT = 'Remove it: there is no drop-in equivalent. TokenHub search is a separate product, `web_search_options` on ' +
    'Chat Completions or the `web_search` tool on the Responses API, enabled in the TokenHub console.';
const IMAGE_HINT = 'Tencent names HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1 on TokenHub as the replacements (image jobs: ' +
    '`/v1/api/image/submit` and `/v1/api/image/query`; `hy-image-lite` on `/v1/api/image/lite`), called with a TokenHub API key.';
/**
 * This tool's own rule ids (`hunyuan-model`, `hunyuan-vision-model`, `hunyuan-sdk`, ...) look like Hunyuan model IDs
 * and appear in users' config files, ignore comments and docs; no real model ID ends like them.
 */
const OWN_RULE_ID = '^hunyuan-(?:model|sdk|search-param)$|^hunyuan-[a-z0-9.-]*-(?:endpoint|sdk|llm-call|model|search-param|signal|dependency|job|import)$|^hunyuan-(?:model|sdk)-';
/**
 * Open-weights projects Tencent publishes under the Hunyuan name and people run themselves (HunyuanVideo,
 * Hunyuan3D, HunyuanDiT, ...): their names are settings of a self-hosted server, not model IDs of the retiring API.
 */
const OPEN_WEIGHTS_NAME = '^hunyuan-(?:video|dit|3d|image-?\\d|motion|world|avatar|custom|foley|gamecraft|voyager|portrait|mt-\\d|a13b-instruct|large-instruct)';
const HUNYUAN_ACTIONS = 'ChatCompletions|ChatStd|ChatPro|ChatTranslations|GetEmbedding|GroupChatCompletions|ImageQuestion|CreateThread|RunThread';
/**
 * Where code writes a model ID: the rest of the line before the match ends in a `model` key, field, argument or
 * setter (`model: "`, `"model": "`, `Model = common.StringPtr("`, `setModel("`, `--model `, `MODEL=`), or in a
 * `models` list. Tested against the line's text before the match.
 */
const MODEL_POSITION = '(?:\\b|_|set|with)(?:model|Model|MODEL)(?:_?(?:id|Id|ID|name|Name|NAME))?["\'`]?\\s*(?:[:=]|=>|\\(|,)\\s*(?:[\\w.:]+\\(\\s*)?["\'`]?$' +
    // A tuple assignment whose left side names a model: `model_name, out_dir = Client(), "hunyuan-x"`.
    '|(?:\\b|_)(?:model|Model|MODEL)\\w*(?:\\s*,\\s*\\w+)+\\s*=[^=\\n]*["\'`]$' +
    '|--model[= ]["\']?$' +
    '|\\b(?:models|Models|MODELS)\\b.*["\'`]$';

;// CONCATENATED MODULE: ./src/catalog/rules/examples.ts
/** A rule's examples, written per form: `examples({ python: { hit: [...], miss: [...] } })`. */
function examples(byForm) {
    const hits = [];
    const misses = [];
    for (const [form, { hit, miss }] of Object.entries(byForm)) {
        for (const h of hit)
            hits.push(typeof h === 'string' ? { form, text: h } : { form, ...h });
        for (const m of miss)
            misses.push(typeof m === 'string' ? { form, text: m } : { form, ...m });
    }
    return { hits, misses };
}

;// CONCATENATED MODULE: ./src/catalog/rules/endpoints.ts




/** Hosts and routes of the retiring platforms, and the TokenHub ones that set context. */
const ENDPOINT_RULES = [
    {
        id: 'hunyuan-hyllm-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'First-generation Hunyuan (hyllm) API',
        evidenceName: 'Hunyuan endpoint',
        anchors: ['hunyuan.cloud.tencent.com/hyllm'],
        pattern: (0,patterns/* hostPattern */.JF)('(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?'),
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'Legacy first-generation Hunyuan API (hyllm, app_id/secret_id signing) `{match}`; the Hunyuan platform is retired.',
        // Not OpenAI-compatible: swapping the URL alone would not work, so there is no one-line replacement.
        replacement: { hint: OPENAI_CLIENT_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hyllmThirdParty, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['URL = "https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions"', 'requests.post("https://api.hunyuan.cloud.tencent.com/hyllm/v1/chat/completions", json=body)', 'HOST = "hunyuan.cloud.tencent.com/hyllm"'],
                miss: ['URL = "https://hunyuan.cloud.tencent.com/docs"', 'URL = "https://xhunyuan.cloud.tencent.com.example.org/hy"', 'URL = "https://tokenhub-intl.tencentcloudmaas.com/v1"'],
            },
            markdown: {
                hit: ['The old API at https://hunyuan.cloud.tencent.com/hyllm/v1 signs with app_id.', 'Endpoint: `hunyuan.cloud.tencent.com/hyllm/v1/chat/completions`', 'curl https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions'],
                miss: ['Hunyuan (hyllm) was the first generation.', 'See https://cloud.tencent.com/document/product/1729', 'Use https://tokenhub.tencentmaas.com/v1 instead.'],
            },
        }),
    },
    {
        id: 'hunyuan-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan OpenAI-compatible endpoint',
        evidenceName: 'Hunyuan endpoint',
        anchors: ['api.hunyuan.cloud.tencent.com', 'hunyuan.cloud.tencent.com/openai'],
        pattern: (0,patterns/* hostPattern */.JF)('(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)'),
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'Legacy Hunyuan OpenAI-compatible endpoint `{match}`; the Hunyuan API is retired and TokenHub replaces it.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: {
                from: '^(https?://)?(?:api\\.hunyuan\\.cloud\\.tencent\\.com(/v1)?|hunyuan\\.cloud\\.tencent\\.com/openai(/v1)?)$',
                to: '$1tokenhub-intl.tencentcloudmaas.com$2$3',
            },
        },
        sources: [SOURCES.hunyuanOpenAiDoc, SOURCES.trtcHunyuanDoc, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")', 'BASE = "https://hunyuan.cloud.tencent.com/openai/v1"', 'host = "api.hunyuan.cloud.tencent.com"'],
                miss: ['client = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")', 'host = "my-api.hunyuan.cloud.tencent.com.example.org"', 'doc = "https://cloud.tencent.com/document/product/1729/111007"'],
            },
            yaml: {
                hit: ['base_url: https://api.hunyuan.cloud.tencent.com/v1', 'endpoint: "https://hunyuan.cloud.tencent.com/openai/v1/chat/completions"', 'api_base: HTTPS://API.HUNYUAN.CLOUD.TENCENT.COM/V1'],
                miss: ['base_url: https://tokenhub.tencentmaas.com/v1', 'provider: hunyuan', 'base_url: https://api.deepseek.com/v1'],
            },
        }),
    },
    {
        id: 'hunyuan-intl-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Claimed international Hunyuan OpenAI-compatible host',
        evidenceName: 'Hunyuan endpoint',
        anchors: ['api.hunyuan.intl.cloud.tencent.com'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?'),
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'Hunyuan endpoint `{match}` (a host seen only in one third-party note, not in Tencent\'s docs); Hunyuan API usage must move to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
        },
        sources: [SOURCES.hunyuanIntlOpenAiClaim, SOURCES.migrationGuideIntl],
        examples: examples({
            ts: {
                hit: ["const baseURL = 'https://api.hunyuan.intl.cloud.tencent.com/v1';", "fetch('https://api.hunyuan.intl.cloud.tencent.com/v1/chat/completions')", "const host = 'api.hunyuan.intl.cloud.tencent.com';"],
                miss: ["const baseURL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';", "const host = 'intl.cloud.tencent.com';", "const region = 'ap-jakarta';"],
            },
        }),
    },
    {
        id: 'hunyuan-cloudapi-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan Cloud API host',
        evidenceName: 'Hunyuan Cloud API host',
        anchors: ['hunyuan.tencentcloudapi.com', 'hunyuan.intl.tencentcloudapi.com'],
        pattern: (0,patterns/* hostPattern */.JF)('hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com'),
        // The same host also serves Hunyuan image and 3D jobs (they have their own rule): an LLM action or model in the
        // file makes it an LLM error.
        context: { anyOf: ['llm-use'], otherwise: 'warning' },
        provides: ['hunyuan-cloudapi'],
        providesWhenReported: ['hunyuan'],
        shares: 'package',
        message: 'Legacy Hunyuan Cloud API host `{match}`; the Hunyuan LLM API is retired (its image, video and 3D jobs stop on 2026-09-30 too).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanCloudApiDoc, SOURCES.sdkPythonHunyuan, SOURCES.migrationGuideIntl, SOURCES.hunyuanImageRetirement],
        examples: examples({
            python: {
                hit: ['httpProfile.endpoint = "hunyuan.tencentcloudapi.com"', 'ENDPOINT = "https://hunyuan.intl.tencentcloudapi.com"', 'host = "hunyuan.tencentcloudapi.com"  # SubmitHunyuanImageJob'],
                miss: ['httpProfile.endpoint = "lkeap.tencentcloudapi.com"', 'httpProfile.endpoint = "xhunyuan.tencentcloudapi.com"', 'httpProfile.endpoint = "tokenhub.intl.tencentcloudapi.com"'],
            },
            shell: {
                hit: ['curl -X POST https://hunyuan.tencentcloudapi.com -H "X-TC-Action: ChatCompletions"', 'HOST=hunyuan.tencentcloudapi.com', 'curl https://hunyuan.intl.tencentcloudapi.com'],
                miss: ['curl https://tokenhub.tencentmaas.com/v1/chat/completions', 'HOST=cvm.tencentcloudapi.com', 'echo hunyuan'],
            },
        }),
    },
    {
        id: 'hunyuan-image-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan image API (api.cloudai.tencent.com aiart)',
        evidenceName: 'Hunyuan image API',
        anchors: ['api.cloudai.tencent.com/v1/aiart'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.cloudai\\.tencent\\.com/v1/aiart(?:/(?:submit|query)\\b)?'),
        provides: ['hunyuan-image'],
        shares: 'package',
        message: 'Hunyuan image API `{match}`: Hunyuan image, video and 3D APIs stop on 2026-09-30.',
        replacement: { hint: IMAGE_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanImageCloudAi, SOURCES.hunyuanImageRetirement, SOURCES.tokenHubImageApi],
        examples: examples({
            python: {
                hit: ['SUBMIT = "https://api.cloudai.tencent.com/v1/aiart/submit"', 'requests.post("https://api.cloudai.tencent.com/v1/aiart/query", json={"job_id": j})', 'BASE = "api.cloudai.tencent.com/v1/aiart"'],
                miss: ['SUBMIT = "https://tokenhub.tencentmaas.com/v1/api/image/submit"', 'BASE = "https://api.cloudai.tencent.com/v1/other"', 'BASE = "https://aiart.example.com/v1/aiart/submit"'],
            },
        }),
    },
    {
        id: 'lke-v3-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE third-party model API (/v3)',
        evidenceName: 'LKE endpoint',
        anchors: ['api.lkeap.cloud.tencent.com/v3', 'api.lkeap.tencentcloud.com/v3'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3\\b'),
        provides: ['lke'],
        shares: 'package',
        message: 'Legacy LKE third-party model API `{match}` (GLM, MiniMax, Kimi); it no longer updates and moved to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3$', to: '$1tokenhub-intl.tencentcloudmaas.com/v1' },
        },
        sources: [SOURCES.lkeThirdPartyModelApi, SOURCES.migrationGuideIntl],
        examples: examples({
            ts: {
                hit: ["const baseURL = 'https://api.lkeap.cloud.tencent.com/v3';", "fetch('https://api.lkeap.cloud.tencent.com/v3/chat/completions')", "const anthropicBase = 'https://api.lkeap.cloud.tencent.com/v3/anthropic';"],
                miss: ["const baseURL = 'https://api.lkeap.cloud.tencent.com/plan/v3';", "const baseURL = 'https://tokenhub.tencentmaas.com/plan/v3';", "const baseURL = 'https://api.lkeap.cloud.tencent.com/v1';"],
            },
        }),
    },
    {
        id: 'lke-anthropic-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE DeepSeek Anthropic-compatible API',
        evidenceName: 'LKE endpoint',
        anchors: ['api.lkeap.cloud.tencent.com/anthropic', 'api.lkeap.tencentcloud.com/anthropic'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/anthropic\\b'),
        provides: ['lke'],
        shares: 'package',
        message: 'Legacy LKE DeepSeek Anthropic-compatible API `{match}`; the LKE DeepSeek API moves to TokenHub.',
        // TokenHub's Anthropic route is /v1/messages with an x-api-key header, seen only in third-party code.
        replacement: {
            hint: 'Suggestion: TokenHub\'s Anthropic-compatible `/v1/messages` (seen in third-party clients, with the TokenHub key in `x-api-key`), or its OpenAI-compatible chat completions.',
            evidence: 'third-party',
        },
        sources: [SOURCES.lkeAnthropicApi, SOURCES.migrationGuideIntl],
        examples: examples({
            env: {
                hit: ['ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic', 'ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic/v1/messages', 'BASE=api.lkeap.tencentcloud.com/anthropic'],
                miss: ['ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/plan/anthropic', 'ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/coding/anthropic', 'ANTHROPIC_BASE_URL=https://tokenhub.tencentmaas.com/plan/anthropic'],
            },
        }),
    },
    {
        id: 'lke-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE DeepSeek OpenAI-compatible endpoint',
        evidenceName: 'LKE endpoint',
        anchors: ['api.lkeap.cloud.tencent.com', 'api.lkeap.tencentcloud.com'],
        // The Token Plan (/plan/...) and Coding Plan (/coding/...) routes on the same host are TokenHub's own.
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?'),
        provides: ['lke'],
        shares: 'package',
        message: 'Legacy LKE DeepSeek API endpoint `{match}`; the LLM Knowledge Engine DeepSeek API moves to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
        },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.lkeOpenAiDocIntl, SOURCES.migrationGuideIntl],
        examples: examples({
            js: {
                hit: ['baseURL: "https://api.lkeap.cloud.tencent.com/v1",', "const url = 'https://api.lkeap.tencentcloud.com/v1/chat/completions';", "apiHost: 'https://api.lkeap.cloud.tencent.com'"],
                miss: ["const url = 'https://api.lkeap.cloud.tencent.com/plan/v3';", "const url = 'https://api.lkeap.cloud.tencent.com/coding/v3';", "const url = 'https://api.deepseek.com/v1';"],
            },
            yaml: {
                hit: ['base_url: https://api.lkeap.cloud.tencent.com/v1', 'endpoint: http://api.lkeap.cloud.tencent.com/v1/chat/completions', 'host: api.lkeap.tencentcloud.com'],
                miss: ['base_url: https://api.lkeap.cloud.tencent.com/plan/v3', 'base_url: https://tokenhub-intl.tencentcloudmaas.com/v1', 'host: lkeap.example.com'],
            },
        }),
    },
    {
        id: 'lke-cloudapi-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE Cloud API host used for DeepSeek chat',
        evidenceName: 'LKE Cloud API host',
        anchors: ['lkeap.tencentcloudapi.com', 'lkeap.intl.tencentcloudapi.com'],
        pattern: (0,patterns/* hostPattern */.JF)('lkeap(?:\\.intl)?\\.tencentcloudapi\\.com'),
        // The lkeap service also does rerank, embeddings and document parsing, which are not retiring.
        context: { anyOf: ['chat-completions', 'deepseek-model'], otherwise: 'notice', reach: 'file' },
        provides: ['lke-sdk'],
        providesWhenReported: ['lke'],
        shares: 'package',
        message: 'LKE Cloud API host `{match}` with DeepSeek chat in this file; the LKE DeepSeek API moves to TokenHub (rerank, embeddings and document parsing on lkeap are not affected; rerank has no TokenHub path).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.lkeCloudApiDoc, SOURCES.sdkLkeapIntl, SOURCES.migrationGuideIntl, SOURCES.tencentdbAiMigration],
        examples: examples({
            go: {
                hit: ['const host = "lkeap.tencentcloudapi.com" // ChatCompletions', 'cpf.HttpProfile.Endpoint = "lkeap.intl.tencentcloudapi.com"\nreq.Model = common.StringPtr("deepseek-v3")', 'url := "https://lkeap.tencentcloudapi.com"'],
                miss: ['cpf.HttpProfile.Endpoint = "hunyuan.tencentcloudapi.com"', 'url := "https://lkeap.example.com"', 'url := "https://xlkeap.tencentcloudapi.com"'],
            },
        }),
    },
    {
        id: 'token-plan-route',
        category: 'legacy-endpoint',
        severity: 'notice',
        title: 'TokenHub Token Plan / Coding Plan route (not legacy)',
        anchors: ['api.lkeap.cloud.tencent.com/plan', 'api.lkeap.cloud.tencent.com/coding', 'tencentmaas.com/plan', 'tencentcloudmaas.com/plan', 'tencentmaas.com/coding', 'tencentcloudmaas.com/coding'],
        pattern: '(?:api\\.lkeap\\.cloud\\.tencent\\.com|tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.com)/(?:plan|coding)\\b',
        // Only quiets other rules, so it needs no place in the prefilter: a file it matters for has other anchors.
        prefilter: false,
        signalOnly: true,
        provides: ['token-plan'],
        message: 'Token Plan route (part of TokenHub).',
        replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
        sources: [SOURCES.tokenPlanDoc, SOURCES.tokenPlanHostsThirdParty],
    },
    {
        id: 'tokenhub-host-signal',
        category: 'legacy-endpoint',
        severity: 'notice',
        title: 'TokenHub model-call host (context only)',
        // One anchor for the four hosts (and their .tech twins, which the longer anchors missed): each anchor costs
        // every byte of every file a few more SIMD operations in the prefilter.
        anchors: ['tokenhub'],
        pattern: (0,patterns/* hostPattern */.JF)('tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.(?:com|tech)'),
        signalOnly: true,
        provides: ['tokenhub'],
        message: 'TokenHub host.',
        replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
        sources: [SOURCES.tokenHubGettingStarted, SOURCES.lobeHubHalfMigrated],
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules/sdks.ts




/** The project manifests that can name an SDK as a dependency (base names). Mirrors MANIFEST_FILE in src/scan/context.ts. */
const MANIFESTS = '^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$';
/** Tencent Cloud SDKs, their legacy actions, LangChain's integration, and the variables that set context. */
const SDK_RULES = [
    {
        id: 'hunyuan-sdk-dependency',
        category: 'legacy-sdk',
        severity: 'warning',
        title: 'Project depends on the Tencent Cloud Hunyuan SDK',
        evidenceName: 'Hunyuan SDK dependency',
        anchors: ['hunyuan'],
        // go.mod, requirements/pyproject/setup (pip names fold - and _), package.json, Maven/Gradle, Composer
        // `tencentcloud/hunyuan`, NuGet `TencentCloudSDK.Hunyuan` (and a csproj `<Using Include="TencentCloud.Hunyuan...">`),
        // gem `tencentcloud-sdk-hunyuan`, Cargo's `tencentcloud-hunyuan-sdk` (Tencent has no Rust SDK: a third-party crate
        // for the same v20230901 API). The all-products SDK packages name no product and are not evidence.
        pattern: '(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?hunyuan|tencentcloud[-_]hunyuan[-_]sdk|TencentCloudSDK\\.Hunyuan|tencentcloud/hunyuan|TencentCloud\\.Hunyuan(?=\\.V20230901|["\']))(?![\\w-])',
        files: MANIFESTS,
        provides: ['hunyuan-cloudapi'],
        shares: 'project',
        message: 'The project depends on the Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired and its image, video and 3D jobs stop on 2026-09-30; remove it once no code calls it.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkManifestNames, SOURCES.sdkPythonHunyuan, SOURCES.sdkJavaHunyuan, SOURCES.migrationGuideIntl, SOURCES.hunyuanImageRetirement, SOURCES.rustHunyuanCrate],
        examples: examples({
            'go.mod': {
                hit: [{ path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }, { path: 'go.mod', text: 'require (\n\tgithub.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan v3.0.1200\n)' }, { path: 'svc/go.mod', text: '\tgithub.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.900 // indirect' }],
                miss: [{ path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.0.1120' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120' }, { path: 'notes.txt', text: 'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }],
            },
            pip: {
                hit: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python-hunyuan==3.0.1290' }, { path: 'requirements-dev.txt', text: 'tencentcloud_sdk_python_hunyuan>=3.0' }, { path: 'pyproject.toml', text: 'dependencies = ["tencentcloud-sdk-python-hunyuan>=3.0.1200"]' }],
                miss: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python>=3.0.900' }, { path: 'requirements.txt', text: 'tencentcloud-sdk-python-lkeap==3.0.1' }, { path: 'requirements.txt', text: 'hunyuan-video-toolkit==0.1' }],
            },
            'package.json': {
                hit: [{ path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs-hunyuan": "^4.0.3"}}' }, { path: 'web/package.json', text: '"tencentcloud-sdk-nodejs-hunyuan": "4.1.0",' }, { path: 'package.json', text: '{"devDependencies": {"tencentcloud-sdk-nodejs-hunyuan": "*"}}' }],
                miss: [{ path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs": "^4.0.3"}}' }, { path: 'package.json', text: '{"dependencies": {"openai": "^5.0.0"}}' }, { path: 'package.json', text: '{"name": "hunyuan-chat-ui"}' }],
            },
            jvm: {
                hit: [{ path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java-hunyuan</artifactId>' }, { path: 'build.gradle', text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200'" }, { path: 'build.gradle.kts', text: 'implementation("com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200")' }],
                miss: [{ path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java</artifactId>' }, { path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java-lkeap</artifactId>' }, { path: 'build.gradle', text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-common:3.1.1200'" }],
            },
            'other manifests': {
                hit: [{ path: 'composer.json', text: '{"require": {"tencentcloud/hunyuan": "^3.0"}}' }, { path: 'App.csproj', text: '<PackageReference Include="TencentCloudSDK.Hunyuan" Version="3.0.1200" />' }, { path: 'Gemfile', text: "gem 'tencentcloud-sdk-hunyuan', '~> 3.0'" }],
                miss: [{ path: 'composer.json', text: '{"require": {"tencentcloud/tencentcloud-sdk-php": "^3.0"}}' }, { path: 'App.csproj', text: '<PackageReference Include="TencentCloudSDK.Common" Version="3.0.1200" />' }, { path: 'Gemfile', text: "gem 'tencentcloud-sdk-common'" }],
            },
            'Cargo.toml': {
                hit: [
                    { path: 'Cargo.toml', text: '[dependencies]\ntencentcloud-hunyuan-sdk = "0.1"' },
                    { path: 'crates/llm/Cargo.toml', text: 'tencentcloud-hunyuan-sdk = { version = "0.1.2", features = ["rustls"] }' },
                    { path: 'Cargo.toml', text: '[workspace.dependencies]\ntencentcloud_hunyuan_sdk = { path = "../vendor/hunyuan" }' },
                ],
                miss: [
                    { path: 'Cargo.toml', text: '[dependencies]\ntencent-sdk = "0.1"' },
                    { path: 'Cargo.toml', text: '[package]\nname = "hunyuan-chat"' },
                    { path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk::Client;' },
                ],
            },
        }),
    },
    {
        id: 'lke-sdk-dependency',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Project depends on the Tencent Cloud LKE (lkeap) SDK',
        evidenceName: 'LKE SDK dependency',
        anchors: ['lkeap'],
        pattern: '(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?lkeap|TencentCloudSDK\\.Lkeap|tencentcloud/lkeap)(?![\\w-])',
        files: MANIFESTS,
        provides: ['lke-sdk'],
        shares: 'project',
        message: 'The project depends on the Tencent Cloud LKE SDK `{match}`: its DeepSeek chat moves to TokenHub (rerank, embeddings and document parsing stay on lkeap; rerank has no TokenHub path).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkManifestNames, SOURCES.sdkPythonLkeap, SOURCES.tencentdbAiMigration],
        examples: examples({
            manifests: {
                hit: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python-lkeap==3.0.1290' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120' }, { path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs-lkeap": "^4.0.0"}}' }],
                miss: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python==3.0.1290' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }, { path: 'src/lke.py', text: 'from tencentcloud.lkeap.v20240522 import lkeap_client' }],
            },
        }),
    },
    {
        id: 'hunyuan-sdk',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Tencent Cloud SDK for Hunyuan (v20230901)',
        evidenceName: 'Hunyuan SDK',
        anchors: ['v20230901', 'hunyuan'],
        // Python/Node/Java `hunyuan.v20230901`, Go `hunyuan/v20230901` (also the intl SDK), PHP `Hunyuan\V20230901`,
        // C# `Hunyuan.V20230901`, Ruby `Hunyuan::V20230901`; packages tencentcloud-sdk-nodejs-hunyuan, -java-hunyuan, gem tencentcloud-sdk-hunyuan.
        pattern: '(?<![\\w-])hunyuan(?:\\.|/|\\\\{1,2}|::)v20230901\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?hunyuan(?![\\w-])|\\btencentcloud_hunyuan_sdk\\b',
        // Error where the file or its package makes LLM calls; otherwise (image or 3D jobs only, a manifest) a warning.
        context: { anyOf: ['llm-use'], otherwise: 'warning' },
        provides: ['hunyuan-cloudapi'],
        providesWhenReported: ['hunyuan'],
        shares: 'package',
        message: 'Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired (its ChatCompletions also searched online by default, EnableEnhancement, and that search is gone), and its image, video and 3D jobs stop on 2026-09-30.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonHunyuan, SOURCES.sdkJavaHunyuan, SOURCES.sdkNodeHunyuan, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nclient.ChatCompletions(req)', 'import tencentcloud.hunyuan.v20230901.models as m', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client'],
                miss: ['from tencentcloud.lkeap.v20240522 import lkeap_client', 'from tencentcloud.common import credential', 'from openai import OpenAI  # was hunyuan before'],
            },
            go: {
                hit: ['import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"', 'import "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan/v20230901"', '_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"'],
                miss: ['import lkeap "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522"', 'import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"', 'import "example.com/myhunyuan/v20230901x"'],
            },
            rust: {
                hit: [{ path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk::{Client, Credential};' }, { path: 'src/chat.rs', text: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' }, { path: 'src/main.rs', text: 'let client = tencentcloud_hunyuan_sdk::ClientBuilder::new().build()?;' }],
                miss: [{ path: 'src/main.rs', text: 'use tencent_sdk::Client;' }, { path: 'src/main.rs', text: 'use hunyuan_video::pipeline::Pipeline;' }, { path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk_ext::Client;' }],
            },
            'java, js, php, csharp, ruby': {
                hit: [{ path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;' }, { path: 'a.ts', text: "import * as tc from 'tencentcloud-sdk-nodejs-hunyuan';" }, { path: 'a.php', text: 'use TencentCloud\\Hunyuan\\V20230901\\HunyuanClient;' }],
                miss: [{ path: 'A.java', text: 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;' }, { path: 'a.ts', text: "import * as tc from 'tencentcloud-sdk-nodejs';" }, { path: 'a.rb', text: "require 'tencentcloud-sdk-common'" }],
            },
        }),
    },
    {
        id: 'hunyuan-sdk-project-import',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Project-wide import of the Hunyuan SDK (context only)',
        evidenceName: 'project-wide Hunyuan SDK import',
        anchors: ['hunyuan'],
        // C# `global using TencentCloud.Hunyuan.V20230901...;`, a JS/TS index module that re-exports the SDK, a Scala
        // package object importing it: every file of the project gets the SDK's names without importing them.
        pattern: '\\bglobal\\s+using\\s+(?:static\\s+)?(?:\\w+\\s*=\\s*)?TencentCloud\\.Hunyuan\\b' +
            '|\\bexport\\s*(?:\\*(?:\\s*as\\s+\\w+)?|\\{[^}\\n]*\\})\\s*from\\s*["\']tencentcloud-sdk-nodejs(?:-intl-en)?-hunyuan\\b' +
            '|\\bexport\\s*\\{[^}\\n]*\\bhunyuan\\b[^}\\n]*\\}\\s*from\\s*["\']tencentcloud-sdk-nodejs(?:-intl-en)?["\']',
        signalOnly: true,
        provides: ['hunyuan-cloudapi'],
        shares: 'project',
        message: 'Project-wide Hunyuan SDK import.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkNodeHunyuan, SOURCES.sdkJavaHunyuan],
    },
    {
        id: 'hunyuan-sdk-package-object',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Scala package object importing the Hunyuan SDK (context only)',
        evidenceName: 'Hunyuan SDK in a package object',
        anchors: ['v20230901'],
        pattern: '\\bhunyuan\\.v20230901\\b',
        files: '^package\\.scala$',
        signalOnly: true,
        provides: ['hunyuan-cloudapi'],
        shares: 'project',
        message: 'Hunyuan SDK in a package object.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan],
    },
    {
        id: 'hunyuan-sdk-llm-call',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Hunyuan Cloud API client or LLM action',
        evidenceName: 'Hunyuan Cloud API call',
        anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread', 'hunyuanclient', 'newclient'],
        // Also the SDK client's construction (`hunyuan_client.HunyuanClient(cred, ...)`, `new HunyuanClient(...)`).
        pattern: `\\b(?:New)?(?:${HUNYUAN_ACTIONS})(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["'])|(?<=\\bhunyuan_client\\.|\\bnew\\s+|\\bhunyuan\\.)(?:HunyuanClient|NewClient)(?=\\s*\\()`,
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan-cloudapi'], unlessOwn: ['lke-sdk'] },
        providesWhenReported: ['hunyuan'],
        shares: 'package',
        message: 'Hunyuan Cloud API `{match}`: its LLM API is retired, and its image, video and 3D jobs stop on 2026-09-30.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan, SOURCES.sdkPythonHunyuan],
        examples: examples({
            python: {
                hit: ['from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nresp = client.ChatCompletions(req)', 'from tencentcloud.hunyuan.v20230901 import models\nreq = models.ChatStdRequest()', { text: 'resp = self.client.ChatCompletions(req)', packageText: 'from tencentcloud.hunyuan.v20230901 import hunyuan_client' }],
                miss: ['resp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)', { text: 'resp = client.chat.completions.create(model=m)', packageText: 'from tencentcloud.hunyuan.v20230901 import hunyuan_client' }],
            },
            'java, go': {
                hit: [{ path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletionsResponse r = client.ChatCompletions(req);' }, { path: 'a.go', text: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nreq := hunyuan.NewChatCompletionsRequest()' }, { path: 'a.go', text: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nc, _ := hunyuan.NewClient(cred, "ap-guangzhou", cpf)' }],
                miss: [{ path: 'A.java', text: 'client.ChatCompletions(req);' }, { path: 'a.go', text: 'resp, err := client.CreateChatCompletion(ctx, req)' }, { path: 'a.go', text: 'import lkeap "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522"\nreq := lkeap.NewChatCompletionsRequest()' }],
            },
        }),
    },
    {
        id: 'hunyuan-image-job',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Hunyuan image, video or 3D job (retiring 2026-09-30)',
        evidenceName: 'Hunyuan image job',
        anchors: ['hunyuanimage', 'hunyuanto3d', 'texttoimage', 'hunyuantexttovideo', 'hunyuanimagetovideo'],
        pattern: '\\b(?:New)?(?:Submit|Query)(?:HunyuanImage(?:Chat)?|HunyuanTo3D(?:Pro|Rapid)?|TextToImage)Job(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|["\'])' +
            '|\\b(?:New)?(?:TextToImageLite|HunyuanTextToVideo|HunyuanImageToVideo|HunyuanImageChat)(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
        caseSensitive: true,
        // Not in the prefilter: a file calling these jobs imports the aiart or Hunyuan SDK (both anchors), or takes
        // them from its package.
        prefilter: false,
        // TextToImage is a common name; the Hunyuan SDK, the image host or the aiart service in the package decide.
        // Without any of them nothing is reported: a job name alone, with no Tencent SDK in sight, is too weak.
        context: { anyOf: ['hunyuan-cloudapi', 'hunyuan-image'] },
        provides: ['hunyuan-image'],
        message: 'Hunyuan image/video/3D API call `{match}`: these APIs stop taking new purchases on 2026-09-01 and stop on 2026-09-30.',
        replacement: { hint: IMAGE_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanImageRetirement, SOURCES.aiartTextToImageJob, SOURCES.tokenHubImageApi],
        examples: examples({
            python: {
                hit: ['req = models.SubmitHunyuanImageJobRequest()', 'res = client.QueryHunyuanImageJob(q)', 'job = client.SubmitHunyuanTo3DJob(req)'],
                miss: ['res = client.GetImage(q)', 'submit_image_job(prompt)', 'TEXT_TO_IMAGE = "tokenhub image"'],
            },
            ts: {
                hit: [
                    { text: 'const res = await client.TextToImageLite({ Prompt: p });', packageText: "import * as tencentcloud from 'tencentcloud-sdk-nodejs-aiart';" },
                    { text: 'await client.SubmitHunyuanImageChatJob(req);', packageText: "const host = 'aiart.tencentcloudapi.com';" },
                    "import { aiart } from 'tencentcloud-sdk-nodejs-aiart';\nawait client.QueryHunyuanTo3DJob({ JobId: id });",
                ],
                miss: ["await client.images.generate({ model: 'hy-image-lite', prompt });", "const textToImage = await generate(prompt);", "await client.SubmitJob(req);"],
            },
        }),
    },
    {
        id: 'aiart-sdk-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Tencent Cloud AI art (aiart) SDK or host (context only)',
        anchors: ['aiart'],
        // The aiart service runs the Hunyuan text-to-image jobs, and other image products that are not retiring.
        pattern: '(?<![\\w-])aiart(?:\\.|/|\\\\{1,2}|::)v20221229\\b|(?<![\\w.-])aiart(?:\\.intl)?\\.tencentcloudapi\\.com|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?aiart(?![\\w-])',
        caseSensitive: false,
        // In the prefilter in place of the image job names: one rare anchor where `texttoimage` and the aiart host
        // were two, and the SDK import is what a file calling those jobs names (the job names take it as context).
        signalOnly: true,
        provides: ['hunyuan-image'],
        shares: 'package',
        message: 'AI art SDK or host.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.aiartTextToImageJob],
    },
    {
        id: 'hunyuan-llm-action-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Hunyuan LLM action name (context only)',
        evidenceName: 'Hunyuan LLM action',
        anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
        pattern: `(?:${HUNYUAN_ACTIONS})`,
        caseSensitive: true,
        prefilter: false,
        signalOnly: true,
        provides: ['llm-use'],
        // Only raises the severity of what is already legacy (a Hunyuan SDK import or host) in the same package.
        shares: 'package',
        message: 'LLM action name.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan],
    },
    {
        id: 'chat-completions-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'ChatCompletions action name (context only)',
        anchors: ['chatcompletions'],
        pattern: 'ChatCompletions',
        caseSensitive: true,
        prefilter: false,
        signalOnly: true,
        provides: ['chat-completions'],
        message: 'ChatCompletions action name.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap],
    },
    {
        id: 'lke-sdk-chat',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Tencent Cloud SDK for LKE (lkeap v20240522) used for DeepSeek chat',
        evidenceName: 'LKE SDK',
        anchors: ['v20240522', 'lkeap'],
        pattern: '(?<![\\w-])lkeap(?:\\.|/|\\\\{1,2}|::)v20240522\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?lkeap(?![\\w-])',
        // Importing lkeap alone is not legacy: it also serves rerank, embeddings and document parsing.
        context: { anyOf: ['chat-completions', 'deepseek-model'], reach: 'file' },
        provides: ['lke-sdk'],
        providesWhenReported: ['lke'],
        shares: 'package',
        message: 'Tencent Cloud LKE SDK `{match}` used for DeepSeek chat; the LKE DeepSeek API moves to TokenHub.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['from tencentcloud.lkeap.v20240522 import lkeap_client, models\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq.Model = "deepseek-v3"', 'import tencentcloud.lkeap.v20240522.models as m\nm.ChatCompletionsRequest()'],
                miss: ['from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq = models.GetEmbeddingRequest()', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client\nclient.ChatCompletions(req)'],
            },
        }),
    },
    {
        id: 'lke-sdk-chat-call',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'LKE Cloud API ChatCompletions call',
        evidenceName: 'LKE Cloud API call',
        anchors: ['chatcompletions'],
        pattern: '\\b(?:New)?ChatCompletions(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke-sdk'], noneOf: ['hunyuan-cloudapi'], unlessOwn: ['hunyuan-cloudapi'] },
        providesWhenReported: ['lke'],
        message: 'LKE Cloud API call `{match}` (DeepSeek chat); the LKE DeepSeek API moves to TokenHub.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc],
        examples: examples({
            python: {
                hit: ['from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq = models.ChatCompletionsRequest()', { text: 'resp = self.client.ChatCompletions(req)', packageText: 'from tencentcloud.lkeap.v20240522 import lkeap_client' }],
                miss: ['resp = client.ChatCompletions(req)', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)'],
            },
        }),
    },
    {
        id: 'langchain-hunyuan',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'LangChain Hunyuan integration',
        evidenceName: 'LangChain Hunyuan client',
        anchors: ['hunyuan'],
        pattern: '\\b(?:ChatHunyuan|HunyuanEmbeddings|ChatTencentHunyuan|TencentHunyuanEmbeddings)\\b|(?:chat_models|embeddings)/tencent_hunyuan\\b',
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'LangChain Hunyuan integration `{match}` calls the retired Hunyuan API.',
        replacement: {
            hint: 'Suggestion: LangChain\'s OpenAI chat model (ChatOpenAI) with the TokenHub base URL ' +
                `${models/* TOKENHUB_BASE_URL_INTL */["do"]}, a TokenHub API key and a TokenHub model ID.`,
            evidence: 'inferred',
        },
        sources: [SOURCES.langchainPython, SOURCES.langchainJs],
        examples: examples({
            python: {
                hit: ['from langchain_community.chat_models import ChatHunyuan', 'llm = ChatHunyuan(hunyuan_app_id=1)', 'from langchain_community.embeddings import HunyuanEmbeddings'],
                miss: ['from langchain_openai import ChatOpenAI', 'class HunyuanLLM(LLM):', 'llm = ChatOpenAI(model="hy4")'],
            },
            ts: {
                hit: ["import { ChatTencentHunyuan } from '@langchain/community/chat_models/tencent_hunyuan';", "const model = new ChatTencentHunyuan({ model: 'hunyuan-pro' });", "import { TencentHunyuanEmbeddings } from '@langchain/community/embeddings/tencent_hunyuan';"],
                miss: ["import { ChatOpenAI } from '@langchain/openai';", "const chatHunyuanLabel = 'hunyuan';", "import { ChatDeepSeek } from '@langchain/deepseek';"],
            },
        }),
    },
    {
        id: 'hunyuan-env-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Hunyuan credential variable (context only)',
        anchors: ['hunyuan_'],
        // Env var names are weak signals: they set context for this file's search parameters, never findings, never
        // lent to other files. HUNYUAN_BASE_URL is left out: self-hosted Hunyuan3D and HunyuanVideo servers use it.
        pattern: '\\b(?:TENCENT_|LIU_TENCENT_)?HUNYUAN_(?:API_KEY|APP_ID|SECRET_ID|SECRET_KEY|ENABLE_SPEED_SEARCH)\\b|\\b(?:LIU_)?TENCENT_HUNYUAN_BASE_URL\\b',
        caseSensitive: true,
        signalOnly: true,
        provides: ['hunyuan'],
        message: 'Hunyuan credential variable.',
        replacement: { hint: '', evidence: 'third-party' },
        sources: [SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.envVarsThirdParty],
    },
    {
        id: 'lke-env-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'LKE DeepSeek API variable (context only)',
        anchors: ['lkeap_'],
        pattern: '\\b(?:LIU_)?TENCENT_LKEAP_(?:API_KEY|BASE_URL|MODEL)\\b|\\bLKEAP_(?:API_BASE|API_KEY|BASE_URL|MODEL)\\b',
        caseSensitive: true,
        signalOnly: true,
        provides: ['lke'],
        message: 'LKE DeepSeek API variable.',
        replacement: { hint: '', evidence: 'third-party' },
        sources: [SOURCES.envVarsThirdParty],
    },
];

// EXTERNAL MODULE: ./src/catalog/tokenhub-models.ts
var tokenhub_models = __nccwpck_require__(8998);
;// CONCATENATED MODULE: ./src/catalog/rules/models.ts






/** LKE DeepSeek IDs that TokenHub does not list: a client already on TokenHub that still sends one gets 400004. */
const LKE_IDS_NOT_ON_TOKENHUB = [...models/* LKE_DEEPSEEK_REASONING */.jB, ...models/* LKE_DEEPSEEK_CHAT */.fx].filter((id) => !tokenhub_models/* TOKENHUB_CHAT_MODEL_IDS */.B$.includes(id));
const ON_TOKENHUB = `^(?:${models/* HUNYUAN_ON_TOKENHUB */.a6.map((id) => id.replace(/\./g, '\\.')).join('|')})$`;
/**
 * Model IDs of the retiring platforms. Known IDs from the catalog are findings wherever they stand; an unknown
 * `hunyuan-` string only where code sends it as a model (a `model` field, argument or list) or where the file
 * talks to the legacy platform: a wrapper's type label, a provider id, a bucket name or a self-hosted
 * HunyuanVideo setting is not a model ID.
 */
const MODEL_RULES = [
    {
        id: 'hunyuan-translation-model',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan translation model',
        anchors: ['hunyuan-translation'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* HUNYUAN_TRANSLATION */.rZ),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}`: Hunyuan translation is not offered on TokenHub.',
        replacement: {
            value: 'hy-mt2-plus',
            hint: 'Tencent\'s guide only says to use a newer model; TokenHub\'s Hy-MT2 translation models are the natural candidates (`hy-mt2-plus` international, `hy-mt2-pro` mainland).',
            evidence: 'inferred',
        },
        sources: [SOURCES.migrationGuideIntl, SOURCES.migrationGuideMainland, SOURCES.hyApiGuide],
        examples: examples({
            any: {
                hit: ['model = "hunyuan-translation"', "translate({ model: 'hunyuan-translation-lite', text })", 'TRANSLATION_MODEL=hunyuan-translation'],
                miss: ['model = "hy-mt2-plus"', 'docs/hunyuan-translation/readme', 'model = "hunyuan-translation-v9x"'],
            },
        }),
    },
    {
        id: 'hunyuan-model-shutdown',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan model shut down on 2026-06-22',
        anchors: ['hunyuan-'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* HUNYUAN_SHUTDOWN_2026_06_22 */.JD),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` was shut down on 2026-06-22 with the legacy Hunyuan platform.',
        replacement: {
            value: 'hy3-preview',
            hint: 'Enable it for pay-as-you-go in the TokenHub console. `hy3-preview` is the documented successor and is itself due to give way to `hy4`/`hy4-flash` (CloudBase, 2026-12): check the TokenHub model list.',
            evidence: 'confirmed',
        },
        sources: [SOURCES.hunyuanShutdownNotice],
        examples: examples({
            any: {
                hit: ['model="hunyuan-turbos-latest"', 'req.Model = common.StringPtr("hunyuan-standard-256K")', 'DEFAULT = "hunyuan-large"'],
                miss: ['model="hy3-preview"', 'url = "https://example.com/x/hunyuan-large"', 'model="hunyuan-turbos-latest-x"'],
            },
        }),
    },
    {
        id: 'hunyuan-model-not-on-tokenhub',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan model not supported on TokenHub',
        anchors: ['hunyuan-'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* HUNYUAN_NOT_ON_TOKENHUB */.K7),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` is not supported on TokenHub.',
        replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.migrationGuideMainland],
        examples: examples({
            any: {
                hit: ['"Model": "hunyuan-lite"', "model: 'hunyuan-a13b'", 'HUNYUAN_MODEL=hunyuan-large-role-latest'],
                miss: ['model: tencent/Hunyuan-A13B-Instruct', 'model: hunyuan-role-latest', "const name = 'hunyuan-lite-x';"],
            },
        }),
    },
    {
        id: 'hunyuan-vision-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Hunyuan vision model',
        anchors: ['hunyuan-'],
        pattern: '(?<![\\w./-])hunyuan-(?:[a-z0-9]+-)?vision(?:-[a-z0-9]+)?(?![\\w-]|\\.[A-Za-z0-9])',
        unless: OWN_RULE_ID,
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Hunyuan vision model `{match}` belongs to the legacy platform; check what TokenHub offers for vision.',
        replacement: { hint: 'A TokenHub model with visual understanding, such as `glm-5v-turbo` or `hy4`, if enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsIntl, SOURCES.hyApiGuide],
        examples: examples({
            any: {
                hit: ['model: hunyuan-vision', 'model="hunyuan-turbos-vision-20250619"', "{ model: 'hunyuan-t1-vision' }"],
                miss: ['rules:\n  hunyuan-vision-model: off', 'model: glm-5v-turbo', 'path = "assets/hunyuan-vision"'],
            },
        }),
    },
    {
        id: 'hunyuan-embedding-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Hunyuan embedding model',
        anchors: ['hunyuan-embedding'],
        pattern: (0,patterns/* modelIdPattern */.XU)(['hunyuan-embedding']),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` belongs to the legacy Hunyuan platform; stored vectors must be re-embedded with the new model.',
        // No value: the fix must not swap it, since the vectors already stored would no longer compare.
        replacement: {
            hint: 'Suggestion: TokenHub has `POST /v1/embeddings` with `kinfra-text-embedding-0.6b` (1024 dimensions) or `kinfra-text-embedding-4b` (2560), and `kinfra-vl-embedding-2b`/`-8b` for images; vectors from another model are not comparable, so re-embed what you stored.',
            evidence: 'inferred',
        },
        sources: [SOURCES.hunyuanEmbeddingThirdParty, SOURCES.tokenHubEmbeddings, SOURCES.tencentdbAiMigration],
        examples: examples({
            any: {
                hit: ['model="hunyuan-embedding"', "embed({ model: 'hunyuan-embedding', input })", 'EMBEDDING_MODEL: hunyuan-embedding'],
                miss: ['model="kinfra-text-embedding-0.6b"', 'model="hunyuan-embedding-x"', 'path = "cache/hunyuan-embedding"'],
            },
        }),
    },
    {
        id: 'hunyuan-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Other Hunyuan model ID',
        anchors: ['hunyuan-'],
        // Dots only before a digit (`hunyuan-2.0-...`), so a host or bucket name (`hunyuan-assets.cos...`) is no ID.
        pattern: '(?<![\\w./-])hunyuan-[a-z0-9](?:[A-Za-z0-9-]|\\.(?=[0-9]))*(?![\\w-]|\\.[A-Za-z])',
        caseSensitive: true,
        unless: `${ON_TOKENHUB}|${OWN_RULE_ID}|${OPEN_WEIGHTS_NAME}`,
        // Sent as a model (its position), or in a file that talks to the legacy platform. The Token Plan's own IDs
        // (hunyuan-t1, hunyuan-turbos, ...) are TokenHub's: quiet next to a Token Plan route.
        context: { anyOf: ['hunyuan', 'lke'], reach: 'file', orAt: MODEL_POSITION, noneOf: ['token-plan'] },
        provides: ['llm-use'],
        message: 'Model `{match}` is a legacy Hunyuan platform ID; check that TokenHub offers it for your key before migrating.',
        replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsMainland],
        examples: examples({
            'model position': {
                hit: ['model: hunyuan-pro', 'client.chat.completions.create(model="hunyuan-functioncall", messages=m)', 'model_name, out_dir = Client(), "hunyuan-functioncall"'],
                miss: ['return "hunyuan-chat"', '{"provider": "hunyuan-tokenhub", "model": self.model}', 'bucket = "hunyuan-assets.cos.ap-guangzhou.myqcloud.com"'],
            },
            'legacy file': {
                hit: ['base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nFALLBACK = "hunyuan-pro"', 'from langchain_community.chat_models import ChatHunyuan\nNAMES = ["hunyuan-role"]', 'LKE = "https://api.lkeap.cloud.tencent.com/v1"\nALIAS = "hunyuan-turbo-x"'],
                miss: ['base_url = "https://api.lkeap.cloud.tencent.com/plan/v3"\nmodel: hunyuan-turbos', 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nname: hunyuan-video-t2v-720p', 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nnext = "hunyuan-2.0-instruct-20251111"'],
            },
        }),
    },
    {
        id: 'lke-deepseek-r1-model',
        category: 'legacy-model',
        severity: 'error',
        title: 'DeepSeek R1 on the LKE DeepSeek API',
        anchors: ['deepseek-r1'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* LKE_DEEPSEEK_REASONING */.jB),
        caseSensitive: true,
        prefilter: false,
        provides: ['deepseek-model'],
        context: { anyOf: ['lke'] },
        message: 'Model `{match}` called through the legacy LKE DeepSeek API (`deepseek-r1` itself went offline there on 2025-11-11).',
        replacement: { value: 'deepseek-v4-pro', hint: 'A TokenHub reasoning model (thinking on by default), enabled for your key; the dated `deepseek-v4-pro-202606` pins a version.', evidence: 'inferred' },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl],
        examples: examples({
            any: {
                hit: ['base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1"', 'LKEAP_MODEL=deepseek-r1-0528\nLKEAP_API_BASE=x', { text: 'MODEL = "deepseek-r1"', packageText: 'BASE = "https://api.lkeap.cloud.tencent.com/v1"' }],
                miss: ['base_url = "https://api.deepseek.com"\nmodel = "deepseek-r1"', 'model = "deepseek/deepseek-r1"', 'base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1-distill"'],
            },
        }),
    },
    {
        id: 'lke-deepseek-v3-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'DeepSeek V3 family on the LKE DeepSeek API',
        anchors: ['deepseek-v3'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* LKE_DEEPSEEK_CHAT */.fx),
        caseSensitive: true,
        prefilter: false,
        provides: ['deepseek-model'],
        context: { anyOf: ['lke'] },
        message: 'Model `{match}` called through the legacy LKE DeepSeek API; choose the TokenHub model to use after the move.',
        replacement: {
            value: 'deepseek-v4-flash',
            hint: 'The migration guide\'s own example uses DeepSeek V4 Flash. That name is aging (DeepSeek now serves V4.1-Flash as `deepseek-flash`); the dated `deepseek-v4-flash-202605` pins a version. Enable the model you choose for pay-as-you-go.',
            evidence: 'inferred',
        },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl, SOURCES.migrationGuideIntl],
        examples: examples({
            any: {
                hit: ['base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-v3"', 'lkeap.tencentcloudapi.com\nreq.Model = "deepseek-v3.1-terminus"', { text: 'MODEL = "deepseek-v3.2"', packageText: 'BASE = "https://api.lkeap.cloud.tencent.com/v1"' }],
                miss: ['base_url = "https://api.deepseek.com"\nmodel = "deepseek-v3"', 'base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-v3.2"', 'model = "deepseek-v3"'],
            },
        }),
    },
    {
        id: 'tokenhub-unlisted-deepseek-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'LKE DeepSeek model ID that TokenHub does not list',
        anchors: ['deepseek-r1', 'deepseek-v3'],
        pattern: (0,patterns/* modelIdPattern */.XU)(LKE_IDS_NOT_ON_TOKENHUB),
        caseSensitive: true,
        prefilter: false,
        // Half-migrated code: the base URL already points at TokenHub, the model ID is still LKE's.
        context: { anyOf: ['tokenhub'], reach: 'file' },
        message: 'Model `{match}` is an LKE DeepSeek ID that TokenHub does not list (catalog snapshot): a TokenHub request with it fails with 400004 (model not found).',
        replacement: {
            hint: 'Use a DeepSeek ID TokenHub lists and your key has enabled, such as `deepseek-v4-flash` or `deepseek-v4-pro` (or their dated `-202605`/`-202606` IDs); check the TokenHub model list, which changes.',
            evidence: 'inferred',
        },
        sources: [SOURCES.tokenHubModelsIntl, SOURCES.tokenHubModelsMainland, SOURCES.tokenHubErrorCodes],
        examples: examples({
            any: {
                hit: ['base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-r1"', 'base_url = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nmodel = "deepseek-v3"', "baseURL: 'https://tokenhub.tencentmaas.com/v1', model: 'deepseek-v3.2-exp'"],
                miss: ['base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-v3.2"', 'base_url = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nmodel = "deepseek-v4-flash"', 'base_url = "https://api.deepseek.com"\nmodel = "deepseek-r1"'],
            },
        }),
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules/search.ts



/** Hunyuan's own search switches: the names exist in no other vendor's API. */
const HUNYUAN_ONLY_PASCAL = 'EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo';
const HUNYUAN_ONLY_CAMEL = 'enableEnhancement|forceSearchEnhancement|enableSpeedSearch|enableMultimedia|enableDeepSearch|enableRecommendedQuestions|enableDeepRead';
const HUNYUAN_ONLY_SNAKE = 'enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|enable_deep_read';
/**
 * A field name written the ways code writes one: a quoted key or tag (`"citation": true`, `json:"Citation,omitempty"`,
 * `@JsonProperty("citation")`, `[JsonPropertyName("Citation")]`, `rename = "citation"`, `req["citation"]`), a key,
 * keyword argument or field declaration (`citation: true`, `citation=True`, `citation?: boolean`, `pub citation:`),
 * a member or setter (`req.Citation = true`, `setCitation(`, `withCitation(`, `->Citation`), or a Go struct field
 * (`Citation *bool`).
 */
function fieldName(names) {
    return (`(?<=["'\`])(?:${names})(?=\\\\?["'\`]\\s*(?:[:=,)\\]]|=>)|,omitempty|,string)` +
        `|(?<![\\w.$-])(?:${names})(?=\\??\\s*[:=](?![=:]))` +
        `|(?<=\\.|->|\\bset|\\bwith)(?:${names})(?=\\s*(?:[:=(](?!=)|=>))` +
        `|(?<=(?:^|\\n)[ \\t]*)(?:${names})(?=[ \\t]+\\*?(?:bool|string|int64|\\[\\])\\b)`);
}
/** Online-search parameters of the retiring APIs, which TokenHub does not take. */
const SEARCH_RULES = [
    {
        id: 'hunyuan-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'Hunyuan online-search parameter',
        anchors: [
            'enableenhancement', 'enable_enhancement', 'forcesearchenhancement', 'force_search_enhancement', 'enablespeedsearch',
            'enable_speed_search', 'enablemultimedia', 'enable_multimedia', 'enabledeepsearch', 'enable_deep_search',
            'enablerecommendedquestions', 'enable_recommended_questions', 'enabledeepread', 'enable_deep_read', 'searchinfo',
        ],
        // Names only Hunyuan's API has, in every spelling (PascalCase fields and setters, lowerCamel JSON/YAML keys,
        // snake_case OpenAI-compatible fields, UPPER_SNAKE constants): the Hunyuan SDK or a TokenHub client anywhere in
        // the project is context enough.
        pattern: `(?:${HUNYUAN_ONLY_PASCAL})\\b` +
            `|(?<![\\w$-])(?:${HUNYUAN_ONLY_CAMEL})\\b` +
            `|(?<![\\w-])(?:${HUNYUAN_ONLY_SNAKE}|${HUNYUAN_ONLY_SNAKE.toUpperCase()})\\b`,
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan', 'hunyuan-cloudapi', 'tokenhub'], reach: 'project' },
        message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuanSearch, SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl, SOURCES.lobeHubHalfMigrated],
        examples: examples({
            PascalCase: {
                hit: [{ text: 'EnableEnhancement *bool `json:"EnableEnhancement,omitempty"`', path: 'pkg/types.go', packageText: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"' }, 'from tencentcloud.hunyuan.v20230901 import models\nreq.ForceSearchEnhancement = True', { path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreq.setEnableSpeedSearch(true);' }],
                miss: ['req.EnableEnhancement = True', { text: 'EnableEnhancement *bool', path: 'pkg/types.go', packageText: 'import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"' }, 'from tencentcloud.hunyuan.v20230901 import models\nreq.EnableEnhancementX = True'],
            },
            'C# and Rust attributes': {
                hit: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancement")]\npublic bool? Enhance { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("ForceSearchEnhancement")]\npublic bool? Force { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "EnableSpeedSearch")]\npub speed: Option<bool>,', packageText: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' },
                ],
                miss: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancement")]\npublic bool? Enhance { get; set; }', packageText: 'using Newtonsoft.Json;' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "EnableSpeedSearch")]\npub speed: Option<bool>,', packageText: 'use reqwest::Client;' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancements")]\npublic bool? Enhance { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                ],
            },
            lowerCamel: {
                hit: ['base: "https://tokenhub.tencentmaas.com/v1"\nenableEnhancement: true', { text: 'private Boolean enableDeepSearch;', path: 'pkg/Opts.java', packageText: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;' }, { path: 'c.json', text: '{"url": "https://api.hunyuan.cloud.tencent.com/v1", "forceSearchEnhancement": true}' }],
                miss: ['enableEnhancement: true', { path: 'c.json', text: '{"enableSpeedSearch": true}' }, 'base: "https://tokenhub.tencentmaas.com/v1"\nmyenableEnhancement: true'],
            },
            snake_case: {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nextra_body={"enable_enhancement": True}', 'HUNYUAN_API_KEY\n{"enable_speed_search": true}', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nenable_deep_read: true,"],
                miss: ['extra_body={"enable_enhancement": True}', 'base_url="https://api.deepseek.com"\n{"enable_multimedia": true}', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nmy_enable_enhancement_flag = 1'],
            },
            'UPPER_SNAKE constant': {
                hit: ['HUNYUAN_API_KEY = os.environ["K"]\nENABLE_ENHANCEMENT = True', 'from tencentcloud.hunyuan.v20230901 import models\nFORCE_SEARCH_ENHANCEMENT = "ForceSearchEnhancement"', 'base = "https://api.hunyuan.cloud.tencent.com/v1"\nENABLE_RECOMMENDED_QUESTIONS = False'],
                miss: ['ENABLE_ENHANCEMENT = True', 'base = "https://api.deepseek.com"\nENABLE_SPEED_SEARCH = 1', 'base = "https://api.hunyuan.cloud.tencent.com/v1"\nENABLE_ENHANCEMENTS_UI = 1'],
            },
        }),
    },
    {
        id: 'hunyuan-shared-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'Search parameter Hunyuan shares with other vendors',
        anchors: ['citation', 'search_info', 'search_scene', 'searchscene'],
        // `citation` and `search_info` belong to other vendors and to bibliographies too: only as a field, and only
        // where the file or its package talks to the legacy Hunyuan API, or the file's client points at TokenHub.
        pattern: fieldName('Citation|citation|search_info|search_scene|SearchScene'),
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan', 'tokenhub'], reach: 'package' },
        message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuanSearch, SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.tokenHubSearchDoc, SOURCES.lobeHubHalfMigrated],
        examples: examples({
            'quoted key or tag': {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nextra_body={"citation": True}', { path: 'pkg/types.go', text: 'Citation bool `json:"Citation,omitempty"`', packageText: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nresp, err := c.ChatCompletions(req)' }, { path: 'pkg/Opts.java', text: '@SerializedName("search_info")\nprivate Boolean s;', packageText: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreturn client.ChatCompletions(req);' }],
                miss: ['extra_body={"citation": True}', { path: 'pkg/types.go', text: 'Citation string `json:"citation"`', packageText: 'package search' }, 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nstyle = "citation needed"'],
            },
            'key or keyword argument': {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\ncreate(model=m, citation=True)', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\ncitation: true,", "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_info?: boolean;"],
                miss: ["citation: true,", 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nSee the citation below.', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nif citation == other: pass'],
            },
            'C# and Rust attributes': {
                hit: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("Citation")]\npublic bool? Cites { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("search_info")]\npublic bool? Info { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "Citation")]\npub cites: Option<bool>,', packageText: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' },
                ],
                miss: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("citation")]\npublic string Cite { get; set; }', packageText: 'using Newtonsoft.Json;' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "citation")]\npub cite: String,', packageText: 'use reqwest::Client;' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("citations")]\npublic List<string> Cites { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                ],
            },
            'member or setter': {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nreq.Citation = True', { path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletions(req);\nreq.setCitation(true);' }, 'HUNYUAN_API_KEY\nreq.SearchScene = "x"'],
                miss: ['req.Citation = True', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nprint(ref.citation)', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nformatCitation(x)'],
            },
        }),
    },
    {
        id: 'lke-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'LKE DeepSeek online-search parameter (Cloud API)',
        anchors: ['enablesearch'],
        pattern: '(?:(?<![A-Za-z0-9])|(?<=set))EnableSearch\\b',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke'] },
        message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaLkeapSearch, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl],
        examples: examples({
            'Cloud API field': {
                hit: ['from tencentcloud.lkeap.v20240522 import models\nclient.ChatCompletions(req)\nreq.EnableSearch = True', { path: 'A.java', text: 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;\nclient.ChatCompletions(req);\nreq.setEnableSearch(true);' }, 'base = "https://api.lkeap.cloud.tencent.com/v1"\n{"EnableSearch": true}'],
                miss: ['req.EnableSearch = True', 'base = "https://api.deepseek.com"\nreq.EnableSearch = True', 'base = "https://api.lkeap.cloud.tencent.com/v1"\nreq.EnableSearchUI = True'],
            },
        }),
    },
    {
        id: 'lke-openai-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'LKE DeepSeek online-search parameter (OpenAI-compatible API)',
        anchors: ['enable_search', 'search_enabled'],
        pattern: fieldName('enable_search|search_enabled'),
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke', 'tokenhub'] },
        message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.lkeSearchThirdParty, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl],
        examples: examples({
            'OpenAI-compatible field': {
                hit: ['base_url="https://api.lkeap.cloud.tencent.com/v1"\nextra_body={"enable_search": True}', 'base_url: https://api.lkeap.cloud.tencent.com/v1\nenable_search: true', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_enabled: true,"],
                miss: ['base_url="https://dashscope.aliyuncs.com/compatible-mode/v1"\nextra_body={"enable_search": True}', 'extra_body={"enable_search": True}', 'base_url="https://api.lkeap.cloud.tencent.com/v1"\nif enable_search == flag: pass'],
            },
        }),
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules/smoke.ts



/** The rule of the key smoke test's cross-check; its findings exist only when a smoke test ran. */
const TOKENHUB_MODEL_NOT_ENABLED = 'tokenhub-model-not-enabled';
const SMOKE_RULES = [
    {
        id: TOKENHUB_MODEL_NOT_ENABLED,
        category: 'legacy-model',
        // A warning, not an error: glm-5, kimi-k2.5 and the DeepSeek IDs also name models of other providers.
        severity: 'warning',
        title: 'TokenHub model the API key cannot use',
        anchors: ['deepseek-', 'glm-', 'kimi-', 'minimax-', 'hunyuan-', 'hy3', 'hy4', 'hy-mt2'],
        pattern: (0,patterns/* modelIdPattern */.XU)(tokenhub_models/* TOKENHUB_CHAT_MODEL_IDS */.B$),
        caseSensitive: true,
        smokeTestOnly: true,
        message: 'Model `{match}` is not among the models the TokenHub API key can use.',
        replacement: {
            hint: 'Enable the model for pay-as-you-go in the TokenHub console, include it in the key\'s Accessible Range, ' +
                'or change the code to a model the key lists.',
            evidence: 'confirmed',
        },
        sources: [SOURCES.tokenHubGettingStarted, SOURCES.tokenHubModelsIntl, SOURCES.tokenHubModelsMainland, SOURCES.tokenHubModelList],
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules.ts






/**
 * The rule catalog: what ties code to the retiring Hunyuan and LKE DeepSeek platforms, as data, one file per
 * category under rules/. Facts and their markers come from shared/catalog.md and shared/catalog-update-2026-12.md.
 * Order matters: where two rules of one category match the same text, the first one listed is reported, so
 * specific rules come before general ones.
 */
const RULES = [...ENDPOINT_RULES, ...SDK_RULES, ...MODEL_RULES, ...SEARCH_RULES, ...SMOKE_RULES];


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ TOKENHUB_CHAT_MODEL_IDS),
/* harmony export */   Ny: () => (/* binding */ TOKENHUB_HOSTS),
/* harmony export */   YN: () => (/* binding */ TOKENHUB_MODELS),
/* harmony export */   jo: () => (/* binding */ DEFAULT_SMOKE_TEST_MODEL)
/* harmony export */ });
const INTL = 'tencentcloud.com/document/product/1300/78941 (2026-05-13)';
const MAINLAND = 'cloud.tencent.com/document/product/1823/130078';
const HY_SUCCESSORS = 'cloud.tencent.com/document/product/1729/131925; 1823/132358';
const HY_GUIDE_MAINLAND = 'cloud.tencent.com/document/product/1823/132252 (2026-05-28)';
const HY_GUIDE_INTL = 'tencentcloud.com/document/product/1300/80695 (2026-06-12)';
/** The newer Hy IDs: named by Tencent's CloudBase model list and by third-party routers, not by TokenHub's own pages. */
const HY_NEWER = 'docs.cloudbase.net/ai/available-models (CloudBase, not TokenHub); openrouter.ai tencent/hy4-flash';
const LITELLM = 'docs.litellm.ai/docs/providers/tencent';
function models(kind, evidence, source, ids, date) {
    return ids.map((id) => ({ id, kind, evidence, source, ...(date ? { date } : {}) }));
}
const TOKENHUB_MODELS = [
    ...models('chat', 'confirmed', INTL, [
        'deepseek-v4-flash', 'deepseek-v4-pro', 'deepseek-v3.2', 'glm-5', 'glm-5v-turbo', 'glm-5-turbo',
        'glm-5.1', 'kimi-k2.6', 'kimi-k2.5', 'minimax-m2.5', 'minimax-m2.7',
    ]),
    ...models('chat', 'confirmed', MAINLAND, [
        'hunyuan-2.0-thinking-20251109', 'hunyuan-2.0-instruct-20251111', 'hunyuan-role-latest',
        'deepseek-v3.1-terminus', 'deepseek-r1-0528', 'deepseek-v3-0324', 'kimi-k2-thinking-turbo', 'kimi-k2-turbo-preview',
    ]),
    ...models('image', 'confirmed', MAINLAND, ['HY-Image-V3.0', 'HY-Image-Lite']),
    ...models('video', 'confirmed', MAINLAND, ['HY-Video-1.5', 'YT-Video-2.0', 'YT-Video-HumanActor', 'YT-Video-FX']),
    ...models('3d', 'confirmed', MAINLAND, ['HY-3D-3.0', 'HY-3D-3.1', 'HY-3D-Express']),
    ...models('chat', 'confirmed', HY_SUCCESSORS, ['hy3-preview']),
    ...models('chat', 'confirmed', HY_GUIDE_INTL, ['hy-mt2-plus'], '2026-12-02'),
    ...models('chat', 'confirmed', HY_GUIDE_MAINLAND, ['hy-mt2-pro'], '2026-12-02'),
    // The catalog once cited 1300/80695 for these; its copy of 2026-06-12 lists only hy-mt2-plus (checked 2026-12-02).
    ...models('chat', 'third-party', HY_NEWER, ['hy3', 'hy4', 'hy4-preview', 'hy4-flash'], '2026-12-02'),
    ...models('chat', 'third-party', LITELLM, ['deepseek-v4-flash-202605', 'deepseek-v4-pro-202606']),
];
/** The chat models: what a chat completion can test, and what the cross-check looks for in code. */
const TOKENHUB_CHAT_MODEL_IDS = TOKENHUB_MODELS.filter((m) => m.kind === 'chat').map((m) => m.id);
/** Tested when the code names no TokenHub model and none is configured: the model of TokenHub's own guide example. */
const DEFAULT_SMOKE_TEST_MODEL = 'deepseek-v4-flash';
/**
 * Hosts a TokenHub API key may be sent to. `tokenhub-us.tencentcloudmaas.com` is left out: only third-party code
 * names it, no document does (catalog 1.3, marked unverified).
 */
const TOKENHUB_HOSTS = [
    { host: 'tokenhub-intl.tencentcloudmaas.com', region: 'international', evidence: 'confirmed' },
    { host: 'tokenhub.tencentcloudmaas.com', region: 'mainland', evidence: 'confirmed' },
    { host: 'tokenhub-intl.tencentcloudmaas.tech', region: 'international', backup: true, evidence: 'confirmed' },
    { host: 'tokenhub.tencentcloudmaas.tech', region: 'mainland', backup: true, evidence: 'confirmed' },
    { host: 'tokenhub.tencentmaas.com', region: 'mainland', evidence: 'confirmed' },
    { host: 'tokenhub-intl.tencentmaas.com', region: 'international', evidence: 'third-party' },
];


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ CUSTOM_ENDPOINT_RULE_ID),
/* harmony export */   FO: () => (/* binding */ validateCustomModel),
/* harmony export */   Nc: () => (/* binding */ CUSTOM_MODEL_RULE_ID),
/* harmony export */   XF: () => (/* binding */ validateCustomEndpoint),
/* harmony export */   bl: () => (/* binding */ customRules)
/* harmony export */ });
/* harmony import */ var _catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);

/**
 * Users' own legacy endpoints and model IDs (config `extra.endpoints` / `extra.models`) as two catalog rules.
 * The entries are untrusted text: never raw regular expressions. Each is literal text with at most a few
 * `*` wildcards, which become bounded character classes, so every pattern stays linear-time.
 */
const CUSTOM_ENDPOINT_RULE_ID = 'custom-endpoint';
const CUSTOM_MODEL_RULE_ID = 'custom-model';
const MAX_WILDCARDS = 2;
const MIN_LITERAL_RUN = 4;
/** The longest run of literal characters: the prefilter's anchor for the entry. */
function longestLiteral(entry) {
    return entry.split('*').reduce((a, b) => (b.length > a.length ? b : a), '');
}
function commonProblems(entry, kind) {
    if (entry.trim() !== entry || entry === '')
        return `an ${kind} must be non-empty text without surrounding spaces`;
    if ((entry.match(/\*/g) ?? []).length > MAX_WILDCARDS)
        return `at most ${MAX_WILDCARDS} \`*\` wildcards in one ${kind}`;
    if (entry.includes('**'))
        return '`**` is not supported here: one `*` stands for a run of characters';
    if (longestLiteral(entry).length < MIN_LITERAL_RUN)
        return `an ${kind} needs a literal part of at least ${MIN_LITERAL_RUN} characters`;
    return undefined;
}
function stripScheme(entry) {
    return entry.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
}
function validateCustomEndpoint(raw) {
    if (raw.length > 200)
        return 'an endpoint is at most 200 characters';
    const entry = stripScheme(raw);
    const problem = commonProblems(entry, 'endpoint');
    if (problem)
        return problem;
    const [host = '', ...pathParts] = entry.split('/');
    if (!/^[A-Za-z0-9*](?:[A-Za-z0-9.*-]*[A-Za-z0-9*])?(?::\d{1,5})?$/.test(host)) {
        return `'${host}' is not a host name (letters, digits, dots, hyphens, an optional :port, and \`*\` for one label)`;
    }
    const path = pathParts.join('/');
    if (path && !/^[A-Za-z0-9._~%*/-]+$/.test(path))
        return 'the path part may hold letters, digits and . _ ~ % - / *';
    return undefined;
}
function validateCustomModel(entry) {
    if (entry.length > 100)
        return 'a model ID is at most 100 characters';
    const problem = commonProblems(entry, 'model ID');
    if (problem)
        return problem;
    if (!/^[A-Za-z0-9._:/*-]+$/.test(entry))
        return 'a model ID may hold letters, digits and . _ : / - (and `*`)';
    return undefined;
}
/** `*` in a host: one DNS label; in a path: one segment. */
function endpointSource(raw) {
    const entry = stripScheme(raw);
    const slash = entry.indexOf('/');
    const host = slash === -1 ? entry : entry.slice(0, slash);
    const path = slash === -1 ? '' : entry.slice(slash);
    const part = (text, star) => text.split('*').map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join(star);
    return part(host, '[A-Za-z0-9-]{1,63}') + part(path, '[\\w.~%-]{1,100}');
}
function modelSource(entry) {
    return entry.split('*').map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join('[\\w.:-]{0,64}');
}
/** Longest first, so that a longer entry wins over its own prefix. */
function alternation(entries, source) {
    return [...new Set(entries)]
        .sort((a, b) => b.length - a.length)
        .map(source)
        .join('|');
}
function customRules(extra, configPath) {
    const rules = [];
    const source = { ref: `${configPath} (extra)`, evidence: 'configured' };
    if (extra.endpoints.length) {
        rules.push({
            id: CUSTOM_ENDPOINT_RULE_ID,
            category: 'legacy-endpoint',
            severity: 'error',
            title: 'Endpoint listed in the configuration',
            anchors: [...new Set(extra.endpoints.map((e) => longestLiteral(stripScheme(e)).toLowerCase()))],
            pattern: `(?<![\\w.-])(?:https?://)?(?:${alternation(extra.endpoints, endpointSource)})(?![\\w-]|\\.[A-Za-z0-9])`,
            // A gateway to the old platform makes model IDs and search parameters in the same file legacy too.
            provides: ['hunyuan', 'lke', 'llm-use'],
            message: 'Endpoint `{match}` is listed as legacy in the configuration (extra.endpoints).',
            replacement: {
                hint: 'Point the client at TokenHub (https://tokenhub-intl.tencentcloudmaas.com/v1) with a TokenHub API key, or at a gateway that forwards to it.',
                evidence: 'inferred',
            },
            sources: [source],
        });
    }
    if (extra.models.length) {
        rules.push({
            id: CUSTOM_MODEL_RULE_ID,
            category: 'legacy-model',
            severity: 'error',
            title: 'Model ID listed in the configuration',
            anchors: [...new Set(extra.models.map((e) => longestLiteral(e).toLowerCase()))],
            pattern: `(?<![\\w./-])(?:${alternation(extra.models, modelSource)})(?![\\w-]|\\.[A-Za-z0-9])`,
            caseSensitive: true,
            provides: ['llm-use'],
            message: 'Model `{match}` is listed as legacy in the configuration (extra.models).',
            replacement: { hint: 'Choose a TokenHub model enabled for your key.', evidence: 'inferred' },
            sources: [source],
        });
    }
    return rules;
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ keyPathText),
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

class ConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    issues;
    constructor(issues) {
        super(issues.map(formatIssue).join('\n'));
        this.issues = issues;
    }
}
function formatIssue(i) {
    return `${i.file}:${i.line}:${i.column}: ${i.key ? `${i.key}: ` : ''}${i.message}`;
}
function keyPathText(keyPath) {
    let out = '';
    for (const seg of keyPath) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_FINDINGS, EXIT_USAGE */
/**
 * Exit statuses of the CLI, and the base of every error the user can fix. Both faces tell a UserError from a
 * crash by its class alone: a UserError's message is the whole story (no stack), and the CLI exits with its code.
 */
const EXIT_OK = 0;
/** Findings at or above the fail-on threshold (or a file the fix could not write). */
const EXIT_FINDINGS = 1;
/** Usage, configuration or input error; also an unexpected crash. */
const EXIT_USAGE = 2;
class UserError extends Error {
    /** The CLI's exit status for this error. */
    exitCode = EXIT_USAGE;
    constructor(message, options) {
        super(message, options);
        // The subclass's own name in logs and stack traces (ConfigError, ModeError, ...).
        this.name = new.target.name;
    }
}
function isUserError(err) {
    return err instanceof UserError;
}


/***/ }),

/***/ 9824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ contextPhrase),
/* harmony export */   HC: () => (/* binding */ byLocation),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   mI: () => (/* binding */ notIgnored)
/* harmony export */ });
/** The context as a message says it: "Hunyuan SDK `hunyuan/v20230901` in client.go of the same package". */
function contextPhrase(context) {
    if (context.scope === 'package')
        return `${context.evidence} in ${context.path.slice(context.path.lastIndexOf('/') + 1)} of the same package`;
    if (context.scope === 'import')
        return `${context.evidence} in ${context.path}, which this file imports`;
    return `${context.evidence} in ${context.path} of the project`;
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** Reading order: path, then line, then column. */
function byLocation(a, b) {
    return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}
/** The findings no inline ignore comment covers: for the steps that act on findings without triage (fix, smoke test). */
function notIgnored(findings) {
    return findings.filter((f) => !f.ignoredInline);
}


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ withFingerprintsAround),
/* harmony export */   UZ: () => (/* binding */ FINGERPRINT_VERSION),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   Y: () => (/* binding */ neighbourhood),
/* harmony export */   tm: () => (/* binding */ fingerprintsOf)
/* harmony export */ });
/* unused harmony export withFingerprints */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Content fingerprints: what a finding is, not where it is. They feed SARIF's partialFingerprints and the
 * baseline file, so that inserting or deleting lines above a finding, or re-indenting it, keeps its identity.
 *
 * A fingerprint hashes the rule, the file, the matched text and its neighbourhood on its own line (up to
 * NEIGHBOURHOOD_CHARS of whitespace-collapsed text on each side), plus which occurrence of that same
 * combination it is in the file. The neighbourhood tells apart two identical URLs in one file; the occurrence
 * number tells apart identical lines. Neighbouring lines are left out on purpose: a comment added above a
 * finding must not make it new.
 */
const FINGERPRINT_VERSION = 1;
const FINGERPRINT_KEY = `tokenhubMigration/v${FINGERPRINT_VERSION}`;
const NEIGHBOURHOOD_CHARS = 48;
function collapse(s) {
    return s.replace(/\s+/g, ' ');
}
/** The text around a match on its line, whitespace-insensitive. Columns are 1-based UTF-16 units. */
function neighbourhood(lineText, column, endColumn) {
    const start = Math.max(0, column - 1);
    const end = Math.max(start, endColumn - 1);
    return {
        before: collapsedTail(lineText, start, NEIGHBOURHOOD_CHARS),
        after: collapsedHead(lineText, end, NEIGHBOURHOOD_CHARS),
    };
}
/*
 * A minified file is one line of megabytes: collapsing all of it for every finding would cost memory in
 * proportion to the line. Collapsing a window gives the same characters as collapsing the whole side, as soon as
 * the window yields more than `n` of them (only the window's cut edge can differ), so the window grows until then.
 */
function collapsedTail(line, end, n) {
    for (let size = 4 * n;; size *= 2) {
        const from = Math.max(0, end - size);
        const text = collapse(line.slice(from, end));
        if (from === 0)
            return text.trimStart().slice(-n);
        if (text.length > n)
            return text.slice(-n);
    }
}
function collapsedHead(line, start, n) {
    for (let size = 4 * n;; size *= 2) {
        const to = Math.min(line.length, start + size);
        const text = collapse(line.slice(start, to));
        if (to === line.length)
            return text.trimEnd().slice(0, n);
        if (text.length > n)
            return text.slice(0, n);
    }
}
function digest(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
/**
 * Adds a fingerprint to each finding of one file's text. `lineText` returns a 1-based line's text.
 * Findings are numbered in file order, so the same input always gives the same fingerprints.
 */
function withFingerprints(findings, lineText) {
    return withFingerprintsAround(findings, (f) => neighbourhood(lineText(f.line), f.column, f.endLine === f.line ? f.endColumn : Number.MAX_SAFE_INTEGER));
}
/** withFingerprints with each finding's neighbourhood already taken from its line (the line itself may be gone). */
function withFingerprintsAround(findings, neighbourhoodOf) {
    const seen = new Map();
    const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
    const prints = new Map();
    for (const f of ordered) {
        const { before, after } = neighbourhoodOf(f);
        const key = digest([FINGERPRINT_VERSION, f.ruleId, f.path, f.match, before, after]);
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        prints.set(f, { fingerprint: digest([key, n]), contentFingerprint: contentKey(f, before, after) });
    }
    return findings.map((f) => ({ ...f, ...prints.get(f) }));
}
/**
 * What a finding is wherever its file lives: the rule, the matched text and its neighbourhood on the line, without
 * the path or an occurrence number. A finding whose file was renamed, moved or split keeps it, so a baseline still
 * knows it (see applyBaseline: each baseline entry stands for one finding only).
 */
function contentKey(f, before, after) {
    return digest([FINGERPRINT_VERSION, 'content', f.ruleId, f.match, before, after]);
}
/**
 * A finding's fingerprint. Findings made by the scanner carry one; for others (a report read from elsewhere),
 * the rule, file and match with an occurrence number stand in, which still ignores line numbers.
 */
function fingerprintsOf(findings) {
    const seen = new Map();
    return findings.map((f) => {
        if (f.fingerprint)
            return f.fingerprint;
        const key = digest([FINGERPRINT_VERSION, f.ruleId, f.path, f.match]);
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return digest([key, 'no-context', n]);
    });
}


/***/ }),

/***/ 5978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ rankFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   kU: () => (/* binding */ atOrAbove)
/* harmony export */ });
/* unused harmony export isFailOn */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9824);

const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'none'];
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function atOrAbove(findings, threshold) {
    if (threshold === 'none')
        return [];
    const min = _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[threshold];
    return findings.filter((f) => _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity] >= min);
}
function countBySeverity(findings) {
    const c = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            c.errors++;
        else if (f.severity === 'warning')
            c.warnings++;
        else
            c.notices++;
    }
    return c;
}
/** Most important first: severity, then path and position, so the top of the list is what to annotate. */
function rankFindings(findings) {
    return [...findings].sort((a, b) => _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] - _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}


/***/ }),

/***/ 5570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ FIX_BRANCH)
/* harmony export */ });
/** The branch the migration pull request lives on, in its own module so the action can name it without loading the fix-PR code. */
const FIX_BRANCH = 'tokenhub-migration/safe-fixes';


/***/ }),

/***/ 7558:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ sdkCounts),
/* harmony export */   WF: () => (/* binding */ sdkSection),
/* harmony export */   dy: () => (/* binding */ sdkCountsLine)
/* harmony export */ });
/* unused harmony export guidanceUrl */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4285);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5325);


function sdkCounts(result) {
    const reports = result.sdk ?? [];
    const clients = reports.flatMap((r) => r.clients);
    return {
        filesConverted: reports.filter((r) => r.clients.some((c) => c.converted)).length,
        filesRefused: reports.filter((r) => r.clients.some((c) => !c.converted)).length,
        clientsConverted: clients.filter((c) => c.converted).length,
        clientsRefused: clients.filter((c) => !c.converted).length,
        findingsLeft: result.remaining.length,
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The guidance a client outcome names is a page of this tool's repository (docs/rules/…): a link that works anywhere. */
function guidanceUrl(guidance) {
    return /^docs\/rules\/[\w-]+\.md$/.test(guidance) ? `${_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_URI */ .qH}/blob/main/${guidance}` : _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_URI */ .qH;
}
function clientName(c) {
    return `${c.service === 'hunyuan' ? 'Hunyuan' : 'LKE'}${c.async ? ' async' : ''} client`;
}
/** One line for the counts, shared by the description and the job summary. */
function sdkCountsLine(n) {
    return (`${plural(n.clientsConverted, 'client')} converted in ${plural(n.filesConverted, 'file')}, ` +
        `${plural(n.clientsRefused, 'client')} refused in ${plural(n.filesRefused, 'file')}; ${plural(n.findingsLeft, 'finding')} left for a person`);
}
/**
 * The section of the pull request body. Client lines are lines of the base commit (`base`), where the Tencent code
 * they describe is; leftovers are lines of the rewritten file on the fix branch (`branch`).
 */
function sdkSection(result, links, maxRows) {
    const reports = result.sdk ?? [];
    const out = [];
    const n = sdkCounts(result);
    out.push(`### Tencent Cloud SDK chat clients (${sdkCountsLine(n)})`, '');
    if (reports.length === 0) {
        out.push('No Tencent Cloud SDK chat client (Hunyuan or LKE, Python or JavaScript/TypeScript) was found to convert.', '');
        return out;
    }
    out.push('Each client was converted together with everything that flows from it (requests, responses, streaming, errors), ' +
        'or left exactly as it was. A refused client needs a person: the reason names the line that decided it.', '', '| Where | Client | Result |', '|---|---|---|');
    const rows = [];
    for (const r of reports) {
        for (const c of r.clients) {
            const where = `[${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(`${r.path}:${c.line}`)}](${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .blobUrl */ .b0)(links.base, r.path, c.line)})`;
            const result = c.converted
                ? `converted to OpenAI${c.notes.length ? `: ${c.notes.map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1).join('; ')}` : ''}`
                : `**refused**: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.reason ?? 'not converted')}; [how to move it by hand](${guidanceUrl(c.guidance)})`;
            rows.push(`| ${where} | ${clientName(c)} | ${result} |`);
        }
        for (const l of r.leftovers) {
            rows.push(`| [${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(`${r.path}:${l.line}`)}](${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .blobUrl */ .b0)(links.branch, r.path, l.line)}) | leftover | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(l.message)} |`);
        }
    }
    out.push(...rows.slice(0, maxRows));
    if (rows.length > maxRows)
        out.push('', `… and ${rows.length - maxRows} more (run \`fix --sdk --dry-run\` for the full list).`);
    out.push('');
    const manifests = result.changes.filter((c) => c.manifest);
    if (manifests.length) {
        out.push('Dependency manifests next to the converted code:', '');
        for (const m of manifests.slice(0, Math.max(maxRows, 10)))
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(m.path)}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(m.manifest.join(', '))}`);
        out.push('');
    }
    return out;
}


/***/ }),

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ forRegion),
/* harmony export */   aU: () => (/* binding */ baseUrlFor),
/* harmony export */   ij: () => (/* binding */ REGIONS)
/* harmony export */ });
/* unused harmony export isRegion */
/* harmony import */ var _catalog_models_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9357);

const REGIONS = ['intl', 'mainland'];
function isRegion(value) {
    return REGIONS.includes(value);
}
function baseUrlFor(region) {
    return region === 'mainland' ? _catalog_models_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_MAINLAND */ .uj : _catalog_models_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_INTL */ ["do"];
}
const INTL_HOST = new URL(_catalog_models_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_INTL */ ["do"]).host;
const MAINLAND_HOST = new URL(_catalog_models_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_MAINLAND */ .uj).host;
/**
 * Adapts a catalog rewrite (written for the international site) to the region, and upgrades a plain-http
 * TokenHub URL to https: TokenHub is documented over https only, and the Bearer key must not travel in clear.
 */
function forRegion(rewritten, region) {
    const host = region === 'mainland' ? MAINLAND_HOST : INTL_HOST;
    let out = rewritten.replace(INTL_HOST, host);
    if (out.toLowerCase().startsWith(`http://${host}`))
        out = `https://${out.slice('http://'.length)}`;
    return out;
}


/***/ }),

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QE: () => (/* binding */ gitOrThrow),
/* harmony export */   XS: () => (/* binding */ GitError)
/* harmony export */ });
/* unused harmony export DEFAULT_GIT_MAX_BYTES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Large enough for the zero-context patch of a very large PR; beyond it the REST fallback takes over. */
const DEFAULT_GIT_MAX_BYTES = 512 * 1024 * 1024;
function runGit(args, opts) {
    const maxBytes = opts.maxBytes ?? DEFAULT_GIT_MAX_BYTES;
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd: opts.cwd,
            // No prompt may ever block a CI job; the credentials actions/checkout left in the git config still apply.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...opts.env },
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let outBytes = 0;
        let overflow = false;
        let timedOut = false;
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, opts.timeoutMs)
            : undefined;
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes > maxBytes) {
                overflow = true;
                child.kill('SIGKILL');
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        if (opts.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input);
        }
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code: 127, stdout: '', stderr: `could not run git: ${e.message}` });
        });
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            let stderr = Buffer.concat(err).toString('utf8').trim();
            if (overflow)
                stderr = `output larger than ${maxBytes} bytes`;
            if (timedOut)
                stderr = `timed out after ${opts.timeoutMs} ms`;
            resolve({ code: overflow || timedOut ? 1 : (code ?? 1), stdout: Buffer.concat(out).toString('utf8'), stderr });
        });
    });
}
/** A git step that failed; `stderr` is git's own words, for callers that tell failures apart. */
class GitError extends Error {
    stderr;
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
    }
}
/** Runs git and returns its stdout; a non-zero exit throws GitError with git's last lines of stderr. */
async function gitOrThrow(cwd, args, opts = {}) {
    const r = await runGit(args, { cwd, maxBytes: 64 * 1024 * 1024, ...opts });
    if (r.code !== 0)
        throw new GitError(`git ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`, r.stderr);
    return r.stdout;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   gg: () => (/* binding */ describeApiError)
/* harmony export */ });
/** What an octokit error says, read without loading octokit: its HTTP status, a one-line description, its kind. */
/** The HTTP status of an octokit error, if it has one. */
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/** A short, single-line description of an API failure for warnings (never the token: octokit redacts it). */
function describeApiError(err) {
    const status = statusOf(err);
    const message = err?.message?.split('\n')[0] ?? String(err);
    return status && status !== 500 ? `HTTP ${status}: ${message}` : message;
}
/** 401, or a 403 that is not a rate limit: the token lacks a permission. */
function isPermissionDenied(err) {
    const status = statusOf(err);
    if (status === 401)
        return true;
    if (status !== 403)
        return false;
    // A 403 that is a rate limit is not a permission problem.
    return !/rate limit/i.test(err.message ?? '');
}


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   rb: () => (/* binding */ ApiRefused),
/* harmony export */   vl: () => (/* binding */ apiRefused),
/* harmony export */   xC: () => (/* binding */ apiStep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3116);

class ApiRefused extends Error {
    permissionDenied;
    constructor(message, 
    /** The token or a repository setting refused: the user can fix it (not a server error). */
    permissionDenied) {
        super(message);
        this.permissionDenied = permissionDenied;
    }
}
/** Refusals that no permission fixes: a repository or organization setting does. */
const SETTINGS = [
    {
        applies: (status) => status === 410,
        explain: 'issues are disabled in this repository (HTTP 410). Turn them on in the repository settings',
    },
    {
        applies: (_status, message) => /not permitted to create or approve pull requests/i.test(message),
        explain: 'GitHub Actions may not create pull requests in this repository. Allow it under Settings → Actions → General → ' +
            '"Allow GitHub Actions to create and approve pull requests" (or the organization\'s setting)',
    },
];
/** Runs one API step; on failure throws ApiRefused with a message fit for a warning. */
async function apiStep(what, permission, fn, opts = {}) {
    try {
        return await fn();
    }
    catch (err) {
        throw apiRefused(what, permission, err, opts);
    }
}
function apiRefused(what, permission, err, opts = {}) {
    if (err instanceof ApiRefused)
        return err;
    const off = opts.offSwitch ?? 'turn this output off';
    const message = err?.message?.split('\n')[0] ?? String(err);
    const setting = SETTINGS.find((s) => s.applies((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err), message));
    if (setting)
        return new ApiRefused(`Could not ${what}: ${setting.explain}, or ${off}.`, true);
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermissionDenied */ .T1)(err)) {
        return new ApiRefused(`Could not ${what}: the token was refused (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(err)}). Give the workflow's token '${permission}' ` +
            `(add it under \`permissions:\` in the job), or ${off}.`, true);
    }
    return new ApiRefused(`Could not ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(err)}`, false);
}


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ languageOfPath),
/* harmony export */   Me: () => (/* binding */ LANGUAGE_LABEL),
/* harmony export */   VS: () => (/* binding */ FENCE_LANGUAGE),
/* harmony export */   "if": () => (/* binding */ SNIPPET_LANGUAGES)
/* harmony export */ });
const SNIPPET_LANGUAGES = ['python', 'typescript', 'go', 'java', 'http'];
const LANGUAGE_LABEL = {
    python: 'Python',
    typescript: 'TypeScript / JavaScript',
    go: 'Go',
    java: 'Java (and other JVM languages)',
    http: 'HTTP (curl)',
};
/** The info string of a Markdown code fence. */
const FENCE_LANGUAGE = {
    python: 'python',
    typescript: 'ts',
    go: 'go',
    java: 'java',
    http: 'sh',
};
const BY_EXTENSION = {
    py: 'python', pyi: 'python', pyw: 'python', ipynb: 'python',
    ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
    js: 'typescript', jsx: 'typescript', mjs: 'typescript', cjs: 'typescript', vue: 'typescript', svelte: 'typescript',
    go: 'go',
    java: 'java', kt: 'java', kts: 'java', scala: 'java', groovy: 'java',
};
function languageOfPath(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot <= 0)
        return 'http';
    return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? 'http';
}


/***/ }),

/***/ 4505:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ guidanceMarkdown)
/* harmony export */ });
/* unused harmony export topicMarkdown */
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5325);
/* harmony import */ var _languages_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4805);
/* harmony import */ var _snippets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2090);



/** A topic's explanation and its snippets, each language folded in a `<details>` block. */
function topicMarkdown(guidance, languages, model, opts) {
    const out = [];
    if (opts.heading)
        out.push(opts.heading, '');
    for (const p of guidance.summary)
        out.push(p, '');
    for (const lang of languages) {
        const snippet = guidance.snippets[lang];
        if (!snippet)
            continue;
        out.push(`<details><summary>${_languages_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_LABEL */ .Me[lang]}</summary>`, '');
        out.push('```' + _languages_js__WEBPACK_IMPORTED_MODULE_0__/* .FENCE_LANGUAGE */ .VS[lang], (0,_snippets_js__WEBPACK_IMPORTED_MODULE_1__/* .fillSnippet */ .R)(snippet, { baseUrl: opts.baseUrl, model }), '```', '');
        out.push('</details>', '');
    }
    return out;
}
/** The guidance sections of a report (job summary, PR description): one per topic, with links to the rule pages. */
function guidanceMarkdown(sections, opts) {
    const hashes = '#'.repeat(opts.headingLevel);
    const out = [];
    for (const s of sections) {
        const rules = s.ruleIds.map((id) => `[\`${id}\`](${(0,_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)(id)})`).join(', ');
        const heading = `${hashes} ${s.guidance.title}`;
        out.push(...topicMarkdown(s.guidance, s.languages, s.model, { baseUrl: opts.baseUrl, heading }));
        out.push(`${s.findings} finding${s.findings === 1 ? '' : 's'}; rules: ${rules}.`, '');
    }
    return out;
}


/***/ }),

/***/ 6990:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ planGuidance)
});

// EXTERNAL MODULE: ./src/guidance/languages.ts
var languages = __nccwpck_require__(4805);
;// CONCATENATED MODULE: ./src/guidance/rule-guidance.ts
const HUNYUAN = 'hy3-preview';
const LKE = 'deepseek-v4-flash';
const RULE_GUIDANCE = {
    'hunyuan-hyllm-endpoint': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
    'hunyuan-intl-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
    'hunyuan-cloudapi-endpoint': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-image-endpoint': { topic: 'image', model: 'HY-Image-V3.0' },
    'lke-v3-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-anthropic-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-openai-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-cloudapi-endpoint': { topic: 'cloud-api', model: LKE },
    'hunyuan-sdk-dependency': { topic: 'cloud-api', model: HUNYUAN },
    'lke-sdk-dependency': { topic: 'cloud-api', model: LKE },
    'hunyuan-sdk': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-image-job': { topic: 'image', model: 'HY-Image-V3.0' },
    'hunyuan-sdk-llm-call': { topic: 'cloud-api', model: HUNYUAN },
    'lke-sdk-chat': { topic: 'cloud-api', model: LKE },
    'lke-sdk-chat-call': { topic: 'cloud-api', model: LKE },
    'langchain-hunyuan': { topic: 'langchain', model: HUNYUAN },
    'hunyuan-translation-model': { topic: 'model', model: 'hy-mt2-plus' },
    'hunyuan-model-shutdown': { topic: 'model', model: HUNYUAN },
    'hunyuan-model-not-on-tokenhub': { topic: 'model', model: HUNYUAN },
    'hunyuan-vision-model': { topic: 'model', model: HUNYUAN },
    'hunyuan-embedding-model': { topic: 'model', model: HUNYUAN },
    'hunyuan-model': { topic: 'model', model: HUNYUAN },
    'lke-deepseek-r1-model': { topic: 'model', model: 'deepseek-v4-pro' },
    'lke-deepseek-v3-model': { topic: 'model', model: LKE },
    'tokenhub-unlisted-deepseek-model': { topic: 'model', model: LKE },
    'hunyuan-search-param': { topic: 'search', model: HUNYUAN },
    'hunyuan-shared-search-param': { topic: 'search', model: HUNYUAN },
    'lke-search-param': { topic: 'search', model: LKE },
    'lke-openai-search-param': { topic: 'search', model: LKE },
};
function guidanceForRule(ruleId) {
    return RULE_GUIDANCE[ruleId];
}

// EXTERNAL MODULE: ./src/guidance/snippets.ts
var guidance_snippets = __nccwpck_require__(2090);
;// CONCATENATED MODULE: ./src/guidance/plan.ts



/** Heaviest work first: code that must be rewritten, then search, then configuration and model IDs. */
const TOPIC_ORDER = ['cloud-api', 'langchain', 'search', 'openai-endpoint', 'model'];
function planGuidance(findings) {
    const byTopic = new Map();
    for (const f of findings) {
        const rg = guidanceForRule(f.ruleId);
        if (!rg)
            continue;
        const entry = byTopic.get(rg.topic) ?? { ruleIds: new Set(), languages: new Set(), models: new Map(), count: 0 };
        entry.ruleIds.add(f.ruleId);
        const snippets = guidance_snippets/* GUIDANCE */.V[rg.topic].snippets;
        const lang = (0,languages/* languageOfPath */.F4)(f.path);
        if (Object.keys(snippets).length)
            entry.languages.add(snippets[lang] ? lang : 'http');
        entry.models.set(rg.model, (entry.models.get(rg.model) ?? 0) + 1);
        entry.count++;
        byTopic.set(rg.topic, entry);
    }
    return TOPIC_ORDER.filter((t) => byTopic.has(t)).map((topic) => {
        const e = byTopic.get(topic);
        const model = [...e.models].sort((a, b) => b[1] - a[1])[0][0];
        return {
            topic,
            guidance: guidance_snippets/* GUIDANCE */.V[topic],
            model,
            languages: languages/* SNIPPET_LANGUAGES */["if"].filter((l) => e.languages.has(l)),
            ruleIds: [...e.ruleIds].sort(),
            findings: e.count,
        };
    });
}


/***/ }),

/***/ 2090:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fillSnippet),
/* harmony export */   V: () => (/* binding */ GUIDANCE)
/* harmony export */ });
const PY_CHAT = `# pip install openai
import os
from openai import OpenAI

client = OpenAI(
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],  # a TokenHub API key (Bearer), not SecretId/SecretKey
)
completion = client.chat.completions.create(
    model="{{MODEL}}",
    messages=[{"role": "user", "content": "Hello"}],
)
print(completion.choices[0].message.content)`;
const TS_CHAT = `// npm install openai
import OpenAI from 'openai';

const client = new OpenAI({
  baseURL: '{{BASE_URL}}',
  apiKey: process.env.TOKENHUB_API_KEY, // a TokenHub API key (Bearer), not SecretId/SecretKey
});
const completion = await client.chat.completions.create({
  model: '{{MODEL}}',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(completion.choices[0]?.message.content);`;
const GO_CHAT = `// go get github.com/openai/openai-go/v3
import (
	"context"
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")), // a TokenHub API key (Bearer), not SecretId/SecretKey
)
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Hello")},
})
if err != nil {
	panic(err)
}
fmt.Println(completion.Choices[0].Message.Content)`;
const JAVA_CHAT = `// Maven/Gradle: com.openai:openai-java
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY")) // a TokenHub API key (Bearer), not SecretId/SecretKey
    .build();
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("Hello")
    .build();
ChatCompletion completion = client.chat().completions().create(params);
System.out.println(completion.choices().get(0).message().content().orElse(""));`;
const HTTP_CHAT = `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "Hello"}]}'`;
const CHAT_SNIPPETS = { python: PY_CHAT, typescript: TS_CHAT, go: GO_CHAT, java: JAVA_CHAT, http: HTTP_CHAT };
const PY_SEARCH = `import os
from openai import OpenAI

client = OpenAI(base_url="{{BASE_URL}}", api_key=os.environ["TOKENHUB_API_KEY"])

# Chat Completions: web_search_options turns TokenHub search on (citations come back in search_results).
completion = client.chat.completions.create(
    model="{{MODEL}}",
    messages=[{"role": "user", "content": "What is new in AI this week?"}],
    web_search_options={},
)

# Or the Responses API with the web_search tool (hy3 / hy3-preview; citations come back in annotations).
response = client.responses.create(
    model="hy3-preview",
    input="What is new in AI this week?",
    tools=[{"type": "web_search"}],
)
print(response.output_text)`;
const TS_SEARCH = `import OpenAI from 'openai';

const client = new OpenAI({ baseURL: '{{BASE_URL}}', apiKey: process.env.TOKENHUB_API_KEY });

// Chat Completions: web_search_options turns TokenHub search on (citations come back in search_results).
const completion = await client.chat.completions.create({
  model: '{{MODEL}}',
  messages: [{ role: 'user', content: 'What is new in AI this week?' }],
  web_search_options: {},
});

// Or the Responses API with the web_search tool (hy3 / hy3-preview; citations come back in annotations).
const response = await client.responses.create({
  model: 'hy3-preview',
  input: 'What is new in AI this week?',
  tools: [{ type: 'web_search' }],
});
console.log(response.output_text);`;
const GO_SEARCH = `client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")),
)
// web_search_options turns TokenHub search on. The SDK leaves an empty options struct out of the body,
// so set the field explicitly.
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("What is new in AI this week?")},
}, option.WithJSONSet("web_search_options", map[string]any{}))`;
const JAVA_SEARCH = `OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY"))
    .build();
// web_search_options turns TokenHub search on (citations come back in search_results).
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("What is new in AI this week?")
    .webSearchOptions(ChatCompletionCreateParams.WebSearchOptions.builder().build())
    .build();
ChatCompletion completion = client.chat().completions().create(params);`;
const HTTP_SEARCH = `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "What is new in AI this week?"}], "web_search_options": {}}'

curl "{{BASE_URL}}/responses" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "hy3-preview", "input": "What is new in AI this week?", "tools": [{"type": "web_search"}]}'`;
const PY_LANGCHAIN = `# pip install langchain-openai
import os
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(
    model="{{MODEL}}",
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],
)
print(llm.invoke("Hello").content)`;
const TS_LANGCHAIN = `// npm install @langchain/openai
import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: '{{MODEL}}',
  apiKey: process.env.TOKENHUB_API_KEY,
  configuration: { baseURL: '{{BASE_URL}}' },
});
console.log((await llm.invoke('Hello')).content);`;
const GUIDANCE = {
    'openai-endpoint': {
        title: 'OpenAI-compatible client pointed at a legacy endpoint',
        summary: [
            'The client already speaks the OpenAI protocol, so only its configuration changes: the base URL ' +
                '(`tokenhub-migration-check fix` rewrites it), the API key (a new TokenHub key; Hunyuan and LKE keys do not work there) ' +
                'and the model ID (a model enabled for pay-as-you-go in the TokenHub console).',
            'Look for the key where the client is built (for example `HUNYUAN_API_KEY`, `LKEAP_API_KEY` or `TENCENT_CLOUD_API_KEY`) and point it at the TokenHub key.',
        ],
        snippets: CHAT_SNIPPETS,
    },
    'cloud-api': {
        title: 'Tencent Cloud SDK or signed Cloud API call',
        summary: [
            'The Cloud API (TC3-HMAC-SHA256 signing with SecretId/SecretKey, action `ChatCompletions` and friends) has no TokenHub ' +
                'equivalent: replace the SDK client with an OpenAI SDK client against TokenHub and a TokenHub API key. The signing code and ' +
                'the Tencent Cloud SDK dependency go away.',
            'Request fields move to their OpenAI names: `Model` → `model`, `Messages[].Role`/`Content` → `messages[].role`/`content`, ' +
                '`Stream` → `stream`, `Temperature` → `temperature`, `TopP` → `top_p`; the answer is in `choices[0].message.content` ' +
                'instead of `Choices[0].Message.Content`. Search fields (`EnableEnhancement`, `EnableSearch`, ...) have no equivalent: ' +
                'see the search guidance. Note that Hunyuan\'s `ChatCompletions` searched by default (`EnableEnhancement` defaults to true), ' +
                'so a call without the field may have relied on search.',
            'Not a code rewrite, so the fix never edits it.',
        ],
        snippets: CHAT_SNIPPETS,
    },
    langchain: {
        title: 'LangChain Hunyuan integration',
        summary: [
            'Replace the Hunyuan chat model with LangChain\'s OpenAI chat model pointed at TokenHub. The Hunyuan embeddings classes ' +
                'have no TokenHub replacement in the sources: plan another embedding model and re-embed stored vectors.',
        ],
        snippets: { python: PY_LANGCHAIN, typescript: TS_LANGCHAIN, go: GO_CHAT, java: JAVA_CHAT, http: HTTP_CHAT },
    },
    search: {
        title: 'Legacy online-search parameter',
        summary: [
            'The legacy platforms\' online search is decommissioned with them; TokenHub search is a separate product with its own ' +
                'protocol and pricing. Remove the old parameters (`enable_enhancement`, `search_info`, `citation`, `force_search_enhancement`, ' +
                '`enable_speed_search`, `EnableSearch`, `enable_search`, ...): there is no field-by-field equivalent.',
            'Where the answer still needs web results, turn on TokenHub search: `web_search_options` on `/v1/chat/completions` ' +
                '(models `hy3`, `hy3-preview`, `deepseek-v4-pro`, `deepseek-v4-flash`; citations in `search_results`) or the `web_search` tool on ' +
                '`/v1/responses` (`hy3`, `hy3-preview`; citations in `annotations`). Enable search in the TokenHub console (tool management) first; ' +
                'the source can be `lite` or `standard` (`search_source`, default `standard`), and the documented limits are 5 QPS in the Guangzhou region.',
            'Code that read `SearchInfo` / `search_info` from the response must read the new citation fields instead.',
        ],
        snippets: { python: PY_SEARCH, typescript: TS_SEARCH, go: GO_SEARCH, java: JAVA_SEARCH, http: HTTP_SEARCH },
    },
    image: {
        title: 'Hunyuan image, video and 3D jobs',
        summary: [
            'Tencent\'s announcement 2405 stops `TextToImage`, `TextToImageLite`, `HunyuanTextToVideo`, `HunyuanImageToVideo`, ' +
                '`HunyuanImageChat` and `HunyuanTo3D` on 2026-09-30 (no new purchases from 2026-09-01). Their TokenHub replacements are ' +
                'HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1, called with a TokenHub API key instead of SecretId/SecretKey.',
            'Image jobs on TokenHub: `POST /v1/api/image/submit` then `/v1/api/image/query` (seen in third-party code), or ' +
                '`/v1/api/image/lite` with model `hy-image-lite` (documented, 1823/130080). Check the request and result fields against ' +
                'TokenHub\'s documentation: they are not the Cloud API\'s.',
        ],
        snippets: {},
    },
    model: {
        title: 'Legacy model ID',
        summary: [
            'Only a replacement that Tencent\'s documents name is applied by `tokenhub-migration-check fix` (today: the models shut down on ' +
                '2026-06-22 become `hy3-preview`). Other replacements are suggestions, not official mappings: check that the model suits the task ' +
                'and is enabled for your key, then apply your choice with `--models legacy=new` (for example `--models hunyuan-translation=hy-mt2-plus`).',
        ],
        snippets: {},
    },
};
function fillSnippet(snippet, values) {
    return snippet.replaceAll('{{BASE_URL}}', values.baseUrl).replaceAll('{{MODEL}}', values.model);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5863);
/* harmony import */ var _scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4323);


// The parallel scan starts this same bundle as its worker threads.
if ((0,_scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .isScanWorker */ .WJ)())
    (0,_scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .runScanWorker */ .fR)();
else
    await (0,_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dx: () => (/* binding */ addedLinesOf),
  dM: () => (/* binding */ judgeTarget),
  rt: () => (/* binding */ scanTarget)
});

// EXTERNAL MODULE: ./src/target/index.ts + 13 modules
var target = __nccwpck_require__(2153);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/triage/baseline-file.ts
var baseline_file = __nccwpck_require__(9616);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/triage/baseline-scope.ts

/**
 * Which files a scan could have seen, so that baseline entries for other files are not called stale. Paths are
 * relative to the root with `/`; `targets` are the scanned folders or files, also root-relative ('' is the root).
 */
function scanScope(targets, include, exclude) {
    const inc = include.length ? ignore_default()().add([...include]) : undefined;
    const exc = ignore_default()().add([...exclude]);
    const prefixes = targets.map((t) => t.replace(/\/+$/, ''));
    return (p) => {
        const underTarget = prefixes.length === 0 || prefixes.some((t) => t === '' || t === '.' || p === t || p.startsWith(t + '/'));
        return underTarget && (!inc || inc.ignores(p)) && !exc.ignores(p);
    };
}

;// CONCATENATED MODULE: ./src/triage/baseline-input.ts



/**
 * The baseline as triage takes it, for both faces: the file read from the root, and the files this run could have
 * seen (its targets, include and exclude; in diff mode only the changed files), so that entries elsewhere are
 * never called stale.
 */
async function baselineInput(root, file, scope) {
    const baseline = await (0,baseline_file/* readBaselineFile */.s$)(root, file);
    const relTargets = scope.targets.map((t) => toPosix(external_node_path_default().relative(root, external_node_path_default().resolve(root, t))));
    const inTargets = scanScope(relTargets, scope.include, scope.exclude);
    const changed = scope.changedFiles ? new Set(scope.changedFiles) : undefined;
    return { file: displayPath(root, file), baseline, inScope: (p) => inTargets(p) && (!changed || changed.has(p)) };
}
/** A file as the user should read it: relative to the root when inside it, else as given. */
function displayPath(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? toPosix(rel) : file;
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/triage/triage.ts
var triage = __nccwpck_require__(5586);
;// CONCATENATED MODULE: ./src/pipeline/check.ts



/** The target scanned: the whole tree, or the files the change adds, read where the change's lines are. */
async function scanTarget(req) {
    const options = {
        root: req.root,
        paths: req.targets,
        include: req.settings.include,
        exclude: req.settings.exclude,
        catalog: req.settings.catalog,
        ...(req.gitignore !== undefined ? { gitignore: req.gitignore } : {}),
        ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}),
        ...(req.threads !== undefined ? { threads: req.threads } : {}),
        ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    };
    if (!req.change)
        return (0,target/* scanTree */.wp)(options);
    const diff = await (0,target/* resolveChanges */.uy)(req.root, req.change, { ...(req.rest ? { rest: req.rest } : {}), log: (m) => req.log.info(m) });
    return (0,target/* scanChanges */.Vc)(diff, options, req.log);
}
/** The lines a change adds, per path at its head, as triage and the review comments take them. */
function addedLinesOf(diff) {
    return new Map(diff.files.map((f) => [f.path, f.addedLines]));
}
/**
 * Triage of what the scan found: inline ignores, the change's diff scope, the baseline (whose stale entries are
 * sought only where this run looked) and `fail-on`. `result` defaults to the target's own; the action passes it
 * with the smoke test's findings added.
 */
async function judgeTarget(req, target, result = target.result) {
    const { settings } = req;
    const addedLines = target.diff ? addedLinesOf(target.diff) : undefined;
    return (0,triage/* triage */.N)({
        findings: result.findings,
        failOn: settings.failOn,
        ...(addedLines ? { diff: { addedLines, scope: req.scope } } : {}),
        ...(settings.baseline
            ? {
                baseline: await baselineInput(result.root, settings.baseline, {
                    targets: req.targets,
                    include: settings.include,
                    exclude: settings.exclude,
                    ...(addedLines ? { changedFiles: addedLines.keys() } : {}),
                }),
            }
            : {}),
    });
}


/***/ }),

/***/ 6025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ REPOSITORY),
/* harmony export */   M9: () => (/* binding */ ReportSchema),
/* harmony export */   wF: () => (/* binding */ describeIssues)
/* harmony export */ });
/* unused harmony exports ReportFinding, ReportRun, BoardFinding, BoardReportSchema, looksLikeOurReport */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9691);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5325);


/**
 * The JSON report as another run wrote it, checked before any of it is believed: an organisation board reads
 * reports from hundreds of jobs, and the fork pattern reads one a fork's code produced. Only what the readers use is
 * declared; every string has a length cap, every number a range, and unknown keys are dropped.
 */
/** `owner/name` as GitHub allows them: an account name of letters, digits and dashes; a repository name not `.` or `..`. */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{7,64}$/;
const Category = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search']);
const Severity = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warning', 'notice']);
const Position = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(10_000_000);
/** Links the board shows: web links only (no `javascript:`), of a sane length. */
const WebUrl = zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https?$/ }).max(2_000);
/** Text on one line (no line break of any kind). */
const ONE_LINE = /^[^\n\r\u2028\u2029]*$/;
const ReportFinding = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ruleId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200),
    category: Category,
    severity: Severity,
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(4_096),
    line: Position,
    column: Position,
    endLine: Position,
    endColumn: Position,
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(4_000),
    match: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(4_000),
    replacement: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(4_000).optional(),
    docsUrl: WebUrl.optional(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(128).optional(),
    /** Where the finding's context came from (Finding.context). */
    context: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ scope: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['package', 'import', 'project']), path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(4_096).regex(ONE_LINE), evidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(300).regex(ONE_LINE) }).optional(),
});
const ReportRun = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(REPOSITORY),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(SHA),
    event: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100),
    mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['diff', 'full']),
    url: WebUrl.optional(),
    pullRequest: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1), baseSha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(SHA), headSha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(SHA) }).optional(),
    smokeTest: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['passed', 'failed', 'skipped']).optional(),
    fixPr: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['opened', 'updated', 'unchanged', 'closed', 'none', 'skipped']), number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).optional(), url: WebUrl.optional() }).optional(),
    trackingIssue: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ action: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['created', 'updated', 'closed', 'reopened', 'unchanged', 'none']), number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).optional(), url: WebUrl.optional() }).optional(),
});
/** The whole report (DESIGN.md's JSON report contract, version 1). */
const ReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(50) }),
    findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ReportFinding).max(1_000_000),
    skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(4_096), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(1_000) })).max(10_000_000),
    run: ReportRun.optional(),
});
/**
 * What the board reads of a report: per finding only the fields it counts by (the rest is neither shown nor
 * believed), which keeps checking 10,000 reports within the time a scheduled job should take.
 */
const BoardFinding = ReportFinding.pick({ ruleId: true, category: true, severity: true, path: true });
const BoardReportSchema = ReportSchema.extend({ findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(BoardFinding).max(1_000_000) });
/** Is this JSON (already parsed) one of ours at all? Tells a foreign file from a broken report of ours. */
function looksLikeOurReport(value) {
    const tool = value?.tool;
    return typeof value === 'object' && value !== null && tool?.name === TOOL_NAME;
}
/** The first few schema problems, as one line for a note or a warning. */
function describeIssues(error, max = 3) {
    const parts = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
    return parts.join('; ') + more;
}


/***/ }),

/***/ 301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ reportInput),
/* harmony export */   f: () => (/* binding */ diffInfoOf)
/* harmony export */ });
/* harmony import */ var _pipeline_check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5013);

function reportInput(args) {
    const { outcome } = args;
    return Object.freeze({
        ...args,
        result: Object.freeze({ ...args.result, findings: [...outcome.reported] }),
        findings: outcome.judged,
        preExisting: Object.freeze([...outcome.preExisting, ...outcome.known]),
        failOn: outcome.failOn,
        failed: outcome.verdict === 'fail',
    });
}
/** What the reporters say about the change of a target scanned in diff mode. */
function diffInfoOf(target, scope) {
    const { diff } = target;
    return {
        source: diff.source,
        baseSha: diff.baseSha,
        notes: diff.notes,
        changedFiles: diff.files.length,
        scannedFiles: target.scannedFiles ?? 0,
        scope,
        addedLines: (0,_pipeline_check_js__WEBPACK_IMPORTED_MODULE_0__/* .addedLinesOf */ .Dx)(diff),
    };
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ SUMMARY_MAX_ROWS),
/* harmony export */   Cu: () => (/* binding */ fitsBytes),
/* harmony export */   _B: () => (/* binding */ fitsChars),
/* harmony export */   nB: () => (/* binding */ halvings),
/* harmony export */   u4: () => (/* binding */ fitToSize),
/* harmony export */   zV: () => (/* binding */ fitRows)
/* harmony export */ });
/**
 * GitHub caps what it keeps (a job summary at 1 MiB, a comment, issue or pull request body at 65,536 characters):
 * a report that is too long is rendered again with less in it until it fits. One helper for every such report.
 */
/**
 * Most findings a job summary lists (most severe first); the JSON report and SARIF list all. The action's log and
 * the README say this same number (test/report/summary-rows.test.ts keeps them in step).
 */
const SUMMARY_MAX_ROWS = 200;
/** The first rendering, in the order given, that fits; the last one tried when none does (the caller may cut it). */
function fitToSize(attempts, render, fits) {
    let text;
    for (const attempt of attempts) {
        text = render(attempt);
        if (fits(text))
            return text;
    }
    if (text === undefined)
        throw new Error('fitToSize: no attempt to render');
    return text;
}
/** `start`, then half of it, down to 0: row counts to try. */
function* halvings(start) {
    let n = Math.max(0, start);
    for (;;) {
        yield n;
        if (n === 0)
            return;
        n = Math.floor(n / 2);
    }
}
/** Fewer table rows (from `startRows`, halving) until the report fits. */
function fitRows(render, fits, startRows = SUMMARY_MAX_ROWS) {
    return fitToSize(halvings(startRows), render, fits);
}
/** Fits a limit counted in bytes (the job summary). */
function fitsBytes(limit) {
    return (text) => Buffer.byteLength(text) <= limit;
}
/** Fits a limit counted in characters (comment, issue and pull request bodies). */
function fitsChars(limit) {
    return (text) => text.length <= limit;
}


/***/ }),

/***/ 5746:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ renderGuidanceSection)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5799);
/* harmony import */ var _guidance_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4505);
/* harmony import */ var _guidance_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6990);



/**
 * The job summary's "what needs a person" section: per guidance topic, the explanation and the OpenAI-SDK snippet
 * in the languages of the affected files, folded so the summary stays short. Empty when nothing needs guidance.
 */
function renderGuidanceSection(findings, opts = {}) {
    const sections = (0,_guidance_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planGuidance */ .u)(findings);
    if (sections.length === 0)
        return [];
    return [
        `### ${opts.title ?? 'How to migrate'}`,
        '',
        ...(0,_guidance_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .guidanceMarkdown */ .M)(sections, { baseUrl: opts.baseUrl ?? _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_INTL */ ["do"], headingLevel: 4 }),
    ];
}


/***/ }),

/***/ 5236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bB: () => (/* binding */ summaryInput),
/* harmony export */   nq: () => (/* binding */ pullSummaryMarkdown),
/* harmony export */   zS: () => (/* binding */ JOB_SUMMARY_LIMIT)
/* harmony export */ });
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(877);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5382);


/** GitHub keeps at most 1 MiB of job summary per step. */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
const SOURCE_LABEL = {
    git: 'git',
    'git-worktree': 'git (the working tree against its merge base)',
    'git-index': 'git (the index against HEAD)',
    'rest-pull-files': "the REST API's pull request file list (git could not answer)",
    'rest-compare': "the REST API's compare view (git could not answer)",
};
function summaryInput(ctx) {
    const input = {
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
function pullSummaryMarkdown(ctx, appendix = '') {
    const input = summaryInput(ctx);
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_1__/* .fitRows */ .zV)((maxRows) => (0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSummary */ .B)({ ...input, maxRows }) + appendix, (0,_fit_js__WEBPACK_IMPORTED_MODULE_1__/* .fitsBytes */ .Cu)(JOB_SUMMARY_LIMIT));
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RZ: () => (/* binding */ baselineSummaryOf),
/* harmony export */   Xr: () => (/* binding */ jsonReportOptions),
/* harmony export */   nJ: () => (/* binding */ renderJsonReport)
/* harmony export */ });
/* unused harmony export toJsonReport */
/* harmony import */ var _finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7641);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5325);
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5799);



/** The baseline's part of a triage outcome, as the reports show it. */
function baselineSummaryOf(outcome) {
    const b = outcome.baseline;
    return b ? { file: b.file, new: outcome.judged.length, known: outcome.known.length, stale: b.stale } : undefined;
}
/** The JSON report's view of a triage outcome: the baseline's marks and the findings ignore comments set aside. */
function jsonReportOptions(outcome) {
    const baseline = baselineSummaryOf(outcome);
    return {
        ...(baseline && outcome.baseline ? { baseline, knownFingerprints: outcome.baseline.knownFingerprints } : {}),
        ...(outcome.suppressed.length ? { suppressed: outcome.suppressed } : {}),
        ...(outcome.diffScoped ? { added: [...outcome.judged, ...outcome.known] } : {}),
    };
}
function toJsonReport(result, opts = {}) {
    const known = opts.knownFingerprints;
    const prints = known ? (0,_finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintsOf */ .tm)(result.findings) : [];
    const added = opts.added ? new Set(opts.added) : undefined;
    const findings = result.findings.map((f, i) => {
        if (!known && !added)
            return f;
        return {
            ...f,
            ...(known ? { baselineState: known.has(prints[i]) ? 'unchanged' : 'new' } : {}),
            ...(added ? { diffState: added.has(f) ? 'new' : 'pre-existing' } : {}),
        };
    });
    return {
        version: 1,
        tool: { name: _tool_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH, version: _tool_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr, catalogDate: _catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_DATE */ .Xh },
        root: result.root,
        findings,
        skipped: result.skipped,
        stats: result.stats,
        ...(opts.baseline ? { baseline: opts.baseline } : {}),
        ...(opts.run ? { run: opts.run } : {}),
        ...(opts.suppressed?.length ? { suppressed: opts.suppressed.map(({ finding: { ignoredInline: _, ...f }, reason }) => ({ ...f, reason })) } : {}),
    };
}
function renderJsonReport(result, opts = {}) {
    return JSON.stringify(toJsonReport(result, opts), null, 2) + '\n';
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ skippedDetails),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   b0: () => (/* binding */ blobUrl),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
const SEVERITY_ICON = { error: '🔴', warning: '🟡', notice: '🔵' };
/*
 * File names, lines and messages come from a pull request's author. Every character that can open an inline
 * construct in CommonMark or GitHub's Markdown is backslash-escaped (CommonMark lets any ASCII punctuation be
 * escaped, spec 2.4): links and images ([ ] ( ) !), emphasis and strikethrough (* _ ~), code (`), HTML and
 * autolinks (< >), entities (&), table columns (|), mentions (@) and the backslash itself. Line breaks (CR, LF and
 * the Unicode ones) become spaces, so a table row cannot split. Left as they are, because they open nothing
 * mid-line and file names are full of them: . / : - # + = , ; ' " ? $ % ^ { } (except `://` and `www.`, below).
 */
const SPECIAL = /[\\`*_[\]()<>|@!~&]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/** Plain text for Markdown: see above. Also safe in a table cell. */
function escapeText(s) {
    // Bare URLs are autolinked (GFM's extended autolinks): their `://` and `www.` are escaped too.
    // < and > become entities rather than escapes, so no raw tag text survives even for a reader of the source.
    return s.replace(LINE_BREAKS, ' ').replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/:(?=\/\/)/g, '\\:').replace(/(?<=\bwww)\./gi, '\\.');
}
/**
 * This tool's own text (messages, notes, reasons) in a table cell: no column or line break, no HTML. Text from the
 * repository (file names, matched lines) goes through escapeText or codeSpan instead.
 */
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(LINE_BREAKS, ' ').replace(/</g, '&lt;');
}
/**
 * Text as an inline code span: fenced by more backticks than any run inside it (so a backtick cannot end it),
 * padded when it starts or ends with one, line breaks as spaces, and `|` escaped (GitHub's tables split on it even
 * inside a code span, and drop the backslash). Mentions and links are not processed inside code.
 */
function codeSpan(s) {
    const text = s.replace(LINE_BREAKS, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A file (and line) at the run's commit on GitHub; parentheses and quotes encoded too, so the URL cannot end a link early. */
function blobUrl(links, path, line) {
    const encoded = path
        .split('/')
        .map((p) => encodeURIComponent(p).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ''}`;
}
/** The collapsed list of skipped files that ends a summary. */
function skippedDetails(skipped, limit = 100) {
    if (skipped.length === 0)
        return [];
    const out = [`<details><summary>${skipped.length} files skipped</summary>`, ''];
    for (const s of skipped.slice(0, limit))
        out.push(`- ${codeSpan(s.path)}: ${escapeText(s.reason)}`);
    if (skipped.length > limit)
        out.push(`- … and ${skipped.length - limit} more`);
    out.push('', '</details>', '');
    return out;
}


/***/ }),

/***/ 1919:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ runReporters),
  F: () => (/* binding */ verdictMessage)
});

// EXTERNAL MODULE: ./src/finding/severity.ts
var severity = __nccwpck_require__(5978);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __nccwpck_require__(5435);
;// CONCATENATED MODULE: ./src/report/run-reporters.ts

/**
 * Says once which reporters that write through the API are skipped because API writes are off, so that each of
 * them need not fail with its own 403.
 */
function announceApiSkips(reporters, input, skip) {
    const skipped = reporters.filter((r) => r.needsApi && !input.github).map((r) => r.name);
    if (!skipped.length)
        return;
    const message = `Skipping the ${skipped.join(', ')}: ${skip?.reason ?? 'API writes are off'}. The annotations and the job summary still show every finding, and the check still fails when configured.`;
    if (skip?.notice === false)
        input.log.info(message);
    else
        input.log.notice(message);
}
/**
 * Runs one reporter and returns what it produced. A failure costs that reporter only and becomes a warning;
 * a reporter that needs API writes does not run without them.
 */
async function runReporter(reporter, input) {
    if (reporter.needsApi && !input.github)
        return undefined;
    try {
        return await reporter.run(input);
    }
    catch (err) {
        input.log.warning(err instanceof permissions/* ApiRefused */.rb ? err.message : `${reporter.name} failed: ${err.message}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __nccwpck_require__(8298);
;// CONCATENATED MODULE: ./src/report/annotations.ts

/**
 * GitHub shows at most 10 workflow-command annotations of each level per step (50 per job) and drops the rest
 * silently. We choose which ones the user sees: the most severe first, and say how many more there are.
 */
const ANNOTATIONS_PER_LEVEL = 10;
function planAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const ranked = (0,severity/* rankFindings */.JM)(findings);
    const quota = { error: perLevel, warning: perLevel, notice: perLevel };
    const shown = [];
    for (const f of ranked) {
        if (quota[f.severity] > 0) {
            shown.push(f);
            quota[f.severity]--;
        }
    }
    let hidden = findings.length - shown.length;
    if (hidden > 0) {
        // The "N more" notice takes one notice slot itself.
        const lastNotice = shown.map((f) => f.severity).lastIndexOf('notice');
        if (quota.notice === 0 && lastNotice !== -1) {
            shown.splice(lastNotice, 1);
            hidden++;
        }
    }
    return { shown, hidden };
}
function annotationTitle(f) {
    return `${f.ruleId} (${f.category})`;
}

;// CONCATENATED MODULE: ./src/report/workflow-annotations.ts


/**
 * Workflow-command annotations (`::error file=…`): they need no token and no permission, so they work on fork
 * PRs too. GitHub keeps 10 per level per step; planAnnotations picks the most severe and we say how many more.
 */
const workflowAnnotationsReporter = {
    name: 'annotations',
    needsApi: false,
    async run(ctx) {
        const plan = planAnnotations(ctx.findings);
        for (const f of plan.shown) {
            const props = { title: annotationTitle(f), file: f.path, startLine: f.line, endLine: f.endLine };
            // GitHub ignores columns on annotations that span several lines.
            if (f.line === f.endLine) {
                props.startColumn = f.column;
                props.endColumn = f.endColumn;
            }
            const message = f.ignoreProblem ? `${f.message}\n${f.ignoreProblem}` : f.message;
            if (f.severity === 'error')
                core.error(message, props);
            else if (f.severity === 'warning')
                core.warning(message, props);
            else
                core.notice(message, props);
        }
        if (plan.hidden > 0) {
            const where = ctx.checkRunUrl ? `the job summary and the check run (${ctx.checkRunUrl})` : 'the job summary';
            core.notice(`${plan.hidden} more findings are not annotated here (GitHub shows at most 10 per level and step); see ${where}.`, {
                title: 'More TokenHub migration findings',
            });
        }
        return plan;
    },
};

;// CONCATENATED MODULE: ./src/report/report-run.ts



/** `writesOff`: why API writes are off, when they are (said once for the reporters that need them). */
async function runReporters(report, choice, writesOff) {
    const [checkRunReporter, reviewCommentsReporter, stickyCommentReporter, trackingIssueReporter] = await Promise.all([
        choice.checkRun ? __nccwpck_require__.e(/* import() */ 158).then(__nccwpck_require__.bind(__nccwpck_require__, 2158)).then((m) => m.checkRunReporter) : undefined,
        choice.reviewComments ? __nccwpck_require__.e(/* import() */ 419).then(__nccwpck_require__.bind(__nccwpck_require__, 5419)).then((m) => m.reviewCommentsReporter) : undefined,
        choice.comment ? __nccwpck_require__.e(/* import() */ 647).then(__nccwpck_require__.bind(__nccwpck_require__, 647)).then((m) => m.stickyCommentReporter) : undefined,
        choice.trackingIssue ? __nccwpck_require__.e(/* import() */ 418).then(__nccwpck_require__.bind(__nccwpck_require__, 418)).then((m) => m.trackingIssueReporter) : undefined,
    ]);
    const planned = [
        ...(checkRunReporter ? [checkRunReporter] : []),
        ...(choice.annotations ? [workflowAnnotationsReporter] : []),
        ...(reviewCommentsReporter ? [reviewCommentsReporter] : []),
        ...(stickyCommentReporter ? [stickyCommentReporter] : []),
        ...(choice.sarif ? [choice.sarif] : []),
        ...(trackingIssueReporter ? [trackingIssueReporter] : []),
    ];
    if (writesOff)
        announceApiSkips(planned, report, writesOff);
    const products = {};
    const checkRun = checkRunReporter ? await runReporter(checkRunReporter, report) : undefined;
    if (choice.annotations)
        await runReporter(workflowAnnotationsReporter, checkRun?.url ? Object.freeze({ ...report, checkRunUrl: checkRun.url }) : report);
    if (reviewCommentsReporter)
        await runReporter(reviewCommentsReporter, report);
    if (stickyCommentReporter)
        await runReporter(stickyCommentReporter, report);
    if (choice.sarif) {
        const written = await runReporter(choice.sarif, report);
        if (written && 'refused' in written)
            products.sarifRefused = written.refused;
        else if (written)
            products.sarif = written;
    }
    if (trackingIssueReporter) {
        const tracking = await runReporter(trackingIssueReporter, report);
        if (tracking)
            products.tracking = tracking;
    }
    return products;
}
/** The step's failure message when findings at or above `fail-on` remain: what to do about them. */
function verdictMessage(report) {
    const failing = (0,severity/* atOrAbove */.kU)(report.findings, report.failOn).length;
    const where = report.mode === 'diff' ? 'on lines this pull request adds ' : '';
    return (`${failing} finding(s) ${where}at or above '${report.failOn}' still use the retiring Hunyuan/LKE DeepSeek APIs. ` +
        'Move them to TokenHub as the annotations and the job summary say (base URL https://tokenhub-intl.tencentcloudmaas.com/v1, ' +
        "a TokenHub API key, a model enabled for pay-as-you-go), mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'.");
}


/***/ }),

/***/ 5382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   J: () => (/* binding */ MIGRATION_STEPS)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5799);
/* harmony import */ var _finding_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5978);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4285);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(877);
/* harmony import */ var _guidance_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5746);






const CATEGORIES = ['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search'];
const SEVERITIES = ['error', 'warning', 'notice'];
const MIGRATION_STEPS = [
    `Create a TokenHub API key in the TokenHub console and store it as a repository secret (for example \`TOKENHUB_API_KEY\`).`,
    'Enable pay-as-you-go for every model the code will call: prepaid token packages are not sold on TokenHub, and a key only works for enabled models.',
    `Point OpenAI-compatible clients at \`${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_INTL */ ["do"]}\` (mainland: \`https://tokenhub.tencentmaas.com/v1\`) with the TokenHub key as the Bearer token.`,
    'Replace Tencent Cloud SDK (TC3-signed) Hunyuan and LKE chat calls with OpenAI-compatible chat completions.',
    'Swap retired model IDs (for example `hunyuan-*` to `hy3-preview`); Hunyuan translation is not on TokenHub, use a newer model.',
    'Remove the old online-search parameters; TokenHub search is `web_search_options` (Chat Completions) or the `web_search` tool (Responses API).',
];
function lineLink(f, links) {
    const label = `${f.path}:${f.line}`;
    if (!links)
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(label)}`;
    return `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(label)}](${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .blobUrl */ .b0)(links, f.path, f.line)})`;
}
function renderSummary(input) {
    const { result, failOn, failed, diff } = input;
    const findings = input.findings ?? result.findings;
    const maxRows = input.maxRows ?? _fit_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_MAX_ROWS */ .Ak;
    const out = [];
    const counts = (0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countBySeverity */ .Ot)(findings);
    const noun = diff ? 'new findings on lines this pull request adds' : 'findings';
    out.push(`## ${input.title ?? 'TokenHub migration check'}`);
    out.push('');
    if (findings.length === 0) {
        out.push(diff
            ? '✅ This pull request adds no usage of the retiring Hunyuan or LKE DeepSeek APIs.'
            : '✅ No usage of the retiring Hunyuan or LKE DeepSeek APIs found.');
    }
    else {
        const verdict = failed ? `❌ Failing: findings at or above \`${failOn}\`.` : `⚠️ Not failing (fail-on: \`${failOn}\`).`;
        out.push(`${verdict} **${findings.length}** ${noun}: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices.`);
    }
    out.push('');
    if (diff) {
        out.push(`Diff from ${diff.source}: ${diff.changedFiles} changed files, ${diff.scannedFiles} scanned (scope: \`${diff.scope}\`).`);
        if (diff.preExisting) {
            out.push('', `ℹ️ ${diff.preExisting} pre-existing finding(s) elsewhere in the changed files: not on lines this pull request adds, so not counted here. A full scan (\`mode: full\`) lists them.`);
        }
        if (diff.notes.length)
            out.push('', ...diff.notes.map((n) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(n)}`));
        out.push('');
    }
    out.push(`Scanned ${result.stats.files} files (${result.stats.bytes} bytes) in ${(result.stats.durationMs / 1000).toFixed(2)}s. Rule catalog as of ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG_DATE */ .Xh}.`);
    out.push('');
    if (findings.length) {
        out.push('| Category | ' + SEVERITIES.map((s) => `${_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_ICON */ ._9[s]} ${s}`).join(' | ') + ' |');
        out.push('|---|' + SEVERITIES.map(() => '---:').join('|') + '|');
        for (const c of CATEGORIES) {
            const row = SEVERITIES.map((s) => findings.filter((f) => f.category === c && f.severity === s).length);
            if (row.some((n) => n > 0))
                out.push(`| ${c} | ${row.join(' | ')} |`);
        }
        out.push('');
        out.push('### Findings');
        out.push('');
        out.push('| | Where | Rule | What to do |');
        out.push('|---|---|---|---|');
        const ranked = (0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .rankFindings */ .JM)(findings);
        for (const f of ranked.slice(0, maxRows)) {
            const fix = f.replacement ? ` → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.replacement)}` : '';
            out.push(`| ${_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_ICON */ ._9[f.severity]} | ${lineLink(f, input.links)} | \`${f.ruleId}\` | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.match)}${fix}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(f.message)} |`);
        }
        if (ranked.length > maxRows)
            out.push('', `… and ${ranked.length - maxRows} more findings (see the JSON report).`);
        out.push('');
        out.push('### Migration steps');
        out.push('');
        MIGRATION_STEPS.forEach((s, i) => out.push(`${i + 1}. ${s}`));
        out.push('');
        // The same findings as the table: in diff mode, the ones the pull request adds.
        out.push(...(0,_guidance_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderGuidanceSection */ .m)(findings));
    }
    out.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .skippedDetails */ .Jh)(result.skipped));
    return out.join('\n');
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e4: () => (/* binding */ readRepoFileSync),
/* harmony export */   tM: () => (/* binding */ OPEN_FLAGS),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony export formatSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

// Windows has neither flag; there the lstat check before opening is what stands.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}
/** Why a file of this type and size may not be read, or undefined when it may. */
function refusal(st, maxBytes) {
    if (st.isSymbolicLink())
        return 'a symbolic link (not followed)';
    if (!st.isFile())
        return 'not a regular file';
    if (st.size > maxBytes)
        return `larger than ${formatSize(maxBytes)} (${formatSize(st.size)})`;
    return undefined;
}
function failed(err) {
    const code = err.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, missing: true, reason: 'not found' };
    // O_NOFOLLOW on a link that appeared after the check.
    if (code === 'ELOOP')
        return { ok: false, missing: false, reason: 'a symbolic link (not followed)' };
    return { ok: false, missing: false, reason: `unreadable (${code ?? err.message})` };
}
function readRepoFileSync(abs, maxBytes) {
    let fd;
    try {
        const why = refusal((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs), maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, OPEN_FLAGS);
    }
    catch (err) {
        return failed(err);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const why = refusal(st, maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        const buf = Buffer.allocUnsafe(st.size);
        let total = 0;
        while (total < st.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, total, st.size - total, null);
            if (n === 0)
                break;
            total += n;
        }
        return { ok: true, bytes: buf.subarray(0, total) };
    }
    catch (err) {
        return failed(err);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function readRepoFile(abs, maxBytes) {
    let fh;
    try {
        const why = refusal(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(abs), maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        fh = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(abs, OPEN_FLAGS);
    }
    catch (err) {
        return failed(err);
    }
    try {
        const st = await fh.stat();
        const why = refusal(st, maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        const buf = Buffer.allocUnsafe(st.size);
        let total = 0;
        while (total < st.size) {
            const { bytesRead } = await fh.read(buf, total, st.size - total, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
        }
        return { ok: true, bytes: buf.subarray(0, total) };
    }
    catch (err) {
        return failed(err);
    }
    finally {
        await fh.close();
    }
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ pathInsideRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A path the repository names (the config's `baseline:`, the default config file) must stay in the workspace:
 * lexically (no `..`, no absolute path elsewhere) and physically (no folder on the way is a symbolic link, which could
 * lead anywhere). Returns the absolute path, or the reason it may not be used. The file itself is checked when it
 * is opened (see bounded-read.ts), so a missing file is not refused here.
 */
async function pathInsideRoot(root, file) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root));
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
    let rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), abs);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, abs);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return { refused: 'it is outside the workspace' };
    const parts = rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    let dir = realRoot;
    for (const part of parts.slice(0, -1)) {
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, part);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir).catch(() => undefined);
        if (!st)
            break; // missing: the file is missing too, and the reader says so
        if (st.isSymbolicLink())
            return { refused: `${parts.slice(0, parts.indexOf(part) + 1).join('/')} is a symbolic link, which is not followed` };
        if (!st.isDirectory())
            break;
    }
    return { abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realRoot, rel) };
}


/***/ }),

/***/ 6457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   sS: () => (/* binding */ actionReportRoots),
/* harmony export */   sk: () => (/* binding */ ReportPathError)
/* harmony export */ });
/* unused harmony exports prepareReportPath, writeUserFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7194);




/**
 * Where a report (json-file, sarif-file, the CLI's --output) may be written. On a pull request the checked-out tree
 * is the PR author's: a committed `tokenhub-migration.json` that links to a file elsewhere, or a `reports` folder
 * that links out, would make the action overwrite whatever the runner's user can write. So a report goes only to a
 * path inside one of the allowed roots (the workspace, and RUNNER_TEMP which no PR controls), through folders that
 * are real folders (never a symbolic link), to a file that is not a link; missing folders are created one by one,
 * and the file is opened without following a link, so nothing swapped in between the checks and the write counts.
 */
/** A report path that cannot be used; the message says why. The CLI exits 2 with it, the action fails the step. */
class ReportPathError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
}
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const APPEND_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function inside(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return undefined;
    return rel;
}
/**
 * The absolute path a report named `file` (relative to `roots[0]`) will be written to, after checking every folder
 * on the way and creating the missing ones. Throws ReportPathError with a message fit for the user.
 */
async function prepareReportPath(file, roots, what = 'the report') {
    const base = roots[0];
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, file);
    let root;
    let rel;
    for (const r of roots) {
        // Compare against the real root: GITHUB_WORKSPACE itself may be reached through a link the runner made.
        const real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(r).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(r));
        for (const candidate of [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(r), real]) {
            const within = inside(candidate, abs);
            if (within !== undefined) {
                root = real;
                rel = within;
                break;
            }
        }
        if (root)
            break;
    }
    if (!root || !rel) {
        throw new ReportPathError(`Cannot write ${what} to ${file}: the path is outside the workspace${roots.length > 1 ? ' and RUNNER_TEMP' : ''}.`);
    }
    const parts = rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    let dir = root;
    for (const part of parts.slice(0, -1)) {
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, part);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir).catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw new ReportPathError(`Cannot write ${what} to ${file}: ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dir)} cannot be read (${err.code ?? err.message}).`);
        });
        if (!st) {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir).catch((err) => {
                if (err.code !== 'EEXIST')
                    throw new ReportPathError(`Cannot write ${what} to ${file}: cannot create the folder ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dir)} (${err.code ?? err.message}).`);
            });
            const made = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir);
            if (!made.isDirectory() || made.isSymbolicLink())
                throw new ReportPathError(`Cannot write ${what} to ${file}: ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dir)} is not a folder.`);
            continue;
        }
        if (st.isSymbolicLink())
            throw new ReportPathError(`Cannot write ${what} to ${file}: ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dir)} is a symbolic link, which is not followed.`);
        if (!st.isDirectory())
            throw new ReportPathError(`Cannot write ${what} to ${file}: ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dir)} is not a folder.`);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel);
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(target).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a symbolic link, which is not followed.`);
    if (st?.isDirectory())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a folder; name a file.`);
    if (st && !st.isFile())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
    return target;
}
/** Writes `text` to a path from prepareReportPath without following a link put there since. */
async function writeReportFile(file, roots, text, what, opts = {}) {
    const abs = await prepareReportPath(file, roots, what);
    await writeChecked(abs, file, text, what ?? 'the report', opts);
    return abs;
}
/**
 * A file the user named on the command line (`--output`, `--json`, `--summary`). Inside the working folder, which
 * in CI is a checkout someone else may control, it gets the checks of writeReportFile. A path outside it is the
 * user's explicit choice (`--output /tmp/report.json`), and its folders are theirs; the file itself is still never
 * written through a link, into a FIFO (which would block) or a device.
 */
async function writeUserFile(file, cwd, text, what, opts = {}) {
    const abs = path.resolve(cwd, file);
    const realCwd = await fs.realpath(cwd).catch(() => path.resolve(cwd));
    if (inside(path.resolve(cwd), abs) !== undefined || inside(realCwd, abs) !== undefined)
        return writeReportFile(file, [cwd], text, what, opts);
    await fs.mkdir(path.dirname(abs), { recursive: true }).catch((err) => {
        throw new ReportPathError(`Cannot write ${what} to ${file}: cannot create its folder (${err.code ?? err.message}).`);
    });
    const st = await fs.lstat(abs).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a symbolic link, which is not followed.`);
    if (st?.isDirectory())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a folder; name a file.`);
    if (st && !st.isFile())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
    await writeChecked(abs, file, text, what, opts);
    return abs;
}
async function writeChecked(abs, file, text, what, opts) {
    let fh;
    try {
        fh = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(abs, opts.append ? APPEND_FLAGS : WRITE_FLAGS, 0o644);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ELOOP' ? 'it is a symbolic link, which is not followed' : code === 'ENXIO' ? 'it is not a regular file' : `${code ?? err.message}`;
        throw new ReportPathError(`Cannot write ${what} to ${file}: ${why}.`);
    }
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
        // An API error quoted in a report must not carry a token or key into a file that may be uploaded.
        await fh.writeFile((0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(text));
    }
    finally {
        await fh.close();
    }
}
/** The roots a report of the action may go to: the workspace and, when set, the runner's temporary folder. */
function actionReportRoots(workspace) {
    const temp = process.env.RUNNER_TEMP;
    return temp ? [workspace, temp] : [workspace];
}


/***/ }),

/***/ 4009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ minimalAnchors),
/* harmony export */   t: () => (/* binding */ anchorIndexOf)
/* harmony export */ });
/* harmony import */ var _catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);

/** The shortest set of anchors (lower-case, sorted) that every given anchor contains one of. */
function minimalAnchors(anchors) {
    const lower = [...new Set(anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0))];
    return lower.filter((a) => !lower.some((b) => b !== a && a.includes(b))).sort();
}
const indexes = new WeakMap();
function anchorIndexOf(catalog) {
    let index = indexes.get(catalog);
    if (!index) {
        index = buildIndex(catalog.rules);
        indexes.set(catalog, index);
    }
    return index;
}
function alternation(anchors, flags) {
    return anchors.length ? new RegExp(anchors.map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join('|'), flags) : new RegExp('(?!)', flags);
}
function buildIndex(rules) {
    const prefilterAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false).flatMap((c) => c.rule.anchors));
    const minimal = minimalAnchors(rules.flatMap((c) => c.rule.anchors));
    // Per rule: the minimal anchors that stand for its anchors; undefined when the rule has none (it always runs).
    const needs = new Map();
    for (const c of rules) {
        const anchors = c.rule.anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0);
        needs.set(c, anchors.length ? minimal.filter((m) => anchors.some((a) => a.includes(m))) : undefined);
    }
    const finder = alternation(minimal, 'gi');
    const lockfileAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false && !c.skipsLockfiles).flatMap((c) => c.rule.anchors));
    return {
        prefilterAnchors,
        prefilter: alternation(prefilterAnchors, 'i'),
        lockfilePrefilter: alternation(lockfileAnchors, 'i'),
        lockfilesSharePrefilter: lockfileAnchors.join('\n') === prefilterAnchors.join('\n'),
        contextAnchors(tag) {
            const wanted = rules
                .filter((c) => c.rule.context?.anyOf?.length && (c.rule.context.reach ?? 'package') !== 'file' && (tag === undefined || c.rule.context.anyOf.includes(tag)))
                .flatMap((c) => c.rule.anchors)
                .map((a) => a.toLowerCase())
                .filter((a) => !prefilterAnchors.some((f) => a.includes(f)));
            return minimalAnchors(wanted);
        },
        ruleAnchors: minimal,
        anyRule: alternation(minimal, 'i'),
        rulesFor(text) {
            // One pass finds every anchor present: minimal anchors cannot start at the same place, and stepping one
            // character past each hit sees overlapping ones. A rule anchor counts as present when a minimal anchor inside
            // it is, which can only let more rules run.
            const present = new Set();
            finder.lastIndex = 0;
            let m;
            while ((m = finder.exec(text)) !== null) {
                present.add(m[0].toLowerCase());
                finder.lastIndex = m.index + 1;
            }
            return rules.filter((c) => {
                const need = needs.get(c);
                return need === undefined || need.some((a) => present.has(a));
            });
        },
    };
}


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ SEARCH_PAD),
/* harmony export */   SA: () => (/* binding */ AnchorSearch),
/* harmony export */   V1: () => (/* binding */ searchPlans),
/* harmony export */   ju: () => (/* binding */ adoptSearchPlans)
/* harmony export */ });
/**
 * The prefilter over raw bytes: does a file contain one of the catalog's anchors, in any ASCII case?
 * Same answer as the case-insensitive anchor regex over the bytes read as Latin-1, without building a string
 * per file: a few lines of WebAssembly SIMD look 16 bytes at a time for three rare consecutive bytes of each anchor
 * (case folded by OR-ing 0x20, which can only add candidates), and each candidate is checked in full here.
 * The module is assembled below from the anchors themselves, so it follows the catalog.
 * Where WebAssembly SIMD is missing, create() returns undefined and the caller keeps the regex.
 */
/**
 * Bytes looked for at once: pairs are too common in base64 (source maps, lockfile hashes), triples are not; four
 * where every anchor of a set has them, since a set of many anchors of common letters (`citation`, `enable_search`)
 * shares each bucket among several, whose mixtures three bytes let through every few dozen bytes of code.
 */
const WIDTH = 3;
const WIDE = 4;
/** How many bytes a set's anchors are searched by. */
function widthOf(anchors) {
    return anchors.every((a) => a.length >= WIDE) ? WIDE : WIDTH;
}
/** Bytes after the data that the 16-byte loads may touch; kept zero. */
const PAD = 96;
/**
 * Rough byte frequency in source and data files, most common first (digits high: numbers, dates, versions and
 * hashes are everywhere): triples are picked from the rare end.
 */
const COMMON = ' \n\t0123456789etaoinsrlcdhupmf.(),;=_"\'gbyw-/:vk[]{}xjqz';
function rarity(byte) {
    const i = COMMON.indexOf(String.fromCharCode(byte | 0x20));
    return i === -1 ? COMMON.length + 1 : i;
}
/** Most anchors in one set: each adds a few SIMD operations per 16 bytes, for every byte searched. */
const MAX_ANCHORS = 48;
/**
 * One or more anchor sets over one memory: a file read into it once can be searched for each set in turn (the
 * catalog's anchors, then those of the rules that report only with context from other files), in place.
 */
class AnchorSearch {
    memory;
    view;
    finders;
    /** Per set, anchors by their triple, folded (see key()). */
    byKey = [];
    constructor(instance, sets) {
        this.memory = instance.exports.memory;
        this.finders = sets.map((_, i) => instance.exports[`find${i}`]);
        this.view = Buffer.from(this.memory.buffer);
        for (const anchors of sets) {
            const byKey = new Map();
            for (const a of anchors) {
                const k = key(a.bytes, a.at);
                const list = byKey.get(k) ?? [];
                list.push(a);
                byKey.set(k, list);
            }
            this.byKey.push(byKey);
        }
    }
    /** Undefined when an anchor is not plain ASCII of WIDTH bytes or more, or the runtime has no WebAssembly SIMD. */
    static create(anchors) {
        return AnchorSearch.createSets([anchors]);
    }
    /** A search with several anchor sets (tested with testIn(set, ...)); undefined as for create(), or if any set is empty. */
    static createSets(sets) {
        const plan = planOf(sets);
        if (!plan)
            return undefined;
        try {
            return new AnchorSearch(new WebAssembly.Instance(plan.module, {}), plan.lists);
        }
        catch {
            return undefined;
        }
    }
    /** Whether a set of anchors can be searched: not empty, not too many, plain ASCII of WIDTH bytes or more. */
    static accepts(anchors) {
        return anchors.length > 0 && anchors.length <= MAX_ANCHORS && anchors.every((a) => a.length >= WIDTH && /^[\x20-\x7e]+$/.test(a));
    }
    /** A buffer of at least `size` bytes to read a file into; valid until the next call. What it held stays. */
    buffer(size) {
        const need = size + PAD;
        if (this.view.length < need) {
            const pages = Math.ceil((need - this.memory.buffer.byteLength) / 65536);
            this.memory.grow(pages);
            this.view = Buffer.from(this.memory.buffer);
        }
        return this.view;
    }
    /** Whether the first `size` bytes of the buffer hold an anchor of the first set. */
    test(size) {
        return this.testIn(0, 0, size);
    }
    /**
     * Whether bytes [start, end) of the buffer hold an anchor of the given set. The PAD bytes after `end` are zeroed
     * (the 16-byte loads may read them), so whatever is stored there is lost.
     */
    testIn(set, start, end) {
        const bytes = this.view;
        bytes.fill(0, end, end + PAD);
        const find = this.finders[set];
        const byKey = this.byKey[set];
        let from = start;
        for (;;) {
            const p = find(from, end);
            if (p < 0 || p >= end)
                return false;
            for (const a of byKey.get(key(bytes, p)) ?? []) {
                if (matchesAt(bytes, start, end, p - a.at, a.bytes))
                    return true;
            }
            from = p + 1;
        }
    }
}
/** Bytes kept free after a region searched in place (see testIn). */
const SEARCH_PAD = PAD;
/**
 * Plans by their anchor sets: each reader of a thread (the walk's, the context pass's) searches the same sets, and
 * choosing grams and compiling the module once is most of the cost of a reader.
 */
const plans = new Map();
function searchPlans() {
    return [...plans].filter((entry) => entry[1] !== undefined);
}
/** Takes plans made on another thread, so that this one does not choose grams and compile again. */
function adoptSearchPlans(given) {
    for (const [key, plan] of given)
        if (!plans.has(key))
            plans.set(key, plan);
}
function planOf(sets) {
    const cacheKey = JSON.stringify(sets);
    if (plans.has(cacheKey))
        return plans.get(cacheKey);
    let plan;
    if (sets.length > 0 && sets.every((anchors) => AnchorSearch.accepts(anchors))) {
        const widths = sets.map(widthOf);
        const lists = sets.map((anchors, i) => chooseTriples(anchors, widths[i]));
        const grams = lists.map((list, i) => [...new Map(list.map((a) => [gramKey(a.bytes, a.at, widths[i]), [...a.bytes.subarray(a.at, a.at + widths[i])].map((b) => b | 0x20)])).values()]);
        try {
            plan = { lists, module: new WebAssembly.Module(assemble(grams)) };
        }
        catch {
            // No WebAssembly SIMD here: the callers keep their regular expressions.
            plan = undefined;
        }
    }
    plans.set(cacheKey, plan);
    return plan;
}
/** Rarity of the `width` bytes at `at` (higher: rarer). */
function score(bytes, at, width) {
    let sum = 0;
    for (let j = 0; j < width; j++)
        sum += rarity(bytes[at + j]);
    return sum;
}
/** The folded bytes at `at`, as one number (see key()). */
function gramKey(bytes, at, width) {
    let k = 0;
    for (let j = 0; j < width; j++)
        k = k * 256 + (bytes[at + j] | 0x20);
    return k;
}
/** How much less rare than an anchor's rarest triple a triple it shares with other anchors may be. */
const SHARE_SLACK = 6;
/**
 * Which triple each anchor is searched by: its rarest, unless a triple nearly as rare also stands for other
 * anchors of the set (the spellings of one field: `enable_search`, `enablesearch`), since each distinct triple
 * costs the search of every byte a few more operations. Greedy: the triple that stands for the most anchors first.
 */
function chooseTriples(anchors, width) {
    const items = anchors.map((a) => {
        const bytes = Buffer.from(a.toLowerCase(), 'latin1');
        let best = -1;
        for (let i = 0; i + width <= bytes.length; i++)
            best = Math.max(best, score(bytes, i, width));
        return { bytes, best };
    });
    const chosen = new Map();
    const left = new Set(items.keys());
    while (left.size > 0) {
        // Per candidate triple: the anchors it may stand for, and its rarity.
        const candidates = new Map();
        for (const i of left) {
            const { bytes, best } = items[i];
            const seen = new Set();
            for (let at = 0; at + width <= bytes.length; at++) {
                const sc = score(bytes, at, width);
                const k = gramKey(bytes, at, width);
                if (sc < best - SHARE_SLACK || seen.has(k))
                    continue;
                seen.add(k);
                const c = candidates.get(k) ?? { members: [], score: sc };
                c.members.push(i);
                candidates.set(k, c);
            }
        }
        let pick;
        for (const entry of candidates) {
            const [, c] = entry;
            if (!pick || c.members.length > pick[1].members.length || (c.members.length === pick[1].members.length && c.score > pick[1].score))
                pick = entry;
        }
        const [k, c] = pick;
        for (const i of c.members) {
            const { bytes } = items[i];
            let at = 0;
            while (gramKey(bytes, at, width) !== k)
                at++;
            chosen.set(i, { bytes, at });
            left.delete(i);
        }
    }
    return items.map((_, i) => chosen.get(i));
}
function key(bytes, at) {
    return ((bytes[at] | 0x20) << 16) | ((bytes[at + 1] | 0x20) << 8) | (bytes[at + 2] | 0x20);
}
function matchesAt(bytes, from, end, start, anchor) {
    if (start < from || start + anchor.length > end)
        return false;
    for (let i = 0; i < anchor.length; i++) {
        const b = bytes[start + i];
        const lower = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
        if (lower !== anchor[i])
            return false;
    }
    return true;
}
// ───────────── A tiny WebAssembly assembler, one function per anchor set ─────────────
//
// The search is Teddy's (Hyperscan; the Rust aho-corasick crate's packed searcher): each rare triple gets one of
// 8 buckets, and for each of the triple's three positions two 16-byte tables say, for a byte's low and high nibble,
// which buckets a byte with that nibble may stand for there. Looking up both nibbles of 16 bytes at once
// (i8x16.swizzle) and AND-ing the answers of the three positions leaves, per byte, the buckets whose triple may
// start there. The cost per 16 bytes is the same whatever the number of triples (up to MAX_ANCHORS), where comparing
// with each triple in turn grew with every anchor. Upper and lower case of a letter differ only in the high nibble:
// both get the bucket. With more than 8 triples a bucket holds several, and its nibble tables also accept mixtures
// of them: candidates, checked in full by testIn() like any other.
//
// (func (export "findN") (param $p i32) (param $end i32) (result i32)
//   (local $t v128) (local $m v128)
//   loop
//     if (p >= end) return -1
//     m = AND over positions j of swizzle(LO_j, load(p + j) & 0x0f) & swizzle(HI_j, load(p + j) >>u 4)
//     if any_true(m) return p + ctz(bitmask(m != 0))
//     p += 16
//   end)
const SIMD = 0xfd;
const BUCKETS = 8;
/** Bytes searched per turn of the loop. */
const STEP = 64;
/** Signed LEB128 of a non-negative number (i32.const's immediate). */
function sleb(n) {
    const out = [];
    for (;;) {
        const byte = n & 0x7f;
        n >>>= 7;
        // Done when what is left is zero and the sign bit of this byte is clear.
        if (n === 0 && (byte & 0x40) === 0)
            return [...out, byte];
        out.push(byte | 0x80);
    }
}
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            byte |= 0x80;
        out.push(byte);
    } while (n !== 0);
    return out;
}
function section(id, body) {
    return [id, ...uleb(body.length), ...body];
}
function constant(bytes) {
    return [SIMD, 0x0c, ...bytes];
}
function assemble(sets) {
    const [I32, V128] = [0x7f, 0x7b];
    const bodies = sets.map((grams) => {
        const width = grams[0].length;
        const code = findBody(grams);
        const body = [0x02, 0x01, I32, ...uleb(2 * width + 2 + STEP / 16), V128, ...code]; // locals: one i32, then v128s (tables, mask, t, blocks)
        return [...uleb(body.length), ...body];
    });
    const exports = [...uleb(sets.length + 1), 0x06, ...Buffer.from('memory'), 0x02, 0x00];
    sets.forEach((_, i) => {
        const name = Buffer.from(`find${i}`);
        exports.push(...uleb(name.length), ...name, 0x00, ...uleb(i));
    });
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, [0x01, 0x60, 0x02, I32, I32, 0x01, I32]),
        ...section(3, [...uleb(sets.length), ...sets.map(() => 0x00)]),
        ...section(5, [0x01, 0x00, 0x01]),
        ...section(7, exports),
        ...section(10, [...uleb(sets.length), ...bodies.flat()]),
    ]);
}
/**
 * The bucket of each gram. With more grams than buckets, neighbours in sorted order share one: they tend to share
 * bytes, so that fewer mixtures of them pass the bucket's tables.
 */
function bucketsOf(grams) {
    const order = grams.map((_, i) => i).sort((a, b) => compareBytes(grams[a], grams[b]));
    const bucket = new Array(grams.length);
    order.forEach((g, rank) => (bucket[g] = Math.floor((rank * BUCKETS) / grams.length)));
    return bucket;
}
function compareBytes(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/**
 * The nibble tables of one position of the grams (folded bytes, see key()): per nibble value, the buckets of the
 * grams whose byte at that position has it, in either case for a letter.
 */
function nibbleTables(grams, buckets, position) {
    const lo = new Array(16).fill(0);
    const hi = new Array(16).fill(0);
    grams.forEach((gram, i) => {
        const bit = 1 << buckets[i];
        const byte = gram[position];
        // Folded by OR 0x20 (key()): a letter stands for both cases; other bytes only for themselves, and for the
        // byte 0x20 below them, which folds the same way (`_` is 0x5f folded to 0x7f).
        for (const b of new Set([byte, byte & ~0x20])) {
            if ((b | 0x20) !== byte)
                continue;
            lo[b & 0x0f] |= bit;
            hi[b >> 4] |= bit;
        }
    });
    return { lo, hi };
}
function findBody(grams) {
    const get = (i) => [0x20, i];
    const set = (i) => [0x21, i];
    const width = grams[0].length;
    const buckets = bucketsOf(grams);
    // Locals: the parameters, then two nibble tables per position and the 0x0f mask (set once, before the loop), then work.
    const [P, END, BITS, TABLES] = [0, 1, 2, 3];
    const [MASK, T, M] = [TABLES + 2 * width, TABLES + 2 * width + 1, TABLES + 2 * width + 2];
    const code = [];
    for (let j = 0; j < width; j++) {
        const { lo, hi } = nibbleTables(grams, buckets, j);
        code.push(...constant(lo), ...set(TABLES + 2 * j), ...constant(hi), ...set(TABLES + 2 * j + 1));
    }
    code.push(...constant(new Array(16).fill(0x0f)), ...set(MASK));
    const zero = constant(new Array(16).fill(0));
    // The buckets whose gram may start at each of the 16 bytes at p + offset, on the stack.
    const block = (offset) => {
        const out = [];
        for (let j = 0; j < width; j++) {
            out.push(...get(P), SIMD, 0x00, 0x00, ...uleb(offset + j), ...set(T)); // t = v128.load offset=offset+j
            out.push(...get(TABLES + 2 * j), ...get(T), ...get(MASK), SIMD, 0x4e, SIMD, 0x0e); // swizzle(LO_j, t & 0x0f)
            out.push(...get(TABLES + 2 * j + 1), ...get(T), 0x41, 4, SIMD, 0x6d, SIMD, 0x0e, SIMD, 0x4e); // & swizzle(HI_j, t >>u 4)
            if (j > 0)
                out.push(SIMD, 0x4e); // & what the earlier positions left
        }
        return out;
    };
    // STEP bytes a turn, one block of 16 in each of the locals from M on; any candidate in them ends the turn.
    const blocks = STEP / 16;
    code.push(0x03, 0x40, // loop (no result)
    ...get(P), ...get(END), 0x4f, // i32.ge_u
    0x04, 0x40, 0x41, 0x7f, 0x0f, 0x0b);
    for (let b = 0; b < blocks; b++)
        code.push(...block(16 * b), ...set(M + b));
    code.push(...get(M));
    for (let b = 1; b < blocks; b++)
        code.push(...get(M + b), SIMD, 0x50); // v128.or
    code.push(SIMD, 0x53, 0x04, 0x40); // if v128.any_true(m0 | m1 | ...)
    // The first candidate: p + 16 * b + ctz(bitmask(m_b != 0)) for the first block b that has one.
    for (let b = 0; b < blocks; b++) {
        code.push(...get(M + b), ...zero, SIMD, 0x24, SIMD, 0x64, 0x22, BITS); // local.tee $bits (i32) = bitmask(m_b != 0)
        code.push(0x04, 0x40, ...get(P), 0x41, ...sleb(16 * b), 0x6a, ...get(BITS), 0x68, 0x6a, 0x0f, 0x0b); // if bits: return p + 16b + ctz(bits)
    }
    code.push(0x0b, // end if
    ...get(P), 0x41, ...sleb(STEP), 0x6a, ...set(P), // p += STEP
    0x0c, 0x00, // br 0 (loop)
    0x0b, // end loop
    0x41, 0x7f, // i32.const -1
    0x0b);
    return code;
}


/***/ }),

/***/ 456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ binaryTypeOf)
/* harmony export */ });
/**
 * File types that are binary by the definition of their format (images, fonts, archives, compiled code, media,
 * office documents, model weights): a scan skips them by name, without opening them. In repositories of LLM
 * plugins half the bytes are provider icons and screenshots; opening and sniffing each one costs more than
 * everything else the scan does. Text formats that merely look technical (svg, ipynb, lock, map, pkl protocol 0)
 * are not here: they are read and sniffed like any other file.
 */
const BINARY_EXTENSIONS = new Set([
    // images
    'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'icns', 'tif', 'tiff', 'avif', 'heic', 'heif', 'psd',
    // fonts
    'woff', 'woff2', 'ttf', 'otf', 'eot',
    // archives and packages
    'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'jar', 'war', 'ear', 'whl', 'apk', 'ipa', 'dmg', 'iso',
    // compiled code
    'class', 'pyc', 'pyo', 'o', 'obj', 'a', 'so', 'dylib', 'dll', 'exe', 'wasm',
    // audio and video
    'mp3', 'mp4', 'm4a', 'm4v', 'wav', 'ogg', 'oga', 'opus', 'flac', 'mov', 'avi', 'mkv', 'webm',
    // documents
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp',
    // model weights and columnar data
    'onnx', 'pt', 'pth', 'safetensors', 'ckpt', 'npy', 'npz', 'parquet', 'tflite',
    // databases
    'sqlite', 'sqlite3',
]);
/** The skip reason for a file whose name says it is binary, or undefined when its bytes must decide. */
function binaryTypeOf(rel) {
    const dot = rel.lastIndexOf('.');
    // No extension, or a dotfile such as `.png` whose whole name is the "extension".
    if (dot <= rel.lastIndexOf('/') + 1)
        return undefined;
    const ext = rel.slice(dot + 1).toLowerCase();
    return BINARY_EXTENSIONS.has(ext) ? `binary file type (.${ext})` : undefined;
}


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ compileCatalog)
/* harmony export */ });
/* unused harmony exports CatalogError, compileRule */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

class CatalogError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
function compileCatalog(rules, overrides = {}) {
    const disabled = new Set(overrides.disabled ?? []);
    const compiled = [];
    const only = overrides.only ? new Set(overrides.only) : undefined;
    for (const rule of rules) {
        if (only ? !only.has(rule.id) : rule.smokeTestOnly)
            continue;
        const sev = overrides.severity?.[rule.id] ?? overrides.severity?.[rule.category];
        // Signals stay on even when their rule family is switched off: they only set context.
        if (!rule.signalOnly && (disabled.has(rule.id) || disabled.has(rule.category) || sev === 'off'))
            continue;
        const effective = sev && sev !== 'off' ? { ...rule, severity: sev, context: withSeverity(rule.context, sev) } : rule;
        compiled.push(compileRule(effective));
    }
    return {
        rules: compiled,
        ignoreTargets: new Set([...rules.map((r) => r.id), ...categoriesOf(rules)]),
    };
}
function withSeverity(context, sev) {
    // An explicit severity override applies whether or not the context holds.
    if (!context?.otherwise)
        return context;
    return { ...context, otherwise: sev };
}
function categoriesOf(rules) {
    return [...new Set(rules.map((r) => r.category))];
}
function compileRule(rule) {
    const flags = rule.caseSensitive ? 'g' : 'gi';
    try {
        const compiled = { rule, re: new RegExp(rule.pattern, rule.group ? flags + 'd' : flags), skipsLockfiles: rule.category === 'legacy-model' };
        if (rule.unless)
            compiled.unless = new RegExp(rule.unless, 'i');
        if (rule.files)
            compiled.files = new RegExp(rule.files, 'i');
        if (rule.context?.orAt)
            compiled.orAt = new RegExp(rule.context.orAt);
        if (rule.replacement.rewrite) {
            compiled.rewrite = { from: new RegExp(rule.replacement.rewrite.from, 'i'), to: rule.replacement.rewrite.to };
        }
        return compiled;
    }
    catch (err) {
        throw new CatalogError(`rule ${rule.id}: invalid pattern: ${err.message}`);
    }
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   BB: () => (/* binding */ dirName),
/* harmony export */   CQ: () => (/* binding */ SHAREABLE_TAGS),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   Yh: () => (/* binding */ isManifest),
/* harmony export */   cR: () => (/* binding */ ancestorDirs),
/* harmony export */   eo: () => (/* binding */ ContextIndex)
/* harmony export */ });
/* unused harmony export MANIFEST_FILE */
/**
 * Context beyond the file. Real projects keep the request struct or options class in one file and the client,
 * the endpoint and the model IDs in a sibling file of the same package, and name the SDK once in a manifest. This
 * module is the pure part of that: it collects the strong evidence each file gives (from a first, file-only match)
 * and answers what context another file takes from its package (the other files of its directory) and its project
 * (manifests and project-wide imports in an ancestor directory). No I/O: the full scan feeds it from its own pass
 * over the tree, the pull-request scan from a context reader that lists only the changed files' directories and
 * the manifests above them.
 */
/** Tags strong enough to lend to other files; weaker ones (a model ID, an action name) stay in their file. */
const SHAREABLE_TAGS = new Set(['hunyuan', 'lke', 'hunyuan-cloudapi', 'lke-sdk', 'hunyuan-image', 'llm-use']);
/** The project manifests whose dependencies name the legacy SDKs (matched on the base name). */
const MANIFEST_FILE = '^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$';
const MANIFEST_RE = new RegExp(MANIFEST_FILE, 'i');
function isManifest(path) {
    return MANIFEST_RE.test(baseName(path));
}
function dirName(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** The directories above a path's directory, nearest first, ending with the root (''). */
function ancestorDirs(path) {
    const out = [];
    let dir = dirName(path);
    for (;;) {
        out.push(dir);
        if (dir === '')
            return out;
        dir = dirName(dir);
    }
}
/**
 * The language family of a file: a package is the files of one directory in one family (a Go package, a Java or
 * Kotlin package, a Python package, a TS/JS folder). Documentation and data files are in no family: prose naming
 * a host lends nothing to the code beside it, and nothing is lent to it.
 */
const FAMILIES = new Map(Object.entries({
    go: 'go',
    java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm',
    py: 'python', pyi: 'python',
    ts: 'js', tsx: 'js', mts: 'js', cts: 'js', js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', vue: 'js', svelte: 'js',
    cs: 'csharp',
    php: 'php',
    rb: 'ruby',
    rs: 'rust',
    swift: 'swift',
    dart: 'dart',
    c: 'c', cc: 'c', cpp: 'c', h: 'c', hpp: 'c',
    lua: 'lua',
}));
/** A Map, not an object: a file named `x.constructor` has no family. Asked of every file, so without a copy of its name. */
function familyOf(path) {
    const dot = path.lastIndexOf('.');
    // No dot in the name, or only a leading one (`.bashrc`).
    if (dot <= path.lastIndexOf('/') + 1)
        return undefined;
    const ext = path.slice(dot + 1);
    return FAMILIES.get(ext) ?? FAMILIES.get(ext.toLowerCase());
}
function isUnder(path, dir) {
    return dir === '' || path.startsWith(dir + '/');
}
function packageKey(dir, family) {
    return `${family}:${dir}`;
}
/** Evidence of many files, and the context each file takes from the others. */
class ContextIndex {
    byDir = new Map();
    project = [];
    manifestDirs = new Set();
    seen = new Set();
    byPath = new Map();
    /** Each file's relative imports, as candidate paths per import (see relative-imports.ts). */
    imports = new Map();
    /** Records a file the scan has seen: its evidence (possibly none), and whether it is a manifest. */
    add(path, evidence) {
        if (isManifest(path))
            this.manifestDirs.add(dirName(path));
        if (evidence.length === 0 || this.seen.has(path))
            return;
        this.seen.add(path);
        this.byPath.set(path, [...evidence]);
        const family = familyOf(path);
        const entry = { path, evidence: [...evidence] };
        if (family) {
            const key = packageKey(dirName(path), family);
            const list = this.byDir.get(key);
            if (list)
                list.push(entry);
            else
                this.byDir.set(key, [entry]);
        }
        // Manifests and project-wide imports lend to the whole project, whatever the file's family.
        if (evidence.some((e) => e.reach === 'project'))
            this.project.push(entry);
    }
    /** A manifest seen by name only (its content had nothing legacy): it marks where a project starts. */
    noteManifest(path) {
        if (isManifest(path))
            this.manifestDirs.add(dirName(path));
    }
    /** Records the files a file imports by relative path: each import's evidence is lent to it as a sibling's is. */
    noteImports(path, candidates) {
        if (candidates.length)
            this.imports.set(path, candidates);
    }
    get empty() {
        return this.byPath.size === 0;
    }
    /** Whether a file is in a package (directory and family) where another file lends evidence. */
    inPackageWithEvidence(path) {
        const family = familyOf(path);
        return family !== undefined && (this.byDir.get(packageKey(dirName(path), family)) ?? []).some((e) => e.path !== path);
    }
    /** Directories whose whole subtree takes project evidence. */
    projectRoots() {
        return [...new Set(this.project.map((e) => this.projectRootOf(e.path)))];
    }
    /** Whether a file takes any context from outside itself. */
    touches(path) {
        if (this.inPackageWithEvidence(path) || this.importedEvidence(path).length)
            return true;
        if (familyOf(path) === undefined && !isManifest(path))
            return false;
        return this.project.some((e) => e.path !== path && isUnder(path, this.projectRootOf(e.path)));
    }
    contextFor(path) {
        const pkg = new Map();
        const proj = new Map();
        const family = familyOf(path);
        if (family === undefined)
            return undefined;
        for (const e of this.byDir.get(packageKey(dirName(path), family)) ?? []) {
            if (e.path === path)
                continue;
            for (const ev of e.evidence) {
                if (!pkg.has(ev.tag))
                    pkg.set(ev.tag, { scope: 'package', path: e.path, evidence: ev.what });
            }
        }
        for (const e of this.importedEvidence(path)) {
            for (const ev of e.evidence) {
                if (!pkg.has(ev.tag))
                    pkg.set(ev.tag, { scope: 'import', path: e.path, evidence: ev.what });
            }
        }
        for (const e of this.project) {
            if (e.path === path || !isUnder(path, this.projectRootOf(e.path)))
                continue;
            for (const ev of e.evidence) {
                if (ev.reach === 'project' && !proj.has(ev.tag))
                    proj.set(ev.tag, { scope: 'project', path: e.path, evidence: ev.what });
            }
        }
        return pkg.size || proj.size ? { package: pkg, project: proj } : undefined;
    }
    /** The evidence of the files a file imports: for each import, the first candidate path that lends any. */
    importedEvidence(path) {
        const out = [];
        for (const candidates of this.imports.get(path) ?? []) {
            const hit = candidates.find((c) => c !== path && this.byPath.has(c));
            if (hit !== undefined)
                out.push({ path: hit, evidence: [...this.byPath.get(hit)] });
        }
        return out;
    }
    /** A manifest's project is its directory; a project-wide import's is the nearest directory above with a manifest. */
    projectRootOf(path) {
        if (isManifest(path))
            return dirName(path);
        for (const dir of ancestorDirs(path))
            if (this.manifestDirs.has(dir))
                return dir;
        return '';
    }
}


/***/ }),

/***/ 4771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Vt: () => (/* binding */ hasUtf16Bom)
/* harmony export */ });
/**
 * Turning a file's bytes into text we can match, or a reason to skip it.
 * Binary detection follows git's heuristic (a NUL byte in the first 8000 bytes), after the BOMs that
 * legitimately put NULs in text (UTF-16) have been recognised.
 */
const BINARY_SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });
/** A UTF-16 byte-order mark (either endianness): such text has NUL bytes and is not Latin-1 readable. */
function hasUtf16Bom(bytes) {
    return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
function isBinary(bytes) {
    const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    // Buffer's indexOf is memchr; a loop over the bytes in JavaScript costs a visible share of a scan.
    return Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(0) !== -1;
}
function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { kind: 'text', text: utf16le.decode(bytes), encoding: 'utf-16le', invalidUtf8: false };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { kind: 'text', text: utf16be.decode(bytes), encoding: 'utf-16be', invalidUtf8: false };
    }
    if (isBinary(bytes))
        return { kind: 'skip', reason: 'binary' };
    // The strict decoder tells whether the bytes were valid; the lenient one keeps scanning a file with a stray
    // byte (legacy encodings such as GBK in comments): every ASCII host and identifier still reads correctly.
    try {
        return { kind: 'text', text: utf8Strict.decode(bytes), encoding: 'utf-8', invalidUtf8: false };
    }
    catch {
        return { kind: 'text', text: utf8.decode(bytes), encoding: 'utf-8', invalidUtf8: true };
    }
}


/***/ }),

/***/ 180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hm: () => (/* binding */ ANY_TEXT),
  CG: () => (/* binding */ fileText),
  wo: () => (/* binding */ regexAnchors)
});

// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(5325);
;// CONCATENATED MODULE: ./src/scan/own-report.ts

/**
 * Reports and baselines this tool wrote quote every legacy endpoint and model ID they list; scanning them again
 * would count each finding twice (a SARIF file turns 36 findings into 367). They are recognised by their content,
 * whatever their name or wherever they were written: the head must be one of the tool's own formats, key order
 * included, and the whole file must parse as JSON with that format's shape. A hand-made file that only looks like a
 * report in its first bytes is scanned as usual; one that passes is listed as skipped, never silently dropped.
 */
const OWN_REPORT_REASON = `written by ${tool/* TOOL_NAME */.lH}`;
const own_report_name = tool/* TOOL_NAME */.lH.replace(/-/g, '\\-');
const HEADS = [
    // JSON report (scan --format json, the action's json-file) and the smoke test's JSON: {"version":1,"tool":{"name":...
    new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${own_report_name}"`),
    // Baseline: {"version":1,"tool":"tokenhub-migration-check",...
    new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*"${own_report_name}"`),
    // SARIF: {"$schema":"...sarif...","version":"2.1.0","runs":[{"tool":{"driver":{"name":...
    new RegExp(`^\\s*\\{\\s*"\\$schema"\\s*:\\s*"[^"]*sarif[^"]*"\\s*,\\s*"version"\\s*:\\s*"2\\.1\\.0"\\s*,\\s*"runs"\\s*:\\s*\\[\\s*\\{\\s*"tool"\\s*:\\s*\\{\\s*"driver"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${own_report_name}"`),
];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isOwnReport(text) {
    const head = text.slice(0, 1024);
    if (!HEADS.some((re) => re.test(head)))
        return false;
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!isObject(doc))
        return false;
    if (doc.version === 1 && doc.tool === tool/* TOOL_NAME */.lH)
        return Array.isArray(doc.findings);
    if (doc.version === 1 && isObject(doc.tool) && doc.tool.name === tool/* TOOL_NAME */.lH)
        return Array.isArray(doc.findings);
    if (doc.version === '2.1.0' && Array.isArray(doc.runs)) {
        return doc.runs.every((r) => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === tool/* TOOL_NAME */.lH && Array.isArray(r.results));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scan/file-text.ts


/** The anchor test of a regular expression. */
function regexAnchors(re) {
    return {
        bytes: (b) => re.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')),
        text: (t) => re.test(t),
    };
}
/** No anchor test: every text file is matched. */
const ANY_TEXT = { bytes: () => true, text: () => true };
function fileText(bytes, anchors, decodeWith = decode/* decode */.D4) {
    // The cheap test comes first: the anchors over the raw bytes, and only files with a hit are decoded.
    const utf16 = (0,decode/* hasUtf16Bom */.Vt)(bytes);
    if (!utf16) {
        if ((0,decode/* isBinary */.Go)(bytes))
            return { kind: 'skipped', reason: 'binary' };
        if (!anchors.bytes(bytes))
            return { kind: 'no-anchor', bytes: true };
    }
    const decoded = decodeWith(bytes);
    if (decoded.kind === 'skip')
        return { kind: 'skipped', reason: decoded.reason };
    let text = decoded.text;
    // A BOM is not part of the first line's columns.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (utf16 && !anchors.text(text))
        return { kind: 'no-anchor', bytes: false };
    if (isOwnReport(text))
        return { kind: 'skipped', reason: OWN_REPORT_REASON };
    return { kind: 'text', text, decoded };
}


/***/ }),

/***/ 7594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps string offsets to 1-based line and column numbers without splitting the text into lines. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (!this.starts) {
            const starts = [0];
            let i = this.text.indexOf('\n');
            while (i !== -1) {
                starts.push(i + 1);
                i = this.text.indexOf('\n', i + 1);
            }
            this.starts = starts;
        }
        return this.starts;
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        const starts = this.lineStarts();
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    /** The text of a 1-based line, without its line terminator. */
    lineText(line) {
        const starts = this.lineStarts();
        const start = starts[line - 1];
        if (start === undefined)
            return '';
        const next = starts[line];
        let end = next === undefined ? this.text.length : next - 1;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
}


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ walkFiles),
/* harmony export */   Wg: () => (/* binding */ DEFAULT_EXCLUDES),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   fO: () => (/* binding */ WalkRules)
/* harmony export */ });
/* unused harmony exports MAX_IGNORE_FILE_BYTES, IgnoreFile, matchesNameOnly */
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _safe_fs_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6043);




/** Larger ignore files are not read: real ones are a few KiB; a PR's may be a link to /dev/zero. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
/** Folders that hold other people's code or tool state, never the project's own usage. */
const DEFAULT_EXCLUDES = [
    '**/.git/**',
    '**/node_modules/**',
    '**/bower_components/**',
    '**/jspm_packages/**',
    '**/vendor/**',
    '**/third_party/**',
    '**/.venv/**',
    '**/venv/**',
    '**/site-packages/**',
    '**/__pycache__/**',
    '**/.tox/**',
    '**/.gradle/**',
    '**/Pods/**',
];
/**
 * The default excludes are folder names (`**\/name/**`): a walk prunes such a folder by its name alone, which is what
 * the same lines mean as .gitignore patterns in diff mode.
 */
const DEFAULT_EXCLUDED_FOLDERS = new Set(DEFAULT_EXCLUDES.map((p) => /^\*\*\/([^/*]+)\/\*\*$/.exec(p)[1]));
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
/**
 * What a scan lists and leaves out, for one thread: default excludes, user excludes and includes, and what
 * .gitignore files say. Folders that are excluded or ignored are pruned, never read; files are not stat-ed (the
 * reader learns their size when it opens them). Symbolic links are never followed (a link's target inside the
 * root is listed under its own path; one outside the root is not ours to read), which also makes link loops
 * harmless. Each thread of a parallel scan has its own WalkRules and lists the folders it is given with
 * readDir(); the .gitignore files a folder's ancestors hold travel with its DirTask, and each thread reads the
 * ones it has not seen yet.
 */
class WalkRules {
    root;
    gitignores;
    includeMatcher;
    excludeMatcher;
    namedFiles;
    namedDirs;
    constructor(opts, named) {
        this.root = opts.root;
        this.gitignores = opts.gitignore === false ? undefined : new Gitignores(opts.root);
        // Every thread reads the root's ignore files; start() alone reports the ones not read.
        this.gitignores?.takeRefused();
        this.includeMatcher = opts.include?.length ? ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(opts.include) : undefined;
        this.excludeMatcher = opts.exclude?.length ? new IgnoreFile(opts.exclude) : undefined;
        if (named && named.files.length + named.dirs.length > 1) {
            this.namedFiles = new Set(named.files);
            this.namedDirs = new Set(named.dirs);
        }
    }
    /**
     * The targets, sorted into files to scan, folders to walk and what is skipped. When targets overlap, a file or
     * folder named on its own is listed by its own entry only (with its own rules: a named file even if ignored),
     * and the walk of an enclosing folder passes over it, so nothing is listed twice.
     */
    static start(opts) {
        const root = opts.root;
        const targets = [...new Set(opts.targets?.length ? opts.targets : [root])];
        const out = { files: [], dirs: [], skipped: [], named: { files: [], dirs: [] } };
        const kinds = [];
        for (const target of targets) {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
            const rel = relOf(root, target);
            if (st.isSymbolicLink())
                out.skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
            else if (!st.isFile() && !st.isDirectory())
                out.skipped.push({ path: rel, reason: 'not a regular file' });
            else {
                kinds.push({ abs: target, rel, st });
                (st.isFile() ? out.named.files : out.named.dirs).push(rel);
            }
        }
        const rules = new WalkRules(opts, out.named);
        if (rules.gitignores)
            out.skipped.push(...new Gitignores(root).takeRefused());
        for (const { abs, rel, st } of kinds) {
            if (st.isFile()) {
                // A file named on the command line is scanned even if .gitignore or the default excludes cover it;
                // an explicit --exclude still wins.
                if (!rules.excludeMatcher?.ignores(rel, ''))
                    out.files.push({ abs, rel, size: st.size });
                continue;
            }
            if (rel !== '' && (rules.excludeMatcher?.ignores(rel, '/') || rules.gitignores?.ignoresTarget(rel)))
                continue;
            out.dirs.push({ abs, rel, ignores: rules.gitignores?.loadAncestors(rel) ?? [] });
        }
        return out;
    }
    /** Lists one folder: its files that the rules keep, and its subfolders that they do not prune. */
    readDir(dir) {
        const out = { files: [], dirs: [], skipped: [] };
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir.abs, { withFileTypes: true });
        }
        catch (err) {
            // Said like an unreadable file: a folder the scan could not look into is not a clean folder.
            out.skipped.push({ path: dir.rel === '' ? '.' : `${dir.rel}/`, reason: `unreadable folder (${err.code ?? err.message})` });
            return out;
        }
        const gitignores = this.gitignores;
        let ignores = dir.ignores;
        if (gitignores) {
            gitignores.ensure(ignores);
            if (entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) && gitignores.load(dir.rel, dir.abs))
                ignores = [...ignores, dir.rel];
            // Only the thread that lists a folder reports its ignore file (others read it through ensure()).
            out.skipped.push(...gitignores.takeRefused());
        }
        // Joined by hand: path.join normalises every entry's path again, which a walk of many small files notices.
        const absPrefix = dir.abs.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? dir.abs : dir.abs + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
        for (const e of entries) {
            const entryRel = dir.rel === '' ? e.name : `${dir.rel}/${e.name}`;
            const kind = kindOf(e, dir.abs);
            if (kind === 'dir') {
                if (DEFAULT_EXCLUDED_FOLDERS.has(e.name))
                    continue;
                if (this.namedDirs?.has(entryRel))
                    continue;
                if (this.excludeMatcher?.ignoresEntry(entryRel, '/'))
                    continue;
                if (gitignores?.ignoresFolder(entryRel))
                    continue;
                out.dirs.push({ abs: absPrefix + e.name, rel: entryRel, ignores });
            }
            else if (kind === 'file') {
                if (this.namedFiles?.has(entryRel))
                    continue;
                if (this.excludeMatcher?.ignoresEntry(entryRel, ''))
                    continue;
                if (this.includeMatcher && !this.includeMatcher.ignores(entryRel))
                    continue;
                if (gitignores?.ignoresFile(entryRel))
                    continue;
                out.files.push({ abs: absPrefix + e.name, rel: entryRel });
            }
        }
        return out;
    }
}
/**
 * Lists the files of a scan, one folder after the other on this thread: the given targets, minus default
 * excludes, user excludes and what .gitignore files say (see WalkRules). A parallel scan lists the same files
 * with the same WalkRules, spread over its threads.
 */
function walkFiles(opts) {
    const start = WalkRules.start(opts);
    const rules = new WalkRules(opts, start.named);
    function* generate() {
        yield* start.files;
        // Depth first, with an explicit stack: trees can be deeper than the call stack likes.
        const stack = [...start.dirs].reverse();
        while (stack.length > 0) {
            const listing = rules.readDir(stack.pop());
            start.skipped.push(...listing.skipped);
            yield* listing.files;
            for (let i = listing.dirs.length - 1; i >= 0; i--)
                stack.push(listing.dirs[i]);
        }
    }
    return { files: generate(), skipped: start.skipped };
}
function kindOf(e, parent) {
    if (e.isFile())
        return 'file';
    if (e.isDirectory())
        return 'dir';
    if (e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice())
        return 'other';
    // Some file systems do not report entry types; ask the entry itself (never following a link).
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, e.name));
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    }
    catch {
        return 'other';
    }
}
function relOf(root, abs) {
    return toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs));
}
/** Each .gitignore of the tree, by its folder relative to the root ('' for the root), loaded as the walk reaches it. */
class Gitignores {
    map = new Map();
    root;
    /** Ignore files not read since the last takeRefused(). */
    refused = [];
    constructor(root) {
        this.root = root;
        const rootIg = this.read(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, '.gitignore'));
        const infoExclude = this.readText(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, '.git', 'info', 'exclude'));
        if (rootIg || infoExclude.trim())
            this.map.set('', rootIg ? (infoExclude.trim() ? rootIg.with(infoExclude) : rootIg) : new IgnoreFile(infoExclude));
    }
    read(file) {
        const content = this.readText(file);
        return content ? new IgnoreFile(content) : undefined;
    }
    /** A regular file within the cap, never through a link: a PR's .gitignore may link to /dev/zero or be a FIFO. */
    readText(file) {
        const r = (0,_safe_fs_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFileSync */ .e4)(file, MAX_IGNORE_FILE_BYTES);
        if (r.ok)
            return r.bytes.toString('utf8');
        if (!r.missing)
            this.refused.push({ path: relOf(this.root, file), reason: `ignore file not read: ${r.reason}` });
        return '';
    }
    takeRefused() {
        const out = this.refused;
        this.refused = [];
        return out;
    }
    /** Reads a folder's .gitignore (not the root's: the constructor has it); true when it has rules. */
    load(dirRel, dirAbs) {
        if (dirRel === '')
            return false;
        if (this.map.has(dirRel))
            return true;
        const ig = this.read(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dirAbs, '.gitignore'));
        if (ig)
            this.map.set(dirRel, ig);
        return ig !== undefined;
    }
    /** The .gitignore files another thread found in these folders, read here too if this thread has not yet. */
    ensure(dirRels) {
        for (const dirRel of dirRels)
            if (!this.map.has(dirRel))
                this.load(dirRel, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, ...dirRel.split('/')));
        this.takeRefused(); // the thread that listed those folders reported them
    }
    /** The .gitignore files of the folders between the root and a target folder: returns the folders that have one. */
    loadAncestors(targetRel) {
        const found = [];
        if (targetRel === '')
            return found;
        const parts = targetRel.split('/');
        for (let depth = 1; depth < parts.length; depth++) {
            const dirRel = parts.slice(0, depth).join('/');
            if (this.load(dirRel, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, ...parts.slice(0, depth))))
                found.push(dirRel);
        }
        return found;
    }
    /** Whether a file the walk reached is ignored. */
    ignoresFile(rel) {
        return this.judge(rel, '', true);
    }
    /** Whether a folder the walk reached is ignored. */
    ignoresFolder(rel) {
        return this.judge(rel, '/', true);
    }
    /** Whether a folder named as a target is ignored, its parents' say included. */
    ignoresTarget(rel) {
        return this.judge(rel, '/', false);
    }
    // Each ancestor folder's .gitignore judges the path relative to that folder; the `ignore` package also
    // applies a pattern that names a parent folder to everything below it.
    judge(rel, suffix, walked) {
        if (this.map.size === 0)
            return false;
        const ask = (ig, p) => (walked ? ig.ignoresEntry(p, suffix) : ig.ignores(p, suffix));
        const root = this.map.get('');
        if (root && ask(root, rel))
            return true;
        if (this.map.size === 1 && root)
            return false;
        let slash = rel.indexOf('/');
        while (slash !== -1) {
            const ig = this.map.get(rel.slice(0, slash));
            if (ig && ask(ig, rel.slice(slash + 1)))
                return true;
            slash = rel.indexOf('/', slash + 1);
        }
        return false;
    }
}
/** Answers remembered per ignore file, by name: a tree repeats its file names (`__init__.py`, `manifest.yaml`) often. */
const MAX_REMEMBERED_NAMES = 65536;
/**
 * One ignore file's patterns, or the exclude list (the `ignore` package decides), asked in two ways: about any path
 * (a target named on the command line), or about an entry the walk reached, whose folders were all found not
 * ignored. For the second, git matches a pattern without a slash (but a trailing one) against the entry's name
 * alone, and a root-anchored literal (`/.tokenhub-migration.yml`, which the tool adds for its own files) only against
 * that one path: when every line is one of those, the answer is the name's, remembered by name, or a set lookup,
 * instead of the package working it out again for every path and testing each of its parent folders.
 */
class IgnoreFile {
    ig;
    lines;
    /** When the entries' answers come from their names and literal paths (see above). */
    fast;
    constructor(lines) {
        this.lines = typeof lines === 'string' ? lines : lines.join('\n');
        this.ig = ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(this.lines);
        this.fast = simpleLines(this.lines.split(/\r?\n/));
    }
    /** These patterns followed by more (the root's .gitignore, then .git/info/exclude). */
    with(more) {
        return new IgnoreFile(`${this.lines}\n${more}`);
    }
    /** Whether any path (relative to the file's folder; `suffix` '/' for a folder) is ignored, its folders' say included. */
    ignores(rel, suffix) {
        return this.ig.ignores(rel + suffix);
    }
    /** Whether an entry of a folder the walk reached (so none of its folders is ignored) is ignored. */
    ignoresEntry(rel, suffix) {
        const fast = this.fast;
        if (!fast)
            return this.ig.ignores(rel + suffix);
        if (fast.lengths.has(rel.length)) {
            // The package matches case-insensitively (its default, kept for the same answers as diff mode's).
            const lower = rel.toLowerCase();
            if (fast.paths.has(lower) || (suffix === '/' && fast.folders.has(lower)))
                return true;
        }
        if (!fast.names)
            return false;
        const name = rel.slice(rel.lastIndexOf('/') + 1) + suffix;
        let answer = fast.byName.get(name);
        if (answer === undefined) {
            answer = fast.names.ignores(name);
            if (fast.byName.size >= MAX_REMEMBERED_NAMES)
                fast.byName.clear();
            fast.byName.set(name, answer);
        }
        return answer;
    }
}
/** Lines whose entries' answers come from names and literal paths alone (see IgnoreFile); undefined otherwise. */
function simpleLines(lines) {
    const names = [];
    const paths = new Set();
    const folders = new Set();
    for (const line of lines) {
        if (matchesNameOnly(line))
            names.push(line);
        else {
            const literal = anchoredLiteral(line);
            if (literal === undefined)
                return undefined;
            (literal.folder ? folders : paths).add(literal.path.toLowerCase());
        }
    }
    // A negation after a literal could take back what the literal says: only names may then be negated, and only
    // when there is no literal.
    if (paths.size + folders.size > 0 && names.some((l) => l.trim().startsWith('!')))
        return undefined;
    const patterns = names.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const lengths = new Set([...paths, ...folders].map((p) => p.length));
    return { byName: new Map(), names: patterns.length ? ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(patterns) : undefined, paths, folders, lengths };
}
/** `/path/to/x` (or `/path/to/dir/`): a root-anchored path without wildcards, escapes or negation. */
function anchoredLiteral(line) {
    const pattern = line.replace(/[ \t]+$/, '');
    if (!pattern.startsWith('/') || /[*?[\\!]/.test(pattern))
        return undefined;
    const folder = pattern.endsWith('/');
    const path = pattern.slice(1, folder ? -1 : undefined);
    if (path === '' || path.includes('//') || path.split('/').some((part) => part === '.' || part === '..'))
        return undefined;
    return { path, folder };
}
/**
 * Whether a .gitignore line matches by a path's last part alone: blank, a comment, or a pattern with no slash but a
 * trailing one (gitignore(5): "If there is a separator at the beginning or middle of the pattern, then the pattern is
 * relative to the directory level of the particular .gitignore file itself"). A backslash could escape anything:
 * such lines are not trusted to be simple.
 */
function matchesNameOnly(line) {
    const pattern = line.trim();
    if (pattern === '' || pattern.startsWith('#'))
        return true;
    if (pattern.includes('\\'))
        return false;
    const body = pattern.replace(/^!/, '').replace(/\/$/, '');
    return body !== '' && !body.includes('/');
}


/***/ }),

/***/ 1967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isLockfile)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3189);

/**
 * Lockfiles: generated by package managers, full of package names and base64 integrity hashes (`sha512-...`).
 * They are scanned, since a legacy SDK's package name in one is worth reporting, but no model ID in them is ever
 * sent to an API, and short model anchors (`hy3`, `hy4`) turn up in their hashes by chance: model rules skip them,
 * and so does the prefilter when only model rules could match.
 */
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|bun\.lockb?|deno\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|composer\.lock|Gemfile\.lock|go\.sum|packages\.lock\.json|gradle\.lockfile|pubspec\.lock|Podfile\.lock|Package\.resolved|mix\.lock|flake\.lock)$/i;
function isLockfile(path) {
    return LOCKFILE.test((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(path));
}


/***/ }),

/***/ 4625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AU: () => (/* binding */ collectMatches),
  SB: () => (/* binding */ composeMessage),
  XK: () => (/* binding */ decideFindings),
  H1: () => (/* binding */ matchText),
  aP: () => (/* binding */ replacementFor),
  lM: () => (/* binding */ takesOutsideContext)
});

// UNUSED EXPORTS: matchFile

// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./src/scan/ignore-directives.ts

const DIRECTIVE = /tokenhub-migration-ignore(-next-line)?(?![\w-])([^\n]*)/gi;
const KEYWORD = /tokenhub-migration-ignore/i;
const COMMENT_END = /\*\/|-->|%>|#}|"""|'''/;
/** Lower-case words joined by `-`, `_` or `.`: how every rule id and category is written. */
const ID_SHAPED = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/i;
function hasIgnoreKeyword(lineText) {
    return KEYWORD.test(lineText);
}
/** 1-based column where the first directive on the line starts, or 0 when there is none. */
function directiveColumn(lineText) {
    return lineText.search(KEYWORD) + 1;
}
function parseIgnoreDirectives(lineText, knownTargets) {
    if (!hasIgnoreKeyword(lineText))
        return [];
    const directives = [];
    for (const m of lineText.matchAll(DIRECTIVE)) {
        let rest = m[2] ?? '';
        const end = rest.search(COMMENT_END);
        if (end !== -1)
            rest = rest.slice(0, end);
        let reason;
        const dash = rest.indexOf('--');
        if (dash !== -1) {
            reason = rest.slice(dash + 2).trim() || undefined;
            rest = rest.slice(0, dash);
        }
        const words = rest.replace(/^[:\s]+/, '').split(/[\s,]+/).filter(Boolean);
        const targets = [];
        const unknown = [];
        const plain = [];
        for (const w of words) {
            const lower = w.toLowerCase();
            if (knownTargets.has(lower))
                targets.push(lower);
            else if (ID_SHAPED.test(w))
                unknown.push(w);
            else
                plain.push(w);
        }
        if (!reason && targets.length === 0 && plain.length > 0)
            reason = plain.join(' ');
        directives.push({ scope: m[1] ? 'next-line' : 'line', targets, ...(reason ? { reason } : {}), unknown });
    }
    return directives;
}
/** Whether the directive ignores this finding: never when it names a rule id that does not exist. */
function directiveCovers(d, ruleId, category) {
    if (d.unknown.length > 0)
        return false;
    return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
}
/** Why a directive with unknown ids ignores nothing, with the nearest known id for each. */
function unknownTargetsProblem(d, line, knownTargets) {
    const known = [...knownTargets];
    const named = d.unknown.map((w) => {
        const near = known.length ? (0,mod/* closest */.kp)(w.toLowerCase(), known) : undefined;
        const close = near !== undefined && (0,mod/* distance */.Io)(w.toLowerCase(), near) <= Math.max(2, Math.floor(w.length / 4));
        return `'${w}'${close ? ` (did you mean '${near}'?)` : ''}`;
    });
    return (`The ignore comment on line ${line} ignores nothing: ${named.join(', ')} ${d.unknown.length === 1 ? 'is not a rule id or category' : 'are not rule ids or categories'}. ` +
        "Fix the id, or put a reason after ' -- '.");
}

// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __nccwpck_require__(9824);
// EXTERNAL MODULE: ./src/scan/lines.ts
var scan_lines = __nccwpck_require__(7594);
// EXTERNAL MODULE: ./src/finding/fingerprint.ts
var fingerprint = __nccwpck_require__(7641);
// EXTERNAL MODULE: ./src/scan/anchor-index.ts
var anchor_index = __nccwpck_require__(4009);
// EXTERNAL MODULE: ./src/scan/lockfiles.ts
var lockfiles = __nccwpck_require__(1967);
// EXTERNAL MODULE: ./src/catalog/docs-url.ts + 1 modules
var docs_url = __nccwpck_require__(4658);
;// CONCATENATED MODULE: ./src/scan/match-text.ts








/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;
/**
 * Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
 * Two steps: collectMatches() finds every rule's raw matches, decideFindings() decides which are findings, at
 * what severity, given the context the file takes from other files.
 */
function matchText(text, path, catalog, external) {
    return matchFile(text, path, catalog, external).findings;
}
function matchFile(text, path, catalog, external) {
    const collected = collectMatches(text, path, catalog);
    return { findings: decideFindings(collected, catalog, external), shared: collected.shared };
}
function collectMatches(text, path, catalog) {
    const base = (0,context/* baseName */.Fl)(path);
    const lockfile = (0,lockfiles/* isLockfile */.e)(path);
    const lines = new scan_lines/* LineIndex */.r(text);
    const matches = [];
    const index = ruleIndexOf(catalog);
    const tags = new Set();
    for (const compiled of (0,anchor_index/* anchorIndexOf */.t)(catalog).rulesFor(text)) {
        const { re, unless, rule } = compiled;
        if (compiled.files && !compiled.files.test(base))
            continue;
        if (lockfile && compiled.skipsLockfiles)
            continue;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            let start = m.index;
            let end = start + m[0].length;
            if (rule.group && m.indices?.[rule.group])
                [start, end] = m.indices[rule.group];
            const matched = text.slice(start, end);
            if (unless?.test(matched))
                continue;
            const from = lines.position(start);
            const to = lines.position(end);
            const lineText = lines.lineText(from.line);
            const raw = {
                rule: index.get(compiled),
                line: from.line,
                column: from.column,
                endLine: to.line,
                endColumn: to.column,
                text: matched,
                around: (0,fingerprint/* neighbourhood */.Y)(lineText, from.column, to.line === from.line ? to.column : Number.MAX_SAFE_INTEGER),
            };
            if (compiled.orAt)
                raw.atPosition = compiled.orAt.test(lineText.slice(0, from.column - 1));
            matches.push(raw);
            for (const t of rule.provides ?? [])
                tags.add(t);
        }
    }
    if (matches.length === 0)
        return { path, matches, directives: [], shared: [] };
    // The evidence lent to other files comes from this file alone, so that context never travels in chains.
    resolveConditionalTags(matches, catalog, tags);
    const directives = [];
    if (hasIgnoreKeyword(text)) {
        const lineNumbers = new Set();
        for (const r of matches)
            lineNumbers.add(r.line).add(r.line - 1);
        for (const line of [...lineNumbers].sort((a, b) => a - b)) {
            if (line < 1)
                continue;
            const lineText = lines.lineText(line);
            const found = parseIgnoreDirectives(lineText, catalog.ignoreTargets);
            if (found.length)
                directives.push([line, { directives: found, column: directiveColumn(lineText) }]);
        }
    }
    return { path, matches, directives, shared: sharedEvidence(matches, catalog, tags) };
}
/**
 * Whether context from other files could change what a file's matches give: one of them needs a tag it may
 * take from its package or project and does not have on its own. Only such files are decided again once the
 * whole tree has lent its evidence.
 */
function takesOutsideContext(collected, catalog) {
    if (collected.matches.length === 0)
        return false;
    const tags = ownTags(collected, catalog);
    return collected.matches.some((r) => {
        const rule = catalog.rules[r.rule].rule;
        if (!rule.context?.anyOf?.length || (rule.context.reach ?? 'package') === 'file')
            return false;
        return !contextHolds(rule, tags);
    });
}
function ownTags(collected, catalog) {
    const tags = new Set();
    for (const r of collected.matches)
        for (const t of catalog.rules[r.rule].rule.provides ?? [])
            tags.add(t);
    resolveConditionalTags(collected.matches, catalog, tags);
    return tags;
}
/** The findings of a file's matches, given the context it takes from other files. */
function decideFindings(collected, catalog, external) {
    const { matches, path } = collected;
    if (matches.length === 0)
        return [];
    const tags = ownTags(collected, catalog);
    if (external)
        resolveConditionalTags(matches, catalog, tags, external);
    const around = new Map();
    const findings = [];
    for (const r of matches) {
        const { rule } = catalog.rules[r.rule];
        if (rule.signalOnly)
            continue;
        let decided = severityInContext(rule, tags, external);
        if (decided?.severity !== rule.severity && r.atPosition && !rule.context?.noneOf?.some((t) => tags.has(t)))
            decided = { severity: rule.severity };
        if (!decided)
            continue;
        const { severity, via } = decided;
        const replacement = replacementFor(catalog.rules[r.rule], r.text);
        const finding = {
            ruleId: rule.id,
            category: rule.category,
            severity,
            path,
            line: r.line,
            column: r.column,
            endLine: r.endLine,
            endColumn: r.endColumn,
            message: composeMessage(rule, r.text, replacement, via, rule.category === 'legacy-search' && tags.has('tokenhub')),
            match: r.text.length > MAX_MATCH_CHARS ? r.text.slice(0, MAX_MATCH_CHARS) + '…' : r.text,
        };
        if (via)
            finding.context = { ...via };
        if (replacement !== undefined)
            finding.replacement = replacement;
        // A built-in rule's page carries the fix, the per-language guidance and the sources (docs/rules/).
        const docsUrl = (0,docs_url/* docsUrlOf */.M)(rule);
        if (docsUrl)
            finding.docsUrl = docsUrl;
        around.set(finding, r.around);
        findings.push(finding);
    }
    // Ignores apply after de-duplication, so that ignoring a specific rule does not let a general one through. The
    // scanner only marks what an ignore comment covers (with its reason); triage sets those findings aside.
    const directivesByLine = new Map(collected.directives);
    const directivesOn = (line) => directivesByLine.get(line)?.directives ?? [];
    const kept = [];
    const ignored = [];
    for (const f of dedupe(findings, catalog)) {
        const here = directivesByLine.get(f.line);
        // Text inside the directive itself (rule ids such as hunyuan-model-...) is never a finding.
        if (here && here.directives.some((d) => d.scope === 'line' || d.scope === 'next-line') && f.column > here.column)
            continue;
        const on = directivesOn(f.line);
        const before = directivesOn(f.line - 1);
        const directive = on.find((d) => d.scope === 'line' && directiveCovers(d, f.ruleId, f.category)) ??
            before.find((d) => d.scope === 'next-line' && directiveCovers(d, f.ruleId, f.category));
        if (directive) {
            ignored.push({ ...f, ignoredInline: directive.reason ? { reason: directive.reason } : {} });
            continue;
        }
        // A directive meant for this line that names a rule id that does not exist: the finding stays, and says why.
        const misspelt = on.find((d) => d.scope === 'line' && d.unknown.length) ?? before.find((d) => d.scope === 'next-line' && d.unknown.length);
        if (misspelt) {
            const at = on.includes(misspelt) ? f.line : f.line - 1;
            kept.push({ ...f, ignoreProblem: unknownTargetsProblem(misspelt, at, catalog.ignoreTargets) });
        }
        else
            kept.push(f);
    }
    // Fingerprints number identical findings within a file: counted apart, so an ignore comment never renumbers the rest.
    const neighbourhoodOf = (f) => around.get(f) ?? around.get(original(f, findings));
    const out = (0,fingerprint/* withFingerprintsAround */.$F)(kept, neighbourhoodOf);
    if (ignored.length)
        out.push(...(0,fingerprint/* withFingerprintsAround */.$F)(ignored, neighbourhoodOf));
    return out.sort(inFileOrder);
}
/** The finding an ignored copy was made from (same place and rule). */
function original(f, findings) {
    return findings.find((o) => o.ruleId === f.ruleId && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn);
}
const ruleIndexes = new WeakMap();
function ruleIndexOf(catalog) {
    let index = ruleIndexes.get(catalog);
    if (!index) {
        index = new Map(catalog.rules.map((c, i) => [c, i]));
        ruleIndexes.set(catalog, index);
    }
    return index;
}
function inFileOrder(a, b) {
    return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw, catalog, tags, external) {
    const conditional = [...new Set(raw.map((r) => catalog.rules[r.rule].rule).filter((rule) => rule.providesWhenReported?.length))];
    let changed = true;
    while (changed) {
        changed = false;
        for (const rule of conditional) {
            if (!contextHolds(rule, tags, external))
                continue;
            for (const t of rule.providesWhenReported) {
                if (!tags.has(t)) {
                    tags.add(t);
                    changed = true;
                }
            }
        }
    }
}
const REACH_RANK = { file: 0, package: 1, project: 2 };
/** Where a tag the rule needs comes from: undefined = not available, 'own' = the file itself, else the other file. */
function tagSource(rule, tag, tags, external) {
    if (tags.has(tag))
        return 'own';
    if (!external || rule.context?.unlessOwn?.some((t) => tags.has(t)))
        return undefined;
    const reach = REACH_RANK[rule.context?.reach ?? 'package'];
    if (reach >= 1 && external.package.has(tag))
        return external.package.get(tag);
    if (reach >= 2 && external.project.has(tag))
        return external.project.get(tag);
    return undefined;
}
function contextHolds(rule, tags, external) {
    return severityInContext(rule, tags, external)?.severity === rule.severity;
}
/** The severity of a match in its context, and the phrase naming outside context when that is what decided it. */
function severityInContext(rule, tags, external) {
    const ctx = rule.context;
    if (!ctx)
        return { severity: rule.severity };
    if (ctx.noneOf?.some((t) => tags.has(t)))
        return undefined;
    if (!ctx.anyOf || ctx.anyOf.length === 0)
        return { severity: rule.severity };
    let via;
    for (const t of ctx.anyOf) {
        const source = tagSource(rule, t, tags, external);
        if (source === 'own')
            return { severity: rule.severity };
        if (source !== undefined && via === undefined)
            via = source;
    }
    if (via !== undefined)
        return { severity: rule.severity, via };
    return ctx.otherwise ? { severity: ctx.otherwise } : undefined;
}
/** The strong evidence this file lends: tags of rules that share them, as far as their rule says. */
function sharedEvidence(raw, catalog, tags) {
    const out = [];
    const seen = new Set();
    for (const r of raw) {
        const { rule } = catalog.rules[r.rule];
        if (!rule.shares)
            continue;
        const given = [...(rule.provides ?? []), ...(contextHolds(rule, tags) ? (rule.providesWhenReported ?? []) : [])];
        for (const tag of given) {
            if (!context/* SHAREABLE_TAGS */.CQ.has(tag))
                continue;
            const key = `${tag}:${rule.shares}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const shown = r.text.length > 60 ? r.text.slice(0, 60) + '…' : r.text;
            out.push({ tag, reach: rule.shares, what: `${rule.evidenceName ?? rule.title} \`${shown}\`` });
        }
    }
    return out;
}
function replacementFor(compiled, matched) {
    const { rewrite, rule } = compiled;
    if (rewrite && rewrite.from.test(matched))
        return matched.replace(rewrite.from, rewrite.to);
    return rule.replacement.value;
}
function composeMessage(rule, matched, replacement, via, onTokenHub = false) {
    const shown = matched.length > 80 ? matched.slice(0, 80) + '…' : matched;
    const parts = [rule.message.replace('{match}', shown)];
    if (via)
        parts.push(`(Context: ${(0,finding/* contextPhrase */.B8)(via)}.)`);
    // A half-migrated client: the base URL moved, the old request fields did not.
    if (onTokenHub)
        parts.push('This file already calls TokenHub, which does not take this field: the request fails or silently loses search.');
    // The first source is the one that makes the match legacy; say so when it is not Tencent's own word.
    const primary = rule.sources[0]?.evidence;
    if (primary === 'unverified')
        parts.push("(Unverified: not found in Tencent's documentation.)");
    else if (primary === 'third-party' || primary === 'inferred')
        parts.push("(Source: third-party material, not Tencent's documentation.)");
    if (replacement !== undefined) {
        parts.push(rule.replacement.evidence === 'confirmed'
            ? `Replace with \`${replacement}\` (per Tencent's documentation).`
            : `Suggested replacement (not an official mapping): \`${replacement}\`.`);
    }
    if (rule.replacement.hint)
        parts.push(rule.replacement.hint);
    return parts.join(' ');
}
/**
 * Two rules of one category on the same text (a general model pattern over a specific one, a URL matched by
 * two endpoint rules) report once: the more severe, then the one listed first in the catalog. For SDKs, one
 * finding per line: an import line also names the request class.
 */
function dedupe(findings, catalog) {
    const order = new Map(catalog.rules.map((c, i) => [c.rule.id, i]));
    const ranked = [...findings].sort((a, b) => finding/* SEVERITY_RANK */.f3[b.severity] - finding/* SEVERITY_RANK */.f3[a.severity] ||
        order.get(a.ruleId) - order.get(b.ruleId) ||
        a.line - b.line ||
        a.column - b.column);
    const kept = [];
    // Matches never span a line break, so clashes can only happen between findings that start on one line.
    const keptByLine = new Map();
    for (const f of ranked) {
        const key = `${f.category}:${f.line}`;
        const sameLine = keptByLine.get(key) ?? [];
        // One search field written twice on a line (a Go field and its JSON tag) is one finding. Only for fields: a
        // line with two copies of a URL or model ID needs two findings, or `fix` would rewrite only the first.
        const sameField = (k) => f.category === 'legacy-search' && k.ruleId === f.ruleId && k.match === f.match;
        const clash = sameLine.some((k) => f.category === 'legacy-sdk' || overlaps(k, f) || sameField(k));
        if (clash)
            continue;
        sameLine.push(f);
        keptByLine.set(key, sameLine);
        kept.push(f);
    }
    return kept.sort(inFileOrder);
}
function overlaps(a, b) {
    const aStart = [a.line, a.column];
    const aEnd = [a.endLine, a.endColumn];
    const bStart = [b.line, b.column];
    const bEnd = [b.endLine, b.endColumn];
    return cmp(aStart, bEnd) < 0 && cmp(bStart, aEnd) < 0;
}
function cmp(p, q) {
    return p[0] - q[0] || p[1] - q[1];
}


/***/ }),

/***/ 5510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ relativeImportCandidates),
/* harmony export */   YN: () => (/* binding */ mayImportBeyondFolder),
/* harmony export */   c0: () => (/* binding */ importsRelatively)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3189);

/**
 * The files a source file imports by relative path. Real projects keep the legacy endpoint in a config module and
 * send the model ID from a route handler in another folder (`require('../config/config')`); that handler is tied
 * to the legacy platform as surely as a sibling file would be. Only relative imports count: a package name says
 * nothing about which file holds what, and following them would make context depend on the whole repository.
 *
 * Regular expressions, not a parser: the import forms are few and fixed, and this runs in the first pass over
 * every file that takes context, where a parse per file would cost more than the scan itself. A missed form costs
 * a missed context (the finding stays at the severity its own file gives); it can never add a false tie, since a
 * candidate path only counts when a file of that path exists and lends evidence.
 */
/** `import x from './a'`, `export * from '../b'`, `import './c'`, `require('./d')`, `import('./e')`. */
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]{1,300})\1/g;
/** `from .config import X`, `from ..pkg.settings import Y`, `from . import config, client`. */
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+(\.+)([A-Za-z_][\w.]*)?[ \t]+import[ \t]+\(?([^\n#)]*)/gm;
const JS_EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts', '.json', '.vue'];
/** At most this many imports per file are followed (a generated barrel can import thousands). */
const MAX_IMPORTS = 50;
/** Whether a file's language has relative imports this module follows. */
function importsRelatively(path) {
    const family = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .familyOf */ .Ap)(path);
    return family === 'js' || family === 'python';
}
/**
 * Whether a file's bytes may import a file outside its own folder (`../x`, `./sub/x`, Python `from ..x`,
 * `from .sub.mod`): only those imports add context, since a file of the same folder lends it as a sibling
 * already. A few native byte searches, so that the full scan pays the import test only for such files.
 */
function mayImportBeyondFolder(bytes, path) {
    const family = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .familyOf */ .Ap)(path);
    if (family === 'js') {
        if (bytes.includes('../'))
            return true;
        for (const opening of ["'./", '"./', '`./']) {
            const quote = opening.charCodeAt(0);
            for (let at = bytes.indexOf(opening); at !== -1; at = bytes.indexOf(opening, at + 3)) {
                // `./sub/x`: a slash before the closing quote, within one line.
                for (let i = at + 3; i < bytes.length && i < at + 300; i++) {
                    const b = bytes[i];
                    if (b === quote || b === 0x0a)
                        break;
                    if (b === 0x2f)
                        return true;
                }
            }
        }
        return false;
    }
    if (family === 'python') {
        // `from ..x`, or `from .sub.mod` (a module of a subpackage).
        for (let at = bytes.indexOf('from .'); at !== -1; at = bytes.indexOf('from .', at + 6)) {
            let i = at + 6;
            if (bytes[i] === 0x2e)
                return true;
            while (i < bytes.length && isIdentifierByte(bytes[i]))
                i++;
            if (bytes[i] === 0x2e)
                return true;
        }
    }
    return false;
}
function isIdentifierByte(b) {
    return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}
/**
 * Candidate paths (relative to the scan root, `/`-separated) for each relative import of a file, in the order the
 * imports appear; a specifier without extension gives one candidate per extension and index file. Paths that
 * would leave the scan root are dropped.
 */
function relativeImportCandidates(text, path) {
    const family = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .familyOf */ .Ap)(path);
    if (family === 'js')
        return jsImports(text, (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .dirName */ .BB)(path));
    if (family === 'python')
        return pythonImports(text, (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .dirName */ .BB)(path));
    return [];
}
function jsImports(text, dir) {
    const out = [];
    const seen = new Set();
    for (const m of text.matchAll(JS_IMPORT)) {
        const spec = m[2].split(/[?#]/)[0];
        if (seen.has(spec))
            continue;
        seen.add(spec);
        const target = joinPath(dir, spec);
        if (target === undefined)
            continue;
        const last = target.slice(target.lastIndexOf('/') + 1);
        const candidates = /\.[A-Za-z0-9]+$/.test(last) ? [target] : [];
        // TypeScript's ESM style names the emitted `.js` file for a `.ts` source.
        if (/\.(?:m|c)?js$/.test(last))
            candidates.push(target.replace(/js$/, 'ts'), target.replace(/\.(?:m|c)?js$/, '.tsx'));
        if (!/\.(?:json|vue|[mc]?[jt]sx?)$/.test(last)) {
            for (const ext of JS_EXTENSIONS)
                candidates.push(target + ext);
            for (const ext of JS_EXTENSIONS)
                candidates.push(`${target}/index${ext}`);
        }
        out.push(candidates);
        if (out.length >= MAX_IMPORTS)
            break;
    }
    return out;
}
function pythonImports(text, dir) {
    const out = [];
    for (const m of text.matchAll(PY_FROM_IMPORT)) {
        let base = dir;
        // One dot is the package itself; each further dot goes one package up.
        for (let i = 1; i < m[1].length && base !== undefined; i++)
            base = base === '' ? undefined : (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .dirName */ .BB)(base);
        if (base === undefined)
            continue;
        const names = m[3].split(',').map((n) => n.trim().split(/\s+/)[0]).filter((n) => /^[A-Za-z_]\w*$/.test(n));
        const module = m[2] ? joinPath(base, m[2].split('.').join('/')) : base;
        if (module === undefined)
            continue;
        // `from .pkg import name`: name is a submodule (pkg/name.py) or a name in pkg itself; `from . import name`: a module.
        const own = m[2] ? [`${module}.py`, `${module}/__init__.py`] : [];
        for (const name of names.length ? names : ['']) {
            const sub = name && joinPath(module, name);
            out.push([...(sub ? [`${sub}.py`, `${sub}/__init__.py`] : []), ...own]);
            if (out.length >= MAX_IMPORTS)
                return out;
        }
    }
    return out;
}
/** Joins a relative specifier to a directory; undefined when it climbs above the root. */
function joinPath(dir, spec) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const seg of spec.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.length ? parts.join('/') : undefined;
}


/***/ }),

/***/ 8090:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ FileReader),
  RZ: () => (/* binding */ ProjectEvidence),
  $: () => (/* binding */ emptyResult),
  AF: () => (/* binding */ firstAnchorsFor),
  AO: () => (/* binding */ mergeResult),
  vw: () => (/* binding */ scanBytes),
  Tu: () => (/* binding */ scanFiles),
  g$: () => (/* binding */ tooLarge),
  O$: () => (/* binding */ unreadable)
});

// UNUSED EXPORTS: ARENA_BYTES, FIRST_BLOCK, formatBytes, scanFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/safe-fs/bounded-read.ts
var bounded_read = __nccwpck_require__(6043);
// EXTERNAL MODULE: ./src/scan/anchor-search.ts
var anchor_search = __nccwpck_require__(2049);
// EXTERNAL MODULE: ./src/scan/binary-types.ts
var binary_types = __nccwpck_require__(456);
// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __nccwpck_require__(4625);
// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./src/catalog/patterns.ts
var patterns = __nccwpck_require__(1920);
// EXTERNAL MODULE: ./src/scan/anchor-index.ts
var anchor_index = __nccwpck_require__(4009);
// EXTERNAL MODULE: ./src/scan/lockfiles.ts
var lockfiles = __nccwpck_require__(1967);
// EXTERNAL MODULE: ./src/scan/file-text.ts + 1 modules
var file_text = __nccwpck_require__(180);
;// CONCATENATED MODULE: ./src/scan/context-takers.ts

/**
 * Files that take context from other files: code files (a package is the files of one directory in one language
 * family) and manifests. Documentation and data files take none, so the scan never keeps or decides them again.
 */
function takesContext(path) {
    return (0,context/* familyOf */.Ap)(path) !== undefined || (0,context/* isManifest */.Yh)(path);
}

// EXTERNAL MODULE: ./src/scan/relative-imports.ts
var relative_imports = __nccwpck_require__(5510);
;// CONCATENATED MODULE: ./src/scan/scan-file.ts













/** The outcome of a file without any anchor in its bytes (shared: nothing in it is ever changed). */
const NO_ANCHOR_IN_BYTES = Object.freeze({ findings: Object.freeze([]), noAnchorInBytes: true });
/** The prefilter of a file matched without context from other files (lockfiles have their own: see lockfiles.ts). */
function firstAnchorsFor(catalog, rel) {
    const index = (0,anchor_index/* anchorIndexOf */.t)(catalog);
    return (0,file_text/* regexAnchors */.wo)((0,lockfiles/* isLockfile */.e)(rel) ? index.lockfilePrefilter : index.prefilter);
}
/**
 * Scans one file's bytes: the one scan function, for the full scan's threads, a pull request's blobs, the context
 * of a pull request's head tree and the rule examples. The cheap test comes first: one case-insensitive pass for
 * the anchors over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match
 * whatever the encoding), and only files with a hit are decoded and matched rule by rule. With context from other
 * files, every rule's anchors count, also those of the rules that only report in context (a bare `Citation` field).
 */
function scanBytes(bytes, rel, catalog, opts = {}) {
    const anchors = opts.anchors ?? (opts.context ? (0,file_text/* regexAnchors */.wo)((0,anchor_index/* anchorIndexOf */.t)(catalog).anyRule) : firstAnchorsFor(catalog, rel));
    const text = (0,file_text/* fileText */.CG)(bytes, anchors);
    if (text.kind === 'skipped')
        return { skipped: text.reason };
    if (text.kind === 'no-anchor')
        return text.bytes ? { findings: [], noAnchorInBytes: true } : { findings: [] };
    const collected = (0,match_text/* collectMatches */.AU)(text.text, rel, catalog);
    const findings = (0,match_text/* decideFindings */.XK)(collected, catalog, opts.context);
    const outcome = { findings };
    if (collected.shared.length)
        outcome.shared = collected.shared;
    if (opts.collect && (0,match_text/* takesOutsideContext */.lM)(collected, catalog))
        outcome.collected = withImports(collected, text.text);
    return outcome;
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}
/**
 * Bytes read first from every file: enough for the binary test (decode.ts looks at the first 8000 bytes), and
 * the whole of most source files in one read without a stat. A binary file costs this much and no more.
 */
const FIRST_BLOCK = 64 * 1024;
/**
 * Bytes a reader keeps of one batch's files for the test after the batch (see scanFiles): beyond this, a file is
 * not kept, and decided later by reading it again if another file turns out to lend it context.
 */
const ARENA_BYTES = 8 * 1024 * 1024;
/**
 * Reads files into one buffer that is reused from file to file, so that memory follows the largest file read
 * rather than the number of files in flight. What it returns is only valid until the next read, unless kept.
 * A file is read in two steps: its first block, which decides whether it is binary (and, when shorter than the
 * block, is the whole file), then the rest, for text only.
 * With WebAssembly SIMD the buffer is the anchor search's own memory, so the prefilter reads the bytes in place.
 */
class FileReader {
    counters = { opened: 0, bytesRead: 0 };
    buf = Buffer.allocUnsafe(1 << 20);
    search;
    catalog;
    firstAnchors;
    /** Whether bytes hold an anchor of the rules that take one of the tags lent (see hasContextAnchor). */
    contextTest;
    /**
     * In place, for the reader's own bytes: whether they hold an anchor of any rule that the prefilter's anchors do
     * not stand for (undefined without WebAssembly SIMD, or for other bytes: then the regex says).
     */
    restAnchors;
    /** Lockfiles take the same prefilter as other files (else the regex of their own anchors). */
    lockfilesShare;
    /** Where the next file is read: past the files kept in this batch. */
    top = 0;
    /** Where the file read last starts, and its size. */
    last = { at: 0, size: 0 };
    constructor(catalog) {
        this.catalog = catalog;
        const index = (0,anchor_index/* anchorIndexOf */.t)(catalog);
        this.lockfilesShare = index.lockfilesSharePrefilter;
        const first = index.prefilterAnchors;
        // One anchor set per combination of the tags other files may lend (one pass over a file, whatever its
        // neighbours lend), so that a file is tested only for the rules its context can reach. Combinations are told
        // by a bit mask over `tags`; those with the same anchors share a set.
        const byTag = new Map([...context/* SHAREABLE_TAGS */.CQ].map((tag) => [tag, index.contextAnchors(tag)]).filter(([, a]) => a.length > 0));
        const tags = [...byTag.keys()];
        const sets = [];
        const setKeys = new Map();
        const setOfMask = [-1];
        for (let mask = 1; mask < 1 << tags.length; mask++) {
            const anchors = (0,anchor_index/* minimalAnchors */.C)(tags.filter((_, i) => mask & (1 << i)).flatMap((t) => byTag.get(t)));
            const key = anchors.join('\n');
            if (!setKeys.has(key)) {
                setKeys.set(key, sets.length);
                sets.push(anchors);
            }
            setOfMask[mask] = setKeys.get(key);
        }
        // Anchors of any rule that the prefilter's do not stand for: with context, a file holding one is matched too
        // (the rule anchors' test, anyRule, is the prefilter's or these). Searched here when the search takes them.
        const rest = index.ruleAnchors.filter((a) => !first.some((f) => a.includes(f)));
        const withRest = anchor_search/* AnchorSearch */.SA.accepts(rest);
        this.search = anchor_search/* AnchorSearch */.SA.createSets(withRest ? [first, ...sets, rest] : [first, ...sets]);
        const search = this.search;
        const regex = (0,file_text/* regexAnchors */.wo)(index.prefilter);
        let tests;
        if (search) {
            // In place when the bytes are the reader's own (what read() returned), else through the regex.
            const own = (b) => b.buffer === search.buffer(0).buffer;
            this.firstAnchors = { bytes: (b) => (own(b) ? search.testIn(0, b.byteOffset, b.byteOffset + b.length) : regex.bytes(b)), text: regex.text };
            tests = sets.map((_, i) => (at, size) => search.testIn(i + 1, at, at + size));
            const restSet = sets.length + 1;
            this.restAnchors = withRest ? (b) => search.testIn(restSet, b.byteOffset, b.byteOffset + b.length) : undefined;
        }
        else {
            this.firstAnchors = regex;
            tests = sets.map((anchors) => {
                const re = (0,file_text/* regexAnchors */.wo)(new RegExp(anchors.map(patterns/* escapeRegExp */.Nt).join('|'), 'i'));
                return (at, size) => re.bytes(this.buf.subarray(at, at + size));
            });
            this.restAnchors = undefined;
        }
        this.contextTest = (tagsLent, at, size) => {
            let mask = 0;
            for (let i = 0; i < tags.length; i++)
                if (tagsLent.has(tags[i]))
                    mask |= 1 << i;
            return mask !== 0 && tests[setOfMask[mask]](at, size);
        };
    }
    /**
     * Scans what read() returned last, with the catalog's prefilter; with `withContextAnchors`, a file that has none
     * of its anchors but one of the rules that take context from other files is matched too.
     */
    scan(bytes, rel, opts = {}) {
        const { withContextAnchors, ...rest } = opts;
        if (!withContextAnchors && !this.lockfilesShare && (0,lockfiles/* isLockfile */.e)(rel))
            return scanBytes(bytes, rel, this.catalog, rest);
        // Most files: read() found the first block not binary, and the bytes, in place, hold no anchor. Said here
        // without the views and objects of the general path, which a scan of many small files feels.
        if (!withContextAnchors && this.search && bytes.buffer === this.search.buffer(0).buffer && !(0,decode/* hasUtf16Bom */.Vt)(bytes)) {
            if (!this.search.testIn(0, bytes.byteOffset, bytes.byteOffset + bytes.length))
                return NO_ANCHOR_IN_BYTES;
        }
        const anyRule = (0,anchor_index/* anchorIndexOf */.t)(this.catalog).anyRule;
        const anchors = withContextAnchors
            ? {
                bytes: (b) => this.firstAnchors.bytes(b) || (this.restAnchors && b.buffer === this.search.buffer(0).buffer ? this.restAnchors(b) : anyRule.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'))),
                text: (t) => anyRule.test(t),
            }
            : this.firstAnchors;
        return scanBytes(bytes, rel, this.catalog, { ...rest, anchors });
    }
    /** Keeps the file read last in the arena until clear(), if it fits: its place, else undefined. */
    keep() {
        const { at, size } = this.last;
        if (at + size > ARENA_BYTES)
            return undefined;
        // The anchor search zeroes the bytes just past what it searches: leave them free.
        this.top = at + size + anchor_search/* SEARCH_PAD */.Nt;
        return { ...this.last };
    }
    /** The bytes of a kept file (valid until the next read). */
    bytesOf(held) {
        return this.view().subarray(held.at, held.at + held.size);
    }
    /**
     * Whether a kept file holds an anchor of the rules that take one of the tags from other files (see
     * contextAnchors): only such a file can get a finding from that context.
     */
    hasContextAnchor(held, tags) {
        return this.contextTest(tags, held.at, held.size);
    }
    /** Forgets the kept files. */
    clear() {
        this.top = 0;
    }
    read(abs, maxBytes) {
        let fd;
        try {
            // Listed as a regular file, but it may have been swapped since: never follow a link or wait on a FIFO.
            fd = (0,external_node_fs_.openSync)(abs, bounded_read/* OPEN_FLAGS */.tM);
        }
        catch (err) {
            return { skipped: unreadable(err) };
        }
        this.counters.opened++;
        try {
            const at = this.top;
            let buf = this.buffer(at + FIRST_BLOCK);
            const first = this.readAt(fd, buf, at, FIRST_BLOCK);
            // A short first block is the whole file; only a full one needs the file's size.
            const size = first < FIRST_BLOCK ? first : (0,external_node_fs_.fstatSync)(fd).size;
            if (size > maxBytes)
                return { skipped: tooLarge(maxBytes, size) };
            const head = buf.subarray(at, at + first);
            if (!(0,decode/* hasUtf16Bom */.Vt)(head) && (0,decode/* isBinary */.Go)(head))
                return { skipped: 'binary' };
            let total = first;
            if (size > first) {
                buf = this.buffer(at + size);
                total += this.readAt(fd, buf, at + first, size - first);
            }
            this.last = { at, size: total };
            return { bytes: buf.subarray(at, at + total) };
        }
        catch (err) {
            return { skipped: unreadable(err) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Reads up to `length` bytes at `offset` of the buffer, stopping early only at the end of the file. */
    readAt(fd, buf, offset, length) {
        let total = 0;
        while (total < length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, offset + total, length - total, null);
            if (n === 0)
                break;
            total += n;
        }
        this.counters.bytesRead += total;
        return total;
    }
    view() {
        return this.search ? this.search.buffer(0) : this.buf;
    }
    /** The reused buffer, at least `size` bytes long, with what it held unchanged. */
    buffer(size) {
        // WebAssembly memory grows in place: what it held stays.
        if (this.search)
            return this.search.buffer(size);
        if (this.buf.length < size + anchor_search/* SEARCH_PAD */.Nt) {
            const bigger = Buffer.allocUnsafe(Math.max(size + anchor_search/* SEARCH_PAD */.Nt, this.buf.length * 2));
            this.buf.copy(bigger, 0, 0, this.top);
            this.buf = bigger;
        }
        return this.buf;
    }
}
/** The reason a file that could not be read is skipped; the same words in every listing of skipped files. */
function unreadable(err) {
    return `unreadable (${err.code ?? err.message})`;
}
/** The reason a file over the size cap is skipped. */
function tooLarge(maxBytes, size) {
    return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`;
}
function emptyResult() {
    return { findings: [], skipped: [], evidence: [], manifests: [], pending: [], undecided: [], files: 0, bytes: 0, done: 0 };
}
/** What one thread has seen of the tree so far that lends context beyond a directory: projects and their tags. */
class ProjectEvidence {
    roots = new Map();
    manifestDirs = new Set();
    noteManifest(path) {
        this.manifestDirs.add((0,context/* dirName */.BB)(path));
    }
    /** Notes a file's evidence; project-wide evidence makes its project (as far as this thread knows it) a root. */
    add(path, shared) {
        const tags = shared.filter((e) => e.reach === 'project').map((e) => e.tag);
        if (tags.length === 0)
            return;
        // A manifest's project is its folder; a project-wide import's the nearest folder above with a manifest, or the tree.
        const root = (0,context/* isManifest */.Yh)(path) ? (0,context/* dirName */.BB)(path) : ((0,context/* ancestorDirs */.cR)(path).find((d) => this.manifestDirs.has(d)) ?? '');
        const set = this.roots.get(root) ?? new Set();
        for (const t of tags)
            set.add(t);
        this.roots.set(root, set);
    }
    /** The tags the projects a file is in lend it, as far as this thread knows. */
    tagsFor(path, into) {
        if (this.roots.size === 0)
            return;
        for (const d of (0,context/* ancestorDirs */.cR)(path))
            for (const t of this.roots.get(d) ?? [])
                into.add(t);
    }
}
/**
 * Reads and scans files one after the other; the same code runs on the main thread and in workers. The files
 * are those of one directory (a batch of the walk): after them, while their bytes are still in the reader's arena,
 * the files that may take context from a sibling of the batch or from a project seen so far are tested for the
 * anchors of the rules that use such context, and the matches of those that have one are kept (`pending`), so
 * that the context pass never reads a file again to decide it. A file not decided here (no evidence beside it
 * yet, or no room in the arena) is listed as `undecided`.
 */
function scanFiles(files, catalog, maxBytes, reader, into = emptyResult(), project = new ProjectEvidence()) {
    const held = [];
    const lending = new Map();
    reader.clear();
    for (const file of files) {
        into.done++;
        const manifest = (0,context/* isManifest */.Yh)(file.rel);
        if (manifest) {
            into.manifests.push(file.rel);
            project.noteManifest(file.rel);
        }
        const taker = takesContext(file.rel);
        const outcome = scanFile(file, maxBytes, reader, taker);
        if ('skipped' in outcome) {
            into.skipped.push({ path: file.rel, reason: outcome.skipped });
            continue;
        }
        into.files++;
        into.bytes += outcome.bytes;
        for (const f of outcome.findings)
            into.findings.push(f);
        if (outcome.shared?.length) {
            into.evidence.push({ path: file.rel, shared: outcome.shared });
            lending.set(file.rel, outcome.shared);
            project.add(file.rel, outcome.shared);
        }
        if (!taker)
            continue;
        if (outcome.collected)
            into.pending.push(outcome.collected);
        else if (outcome.read === 'no-anchor') {
            const place = reader.keep();
            if (place)
                held.push({ file, place });
            else
                into.undecided.push({ abs: file.abs, rel: file.rel });
        }
    }
    for (const { file, place } of held) {
        const tags = new Set();
        lentInBatch(file.rel, lending, tags);
        project.tagsFor(file.rel, tags);
        // A file that imports others beyond its folder may take context from any of them, wherever they are: tested
        // for every tag now, so that only one with such an anchor is kept (with its imports), and none is read again.
        if ((0,relative_imports/* mayImportBeyondFolder */.YN)(reader.bytesOf(place), file.rel))
            for (const t of context/* SHAREABLE_TAGS */.CQ)
                tags.add(t);
        if (tags.size === 0 || !reader.hasContextAnchor(place, tags)) {
            // Decided only for these tags: context with others (from another batch or thread) reads it again.
            into.undecided.push({ abs: file.abs, rel: file.rel, ...(tags.size ? { testedFor: [...tags] } : {}) });
            continue;
        }
        try {
            const text = decodedText(reader.bytesOf(place));
            const collected = (0,match_text/* collectMatches */.AU)(text, file.rel, catalog);
            if (collected.matches.length)
                into.pending.push(withImports(collected, text));
        }
        catch {
            // A bug in a rule costs this file its context, not the scan.
        }
    }
    reader.clear();
    return into;
}
/** A file kept for the context pass carries its relative imports: their evidence reaches it as a sibling's does. */
function withImports(collected, text) {
    const imports = (0,relative_imports/* relativeImportCandidates */.Kz)(text, collected.path);
    if (imports.length)
        collected.imports = imports;
    return collected;
}
/** The tags other files of the batch in the file's package (directory and language family) lend it. */
function lentInBatch(path, lending, into) {
    const family = (0,context/* familyOf */.Ap)(path);
    if (family === undefined || lending.size === 0)
        return;
    const dir = (0,context/* dirName */.BB)(path);
    for (const [other, shared] of lending) {
        if (other !== path && (0,context/* dirName */.BB)(other) === dir && (0,context/* familyOf */.Ap)(other) === family)
            for (const e of shared)
                into.add(e.tag);
    }
}
/** Text of kept bytes (they passed the binary test, and are not UTF-16: see FileOutcome.noAnchorInBytes). */
function decodedText(bytes) {
    const text = (0,file_text/* fileText */.CG)(bytes, file_text/* ANY_TEXT */.hm);
    return text.kind === 'text' ? text.text : '';
}
/**
 * One file, from its listing to its findings: skipped by name or size without being opened where that is
 * enough, else read (binary files only as far as their first block) and scanned. A file that takes context keeps
 * its matches when context could change them.
 */
function scanFile(file, maxBytes, reader, collect = false) {
    const byName = (0,binary_types/* binaryTypeOf */.h)(file.rel);
    if (byName)
        return { skipped: byName };
    if (file.size !== undefined && file.size > maxBytes)
        return { skipped: tooLarge(maxBytes, file.size) };
    const read = reader.read(file.abs, maxBytes);
    if ('skipped' in read)
        return read;
    let outcome;
    try {
        outcome = reader.scan(read.bytes, file.rel, { collect });
    }
    catch (err) {
        // A bug in a rule must cost one file, not the scan.
        return { skipped: `scan error (${err.message})` };
    }
    if ('skipped' in outcome)
        return outcome;
    return {
        findings: outcome.findings,
        ...(outcome.shared?.length ? { shared: outcome.shared } : {}),
        ...(outcome.collected ? { collected: outcome.collected } : {}),
        bytes: read.bytes.length,
        read: outcome.noAnchorInBytes ? 'no-anchor' : 'matched',
    };
}
function mergeResult(into, part) {
    for (const f of part.findings)
        into.findings.push(f);
    for (const s of part.skipped)
        into.skipped.push(s);
    for (const e of part.evidence)
        into.evidence.push(e);
    for (const m of part.manifests)
        into.manifests.push(m);
    for (const p of part.pending)
        into.pending.push(p);
    for (const u of part.undecided)
        into.undecided.push(u);
    into.files += part.files;
    into.bytes += part.bytes;
    into.done += part.done;
}


/***/ }),

/***/ 4323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ SCAN_WORKER_FLAG),
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   fR: () => (/* binding */ runScanWorker)
/* harmony export */ });
/* unused harmony export claimHungry */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _anchor_search_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2049);
/* harmony import */ var _list_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9975);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8090);
/* harmony import */ var _walk_scanner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5307);





/**
 * The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
 * this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
 * bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
 */
const SCAN_WORKER_FLAG = 'tokenhubMigrationScanWorker';
/** Files a worker handles between two progress reports. */
const PROGRESS_EVERY = 500;
function isScanWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[SCAN_WORKER_FLAG] === true;
}
/** Takes one waiting thread off the count, if there is one: the caller then owes it work. */
function claimHungry(hungry) {
    for (;;) {
        const waiting = Atomics.load(hungry, 0);
        if (waiting <= 0)
            return false;
        if (Atomics.compareExchange(hungry, 0, waiting, waiting - 1) === waiting)
            return true;
    }
}
function runScanWorker() {
    const setup = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const hungry = new Int32Array(setup.hungry);
    if (setup.plans)
        (0,_anchor_search_js__WEBPACK_IMPORTED_MODULE_1__/* .adoptSearchPlans */ .ju)(setup.plans);
    const walker = new _walk_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .WalkScanner */ .o(new _list_files_js__WEBPACK_IMPORTED_MODULE_2__/* .WalkRules */ .fO(setup.list, setup.named), setup.catalog, setup.maxBytes, new _scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileReader */ .qg(setup.catalog));
    port.on('message', (msg) => {
        if (msg.type === 'end') {
            port.close();
            return;
        }
        walker.push(msg.tasks);
        // Work until the stack is empty, giving half of it away whenever another thread waits for work.
        let reported = 0;
        while (walker.step()) {
            if (walker.pending > 1 && claimHungry(hungry))
                port.postMessage({ type: 'share', tasks: walker.share() });
            if (walker.done - reported >= PROGRESS_EVERY) {
                port.postMessage({ type: 'progress', done: walker.done - reported });
                reported = walker.done;
            }
        }
        port.postMessage({ type: 'idle', result: walker.takeResult() });
    });
}


/***/ }),

/***/ 9885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
  dU: () => (/* binding */ realRoot),
  h5: () => (/* binding */ resolveTargets),
  SQ: () => (/* binding */ scan),
  vw: () => (/* reexport */ scan_file/* scanBytes */.vw)
});

// UNUSED EXPORTS: INLINE_FILES, PRESTART_FILES, ScanTargetError, formatBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/catalog/index.ts
var src_catalog = __nccwpck_require__(5799);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __nccwpck_require__(3652);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __nccwpck_require__(9824);
// EXTERNAL MODULE: ./src/scan/list-files.ts
var list_files = __nccwpck_require__(9975);
// EXTERNAL MODULE: ./src/scan/anchor-search.ts
var anchor_search = __nccwpck_require__(2049);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 1 modules
var scan_file = __nccwpck_require__(8090);
// EXTERNAL MODULE: ./src/scan/scan-worker.ts
var scan_worker = __nccwpck_require__(4323);
;// CONCATENATED MODULE: ./src/scan/parallel.ts






/** Threads a scan lists, reads and matches on unless told otherwise: one per core, the main thread included. */
function defaultThreads() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}
/**
 * The file the workers run: the scan engine's own bundle (dist/scan-worker/index.js, beside dist/index.js and one
 * folder up from dist/cli/index.js), else this very module's bundle, whose entry starts a worker when asked
 * (isScanWorker). From TypeScript sources (tests run them through Vite) there is no file Node can start as a
 * worker, and the scan runs on the main thread.
 */
function workerEntry() {
    const url = new URL(import.meta.url);
    if (url.protocol !== 'file:' || !/\.[cm]?js$/.test(url.pathname))
        return undefined;
    for (const rel of ['scan-worker/index.js', '../scan-worker/index.js']) {
        const own = new URL(rel, url);
        if ((0,external_node_fs_.existsSync)(own))
            return own;
    }
    return url;
}
/** A worker stopped before the end of the scan: what it had not reported is lost, and the scan is run again. */
class WorkerFailure extends Error {
}
/** Young-generation size of a worker's heap (see the constructor). */
const WORKER_YOUNG_GENERATION_MB = 8;
/** How long the main thread works between two looks at its messages, in milliseconds. */
const MAIN_SLICE_MS = 1;
/**
 * Lists folders, reads and scans files on worker threads and on the main thread, as ripgrep's parallel walker
 * does: each thread works through its own stack, depth first; a thread out of work says so (a shared counter of
 * waiting threads), and a busy one that sees it gives the older half of its stack away. Work given away goes
 * through the main thread, which hands it to an idle worker or keeps it. The scan ends when every thread is
 * idle and no work is left; results are merged and sorted by the caller, which makes them independent of timing.
 */
class WalkPool {
    workers = [];
    exited = [];
    hungry;
    main;
    result = (0,scan_file/* emptyResult */.$)();
    onProgress;
    workersDone = 0;
    mainWaiting = false;
    ending = false;
    failed = false;
    wake;
    /** `workers` threads besides the main one, whose walker holds the work to start with. */
    constructor(entry, workers, setup, main, onProgress) {
        this.main = main;
        this.onProgress = onProgress;
        const shared = new SharedArrayBuffer(4);
        this.hungry = new Int32Array(shared);
        const workerData = { ...setup, [scan_worker/* SCAN_WORKER_FLAG */.Ic]: true, hungry: shared, plans: (0,anchor_search/* searchPlans */.V1)() };
        for (let i = 0; i < workers; i++) {
            // No stdin, and no copies of the parent's argv: the worker only needs its workerData. A small young
            // generation: a worker lists folders and reads files at a high allocation rate, and V8 would otherwise
            // grow it to its largest size, which a 2-core runner pays for in peak memory, not in speed.
            const options = { workerData, argv: [], stdin: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
            const pw = { worker: new external_node_worker_threads_.Worker(entry, options), idle: true, reported: 0 };
            this.workers.push(pw);
            pw.worker.on('message', (msg) => this.receive(pw, msg));
            pw.worker.on('error', () => this.fail());
            this.exited.push(new Promise((resolve) => {
                pw.worker.on('exit', () => {
                    if (!this.ending)
                        this.fail();
                    resolve();
                });
            }));
        }
        this.updateHungry();
    }
    /** Works alongside the workers until no work is left anywhere; throws WorkerFailure if a worker died. */
    async run() {
        let sliceStart = performance.now();
        for (;;) {
            if (this.failed)
                return this.abort();
            this.dispatch();
            if (this.main.step()) {
                this.progress();
                if (performance.now() - sliceStart >= MAIN_SLICE_MS) {
                    // Let the workers' messages in: work they give away, and their going idle.
                    await new Promise((resolve) => setImmediate(resolve));
                    sliceStart = performance.now();
                }
                continue;
            }
            if (this.workers.every((w) => w.idle))
                break;
            // Nothing left here: wait for work given away, or for the others to finish.
            this.mainWaiting = true;
            this.updateHungry();
            await new Promise((resolve) => (this.wake = resolve));
            this.mainWaiting = false;
            sliceStart = performance.now();
        }
        this.ending = true;
        const end = { type: 'end' };
        for (const w of this.workers)
            w.worker.postMessage(end);
        await Promise.all(this.exited);
        if (this.failed)
            return this.abort();
        (0,scan_file/* mergeResult */.AO)(this.result, this.main.takeResult());
        return this.result;
    }
    /** Gives idle workers the oldest of the main thread's work, keeping one task here. */
    dispatch() {
        for (const w of this.workers) {
            if (this.main.pending < 2)
                break;
            if (!w.idle)
                continue;
            const task = this.main.shareOne();
            w.idle = false;
            w.worker.postMessage({ type: 'tasks', tasks: [task] });
        }
        this.updateHungry();
    }
    receive(w, msg) {
        if (msg.type === 'share') {
            this.main.push(msg.tasks);
        }
        else if (msg.type === 'progress') {
            w.reported += msg.done;
            this.workersDone += msg.done;
        }
        else {
            (0,scan_file/* mergeResult */.AO)(this.result, msg.result);
            this.workersDone += msg.result.done - w.reported;
            w.reported = 0;
            w.idle = true;
        }
        this.progress();
        this.updateHungry();
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    /** The threads waiting for work: the idle workers, and this one when its stack is empty. */
    updateHungry() {
        let waiting = this.mainWaiting ? 1 : 0;
        for (const w of this.workers)
            if (w.idle)
                waiting++;
        // Work already on its way here will feed one of them.
        if (this.main.pending > 0)
            waiting = Math.max(0, waiting - this.main.pending);
        Atomics.store(this.hungry, 0, waiting);
    }
    progress() {
        this.onProgress(this.main.done + this.workersDone);
    }
    fail() {
        this.failed = true;
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    /** Stops the workers of a pool that was never run (the scan ended before it needed them). */
    async discard() {
        this.ending = true;
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
    async abort() {
        this.ending = true;
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
        throw new WorkerFailure('a scan worker stopped before the end of the scan');
    }
}

// EXTERNAL MODULE: ./src/scan/walk-scanner.ts
var walk_scanner = __nccwpck_require__(5307);
// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __nccwpck_require__(4625);
;// CONCATENATED MODULE: ./src/scan/context-pass.ts



/**
 * The second step of a full scan: files that take context from their package or project are decided again with
 * it. The first pass (on every thread) gave each file's own findings, the evidence it lends, and, for the files
 * whose findings context could change, their matches (`pending`); here, on the main thread, the evidence is
 * gathered and those matches are decided with it, without reading the files again. Only a file the first pass
 * could not decide (`undecided`: no evidence beside it while its bytes were at hand) is read again, and only if
 * some file lends it context.
 */
function contextIndexOf(result, given) {
    const index = given ?? new context/* ContextIndex */.eo();
    for (const m of result.manifests)
        index.noteManifest(m);
    for (const e of result.evidence)
        index.add(e.path, e.shared);
    for (const p of result.pending)
        if (p.imports)
            index.noteImports(p.path, p.imports);
    return index;
}
/** Decides the files that take context, and puts their new findings in place of the first pass's. */
function applyContext(index, result, catalog, maxBytes, reader) {
    const stats = { decided: 0, readAgain: 0 };
    if (index.empty)
        return stats;
    const replaced = new Map();
    for (const collected of result.pending) {
        if (!index.touches(collected.path))
            continue;
        stats.decided++;
        try {
            replaced.set(collected.path, (0,match_text/* decideFindings */.XK)(collected, catalog, index.contextFor(collected.path)));
        }
        catch {
            // A bug in a rule costs this file its context, not the scan: the first pass's findings stand.
        }
    }
    let again = reader;
    for (const file of result.undecided) {
        if (!index.touches(file.rel))
            continue;
        const context = index.contextFor(file.rel);
        // Tested while at hand for every tag its context holds, and none of those rules' anchors was there.
        if (file.testedFor && context && [...context.package.keys(), ...context.project.keys()].every((t) => file.testedFor.includes(t)))
            continue;
        again ??= new scan_file/* FileReader */.qg(catalog);
        const read = again.read(file.abs, maxBytes);
        if ('skipped' in read)
            continue; // The first pass already said why, or read it; its findings stand.
        stats.readAgain++;
        try {
            const outcome = again.scan(read.bytes, file.rel, { context, withContextAnchors: true });
            if ('findings' in outcome)
                replaced.set(file.rel, outcome.findings);
        }
        catch {
            // As above: the first pass's findings stand.
        }
    }
    if (replaced.size === 0)
        return stats;
    result.findings = result.findings.filter((f) => !replaced.has(f.path));
    for (const findings of replaced.values())
        for (const f of findings)
            result.findings.push(f);
    return stats;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/scan/scanner.ts












const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Below this many files a scan stays on the main thread unless threads are asked for: starting workers costs
 * more than it saves (a pull request's changed files, a small repository).
 */
const INLINE_FILES = 1000;
/** Files this thread scans before it starts the workers of a scan that may need them (see INLINE_FILES). */
const PRESTART_FILES = 100;
/** A target that does not exist or lies outside the root: a usage error, not a skipped file. */
class ScanTargetError extends errors/* UserError */.yo {
}
async function scan(opts) {
    const started = performance.now();
    const root = await realRoot(opts.root);
    const targets = await resolveTargets(root, opts.paths ?? []);
    const catalog = opts.catalog ?? (0,compile/* compileCatalog */.Lx)(src_catalog/* RULES */.y0);
    const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const list = { root, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore };
    const start = list_files/* WalkRules */.fO.start({ ...list, targets });
    let lastReported = 0;
    const progress = (done) => {
        if (opts.onProgress && done - lastReported >= 500) {
            lastReported = done;
            opts.onProgress(done);
        }
    };
    const entry = workerEntry();
    const threads = opts.threads ?? defaultThreads();
    const inlineLimit = opts.threads === undefined ? INLINE_FILES : 0;
    // Listing, reading and matching run together, folder by folder, depth first, so memory does not follow the
    // size of the tree. A scan that stays small is done on this thread; past the limit (or at once when threads
    // are asked for), workers start and the walk spreads over them.
    const run = async (workers) => {
        const walker = new walk_scanner/* WalkScanner */.o(new list_files/* WalkRules */.fO(list, start.named), catalog, maxBytes, new scan_file/* FileReader */.qg(catalog));
        for (let i = start.dirs.length - 1; i >= 0; i--)
            walker.push([{ dir: start.dirs[i] }]);
        walker.pushFiles(start.files);
        let pool;
        while ((!workers || walker.done < inlineLimit) && walker.step()) {
            progress(walker.done);
            // Past a few files with more to come, the workers start: they load while this thread goes on alone, and are
            // ready when work is handed out (a worker takes longer to start than this thread to scan a thousand files).
            if (workers && !pool && walker.done >= PRESTART_FILES && walker.pending > 0)
                pool = new WalkPool(entry, threads - 1, { catalog, maxBytes, list, named: start.named }, walker, progress);
        }
        if (!workers || walker.pending === 0) {
            await pool?.discard();
            return walker.takeResult();
        }
        pool ??= new WalkPool(entry, threads - 1, { catalog, maxBytes, list, named: start.named }, walker, progress);
        try {
            return await pool.run();
        }
        catch (err) {
            // A worker that fails costs time, not results: the scan runs again on this thread alone.
            if (err instanceof WorkerFailure)
                return run(false);
            throw err;
        }
    };
    const result = await run(entry !== undefined && threads > 1);
    opts.onProgress?.(result.done);
    const index = contextIndexOf(result, opts.context);
    const context = applyContext(index, result, catalog, maxBytes);
    const findings = result.findings.sort(finding/* byLocation */.HC);
    const skipped = [...start.skipped, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, findings, skipped, stats: { files: result.files, bytes: result.bytes, durationMs: Math.round(performance.now() - started) }, context };
}
async function realRoot(root) {
    try {
        const real = await external_node_fs_.promises.realpath(external_node_path_default().resolve(root));
        const st = await external_node_fs_.promises.stat(real);
        if (!st.isDirectory())
            throw new ScanTargetError(`root is not a directory: ${root}`);
        return real;
    }
    catch (err) {
        if (err instanceof ScanTargetError)
            throw err;
        throw new ScanTargetError(`root does not exist: ${root}`);
    }
}
async function resolveTargets(root, paths) {
    const out = [];
    for (const p of paths) {
        const abs = external_node_path_default().resolve(root, p);
        let real;
        try {
            // The parent's real path, so that a target that is itself a symlink is seen (and refused) as one.
            real = external_node_path_default().join(await external_node_fs_.promises.realpath(external_node_path_default().dirname(abs)), external_node_path_default().basename(abs));
            await external_node_fs_.promises.lstat(real);
        }
        catch {
            throw new ScanTargetError(`path does not exist: ${p}`);
        }
        const rel = external_node_path_default().relative(root, real);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
            throw new ScanTargetError(`path is outside the scan root ${(0,list_files/* toPosix */.d7)(root)}: ${p}`);
        }
        out.push(real);
    }
    return out;
}


/***/ }),

/***/ 5307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ WalkScanner)
/* harmony export */ });
/* unused harmony export BATCH_FILES */
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8090);

/** Files per batch: small enough that one thread stuck on a big bundle does not hold up the end of the scan. */
const BATCH_FILES = 32;
/**
 * One thread's share of a scan: a stack of folders to list and files to scan, worked depth first as ripgrep's
 * walker does, so memory follows the depth of the tree rather than its size. Listing a folder pushes its
 * subfolders and its files (in batches); the oldest entries, the shallowest folders with the most work under
 * them, are the ones given away to idle threads. The same code runs on the main thread and in workers.
 */
class WalkScanner {
    stack = [];
    result = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyResult */ .$)();
    rules;
    catalog;
    maxBytes;
    reader;
    /** Project-wide evidence this thread has seen: which files to test for context while their bytes are at hand. */
    project = new _scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ProjectEvidence */ .RZ();
    constructor(rules, catalog, maxBytes, reader) {
        this.rules = rules;
        this.catalog = catalog;
        this.maxBytes = maxBytes;
        this.reader = reader;
    }
    get pending() {
        return this.stack.length;
    }
    /** Files handled so far (scanned or skipped) and not yet taken with takeResult(). */
    get done() {
        return this.result.done;
    }
    push(tasks) {
        for (const t of tasks)
            this.stack.push(t);
    }
    pushFiles(files) {
        for (let i = 0; i < files.length; i += BATCH_FILES)
            this.stack.push({ files: files.slice(i, i + BATCH_FILES) });
    }
    /** Does the task on top of the stack; false when there is none. */
    step() {
        const task = this.stack.pop();
        if (!task)
            return false;
        if ('files' in task) {
            (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .scanFiles */ .Tu)(task.files, this.catalog, this.maxBytes, this.reader, this.result, this.project);
        }
        else {
            const listing = this.rules.readDir(task.dir);
            for (const s of listing.skipped)
                this.result.skipped.push(s);
            for (const dir of listing.dirs)
                this.stack.push({ dir });
            this.pushFiles(listing.files);
        }
        return true;
    }
    /** Gives away the older half of the stack (never the last task: this thread keeps working). */
    share() {
        return this.stack.splice(0, Math.floor(this.stack.length / 2));
    }
    /** Gives away the oldest task. */
    shareOne() {
        return this.stack.shift();
    }
    /** What was scanned since the last call. */
    takeResult() {
        const r = this.result;
        this.result = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyResult */ .$)();
        return r;
    }
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports MIN_REDACTED_CHARS, clearSecrets */
/**
 * The secrets of this process (the GitHub token, the TokenHub key), and the one function that takes them out of any
 * text. The runner masks what a step prints once `::add-mask::` names it, but only in the log: the job summary, the
 * outputs and the report files are written by the action itself, and an API error may echo a token back in any of
 * them. So every such text passes through `redactSecrets` before it leaves the process.
 */
/** Shorter values would blank out ordinary words; every real token and key is far longer. */
const MIN_REDACTED_CHARS = 4;
const values = new Set();
/** Registers a secret (each of its lines too: a pasted value with a line break must not slip through in halves). */
function registerSecret(value) {
    if (!value)
        return;
    for (const v of [value, value.trim(), ...value.split(/\r\n|\r|\n/).map((line) => line.trim())]) {
        if (v.length >= MIN_REDACTED_CHARS)
            values.add(v);
    }
}
/** `text` with every registered secret replaced by `***` (longest first, so a secret inside another goes whole). */
function redactSecrets(text) {
    if (values.size === 0)
        return text;
    let out = text;
    for (const s of [...values].sort((a, b) => b.length - a.length))
        if (out.includes(s))
            out = out.split(s).join('***');
    return out;
}
/** Forgets every registered secret (tests that run several faces in one process). */
function clearSecrets() {
    values.clear();
}


/***/ }),

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/** The text with every occurrence of a secret replaced by `***`. Applied to whatever a server sends back. */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets) {
        // Very short values would blank out ordinary words; GitHub's own masking has the same floor in spirit.
        if (s.length < 4)
            continue;
        out = out.split(s).join('***');
    }
    return out;
}


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M4: () => (/* reexport */ DiffUnavailableError),
  uy: () => (/* reexport */ resolveChanges),
  Vc: () => (/* reexport */ scanChanges),
  wp: () => (/* reexport */ scanTree)
});

// UNUSED EXPORTS: scanRoot, workTreeRoot

// EXTERNAL MODULE: ./src/git/run.ts
var git_run = __nccwpck_require__(3073);
;// CONCATENATED MODULE: ./src/target/raw-listing.ts
const STATUS = {
    A: 'added',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    D: 'deleted',
    T: 'type-changed',
};
class RawListingError extends Error {
}
function parseRawNumstat(output) {
    const fields = output.split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    const entries = [];
    let i = 0;
    // Raw records: ":<old mode> <new mode> <old sha> <new sha> <status>" NUL path [NUL path]
    while (i < fields.length && fields[i].startsWith(':')) {
        const meta = fields[i].slice(1).split(' ');
        const [oldMode = '', newMode = '', , , statusField = ''] = meta;
        const letter = statusField.charAt(0);
        const status = STATUS[letter];
        if (!status)
            throw new RawListingError(`unexpected git diff status '${statusField}'`);
        if (letter === 'R' || letter === 'C') {
            entries.push({ status, previousPath: fields[i + 1], path: fields[i + 2], oldMode, newMode, binary: false });
            i += 3;
        }
        else {
            entries.push({ status, path: fields[i + 1], oldMode, newMode, binary: false });
            i += 2;
        }
    }
    // Numstat records, in the same order: "<added>\t<deleted>\t<path>" or, for renames, "<added>\t<deleted>\t" NUL old NUL new.
    let n = 0;
    while (i < fields.length && n < entries.length) {
        const record = fields[i];
        const [added, deleted, inlinePath] = record.split('\t');
        entries[n].binary = added === '-' && deleted === '-';
        i += inlinePath === '' ? 3 : 1;
        n++;
    }
    return entries;
}

// EXTERNAL MODULE: ./src/target/unified.ts
var unified = __nccwpck_require__(3791);
;// CONCATENATED MODULE: ./src/target/git-diff.ts



/** git could not answer; the message says why, for the log and the fallback note. */
class GitDiffUnavailable extends Error {
}
const DEFAULT_DEEPEN_STEPS = [50, 200, 1000, 5000];
const FETCH_FLAGS = ['--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--quiet'];
/** Flags that keep the output the same whatever the user's git config says. */
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', '--no-relative'];
async function diffWithGit(req) {
    const { cwd, baseSha, headSha } = req;
    const remote = req.remote ?? 'origin';
    const log = req.log ?? (() => undefined);
    const notes = [];
    const timeoutMs = req.fetchTimeoutMs ?? 5 * 60_000;
    const run = (args, maxBytes) => (0,git_run/* runGit */.EO)(args, { cwd, maxBytes, timeoutMs });
    const inside = await run(['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
        throw new GitDiffUnavailable('the workspace is not a git repository (run actions/checkout before this action)');
    }
    const missing = [];
    for (const sha of unique([baseSha, headSha]))
        if (!(await hasCommit(cwd, sha)))
            missing.push(sha);
    if (missing.length) {
        log(`Fetching ${missing.map(git_diff_short).join(' and ')} from ${remote} (not in the checkout)`);
        const fetched = await run(['fetch', ...FETCH_FLAGS, '--depth=1', remote, ...missing]);
        if (fetched.code !== 0)
            throw new GitDiffUnavailable(`could not fetch ${missing.map(git_diff_short).join(', ')}: ${firstLine(fetched.stderr)}`);
        notes.push(`Fetched ${missing.map(git_diff_short).join(' and ')} (depth 1), which the checkout did not include.`);
    }
    let mergeBase = await findMergeBase(cwd, baseSha, headSha);
    if (!mergeBase) {
        const shallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        if (shallow) {
            for (const depth of req.deepenSteps ?? DEFAULT_DEEPEN_STEPS) {
                log(`No merge base of ${git_diff_short(baseSha)} and ${git_diff_short(headSha)} yet; fetching history to depth ${depth}`);
                const fetched = await run(['fetch', ...FETCH_FLAGS, `--depth=${depth}`, remote, ...unique([baseSha, headSha])]);
                if (fetched.code !== 0)
                    throw new GitDiffUnavailable(`could not deepen the clone: ${firstLine(fetched.stderr)}`);
                mergeBase = await findMergeBase(cwd, baseSha, headSha);
                if (mergeBase) {
                    notes.push(`Deepened the shallow clone to depth ${depth} to find the merge base ${git_diff_short(mergeBase)}.`);
                    break;
                }
            }
        }
        if (!mergeBase) {
            throw new GitDiffUnavailable(shallow
                ? `no merge base of ${git_diff_short(baseSha)} and ${git_diff_short(headSha)} within the fetched history`
                : `${git_diff_short(baseSha)} and ${git_diff_short(headSha)} have no common history`);
        }
    }
    // A head that is its merge base (the base already holds it) adds nothing: no diff to ask git for.
    const files = mergeBase === headSha ? [] : await gitChanges(cwd, [mergeBase, headSha], timeoutMs);
    log(`git: ${files.length} changed files between ${git_diff_short(mergeBase)} (merge base) and ${git_diff_short(headSha)}`);
    return { source: 'git', baseSha: mergeBase, headSha, files, notes };
}
/**
 * The changed files between two trees, as `git diff` names them: `[from, to]` two commits, `[from]` a commit and the
 * working tree, `['--cached', from]` a commit and the index. Zero lines of context: every line on the new side of
 * a hunk is an added line, and the output stays small.
 */
async function gitChanges(cwd, range, timeoutMs) {
    const run = (args) => (0,git_run/* runGit */.EO)(args, { cwd, timeoutMs });
    const listing = await run(['diff', '--raw', '--numstat', '-z', ...DIFF_FLAGS, ...range, '--']);
    if (listing.code !== 0)
        throw new GitDiffUnavailable(`git diff failed: ${firstLine(listing.stderr)}`);
    const entries = parseRawNumstat(listing.stdout);
    if (entries.length === 0)
        return [];
    const patch = await run(['-c', 'core.quotePath=false', 'diff', '--unified=0', '--diff-filter=d', ...DIFF_FLAGS, ...range, '--']);
    if (patch.code !== 0)
        throw new GitDiffUnavailable(`git diff failed: ${firstLine(patch.stderr)}`);
    const byPath = indexPatch((0,unified/* parsePatch */.iz)(patch.stdout));
    const files = [];
    for (const entry of entries) {
        let added = entry.status === 'deleted' || entry.binary ? [] : byPath.get(entry.path);
        if (added === undefined) {
            // A path the patch header spelled in a way we could not map back: ask git for that one file alone.
            added = await addedLinesOfOneFile(cwd, range, entry, timeoutMs);
        }
        files.push(toChangedFile(entry, added));
    }
    return files;
}
/** git's empty tree: the base of a repository without commits. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * What the working tree adds relative to the merge base of `ref` and HEAD (a branch's own changes, committed or
 * not, as its pull request will show them), plus untracked files that .gitignore does not exclude.
 */
async function diffWorktree(cwd, ref, timeoutMs = 60_000) {
    await insideWorkTree(cwd);
    const head = await checkedOutCommit(cwd);
    if (!head)
        throw new GitDiffUnavailable('the repository has no commit yet: nothing to compare with');
    const resolved = await (0,git_run/* runGit */.EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd });
    if (resolved.code !== 0)
        throw new GitDiffUnavailable(`'${ref}' is not a commit, branch or tag in this repository`);
    const mergeBase = await findMergeBase(cwd, resolved.stdout.trim(), head);
    if (!mergeBase)
        throw new GitDiffUnavailable(`'${ref}' and HEAD have no common history`);
    const files = await gitChanges(cwd, [mergeBase], timeoutMs);
    const untracked = await (0,git_run/* runGit */.EO)(['ls-files', '-z', '--others', '--exclude-standard'], { cwd, timeoutMs });
    if (untracked.code !== 0)
        throw new GitDiffUnavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
    const extra = untracked.stdout.split('\0').filter(Boolean);
    // Every line of a new file is added; 'unknown' says just that without reading the file here.
    for (const p of extra)
        files.push({ path: p, status: 'added', addedLines: 'unknown' });
    const notes = extra.length ? [`${extra.length} untracked file(s) count as added.`] : [];
    return { source: 'git-worktree', baseSha: mergeBase, headSha: head, files, notes };
}
/** What the index adds relative to HEAD (the commit being prepared: a pre-commit hook's view). */
async function diffIndex(cwd, timeoutMs = 60_000) {
    await insideWorkTree(cwd);
    const head = await checkedOutCommit(cwd);
    const files = await gitChanges(cwd, ['--cached', head ?? EMPTY_TREE], timeoutMs);
    return { source: 'git-index', baseSha: head ?? EMPTY_TREE, headSha: head ?? EMPTY_TREE, files, notes: [] };
}
async function insideWorkTree(cwd) {
    const inside = await (0,git_run/* runGit */.EO)(['rev-parse', '--is-inside-work-tree'], { cwd });
    if (inside.code !== 0 || inside.stdout.trim() !== 'true')
        throw new GitDiffUnavailable(`${cwd} is not inside a git work tree`);
}
/** The top folder of the git work tree that holds `dir`, or undefined outside git. */
async function git_diff_workTreeRoot(dir) {
    const r = await git(['rev-parse', '--show-toplevel'], { cwd: dir });
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}
/** Whether the workspace's checked-out commit is the given one (then the working tree holds the head's lines). */
async function checkedOutCommit(cwd) {
    const r = await (0,git_run/* runGit */.EO)(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
async function hasCommit(cwd, sha) {
    return (await (0,git_run/* runGit */.EO)(['cat-file', '-e', `${sha}^{commit}`], { cwd })).code === 0;
}
async function findMergeBase(cwd, a, b) {
    const r = await (0,git_run/* runGit */.EO)(['merge-base', a, b], { cwd });
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}
function indexPatch(files) {
    const map = new Map();
    for (const f of files) {
        if (!f.path)
            continue;
        // A type change (file ↔ symlink) comes as a deletion and an addition of one path: keep the union.
        const prev = map.get(f.path);
        map.set(f.path, prev ? [...new Set([...prev, ...f.addedLines])].sort((x, y) => x - y) : f.addedLines);
    }
    return map;
}
async function addedLinesOfOneFile(cwd, range, entry, timeoutMs) {
    const paths = [entry.path, ...(entry.previousPath ? [entry.previousPath] : [])].map((p) => `:(literal)${p}`);
    const r = await (0,git_run/* runGit */.EO)(['diff', '--unified=0', ...DIFF_FLAGS, ...range, '--', ...paths], { cwd, timeoutMs });
    if (r.code !== 0)
        return [];
    return [...new Set((0,unified/* parsePatch */.iz)(r.stdout).flatMap((f) => f.addedLines))].sort((x, y) => x - y);
}
function toChangedFile(entry, addedLines) {
    const file = { path: entry.path, status: entry.status, addedLines };
    if (entry.previousPath)
        file.previousPath = entry.previousPath;
    if (entry.binary)
        file.binary = true;
    if (entry.newMode === '160000' || (entry.status === 'deleted' && entry.oldMode === '160000'))
        file.submodule = true;
    if (entry.newMode === '120000')
        file.symlink = true;
    if (entry.status !== 'added' && entry.status !== 'deleted' && entry.oldMode !== entry.newMode) {
        file.modeChange = { from: entry.oldMode, to: entry.newMode };
    }
    return file;
}
function unique(xs) {
    return [...new Set(xs)];
}
function git_diff_short(sha) {
    return sha.slice(0, 7);
}
function firstLine(s) {
    return s.split('\n').find((l) => l.trim())?.trim() ?? 'no error output';
}

// EXTERNAL MODULE: ./src/target/rest-diff.ts
var rest_diff = __nccwpck_require__(5515);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/target/resolve-diff.ts



/** The diff could not be read at all (neither git nor the API could answer). */
class DiffUnavailableError extends errors/* UserError */.yo {
}
async function resolveChanges(cwd, req, opts = {}) {
    if (req.kind === 'worktree' || req.kind === 'index') {
        try {
            return req.kind === 'worktree' ? await diffWorktree(cwd, req.ref) : await diffIndex(cwd);
        }
        catch (err) {
            if (err instanceof GitDiffUnavailable)
                throw new DiffUnavailableError(err.message);
            throw err;
        }
    }
    try {
        return await diffWithGit({ cwd, baseSha: req.baseSha, headSha: req.headSha, ...(opts.log ? { log: opts.log } : {}) });
    }
    catch (err) {
        if (!(err instanceof GitDiffUnavailable))
            throw err;
        const why = `git could not give the diff (${err.message})`;
        if (!opts.rest) {
            throw new DiffUnavailableError(`${why}, and there is no token to ask the REST API. Check out with \`fetch-depth: 0\` (actions/checkout) or pass \`github-token\`.`);
        }
        opts.log?.(`${why}; using the REST API instead.`);
        const notes = [capitalize(why) + '.'];
        try {
            if (req.pullNumber !== undefined) {
                const files = await opts.rest.pullFiles(req.pullNumber);
                return (0,rest_diff/* diffFromRestFiles */.h$)(files, { source: 'rest-pull-files', baseSha: req.baseSha, headSha: req.headSha, cap: rest_diff/* REST_PULL_FILES_CAP */.od, notes });
            }
            const { files, mergeBase } = await opts.rest.compareFiles(req.baseSha, req.headSha);
            return (0,rest_diff/* diffFromRestFiles */.h$)(files, { source: 'rest-compare', baseSha: mergeBase, headSha: req.headSha, cap: rest_diff/* REST_COMPARE_FILES_CAP */.wN, notes });
        }
        catch (apiErr) {
            throw new DiffUnavailableError(`${why}, and the REST API refused too (${apiErr.message.split('\n')[0]}). ` +
                'Check out with `fetch-depth: 0` (actions/checkout), or give the token `contents: read` and `pull-requests: read`.');
        }
    }
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
// EXTERNAL MODULE: ./src/scan/lines.ts
var lines = __nccwpck_require__(7594);
// EXTERNAL MODULE: ./src/catalog/index.ts
var src_catalog = __nccwpck_require__(5799);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __nccwpck_require__(3652);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __nccwpck_require__(9824);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 2 modules
var scan_scanner = __nccwpck_require__(9885);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 1 modules
var scan_file = __nccwpck_require__(8090);
// EXTERNAL MODULE: ./src/scan/binary-types.ts
var binary_types = __nccwpck_require__(456);
;// CONCATENATED MODULE: ./src/scan/scan-contents.ts






function contentScanner(opts) {
    const started = performance.now();
    const catalog = opts.catalog ?? (0,compile/* compileCatalog */.Lx)(src_catalog/* RULES */.y0);
    const maxBytes = opts.maxFileBytes ?? scan_scanner/* DEFAULT_MAX_FILE_BYTES */.CR;
    const findings = [];
    const skipped = [];
    let files = 0;
    let bytes = 0;
    return {
        add({ path, bytes: data }) {
            if (!data) {
                skipped.push({ path, reason: 'not in the head commit' });
                return;
            }
            const byName = (0,binary_types/* binaryTypeOf */.h)(path);
            if (byName) {
                skipped.push({ path, reason: byName });
                return;
            }
            if (data.length > maxBytes) {
                skipped.push({ path, reason: (0,scan_file/* tooLarge */.g$)(maxBytes, data.length) });
                return;
            }
            try {
                // The context was gathered from the head tree beforehand, so each file is matched once, with it.
                const external = opts.context?.contextFor(path);
                const outcome = (0,scan_scanner/* scanBytes */.vw)(data, path, catalog, external ? { context: external } : {});
                if ('skipped' in outcome) {
                    skipped.push({ path, reason: outcome.skipped });
                    return;
                }
                files++;
                bytes += data.length;
                findings.push(...outcome.findings);
            }
            catch (err) {
                skipped.push({ path, reason: `scan error (${err.message})` });
            }
        },
        result() {
            findings.sort(finding/* byLocation */.HC);
            skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
            return { root: opts.root, findings, skipped, stats: { files, bytes, durationMs: Math.round(performance.now() - started) } };
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/target/blobs.ts

async function readBlobs(cwd, commit, paths, onBlob) {
    // The batch protocol is line-based: a path with a line break cannot be asked for that way.
    const batchable = paths.filter((p) => !p.includes('\n'));
    const odd = paths.filter((p) => p.includes('\n'));
    if (batchable.length)
        await batch(cwd, commit, batchable, onBlob);
    for (const p of odd)
        onBlob({ path: p, bytes: await single(cwd, `${commit}:${p}`) });
}
function batch(cwd, commit, paths, onBlob) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        // Headers are short and gathered in `pending`; a blob's bytes go straight into one buffer of its announced size,
        // so a file of megabytes is copied once instead of once per chunk.
        let pending = Buffer.alloc(0);
        let body;
        let index = 0;
        let stderr = '';
        child.stderr.on('data', (c) => (stderr += c.toString('utf8')));
        child.stdout.on('data', (chunk) => {
            let data = chunk;
            for (;;) {
                if (body) {
                    const n = Math.min(body.buf.length - body.filled, data.length);
                    data.copy(body.buf, body.filled, 0, n);
                    body.filled += n;
                    data = data.subarray(n);
                    if (body.filled < body.buf.length)
                        return;
                    // The blob ends with a line feed of its own, not part of the content.
                    const bytes = body.buf.subarray(0, body.buf.length - 1);
                    onBlob(body.type === 'blob' ? { path: paths[index], bytes } : { path: paths[index] });
                    index++;
                    body = undefined;
                }
                pending = pending.length ? Buffer.concat([pending, data]) : data;
                data = Buffer.alloc(0);
                const nl = pending.indexOf(10);
                if (nl === -1)
                    return;
                const header = pending.subarray(0, nl).toString('utf8');
                const rest = pending.subarray(nl + 1);
                pending = Buffer.alloc(0);
                if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                    onBlob({ path: paths[index++] });
                    data = rest;
                    continue;
                }
                const size = Number(header.split(' ')[2]);
                if (!Number.isFinite(size)) {
                    child.kill();
                    reject(new Error(`unexpected git cat-file output: ${header.slice(0, 200)}`));
                    return;
                }
                body = { buf: Buffer.allocUnsafe(size + 1), filled: 0, type: header.split(' ')[1] ?? '' };
                data = rest;
            }
        });
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0 && index === paths.length)
                resolve();
            else
                reject(new Error(`git cat-file failed (exit ${code}): ${stderr.trim().slice(0, 500)}`));
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(''));
    });
}
function single(cwd, spec) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', 'blob', spec], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
        const out = [];
        child.stdout.on('data', (c) => out.push(c));
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out) : undefined));
    });
}

// EXTERNAL MODULE: ./src/scan/list-files.ts
var list_files = __nccwpck_require__(9975);
;// CONCATENATED MODULE: ./src/target/types.ts
/**
 * What a change adds, file by file, in the head's line numbers: a pull request or merge-group entry, a branch's
 * working tree against its base, or the index (a commit being made).
 * Plain data: produced by src/target (git first, REST as fallback), consumed by src/triage/diff-scope.ts.
 */
/** Files that hold text the PR adds: not deleted, not a submodule, not a symbolic link. */
function scannableFiles(diff) {
    return diff.files.filter((f) => f.status !== 'deleted' && !f.submodule && !f.symlink);
}

;// CONCATENATED MODULE: ./src/target/select-files.ts



/**
 * The changed files a diff-mode run scans: files with text at the head (not deleted, not submodules or symlinks),
 * inside the `paths` input when given, outside the default and user excludes. A full scan never lists vendored
 * folders; a PR that touches them must not fail on them either.
 */
function selectFilesToScan(diff, opts) {
    const excluded = ignore_default()().add([...list_files/* DEFAULT_EXCLUDES */.Wg, ...(opts.exclude ?? [])]);
    const roots = (opts.paths ?? []).map(normalize).filter((p) => p !== undefined);
    const underRoots = (p) => roots.length === 0 || roots.some((r) => r === '' || p === r || p.startsWith(r + '/'));
    return scannableFiles(diff).filter((f) => underRoots(f.path) && !excluded.ignores(f.path));
}
function normalize(p) {
    let s = p.trim().replace(/\\/g, '/');
    while (s.startsWith('./'))
        s = s.slice(2);
    s = s.replace(/\/+$/, '');
    if (s === '.')
        return '';
    return s.startsWith('/') || s.startsWith('../') ? undefined : s;
}

// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./src/scan/file-text.ts + 1 modules
var file_text = __nccwpck_require__(180);
// EXTERNAL MODULE: ./src/scan/relative-imports.ts
var relative_imports = __nccwpck_require__(5510);
;// CONCATENATED MODULE: ./src/scan/context-gather.ts




const MAX_CONTEXT_FILES_PER_DIR = 200;
async function gatherContext(changed, reader, catalog, opts) {
    const index = new context/* ContextIndex */.eo();
    const perDir = opts.maxFilesPerDir ?? MAX_CONTEXT_FILES_PER_DIR;
    // Which families each changed directory needs, and every directory above a changed file (for manifests).
    const families = new Map();
    const dirs = new Set();
    for (const p of changed) {
        const family = (0,context/* familyOf */.Ap)(p);
        if (family) {
            const set = families.get((0,context/* dirName */.BB)(p)) ?? new Set();
            set.add(family);
            families.set((0,context/* dirName */.BB)(p), set);
        }
        for (const d of (0,context/* ancestorDirs */.cR)(p))
            dirs.add(d);
    }
    // The changed files themselves are always read, even past the per-folder cap: their imports are followed.
    const toRead = new Set(changed.filter((p) => (0,relative_imports/* importsRelatively */.c0)(p)));
    let listed;
    try {
        listed = await reader.listFiles([...dirs]);
    }
    catch {
        listed = new Map(); // Directories that cannot be listed lend nothing; the changed files are still scanned.
    }
    for (const dir of dirs) {
        const files = listed.get(dir) ?? [];
        const wanted = families.get(dir);
        let siblings = 0;
        for (const f of files) {
            if ((0,context/* isManifest */.Yh)(f)) {
                index.noteManifest(f);
                toRead.add(f);
                continue;
            }
            const family = (0,context/* familyOf */.Ap)(f);
            if (wanted && family && wanted.has(family) && siblings < perDir) {
                siblings++;
                toRead.add(f);
            }
        }
    }
    // Project-wide imports (a C# `global using`, a re-exporting index module) may sit in any unchanged directory of
    // the project: the nearest directory above each changed file with a manifest is its project (none: the tree).
    if (reader.findProjectImports) {
        const manifestDirs = new Set();
        for (const [dir, files] of listed)
            if (files.some((f) => (0,context/* isManifest */.Yh)(f)))
                manifestDirs.add(dir);
        const roots = new Set(changed.map((p) => (0,context/* ancestorDirs */.cR)(p).find((d) => manifestDirs.has(d)) ?? ''));
        try {
            for (const p of await reader.findProjectImports([...roots]))
                if ((0,context/* familyOf */.Ap)(p))
                    toRead.add(p);
        }
        catch {
            // Without them the manifests still lend project context.
        }
    }
    let filesRead = 0;
    const read = new Set();
    const changedSet = new Set(changed);
    const imports = new Map();
    const lend = (path, bytes) => {
        read.add(path);
        if (!bytes)
            return;
        filesRead++;
        try {
            const outcome = (0,scan_file/* scanBytes */.vw)(bytes, path, catalog);
            if ('findings' in outcome && outcome.shared?.length)
                index.add(path, outcome.shared);
        }
        catch {
            // A file that breaks a rule lends no context; its own scan reports the error.
        }
        if (changedSet.has(path) && (0,relative_imports/* importsRelatively */.c0)(path)) {
            const text = (0,file_text/* fileText */.CG)(bytes, file_text/* ANY_TEXT */.hm);
            if (text.kind === 'text')
                imports.set(path, (0,relative_imports/* relativeImportCandidates */.Kz)(text.text, path));
        }
    };
    await reader.read([...toRead], opts.maxFileBytes, lend);
    // The files the changed ones import by relative path lend their evidence too: one more listing and read, of
    // those files only, so what is read still follows the change.
    for (const [path, candidates] of imports)
        index.noteImports(path, candidates);
    const wanted = new Set([...imports.values()].flat(2).filter((c) => !read.has(c)));
    if (wanted.size) {
        let existing;
        try {
            existing = await reader.listFiles([...new Set([...wanted].map(context/* dirName */.BB))]);
        }
        catch {
            existing = new Map();
        }
        const present = [...existing.values()].flat().filter((f) => wanted.has(f));
        if (present.length)
            await reader.read(present, opts.maxFileBytes, lend);
    }
    return { index, filesRead };
}

;// CONCATENATED MODULE: ./src/scan/project-imports.ts

/**
 * Where a project-wide import of a legacy SDK can live, so that a pull request's context finds one in a file it
 * does not change, in a directory it does not touch, without reading the project: C#'s `global using` (any `.cs`
 * file, usually GlobalUsings.cs), an index module that re-exports the SDK (`index.ts`, `index.js`, ...), a Scala
 * package object. git finds the candidates under each project root by content (`git grep`, in git's own C code
 * over the object store or the checkout), and only those are read.
 */
const PATHS = ['*.cs', 'index.ts', 'index.tsx', 'index.mts', 'index.js', 'index.mjs', 'index.cjs', 'package.scala'];
/** Words every project-wide import the catalog knows contains (the SDK's product names). */
const WORDS = ['hunyuan', 'lkeap'];
/** Candidates read at most: the imports a project has are few; a repository of hundreds is not one project. */
const MAX_PROJECT_IMPORT_FILES = 50;
/**
 * Files under the given project roots ('' = the whole tree) that name the SDKs and may hold a project-wide
 * import. `commit` unset: the working tree's tracked files. Empty when git cannot tell (not a repository).
 */
async function findProjectImportCandidates(cwd, roots, commit) {
    const safe = roots.filter((r) => !/[\n*?[\]:\\]/.test(r));
    if (safe.length === 0)
        return [];
    const pathspecs = safe.flatMap((root) => PATHS.map((p) => `:(glob)${root ? `${root}/` : ''}**/${p}`));
    const args = ['grep', '-l', '-z', '-I', '-i', '-F', ...WORDS.flatMap((w) => ['-e', w]), ...(commit ? [commit] : []), '--', ...pathspecs];
    const r = await (0,git_run/* runGit */.EO)(args, { cwd, maxBytes: 1024 * 1024, timeoutMs: 30_000 });
    // Exit 1: nothing found.
    if (r.code !== 0)
        return [];
    const prefix = commit ? `${commit}:` : '';
    return r.stdout
        .split('\0')
        .filter(Boolean)
        .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p))
        .slice(0, MAX_PROJECT_IMPORT_FILES);
}

;// CONCATENATED MODULE: ./src/scan/context-reader-fs.ts



/**
 * Reads context from the workspace: regular files only (a symbolic link is neither listed nor read), and only
 * inside the root, whatever a directory on the way is.
 */
function workspaceContextReader(root) {
    const inside = (abs) => {
        const rel = external_node_path_default().relative(root, abs);
        return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
    };
    return {
        async listFiles(dirs) {
            const out = new Map();
            for (const dir of dirs) {
                try {
                    const abs = external_node_path_default().join(root, dir);
                    const real = await external_node_fs_.promises.realpath(abs);
                    if (!inside(real) || real !== external_node_path_default().resolve(abs))
                        continue;
                    const entries = await external_node_fs_.promises.readdir(real, { withFileTypes: true });
                    out.set(dir, entries.filter((e) => e.isFile()).map((e) => (dir ? `${dir}/${e.name}` : e.name)));
                }
                catch {
                    // A folder that is gone or unreadable lends nothing.
                }
            }
            return out;
        },
        // The tracked files of the checkout (read as every other context file: regular files inside the root only).
        findProjectImports: (roots) => findProjectImportCandidates(root, roots),
        async read(paths, maxBytes, onFile) {
            for (const p of paths) {
                const abs = external_node_path_default().join(root, p);
                try {
                    const st = await external_node_fs_.promises.lstat(abs);
                    if (!st.isFile() || st.size > maxBytes || !inside(abs)) {
                        onFile(p, undefined);
                        continue;
                    }
                    onFile(p, await external_node_fs_.promises.readFile(abs));
                }
                catch {
                    onFile(p, undefined);
                }
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/target/tree-reader.ts



/**
 * Reads context from a commit's tree (a pull request's head) with git: `git ls-tree` lists one directory's regular
 * files (mode 100644 or 100755: no links, no submodules), `git cat-file --batch` reads them.
 */
function commitContextReader(cwd, commit) {
    return {
        async listFiles(dirs) {
            // One `git ls-tree` for every directory: each path `dir/` lists that directory's entries, not deeper.
            const out = await lsTree(cwd, commit, dirs.filter((d) => !d.includes('\n')));
            const files = new Map();
            for (const entry of out.split('\0')) {
                const tab = entry.indexOf('\t');
                if (tab === -1)
                    continue;
                const [mode, type] = entry.slice(0, tab).split(' ');
                if (type !== 'blob' || (mode !== '100644' && mode !== '100755'))
                    continue;
                const file = entry.slice(tab + 1);
                const slash = file.lastIndexOf('/');
                const dir = slash === -1 ? '' : file.slice(0, slash);
                const list = files.get(dir);
                if (list)
                    list.push(file);
                else
                    files.set(dir, [file]);
            }
            return files;
        },
        async read(paths, maxBytes, onFile) {
            await readBlobs(cwd, commit, paths, (blob) => onFile(blob.path, blob.bytes && blob.bytes.length <= maxBytes ? blob.bytes : undefined));
        },
        findProjectImports: (roots) => findProjectImportCandidates(cwd, roots, commit),
    };
}
function lsTree(cwd, commit, dirs) {
    return new Promise((resolve, reject) => {
        const args = ['ls-tree', '-z', '--full-tree', commit, '--', ...dirs.map((dir) => (dir ? `${dir}/` : '.'))];
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        let size = 0;
        child.stdout.on('data', (c) => {
            size += c.length;
            // A directory listing this large is not a package; stop reading it.
            if (size > 8 * 1024 * 1024)
                child.kill();
            else
                out.push(c);
        });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`git ls-tree exited ${code}`))));
    });
}

;// CONCATENATED MODULE: ./src/target/scan-target.ts














async function scanTree(opts) {
    const result = await (0,scan_scanner/* scan */.SQ)({
        root: opts.root,
        paths: [...opts.paths],
        include: [...opts.include],
        exclude: [...opts.exclude],
        catalog: opts.catalog,
        ...(opts.gitignore !== undefined ? { gitignore: opts.gitignore } : {}),
        ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
        ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    return { result, readLine: lineReader((p) => external_node_fs_.promises.readFile(external_node_path_default().join(result.root, p))) };
}
async function scanChanges(diff, opts, log) {
    const root = await external_node_fs_.promises.realpath(opts.root);
    const included = opts.include.length ? ignore_default()().add([...opts.include]) : undefined;
    const files = selectFilesToScan(diff, { paths: opts.paths.map((p) => relativeTo(root, p)), exclude: [...opts.exclude] }).filter((f) => !included || included.ignores(f.path));
    const paths = files.map((f) => f.path);
    // Nothing to read (an empty change, or only deletions and excluded files): no context to gather, no checkout to ask.
    if (paths.length === 0)
        return { result: contentScanner({ root, catalog: opts.catalog }).result(), diff, scannedFiles: 0, readLine: async () => undefined };
    let context;
    const withContext = async (reader) => {
        try {
            context = (await gatherContext(paths, reader, opts.catalog, { maxFileBytes: opts.maxFileBytes ?? scan_scanner/* DEFAULT_MAX_FILE_BYTES */.CR })).index;
        }
        catch (err) {
            // Without the siblings' context the changed files are still scanned, each on its own.
            log.info(`Could not read the changed files' packages for context (${err.message}); each file is judged on its own.`);
        }
    };
    const scanner = () => contentScanner({ root, catalog: opts.catalog, ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}), ...(context ? { context } : {}) });
    if (diff.source === 'git-index') {
        // The commit being made: the staged text, which may differ from the working tree (the siblings' context is
        // read from the working tree).
        await withContext(workspaceContextReader(root));
        const s = scanner();
        await readBlobs(root, '', paths, (blob) => s.add(blob));
        return { result: s.result(), diff, scannedFiles: paths.length, readLine: lineReader((p) => blobOf(root, '', p)) };
    }
    if (diff.source !== 'git-worktree') {
        const checkedOut = await checkedOutCommit(root);
        // The workspace holds the head's lines only when the head itself is checked out; actions/checkout's default for
        // pull_request is the test merge commit, whose line numbers differ wherever the base moved.
        // The REST fallback may still find the head commit here (git failed later, looking for the merge base).
        const fromCommit = checkedOut !== diff.headSha && (diff.source === 'git' || (await hasCommit(root, diff.headSha)));
        if (fromCommit) {
            log.info(`Reading ${paths.length} changed file(s) at the head ${git_diff_short(diff.headSha)} (the workspace has ${checkedOut ? git_diff_short(checkedOut) : 'no commit'} checked out).`);
            // Context from the head tree: the changed files' directories and the manifests above them.
            await withContext(commitContextReader(root, diff.headSha));
            const s = scanner();
            await readBlobs(root, diff.headSha, paths, (blob) => s.add(blob));
            return { result: s.result(), diff, scannedFiles: paths.length, readLine: lineReader((p) => blobOf(root, diff.headSha, p)) };
        }
        if (checkedOut && checkedOut !== diff.headSha) {
            diff = {
                ...diff,
                notes: [
                    ...diff.notes,
                    `Line numbers come from the checked-out commit ${git_diff_short(checkedOut)}, not the head ${git_diff_short(diff.headSha)}; they can be off where the base branch changed the same files.`,
                ],
            };
        }
    }
    await withContext(workspaceContextReader(root));
    const present = [];
    const missing = [];
    for (const p of paths) {
        const st = await external_node_fs_.promises.lstat(external_node_path_default().join(root, p)).catch(() => undefined);
        (st?.isFile() ? present : missing).push(p);
    }
    const scanned = present.length
        ? await (0,scan_scanner/* scan */.SQ)({
            root,
            paths: present,
            exclude: [...opts.exclude],
            catalog: opts.catalog,
            ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
            ...(context ? { context } : {}),
        })
        : { root, findings: [], skipped: [], stats: { files: 0, bytes: 0, durationMs: 0 } };
    const result = { ...scanned, skipped: [...scanned.skipped, ...missing.map((p) => ({ path: p, reason: 'not a regular file in the workspace' }))] };
    return { result, diff, scannedFiles: present.length, readLine: lineReader((p) => external_node_fs_.promises.readFile(external_node_path_default().join(root, p))) };
}
async function blobOf(root, commit, p) {
    let bytes;
    await readBlobs(root, commit, [p], (b) => (bytes = b.bytes));
    return bytes;
}
function lineReader(read) {
    const cache = new Map();
    return async (p, line) => {
        if (!cache.has(p)) {
            const bytes = await read(p).catch(() => undefined);
            const decoded = bytes ? (0,decode/* decode */.D4)(bytes) : undefined;
            let text = decoded?.kind === 'text' ? decoded.text : undefined;
            if (text?.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            cache.set(p, text === undefined ? undefined : new lines/* LineIndex */.r(text));
        }
        return cache.get(p)?.lineText(line);
    };
}
function relativeTo(root, p) {
    return external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(root, p).split((external_node_path_default()).sep).join('/') : p;
}

;// CONCATENATED MODULE: ./src/target/root.ts




/**
 * The folder findings are relative to, and where the config file is looked for: the git top level of what is
 * scanned (the current folder when no path is given), or, outside git, the folder itself (or the folder that
 * holds every path given). It does not depend on the folder the command runs from, so neither do the results.
 */
async function scanRoot(cwd, targets) {
    const dirs = [];
    for (const t of targets.length ? targets : [cwd]) {
        const st = await fs.stat(t).catch(() => undefined);
        if (!st)
            throw new ScanTargetError(`path does not exist: ${path.relative(cwd, t) || t}`);
        dirs.push(st.isDirectory() ? t : path.dirname(t));
    }
    const top = await workTreeRoot(dirs[0]);
    if (top)
        return top;
    return dirs.reduce(commonAncestor);
}
function commonAncestor(a, b) {
    const as = path.resolve(a).split(path.sep);
    const bs = path.resolve(b).split(path.sep);
    let i = 0;
    while (i < as.length && i < bs.length && as[i] === bs[i])
        i++;
    return as.slice(0, i).join(path.sep) || path.sep;
}

;// CONCATENATED MODULE: ./src/target/index.ts






/***/ }),

/***/ 5515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h$: () => (/* binding */ diffFromRestFiles),
/* harmony export */   od: () => (/* binding */ REST_PULL_FILES_CAP),
/* harmony export */   wN: () => (/* binding */ REST_COMPARE_FILES_CAP)
/* harmony export */ });
/* harmony import */ var _unified_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3791);

/** GitHub lists at most this many files of a pull request. */
const REST_PULL_FILES_CAP = 3000;
/** The compare API lists at most this many files. */
const REST_COMPARE_FILES_CAP = 300;
const STATUS = {
    added: 'added',
    removed: 'deleted',
    modified: 'modified',
    renamed: 'renamed',
    copied: 'copied',
    changed: 'modified',
    unchanged: 'modified',
};
function diffFromRestFiles(entries, meta) {
    const notes = [...(meta.notes ?? [])];
    const files = entries.map((e) => {
        const status = STATUS[e.status] ?? 'modified';
        let addedLines;
        if (status === 'deleted')
            addedLines = [];
        else if (e.patch !== undefined)
            addedLines = (0,_unified_js__WEBPACK_IMPORTED_MODULE_0__/* .addedLinesOfHunks */ .M6)(e.patch);
        // No patch and no counted lines: a binary file, a pure rename or a mode change. No patch but added lines:
        // GitHub left out a diff too large to show, so which lines are new is not known.
        else
            addedLines = e.additions > 0 ? 'unknown' : [];
        const file = { path: e.filename, status, addedLines };
        if (e.previous_filename)
            file.previousPath = e.previous_filename;
        if (e.patch === undefined && e.additions === 0 && e.deletions === 0 && e.changes === 0 && status !== 'renamed' && e.status !== 'changed') {
            file.binary = true;
        }
        return file;
    });
    const unknown = files.filter((f) => f.addedLines === 'unknown').length;
    if (unknown)
        notes.push(`GitHub left out the diff of ${unknown} large file(s); every finding in them is treated as new.`);
    const truncated = entries.length >= meta.cap;
    if (truncated) {
        notes.push(`GitHub's API lists at most ${meta.cap} files of a diff; files past that were not checked. Let actions/checkout fetch history (fetch-depth: 0) so that git can answer.`);
    }
    return { source: meta.source, baseSha: meta.baseSha, headSha: meta.headSha, files, notes, ...(truncated ? { truncated } : {}) };
}


/***/ }),

/***/ 3791:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ addedLinesOfHunks),
/* harmony export */   iz: () => (/* binding */ parsePatch)
/* harmony export */ });
/* unused harmony export unescapeGitPath */
/* harmony import */ var parse_diff__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2673);
/* harmony import */ var parse_diff__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(parse_diff__WEBPACK_IMPORTED_MODULE_0__);

/** Added lines of every file in a multi-file git patch. */
function parsePatch(text) {
    return parse_diff__WEBPACK_IMPORTED_MODULE_0___default()(text).map((file) => ({
        path: cleanPath(file.to),
        previousPath: cleanPath(file.from),
        addedLines: addedLineNumbers(file.chunks),
        hasHunks: file.chunks.length > 0,
    }));
}
/**
 * Added lines of one file's patch as the REST API gives it (`files[].patch`: hunks only, no file headers).
 */
function addedLinesOfHunks(patch) {
    const files = parse_diff__WEBPACK_IMPORTED_MODULE_0___default()(patch);
    return addedLineNumbers(files.flatMap((f) => f.chunks));
}
function addedLineNumbers(chunks) {
    const lines = new Set();
    for (const chunk of chunks) {
        for (const change of chunk.changes) {
            // The "\ No newline at end of file" marker comes back as a copy of the previous change.
            if (change.type === 'add' && !change.content.startsWith('\\'))
                lines.add(change.ln);
        }
    }
    return [...lines].sort((a, b) => a - b);
}
function cleanPath(p) {
    if (!p || p === '/dev/null')
        return undefined;
    return p.includes('\\') ? unescapeGitPath(p) : p;
}
const C_ESCAPES = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '"': '"', '\\': '\\' };
/**
 * Undoes git's C-style quoting of a path (`core.quotePath`): `\"`, `\\`, `\t`, and octal bytes such as `\303\251`,
 * which together spell UTF-8.
 */
function unescapeGitPath(p) {
    const bytes = [];
    for (let i = 0; i < p.length; i++) {
        const ch = p[i];
        if (ch !== '\\' || i === p.length - 1) {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = p[i + 1];
        const octal = /^[0-3][0-7]{2}/.exec(p.slice(i + 1, i + 4));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else if (next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next].charCodeAt(0));
            i += 1;
        }
        else {
            bytes.push(...Buffer.from(ch, 'utf8'));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* unused harmony export RULE_DOCS_BASE_URL */
/** The tool's identity in reports. A test keeps the version equal to package.json's. */
const TOOL_NAME = 'tokenhub-migration-check';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/tokenhub-migration-check/tokenhub-migration-check';
/**
 * Where each rule's page (docs/rules/<rule-id>.md in this repository) is read in the browser. A GitHub blob URL,
 * not a relative path: findings are shown in other repositories' summaries, annotations and SARIF, where a
 * relative path would point into the wrong repository. Change the base here when the repository moves.
 */
const RULE_DOCS_BASE_URL = `${TOOL_URI}/blob/main/docs/rules/`;
function ruleDocsUrl(ruleId) {
    return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ DEFAULT_BASELINE_PATH),
/* harmony export */   s$: () => (/* binding */ readBaselineFile)
/* harmony export */ });
/* unused harmony exports MAX_BASELINE_BYTES, writeBaselineFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _safe_fs_bounded_read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6043);
/* harmony import */ var _safe_fs_inside_root_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3200);
/* harmony import */ var _safe_fs_report_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6457);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(542);





/** Where `baseline` writes when neither the command line nor the config names a file. */
const DEFAULT_BASELINE_PATH = '.github/tokenhub-migration-baseline.json';
/** Baselines of very large repositories run to a few MiB; anything far larger is not one. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
/**
 * Reads a baseline named by the config file or an input. The config is the PR author's on a pull request, so the
 * path must stay inside the workspace (no `..`, no absolute path elsewhere, no linked folder), the file must be a
 * regular file within the size cap, and no error quotes what the file holds.
 */
async function readBaselineFile(root, file) {
    const inside = await (0,_safe_fs_inside_root_js__WEBPACK_IMPORTED_MODULE_2__/* .pathInsideRoot */ .o)(root, file);
    if ('refused' in inside)
        throw new _baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .BaselineError */ .s$(`baseline file not read: ${file}: ${inside.refused}`);
    const read = await (0,_safe_fs_bounded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v6)(inside.abs, MAX_BASELINE_BYTES);
    if (!read.ok) {
        throw new _baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .BaselineError */ .s$(read.missing
            ? `baseline file not found: ${file} (create it with \`tokenhub-migration-check baseline --output ${file}\`)`
            : `cannot read the baseline file ${file}: ${read.reason}`);
    }
    return (0,_baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBaseline */ .nk)(read.bytes.toString('utf8'), file);
}
/** Writes the baseline the config names (or the default path) inside the repository, never through a link. */
async function writeBaselineFile(root, file, baseline) {
    return writeReportFile(path.isAbsolute(file) ? path.relative(root, file) : file, [root], serializeBaseline(baseline), 'the baseline');
}


/***/ }),

/***/ 542:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   s$: () => (/* binding */ BaselineError)
/* harmony export */ });
/* unused harmony exports createBaseline, serializeBaseline */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9691);
/* harmony import */ var _finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7641);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);



/**
 * The baseline: today's findings, keyed by content fingerprint, so that a later run counts only what is new.
 * Pure: reading and writing the file is the caller's job. Line numbers are stored for people reading the file
 * and never used for matching.
 */
const HEX32 = /^[0-9a-f]{32}$/;
const Entry = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(HEX32, 'must be 32 hexadecimal characters'),
    /** The finding's content without its path: it still matches after the file is renamed, moved or split. */
    contentFingerprint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(HEX32, 'must be 32 hexadecimal characters').optional(),
    ruleId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    match: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const BaselineSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    fingerprintVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .FINGERPRINT_VERSION */ .UZ),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Entry),
});
class BaselineError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
}
function createBaseline(findings, tool) {
    const prints = fingerprintsOf(findings);
    const entries = findings.map((f, i) => ({
        fingerprint: prints[i],
        ...(f.contentFingerprint ? { contentFingerprint: f.contentFingerprint } : {}),
        ruleId: f.ruleId,
        path: f.path,
        line: f.line,
        match: f.match,
    }));
    // A stable order keeps the file's diffs small when it is regenerated.
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.fingerprint.localeCompare(b.fingerprint));
    return { version: 1, tool, fingerprintVersion: FINGERPRINT_VERSION, findings: entries };
}
function serializeBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        // JSON.parse quotes the text around the error; the file may not be a baseline at all, so only say where.
        throw new BaselineError(`${file}: not a JSON baseline file (invalid JSON${jsonErrorPosition(text, err)})`);
    }
    const parsed = BaselineSchema.safeParse(data);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first.path.map(String).join('.') || '(top level)';
        const hint = first.path[0] === 'fingerprintVersion'
            ? ' The baseline was made by another version of the fingerprint; regenerate it with `tokenhub-migration-check baseline`.'
            : '';
        // Unknown keys are named by the file; say that there are some, not what they are.
        const what = first.code === 'unrecognized_keys' ? 'unknown key' : first.message;
        throw new BaselineError(`${file}: invalid baseline at ${where}: ${what}.${hint}`);
    }
    return parsed.data;
}
/**
 * Splits findings into new and known. `inScope` limits stale entries to files this run could have seen (a diff
 * scan sees only changed files, so entries elsewhere are not stale).
 */
function applyBaseline(findings, baseline, inScope = () => true) {
    const known = new Set(baseline.findings.map((e) => e.fingerprint));
    const prints = (0,_finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintsOf */ .tm)(findings);
    const matched = new Set();
    const out = { fresh: [], known: [], stale: [] };
    const unmatched = [];
    findings.forEach((f, i) => {
        const fp = prints[i];
        if (known.has(fp))
            matched.add(fp);
        else
            unmatched.push(f);
    });
    // Then by content alone, for files renamed, moved or split: each entry nothing matched by path stands for one
    // finding, so a copy of a known line in a new file next to the original is still new.
    const spare = new Map();
    for (const e of baseline.findings) {
        if (matched.has(e.fingerprint) || !e.contentFingerprint)
            continue;
        spare.set(e.contentFingerprint, [...(spare.get(e.contentFingerprint) ?? []), e]);
    }
    const moved = new Set();
    const movedFindings = new Set();
    for (const f of unmatched) {
        const entry = f.contentFingerprint ? spare.get(f.contentFingerprint)?.shift() : undefined;
        if (entry) {
            moved.add(entry);
            movedFindings.add(f);
        }
    }
    // In the findings' own order.
    out.known = findings.filter((f, i) => known.has(prints[i]) || movedFindings.has(f));
    out.fresh = unmatched.filter((f) => !movedFindings.has(f));
    out.stale = baseline.findings.filter((e) => !matched.has(e.fingerprint) && !moved.has(e) && inScope(e.path));
    return out;
}
/** ` at line L, column C` from a JSON.parse error, or nothing: never the text itself. */
function jsonErrorPosition(text, err) {
    const m = /position (\d+)/.exec(err.message ?? '');
    if (!m)
        return '';
    const offset = Math.min(Number(m[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}


/***/ }),

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitByDiff),
/* harmony export */   y: () => (/* binding */ SCOPE_VALUES)
/* harmony export */ });
const SCOPE_VALUES = ['added-lines', 'changed-files'];
function splitByDiff(findings, added, scope) {
    const sets = new Map();
    for (const [path, lines] of added)
        sets.set(path, lines === 'unknown' ? 'unknown' : new Set(lines));
    const newFindings = [];
    const preExisting = [];
    const outside = [];
    for (const f of findings) {
        const lines = sets.get(f.path);
        if (lines === undefined) {
            outside.push(f);
            continue;
        }
        const isNew = scope === 'changed-files' || lines === 'unknown' || touches(lines, f);
        (isNew ? newFindings : preExisting).push(f);
    }
    return { newFindings, preExisting, outside };
}
/** A finding is on an added line when any line it spans was added (matches never cross lines today). */
function touches(lines, f) {
    for (let l = f.line; l <= f.endLine; l++)
        if (lines.has(l))
            return true;
    return false;
}


/***/ }),

/***/ 5586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ triage)
/* harmony export */ });
/* harmony import */ var _finding_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5978);
/* harmony import */ var _finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7641);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(542);
/* harmony import */ var _diff_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2696);




function triage(input) {
    const suppressed = [];
    const reported = [];
    for (const f of input.findings) {
        if (f.ignoredInline)
            suppressed.push({ finding: f, reason: f.ignoredInline.reason ?? 'inline ignore comment (no reason given)' });
        else
            reported.push(f);
    }
    let judged = reported;
    let preExisting = [];
    let outsideDiff = [];
    if (input.diff) {
        const split = (0,_diff_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .splitByDiff */ .r)(reported, input.diff.addedLines, input.diff.scope);
        judged = split.newFindings;
        preExisting = split.preExisting;
        outsideDiff = split.outside;
    }
    let known = [];
    let baseline;
    if (input.baseline) {
        const outcome = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .applyBaseline */ .Qp)(judged, input.baseline.baseline, input.baseline.inScope);
        judged = outcome.fresh;
        known = outcome.known;
        baseline = deepFreeze({
            file: input.baseline.file,
            // The entries, and the findings they matched by content in a renamed or moved file: SARIF and JSON mark both unchanged.
            knownFingerprints: new Set([...input.baseline.baseline.findings.map((e) => e.fingerprint), ...(0,_finding_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprintsOf */ .tm)(outcome.known)]),
            stale: outcome.stale,
        });
    }
    const failing = (0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(judged, input.failOn);
    return deepFreeze({
        failOn: input.failOn,
        diffScoped: input.diff !== undefined,
        reported,
        judged: [...judged],
        preExisting: [...preExisting],
        outsideDiff: [...outsideDiff],
        known: [...known],
        suppressed,
        ...(baseline ? { baseline } : {}),
        failing,
        verdict: failing.length > 0 ? 'fail' : 'pass',
    });
}
/** Freezes the outcome's lists and records (not the findings, which other outcomes may share). */
function deepFreeze(value) {
    for (const v of Object.values(value)) {
        if (Array.isArray(v)) {
            for (const item of v)
                if (item && typeof item === 'object' && 'finding' in item)
                    Object.freeze(item);
            Object.freeze(v);
        }
        else if (v && typeof v === 'object' && !(v instanceof Set))
            Object.freeze(v);
    }
    return Object.freeze(value);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExitCode: () => (/* binding */ ExitCode),
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getIDToken: () => (/* binding */ getIDToken),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  markdownSummary: () => (/* reexport */ markdownSummary),
  notice: () => (/* binding */ notice),
  platform: () => (/* reexport */ platform_namespaceObject),
  saveState: () => (/* binding */ saveState),
  setCommandEcho: () => (/* binding */ setCommandEcho),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toPlatformPath: () => (/* reexport */ toPlatformPath),
  toPosixPath: () => (/* reexport */ toPosixPath),
  toWin32Path: () => (/* reexport */ toWin32Path),
  warning: () => (/* binding */ warning)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __nccwpck_require__(6752);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 9691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  k5n: () => (/* binding */ schemas_enum),
  euz: () => (/* binding */ literal),
  _H3: () => (/* binding */ looseObject),
  aig: () => (/* binding */ schemas_number),
  Ikc: () => (/* binding */ object),
  vkY: () => (/* binding */ preprocess),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ schemas_string),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown),
  OZ5: () => (/* binding */ url)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, discriminatedUnion, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, promise, readonly, record, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !core_util/* nullish */.cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : core_util/* floatSafeRemainder */.LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = core_util/* NUMBER_FORMAT_RANGES */.zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? core_util/* codePointLength */.O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? core_util/* codePointLength */.O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? core_util/* codePointLength */.O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = core_util/* getLengthableOrigin */.Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = core_util/* escapeRegex */.sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${core_util/* escapeRegex */.sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${core_util/* escapeRegex */.sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...core_util/* prefixIssues */.lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    core_util/* hide */.jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
});
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...core_util/* normalizeParams */.A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...core_util/* normalizeParams */.A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...core_util/* normalizeParams */.A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...core_util/* normalizeParams */.A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...core_util/* normalizeParams */.A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...core_util/* normalizeParams */.A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...core_util/* normalizeParams */.A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...core_util/* normalizeParams */.A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => core_util/* slugify */.Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...core_util/* normalizeParams */.A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...core_util/* normalizeParams */.A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return _url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    $ZodPreprocess.init(inst, def);
});
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   tm: () => (/* binding */ NEVER),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony export $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
=======
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
>>>>>>> ae48b52d28969af7e4b98028c2f42381bc45a745
