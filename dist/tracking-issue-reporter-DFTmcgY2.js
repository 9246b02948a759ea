import "./rolldown-runtime-DYf_mQCB.js";
import { n as apiRefused, t as ApiRefused } from "./permissions-C8I0pk2q.js";
import { a as writtenBy, i as tokenIdentity, t as hasMarker } from "./comment-body-Be1MfAyR.js";
import { n as boundedPages } from "./pages-BZidq4qw.js";
import { i as fitToSize, o as fitsChars, s as halvings } from "./plan-76QeCbzK.js";
import { r as statusOf } from "./errors-MmvItmDA.js";
import { a as topFiles, i as countAudit, n as SEVERITIES, r as compareAudits, t as CATEGORIES } from "./audit-stats-D7agRjrP.js";
import { t as MIGRATION_STEPS } from "./summary-markdown-AE4iNQQC.js";
import { n as blobUrl, r as codeSpan } from "./markdown-CMDfHLdC.js";
// src/report/tracking-issue.ts
/**
* One tracking issue for a repository's migration, kept up to date by scheduled audits: found by its label and a
* hidden marker, created when there is usage and no issue, updated while usage remains, closed when nothing is
* left, reopened when usage comes back. The previous run's counts ride along in a hidden comment in the body, so
* each update can say what changed.
*/
const TRACKING_LABEL = "tokenhub-migration";
const TRACKING_MARKER = "<!-- tokenhub-migration-check:tracking-issue -->";
const STATE_OPEN = "<!-- tokenhub-migration-check:state ";
const STATE_CLOSE = " -->";
/** GitHub refuses issue bodies over 65,536 characters; stay well below. */
const MAX_BODY_CHARS = 6e4;
const TOP_FILES = 10;
function readTrackingState(body) {
	if (!body) return void 0;
	const start = body.lastIndexOf(STATE_OPEN);
	if (start === -1) return void 0;
	const end = body.indexOf(STATE_CLOSE, start + 36);
	if (end === -1) return void 0;
	try {
		const state = JSON.parse(body.slice(start + 36, end));
		return state && state.v === 1 && typeof state.total === "number" && typeof state.files === "object" ? state : void 0;
	} catch {
		return;
	}
}
/** JSON that cannot end the HTML comment it sits in. */
function embedState(state) {
	return STATE_OPEN + JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/-/g, "\\u002d") + STATE_CLOSE;
}
function fileLink(path, links) {
	if (!links) return `${codeSpan(path)}`;
	return `[${codeSpan(path)}](${blobUrl(links, path)})`;
}
function signed(n) {
	return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "±0";
}
function renderTrackingIssue(input, previous) {
	const counts = countAudit(input.findings);
	const short = input.sha.slice(0, 7);
	const title = counts.total === 0 ? "TokenHub migration: nothing left to migrate" : `TokenHub migration: ${counts.total} finding${counts.total === 1 ? "" : "s"} left`;
	const head = [TRACKING_MARKER, ""];
	const audited = `Last audit: commit \`${short}\`${input.runUrl ? ` ([workflow run](${input.runUrl}))` : ""}.`;
	if (counts.total === 0) head.push("✅ **No usage of the retiring Hunyuan or LKE DeepSeek APIs is left.** This issue was closed by the audit; it reopens if usage comes back.", "", audited, "");
	else head.push(`**${counts.total}** usage${counts.total === 1 ? "" : "s"} of the retiring Hunyuan and LKE DeepSeek APIs left in ${Object.keys(counts.files).length} file(s): ${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings, ${counts.bySeverity.notice} notices.`, "", audited, "");
	const changes = ["### Since the last audit", ""];
	if (!previous) changes.push("First audit.", "");
	else {
		const change = compareAudits(previous, counts);
		changes.push(`- Findings: ${change.totalBefore} → ${change.totalAfter} (${signed(change.totalAfter - change.totalBefore)})${previous.sha ? ` since \`${previous.sha.slice(0, 7)}\`` : ""}`);
		for (const c of CATEGORIES) {
			const before = previous.byCategory?.[c] ?? 0;
			if (before !== counts.byCategory[c]) changes.push(`- ${c}: ${before} → ${counts.byCategory[c]}`);
		}
		const list = (paths) => paths.slice(0, 10).map((p) => fileLink(p, input.links)).join(", ") + (paths.length > 10 ? ` and ${paths.length - 10} more` : "");
		if (change.newFiles.length) changes.push(`- New files with usage: ${list(change.newFiles)}`);
		if (change.cleanedFiles.length) changes.push(`- Files now clean: ${list(change.cleanedFiles)}`);
		if (!change.filesComplete) changes.push("- (The last audit kept per-file counts only for its largest files.)");
		changes.push("");
	}
	const details = [];
	if (counts.total > 0) {
		details.push("### By category and severity", "", "| Category | error | warning | notice |", "|---|---:|---:|---:|");
		for (const c of CATEGORIES) {
			const row = SEVERITIES.map((s) => input.findings.filter((f) => f.category === c && f.severity === s).length);
			if (row.some((n) => n > 0)) details.push(`| ${c} | ${row.join(" | ")} |`);
		}
		details.push("", `### Top files`, "", "| File | Findings |", "|---|---:|");
		for (const f of topFiles(input.findings, TOP_FILES)) details.push(`| ${fileLink(f.path, input.links)} | ${f.findings} |`);
		details.push("", "### Migration checklist", "");
		for (const step of MIGRATION_STEPS) details.push(`- [ ] ${step}`);
		details.push("", "The job summary of the workflow run lists every finding with its fix; the SARIF upload shows them under Security → Code scanning.", "");
	}
	const text = [
		...head,
		...changes,
		...details
	].join("\n");
	const state = {
		v: 1,
		sha: input.sha,
		...counts,
		filesComplete: true
	};
	const ranked = Object.entries(counts.files).sort((a, b) => b[1] - a[1]);
	return {
		title,
		body: fitToSize(halvings(ranked.length), (keep) => {
			if (keep < ranked.length) {
				state.files = Object.fromEntries(ranked.slice(0, keep));
				state.filesComplete = false;
			}
			return `${text}\n${embedState(state)}\n`;
		}, fitsChars(MAX_BODY_CHARS)),
		state
	};
}
async function step(what, fn) {
	try {
		return await fn();
	} catch (err) {
		throw apiRefused(what, "issues: write", err, { offSwitch: "set tracking-issue: false" });
	}
}
/** Our issue: labelled and marked. An open one wins over closed ones; the newest among equals (GitHub lists newest first). */
async function findTrackingIssue(client, owner, repo, author) {
	const me = await tokenIdentity(client, author);
	let closed;
	const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
		owner,
		repo,
		labels: TRACKING_LABEL,
		state: "all",
		per_page: 100
	});
	for await (const { data } of boundedPages(pages, "issues with the tracking label")) for (const issue of data) {
		if (issue.pull_request || !writtenBy(issue, me) || !hasMarker(issue.body, "<!-- tokenhub-migration-check:tracking-issue -->")) continue;
		if (issue.state === "open") return issue;
		closed ??= issue;
	}
	return closed;
}
async function ensureLabel(client, owner, repo) {
	try {
		await client.rest.issues.createLabel({
			owner,
			repo,
			name: TRACKING_LABEL,
			color: "1d76db",
			description: "Tracks the move from the retiring Hunyuan/LKE DeepSeek APIs to TokenHub"
		});
	} catch (err) {
		if (statusOf(err) !== 422) throw err;
	}
}
function sameAudit(previous, input) {
	if (!previous || previous.sha !== input.sha || !previous.filesComplete) return false;
	const now = countAudit(input.findings);
	const key = (files) => JSON.stringify(Object.entries(files).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
	return previous.total === now.total && key(previous.files) === key(now.files);
}
async function syncTrackingIssue(client, owner, repo, input) {
	const existing = await step("look for the tracking issue", () => findTrackingIssue(client, owner, repo, input.author));
	const rendered = renderTrackingIssue(input, readTrackingState(existing?.body));
	const left = input.findings.length;
	if (!existing) {
		if (left === 0) return { action: "none" };
		await step("create the tracking issue label", () => ensureLabel(client, owner, repo));
		const { data } = await step("create the tracking issue", () => client.rest.issues.create({
			owner,
			repo,
			title: rendered.title,
			body: rendered.body,
			labels: [TRACKING_LABEL]
		}));
		return {
			action: "created",
			number: data.number,
			url: data.html_url
		};
	}
	const ref = {
		owner,
		repo,
		issue_number: existing.number
	};
	if (existing.state === "closed") {
		if (left === 0) return {
			action: "unchanged",
			number: existing.number,
			url: existing.html_url
		};
		await step("reopen the tracking issue", () => client.rest.issues.update({
			...ref,
			title: rendered.title,
			body: rendered.body,
			state: "open"
		}));
		return {
			action: "reopened",
			number: existing.number,
			url: existing.html_url
		};
	}
	if (left === 0) {
		await step("close the tracking issue", () => client.rest.issues.update({
			...ref,
			title: rendered.title,
			body: rendered.body,
			state: "closed",
			state_reason: "completed"
		}));
		return {
			action: "closed",
			number: existing.number,
			url: existing.html_url
		};
	}
	if (sameAudit(readTrackingState(existing.body), input)) return {
		action: "unchanged",
		number: existing.number,
		url: existing.html_url
	};
	await step("update the tracking issue", () => client.rest.issues.update({
		...ref,
		title: rendered.title,
		body: rendered.body
	}));
	return {
		action: "updated",
		number: existing.number,
		url: existing.html_url
	};
}
// src/report/tracking-issue-reporter.ts
/**
* Keeps the tracking issue of a full scan up to date. A refusal is a warning that names the permission, returned
* for the summary; it never fails the run.
*/
const trackingIssueReporter = {
	name: "tracking issue",
	needsApi: true,
	async run(ctx) {
		if (ctx.mode !== "full") {
			ctx.log.notice("tracking-issue applies to full scans (schedule, workflow_dispatch, push); skipped in diff mode.");
			return;
		}
		try {
			const outcome = await syncTrackingIssue(ctx.github, ctx.repo.owner, ctx.repo.repo, {
				findings: ctx.result.findings,
				sha: ctx.headSha,
				...ctx.runUrl ? { runUrl: ctx.runUrl } : {},
				...ctx.commentAuthor ? { author: ctx.commentAuthor } : {},
				links: {
					serverUrl: ctx.repo.serverUrl,
					repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
					sha: ctx.headSha
				}
			});
			ctx.log.info(outcome.url ? `Tracking issue #${outcome.number}: ${outcome.action} (${outcome.url}).` : "Tracking issue: nothing to track and no issue open.");
			return outcome;
		} catch (err) {
			const warning = err instanceof ApiRefused ? err.message : `Could not update the tracking issue: ${err.message}`;
			ctx.log.warning(warning);
			return { warning };
		}
	}
};
export { trackingIssueReporter };
