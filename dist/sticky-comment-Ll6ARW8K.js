import "./rolldown-runtime-DYf_mQCB.js";
import { a as writtenBy, i as tokenIdentity, t as hasMarker } from "./comment-body-Be1MfAyR.js";
import { r as listAll } from "./pages-BZidq4qw.js";
import { r as apiStep } from "./permissions-C8I0pk2q.js";
import { n as renderSummary } from "./summary-markdown-AE4iNQQC.js";
import { r as summaryInput } from "./job-summary-DRZ7RlWu.js";
import { o as fitsChars, r as fitRows } from "./plan-76QeCbzK.js";
// src/report/sticky-comment.ts
/**
* One PR comment, found again by a hidden marker and updated in place, so the conversation holds a single current
* status instead of one comment per push. Created only when there is something to say; once it exists it is kept
* up to date (also when everything is fixed). Needs `pull-requests: write` (issue comments on a PR).
*/
const STICKY_MARKER = "<!-- tokenhub-migration-check:sticky -->";
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65536;
/** The comment's body, with fewer table rows until it fits, and a note when rows were left out. */
function stickyBody(render, total, limit = COMMENT_LIMIT, detailsUrl) {
	const note = (shown) => shown < total ? `\n\n_Truncated to fit GitHub's comment size limit: ${total - shown} more finding(s) are in the ${detailsUrl ? `[job summary](${detailsUrl})` : "job summary"}._` : "";
	const body = fitRows((rows) => `${STICKY_MARKER}\n${render(rows)}${note(rows)}`, fitsChars(limit), Math.min(total, 200));
	return body.length <= limit ? body : body.slice(0, limit - 200) + `\n\n_Truncated to fit GitHub's comment size limit._`;
}
const stickyCommentReporter = {
	name: "PR comment",
	needsApi: true,
	async run(ctx) {
		if (ctx.pullNumber === void 0) {
			ctx.log.debug("PR comment: not a pull request");
			return { action: "none" };
		}
		const github = ctx.github;
		const { owner, repo } = ctx.repo;
		const issue_number = ctx.pullNumber;
		const comments = await apiStep("list the PR comments", "pull-requests: write", () => listAll(github.paginate.iterator(github.rest.issues.listComments, {
			owner,
			repo,
			issue_number,
			per_page: 100
		}), "the PR comments"));
		const me = await tokenIdentity(github, ctx.commentAuthor);
		const existing = comments.find((c) => writtenBy(c, me) && hasMarker(c.body, "<!-- tokenhub-migration-check:sticky -->"));
		if (!existing && ctx.findings.length === 0) {
			ctx.log.debug("PR comment: nothing to report and no earlier comment to update");
			return { action: "none" };
		}
		const body = stickyBody((maxRows) => renderSummary({
			...summaryInput(ctx),
			maxRows
		}), ctx.findings.length, COMMENT_LIMIT, ctx.runUrl);
		if (existing) {
			if (existing.body === body) return {
				action: "unchanged",
				url: existing.html_url
			};
			await apiStep("update the PR comment", "pull-requests: write", () => github.rest.issues.updateComment({
				owner,
				repo,
				comment_id: existing.id,
				body
			}));
			ctx.log.info(`Updated the PR comment: ${existing.html_url}`);
			return {
				action: "updated",
				url: existing.html_url
			};
		} else {
			const { data } = await apiStep("post the PR comment", "pull-requests: write", () => github.rest.issues.createComment({
				owner,
				repo,
				issue_number,
				body
			}));
			ctx.log.info(`Posted the PR comment: ${data.html_url}`);
			return {
				action: "created",
				url: data.html_url
			};
		}
	}
};
export { stickyCommentReporter };
