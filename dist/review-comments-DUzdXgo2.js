import "./rolldown-runtime-DYf_mQCB.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { n as apiRefused, r as apiStep, t as ApiRefused } from "./permissions-C8I0pk2q.js";
import { r as statusOf, t as describeApiError } from "./errors-MmvItmDA.js";
import { a as writtenBy, i as tokenIdentity, n as suggestionRefusal, r as withinBodyLimit } from "./comment-body-Be1MfAyR.js";
import { r as listAll, t as PaginationError } from "./pages-BZidq4qw.js";
import { i as rankFindings } from "./severity-CbWwaEB1.js";
import { n as fingerprintsOf } from "./fingerprint-BoorrN0H.js";
import { r as fixabilityOf, t as fixLine } from "./fix-text-DXoFIspV.js";
import { h as compileCatalog } from "./match-text-DMQVaqK_.js";
import { r as codeSpan, t as SEVERITY_ICON } from "./markdown-CMDfHLdC.js";
import { t as TOOL_NAME } from "./tool-DWkNUuOs.js";
// src/github/review-threads.ts
const THREADS = `
query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes {
          id
          isResolved
          viewerCanResolve
          viewerCanUnresolve
          comments(first: 1) { nodes { databaseId } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
const RESOLVE = `
mutation ($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
const UNRESOLVE = `
mutation ($threadId: ID!) {
  unresolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
/** The pull request's review threads, by the REST id of each thread's first comment. */
async function reviewThreadsByComment(github, pr) {
	const threads = /* @__PURE__ */ new Map();
	const cursors = /* @__PURE__ */ new Set();
	let after = null;
	for (let page = 1;; page++) {
		const connection = (await github.graphql(THREADS, {
			owner: pr.owner,
			repo: pr.repo,
			number: pr.number,
			after
		}))?.repository?.pullRequest?.reviewThreads;
		if (!connection?.nodes || !connection.pageInfo) throw new Error("GitHub's answer to the review threads query has no reviewThreads");
		for (const t of connection.nodes) {
			const first = t?.comments?.nodes?.[0]?.databaseId;
			if (t && typeof first === "number") threads.set(first, {
				id: t.id,
				isResolved: t.isResolved,
				viewerCanResolve: t.viewerCanResolve,
				viewerCanUnresolve: t.viewerCanUnresolve
			});
		}
		const { hasNextPage, endCursor } = connection.pageInfo;
		if (!hasNextPage) return threads;
		if (!endCursor || cursors.has(endCursor)) throw new PaginationError("GitHub's list of review threads links back to a page already read");
		if (page >= 100) throw new PaginationError(`GitHub's list of review threads did not end after 100 pages`);
		cursors.add(endCursor);
		after = endCursor;
	}
}
async function setThreadResolved(github, threadId, resolved) {
	await github.graphql(resolved ? RESOLVE : UNRESOLVE, { threadId });
}
/** A GraphQL refusal for lack of permission (FORBIDDEN), as opposed to a failure of the request. */
function isGraphqlForbidden(err) {
	const errors = err?.errors;
	return Array.isArray(errors) && errors.some((e) => e?.type === "FORBIDDEN");
}
// src/report/suggestion.ts
let catalog;
/** The full catalog: the fix needs only the rules' rewrites, which config overrides never change. */
function fullCatalog() {
	catalog ??= compileCatalog(RULES);
	return catalog;
}
/**
* The fix of the line that carries `finding`, given every finding on that line (so that two fixes on one line
* make one suggestion); undefined when the fix would not rewrite this finding.
*/
function lineFix(finding, lineFindings, lineText, region = "intl") {
	const onLine = lineFindings.filter((f) => f.path === finding.path && f.line === finding.line);
	if (!onLine.includes(finding)) onLine.push(finding);
	const fixed = fixLine(lineText, onLine, fullCatalog(), { region });
	if (!fixed || !fixed.applied.some((a) => a.finding === finding)) return void 0;
	return {
		fixed: fixed.line,
		replacements: fixed.applied.map((a) => ({
			ruleId: a.finding.ruleId,
			from: a.from,
			to: a.to
		}))
	};
}
/** A GitHub suggestion block for a review comment on the finding's line. */
function suggestionBlock(fix) {
	const longest = Math.max(0, ...(fix.fixed.match(/`+/g) ?? []).map((r) => r.length));
	const fence = "`".repeat(Math.max(3, longest + 1));
	return `${`Suggested change (${fix.replacements.map((r) => `${codeSpan(r.from)} → ${codeSpan(r.to)}`).join(", ")}): the replacement Tencent's migration documents name, the same one \`${TOOL_NAME} fix\` writes. Use a TokenHub API key and enable the model for pay-as-you-go too.`}\n\n${fence}suggestion\n${fix.fixed}\n${fence}`;
}
const MARKER = /<!-- tokenhub-migration-check:review fp=([0-9a-f]{8,64}) state=(open|resolved) -->\s*$/;
function reviewMarker(fingerprint, state) {
	return `<!-- tokenhub-migration-check:review fp=${fingerprint} state=${state} -->`;
}
function parseReviewMarker(body) {
	const m = MARKER.exec(body);
	return m ? {
		fingerprint: m[1],
		state: m[2]
	} : void 0;
}
function commentBody(f, rule, fingerprint, suggestion) {
	const parts = [
		`${SEVERITY_ICON[f.severity]} **${rule?.title ?? f.ruleId}** (\`${f.ruleId}\`, ${f.severity})`,
		"",
		f.message
	];
	if (suggestion) parts.push("", suggestion);
	if (f.docsUrl) parts.push("", `[How to fix](${f.docsUrl}) (guidance per language, and sources)`);
	return withinBodyLimit(parts.join("\n"), "\n\n" + reviewMarker(fingerprint, "open"));
}
function resolvedBody(previous, headSha) {
	const original = previous.replace(MARKER, "").trim();
	const fp = parseReviewMarker(previous)?.fingerprint ?? "";
	const head = [
		`✅ **Resolved**: this finding is no longer on a line this pull request adds (as of ${headSha.slice(0, 7)}).`,
		"",
		"<details><summary>Original finding</summary>",
		"",
		original
	].join("\n");
	return withinBodyLimit(head, [
		"",
		"",
		"</details>",
		"",
		reviewMarker(fp, "resolved")
	].join("\n"));
}
/**
* Match before writing any body: the cap on new comments applies here, so a PR with thousands of findings costs
* at most `cap` new bodies (a body may carry a rewritten line).
*/
function matchComments(wanted, existing, cap = 30) {
	const ours = existing.map((c) => ({
		c,
		marker: parseReviewMarker(c.body)
	})).filter((x) => x.marker !== void 0);
	const match = {
		kept: [],
		create: [],
		overCap: 0,
		stale: []
	};
	const kept = /* @__PURE__ */ new Set();
	for (const w of wanted) {
		const same = ours.find((o) => o.marker.fingerprint === w.fingerprint && o.c.path === w.path && o.c.line === w.line && !kept.has(o.c.id));
		if (same) {
			kept.add(same.c.id);
			match.kept.push({
				wanted: w,
				existing: same.c
			});
			continue;
		}
		if (match.create.length < cap) match.create.push(w);
		else match.overCap++;
	}
	for (const o of ours) if (!kept.has(o.c.id) && o.marker.state !== "resolved") match.stale.push(o.c);
	return match;
}
/** The plan once bodies are written: unchanged comments are left alone. */
function planFromMatch(match, headSha) {
	return {
		create: match.create,
		update: match.kept.filter((k) => k.existing.body !== k.wanted.body).map((k) => ({
			id: k.existing.id,
			body: k.wanted.body
		})),
		resolve: match.stale.map((c) => ({
			id: c.id,
			body: resolvedBody(c.body, headSha)
		})),
		reopen: match.kept.filter((k) => parseReviewMarker(k.existing.body)?.state === "resolved").map((k) => k.existing.id),
		overCap: match.overCap
	};
}
const rulesById = new Map(RULES.map((r) => [r.id, r]));
/** Every finding on the finding's line, new or not: a suggestion rewrites the whole line. */
function findingsOnLine(ctx, f) {
	return ctx.result.findings.filter((g) => g.path === f.path && g.line === f.line);
}
/** Where this run wants comments: one per new finding on an added line, most severe first. No body yet. */
function placedComments(ctx) {
	const prints = fingerprintsOf(ctx.result.findings);
	const printOf = new Map(ctx.result.findings.map((f, i) => [f, prints[i]]));
	const placed = [];
	let outsideDiff = 0;
	for (const f of rankFindings(ctx.findings)) {
		const added = ctx.diff?.addedLines.get(f.path);
		if (!Array.isArray(added) || !added.includes(f.line)) {
			outsideDiff++;
			continue;
		}
		placed.push({
			fingerprint: printOf.get(f) ?? fingerprintsOf([f])[0],
			path: f.path,
			line: f.line,
			finding: f
		});
	}
	return {
		placed,
		outsideDiff
	};
}
/** The comment's text: the finding, and a suggestion block when the line is short enough to review and fixable. */
async function renderComment(ctx, p) {
	const f = p.finding;
	const rule = rulesById.get(f.ruleId);
	const text = await ctx.readLine(f.path, f.line);
	let suggestion;
	if (text !== void 0) {
		const refusal = suggestionRefusal(text);
		if (refusal === void 0) {
			const fix = lineFix(f, findingsOnLine(ctx, f), text, ctx.fixRegion);
			if (fix) suggestion = suggestionBlock(fix);
		} else if (rule && fixabilityOf(rule) === "safe") suggestion = refusal;
	}
	return {
		fingerprint: p.fingerprint,
		path: p.path,
		line: p.line,
		body: commentBody(f, rule, p.fingerprint, suggestion)
	};
}
async function renderMatch(ctx, m) {
	const kept = [];
	for (const k of m.kept) kept.push({
		wanted: await renderComment(ctx, k.wanted),
		existing: k.existing
	});
	const create = [];
	for (const c of m.create) create.push(await renderComment(ctx, c));
	return {
		kept,
		create,
		overCap: m.overCap,
		stale: m.stale
	};
}
const reviewCommentsReporter = {
	name: "review comments",
	needsApi: true,
	async run(ctx) {
		if (ctx.pullNumber === void 0 || !ctx.diff) {
			ctx.log.debug("review comments: not a pull request");
			return;
		}
		const github = ctx.github;
		const { owner, repo } = ctx.repo;
		const pull_number = ctx.pullNumber;
		const { placed, outsideDiff } = placedComments(ctx);
		const existing = await apiStep("list the review comments", "pull-requests: write", () => listAll(github.paginate.iterator(github.rest.pulls.listReviewComments, {
			owner,
			repo,
			pull_number,
			per_page: 100
		}), "the review comments"));
		const me = await tokenIdentity(github, ctx.commentAuthor);
		const match = matchComments(placed, existing.filter((c) => writtenBy(c, me)).map((c) => ({
			id: c.id,
			path: c.path,
			line: c.line ?? null,
			body: c.body
		})));
		const plan = planFromMatch(await renderMatch(ctx, match), ctx.headSha);
		let created = 0;
		if (plan.create.length) created = await postComments(ctx, pull_number, plan.create);
		const failedEdits = [];
		for (const u of [...plan.update, ...plan.resolve]) try {
			await apiStep("update a review comment", "pull-requests: write", () => github.rest.pulls.updateReviewComment({
				owner,
				repo,
				comment_id: u.id,
				body: u.body
			}));
		} catch (err) {
			if (err.permissionDenied) throw err;
			failedEdits.push(err.message);
		}
		if (failedEdits.length) ctx.log.warning(`${failedEdits.length} review comment(s) could not be updated: ${failedEdits[0]}`);
		const threads = await settleThreads(ctx, pull_number, plan.resolve.map((r) => r.id), plan.reopen);
		const notes = [];
		if (plan.overCap) notes.push(`${plan.overCap} more left out (at most 30 new per run)`);
		if (outsideDiff) notes.push(`${outsideDiff} finding(s) not on an added line get no comment`);
		ctx.log.info(`Review comments: ${created} new, ${plan.update.length} updated, ${plan.resolve.length} resolved${threads.resolved ? ` (${threads.resolved} thread(s) resolved)` : ""}, ${match.kept.length - plan.update.length} unchanged` + (notes.length ? ` (${notes.join("; ")})` : "") + ".");
		return {
			created,
			updated: plan.update.length,
			resolved: plan.resolve.length,
			threadsResolved: threads.resolved
		};
	}
};
/**
* Resolves the review threads of comments no longer needed (and reopens those whose finding is back), so that the
* conversation shows them as GitHub users expect. The comment's own text says "Resolved" either way (that edit
* also records the state for the next run); where the token may not resolve threads, that edit is what is left,
* said once in the log. A failure here never costs the comments themselves.
*/
async function settleThreads(ctx, pull_number, resolve, reopen) {
	if (resolve.length === 0 && reopen.length === 0) return { resolved: 0 };
	const github = ctx.github;
	let threads;
	try {
		threads = await reviewThreadsByComment(github, {
			owner: ctx.repo.owner,
			repo: ctx.repo.repo,
			number: pull_number
		});
	} catch (err) {
		ctx.log.info(`Review threads not resolved (${describeApiError(err)}): the comments say "Resolved" in their text instead.`);
		return { resolved: 0 };
	}
	let resolved = 0;
	let refused = 0;
	const failed = [];
	const wanted = [...resolve.map((id) => ({
		id,
		resolve: true
	})), ...reopen.map((id) => ({
		id,
		resolve: false
	}))];
	for (const w of wanted) {
		const t = threads.get(w.id);
		if (!t || t.isResolved === w.resolve) continue;
		if (!(w.resolve ? t.viewerCanResolve : t.viewerCanUnresolve)) {
			refused++;
			continue;
		}
		try {
			await setThreadResolved(github, t.id, w.resolve);
			if (w.resolve) resolved++;
		} catch (err) {
			if (isGraphqlForbidden(err)) refused++;
			else failed.push(describeApiError(err));
		}
	}
	if (refused) ctx.log.info(`${refused} review thread(s) left as they were: the token may not resolve review threads (give the job \`pull-requests: write\`); their comments say whether the finding is resolved.`);
	if (failed.length) ctx.log.warning(`${failed.length} review thread(s) could not be resolved or reopened: ${failed[0]}`);
	return { resolved };
}
/** One review with every new comment; if GitHub refuses it (422), the comments one by one, skipping refused ones. */
async function postComments(ctx, pull_number, comments) {
	const github = ctx.github;
	const { owner, repo } = ctx.repo;
	try {
		await apiStep("post the review", "pull-requests: write", () => github.rest.pulls.createReview({
			owner,
			repo,
			pull_number,
			commit_id: ctx.headSha,
			event: "COMMENT",
			body: `**TokenHub migration check**: ${comments.length} finding(s) on lines this pull request adds still use the retiring Hunyuan or LKE DeepSeek APIs.`,
			comments: comments.map((c) => ({
				path: c.path,
				line: c.line,
				side: "RIGHT",
				body: c.body
			}))
		}));
		return comments.length;
	} catch (err) {
		if (!(err instanceof ApiRefused) || err.permissionDenied) throw err;
		ctx.log.info(`${err.message}; posting the comments one by one.`);
	}
	let posted = 0;
	const refused = [];
	for (const c of comments) try {
		await github.rest.pulls.createReviewComment({
			owner,
			repo,
			pull_number,
			commit_id: ctx.headSha,
			path: c.path,
			line: c.line,
			side: "RIGHT",
			body: c.body
		});
		posted++;
	} catch (err) {
		if (statusOf(err) === 422) refused.push(`${c.path}:${c.line} (${describeApiError(err).slice(0, 200)})`);
		else throw apiRefused("post a review comment", "pull-requests: write", err);
	}
	if (refused.length) ctx.log.warning(`GitHub refused ${refused.length} review comment(s): ${refused.slice(0, 5).join(", ")}${refused.length > 5 ? ", …" : ""}. The annotations and the job summary still list them.`);
	return posted;
}
export { reviewCommentsReporter };
