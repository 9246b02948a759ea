import { r as statusOf } from "./errors-MmvItmDA.js";
// src/github/identity.ts
/**
* Who the token writes as, so that the action edits only comments it wrote itself. A hidden marker alone proves
* nothing: anyone who can comment can paste it. A user's token (a PAT) answers `GET /user`; an installation token
* (the workflow's GITHUB_TOKEN, or an app's) is refused there with 403, and GitHub shows what it writes as the
* app's bot. For GITHUB_TOKEN that is `github-actions[bot]`; an app token should name its bot in the
* `comment-author` input (actions/create-github-app-token's `app-slug` output plus `[bot]`).
*/
const ACTIONS_BOT_LOGIN = "github-actions[bot]";
const cache = /* @__PURE__ */ new WeakMap();
function tokenIdentity(github, configured) {
	if (configured) return Promise.resolve(configured);
	let found = cache.get(github);
	if (!found) {
		found = github.rest.users.getAuthenticated().then(({ data }) => data.login, (err) => {
			const status = statusOf(err);
			if (status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
			throw err;
		});
		cache.set(github, found);
	}
	return found;
}
/** A comment, issue or pull request the token's identity wrote. Logins compare without case, as GitHub's do. */
function writtenBy(item, identity) {
	return (item.user?.login ?? "").toLowerCase() === identity.toLowerCase();
}
// src/report/comment-body.ts
/**
* GitHub refuses an issue, pull-request or review comment body over 65,536 characters, and the refusal of one
* review comment fails the whole review. Every body this action posts goes through `withinBodyLimit`, which keeps
* the end of the body (where the hidden marker that recognises our comments lives) and shortens the middle.
*/
/** GitHub's limit for comment, issue and pull-request bodies, in characters. */
const GITHUB_BODY_LIMIT = 65536;
const CUT_NOTE = "\n\n… (shortened: GitHub accepts at most 65,536 characters in a comment)\n\n";
/**
* `head` shortened so that `head + tail` fits the limit; `tail` (the marker, a closing tag) is kept whole.
* Cuts on a UTF-16 boundary, never inside a surrogate pair.
*/
function withinBodyLimit(head, tail = "", limit = GITHUB_BODY_LIMIT) {
	if (head.length + tail.length <= limit) return head + tail;
	let keep = Math.max(0, limit - tail.length - 72);
	const code = head.charCodeAt(keep - 1);
	if (keep > 0 && code >= 55296 && code <= 56319) keep--;
	return head.slice(0, keep) + CUT_NOTE + tail;
}
/** Why a line cannot carry a suggestion block, or undefined when it can. */
function suggestionRefusal(line) {
	if (line.length > 1e3) return `The suggestion is left out: this line is ${line.length.toLocaleString("en-US")} characters long, too long to review as a suggestion. Run \`tokenhub-migration-check fix\` to rewrite it.`;
	if (line.includes("\r")) return "The suggestion is left out: this line contains a carriage return, which a suggestion cannot reproduce. Run `tokenhub-migration-check fix` to rewrite it.";
}
/**
* Our sticky comment, tracking issue and migration pull request start with their marker; a file name or line quoted
* further down cannot make a body look like ours.
*/
function hasMarker(body, marker) {
	return (body ?? "").startsWith(marker);
}
export { writtenBy as a, tokenIdentity as i, suggestionRefusal as n, withinBodyLimit as r, hasMarker as t };
