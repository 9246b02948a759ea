export const id = 647;
export const ids = [647];
export const modules = {

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sX: () => (/* binding */ tokenIdentity),
/* harmony export */   xO: () => (/* binding */ writtenBy)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_LOGIN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/**
 * Who the token writes as, so that the action edits only comments it wrote itself. A hidden marker alone proves
 * nothing: anyone who can comment can paste it. A user's token (a PAT) answers `GET /user`; an installation token
 * (the workflow's GITHUB_TOKEN, or an app's) is refused there with 403, and GitHub shows what it writes as the
 * app's bot. For GITHUB_TOKEN that is `github-actions[bot]`; an app token should name its bot in the
 * `comment-author` input (actions/create-github-app-token's `app-slug` output plus `[bot]`).
 */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const cache = new WeakMap();
function tokenIdentity(github, configured) {
    if (configured)
        return Promise.resolve(configured);
    let found = cache.get(github);
    if (!found) {
        found = github.rest.users.getAuthenticated().then(({ data }) => data.login, (err) => {
            // 403 "Resource not accessible by integration" (or 404 on some servers): an installation token.
            const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err);
            if (status === 403 || status === 404)
                return ACTIONS_BOT_LOGIN;
            throw err;
        });
        cache.set(github, found);
    }
    return found;
}
/** A comment, issue or pull request the token's identity wrote. Logins compare without case, as GitHub's do. */
function writtenBy(item, identity) {
    return (item.user?.login ?? '').toLowerCase() === identity.toLowerCase();
}


/***/ }),

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ PaginationError),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   aM: () => (/* binding */ DEFAULT_MAX_PAGES),
/* harmony export */   c: () => (/* binding */ boundedPages)
/* harmony export */ });
/**
 * Reading a paginated GitHub list to its end, with an end we choose. octokit's paginate follows `rel="next"` for as
 * long as the server offers one: a proxy or a broken server that always links a next page (the same one, or one
 * more) would keep the step busy for as long as the job may run. Every list this action reads goes through here:
 * a next link to a page already read, or more pages than any real answer has, is a failure of that list, said in
 * words, and the channel that needed the list reports it instead of acting on half of it.
 */
/** 100 pages of 100 items: 10,000 comments on one PR, or issues with our label, is far beyond any real one. */
const DEFAULT_MAX_PAGES = 100;
class PaginationError extends Error {
    name = 'PaginationError';
}
function nextLink(link) {
    return /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
}
/** The pages of `iterator` (octokit's `paginate.iterator`), failing on a loop or past `maxPages`. */
async function* boundedPages(iterator, what, maxPages = DEFAULT_MAX_PAGES) {
    const seen = new Set();
    let count = 0;
    for await (const page of iterator) {
        count++;
        seen.add(page.url);
        yield page;
        const next = nextLink(page.headers.link);
        if (next === undefined)
            return;
        if (seen.has(next))
            throw new PaginationError(`GitHub's list of ${what} links back to a page already read (page ${count}); the list was not used`);
        if (count >= maxPages)
            throw new PaginationError(`GitHub's list of ${what} did not end after ${maxPages} pages; the list was not used`);
    }
}
/** Every item of a paginated list, or PaginationError (see boundedPages). */
async function listAll(iterator, what, maxPages = DEFAULT_MAX_PAGES) {
    const items = [];
    for await (const page of boundedPages(iterator, what, maxPages))
        items.push(...page.data);
    return items;
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ withinBodyLimit),
/* harmony export */   VP: () => (/* binding */ suggestionRefusal),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony exports GITHUB_BODY_LIMIT, MAX_SUGGESTION_LINE_CHARS */
/**
 * GitHub refuses an issue, pull-request or review comment body over 65,536 characters, and the refusal of one
 * review comment fails the whole review. Every body this action posts goes through `withinBodyLimit`, which keeps
 * the end of the body (where the hidden marker that recognises our comments lives) and shortens the middle.
 */
/** GitHub's limit for comment, issue and pull-request bodies, in characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** Longer lines get no suggestion block: nobody can review a change inside a line this long (minified code). */
const MAX_SUGGESTION_LINE_CHARS = 1_000;
const CUT_NOTE = '\n\n… (shortened: GitHub accepts at most 65,536 characters in a comment)\n\n';
/**
 * `head` shortened so that `head + tail` fits the limit; `tail` (the marker, a closing tag) is kept whole.
 * Cuts on a UTF-16 boundary, never inside a surrogate pair.
 */
function withinBodyLimit(head, tail = '', limit = GITHUB_BODY_LIMIT) {
    if (head.length + tail.length <= limit)
        return head + tail;
    let keep = Math.max(0, limit - tail.length - CUT_NOTE.length);
    const code = head.charCodeAt(keep - 1);
    if (keep > 0 && code >= 0xd800 && code <= 0xdbff)
        keep--;
    return head.slice(0, keep) + CUT_NOTE + tail;
}
/** Why a line cannot carry a suggestion block, or undefined when it can. */
function suggestionRefusal(line) {
    if (line.length > MAX_SUGGESTION_LINE_CHARS) {
        return `The suggestion is left out: this line is ${line.length.toLocaleString('en-US')} characters long, too long to review as a suggestion. Run \`tokenhub-migration-check fix\` to rewrite it.`;
    }
    // A bare carriage return splits the line on GitHub's side, so the suggested change would not be this line.
    if (line.includes('\r'))
        return 'The suggestion is left out: this line contains a carriage return, which a suggestion cannot reproduce. Run `tokenhub-migration-check fix` to rewrite it.';
    return undefined;
}
/**
 * Our sticky comment, tracking issue and migration pull request start with their marker; a file name or line quoted
 * further down cannot make a body look like ours.
 */
function hasMarker(body, marker) {
    return (body ?? '').startsWith(marker);
}


/***/ }),

/***/ 647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   STICKY_MARKER: () => (/* binding */ STICKY_MARKER),
/* harmony export */   stickyBody: () => (/* binding */ stickyBody),
/* harmony export */   stickyCommentReporter: () => (/* binding */ stickyCommentReporter)
/* harmony export */ });
/* harmony import */ var _github_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);
/* harmony import */ var _github_pages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3892);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7840);
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5435);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5382);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5236);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(877);







/**
 * One PR comment, found again by a hidden marker and updated in place, so the conversation holds a single current
 * status instead of one comment per push. Created only when there is something to say; once it exists it is kept
 * up to date (also when everything is fixed). Needs `pull-requests: write` (issue comments on a PR).
 */
const STICKY_MARKER = '<!-- tokenhub-migration-check:sticky -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** The comment's body, with fewer table rows until it fits, and a note when rows were left out. */
function stickyBody(render, total, limit = COMMENT_LIMIT, detailsUrl) {
    const note = (shown) => shown < total ? `\n\n_Truncated to fit GitHub's comment size limit: ${total - shown} more finding(s) are in the ${detailsUrl ? `[job summary](${detailsUrl})` : 'job summary'}._` : '';
    const body = (0,_fit_js__WEBPACK_IMPORTED_MODULE_4__/* .fitRows */ .zV)((rows) => `${STICKY_MARKER}\n${render(rows)}${note(rows)}`, (0,_fit_js__WEBPACK_IMPORTED_MODULE_4__/* .fitsChars */ ._B)(limit), Math.min(total, 200));
    return body.length <= limit ? body : body.slice(0, limit - 200) + `\n\n_Truncated to fit GitHub's comment size limit._`;
}
const stickyCommentReporter = {
    name: 'PR comment',
    needsApi: true,
    async run(ctx) {
        if (ctx.pullNumber === undefined) {
            ctx.log.debug('PR comment: not a pull request');
            return { action: 'none' };
        }
        const github = ctx.github;
        const { owner, repo } = ctx.repo;
        const issue_number = ctx.pullNumber;
        const comments = await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStep */ .xC)('list the PR comments', 'pull-requests: write', () => (0,_github_pages_js__WEBPACK_IMPORTED_MODULE_5__/* .listAll */ ._w)(github.paginate.iterator(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }), 'the PR comments'));
        // Only a comment this token wrote: anyone can paste the marker into their own.
        const me = await (0,_github_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenIdentity */ .sX)(github, ctx.commentAuthor);
        const existing = comments.find((c) => (0,_github_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenBy */ .xO)(c, me) && (0,_comment_body_js__WEBPACK_IMPORTED_MODULE_6__/* .hasMarker */ .xY)(c.body, STICKY_MARKER));
        if (!existing && ctx.findings.length === 0) {
            ctx.log.debug('PR comment: nothing to report and no earlier comment to update');
            return { action: 'none' };
        }
        const body = stickyBody((maxRows) => (0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .B)({ ...(0,_job_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryInput */ .bB)(ctx), maxRows }), ctx.findings.length, COMMENT_LIMIT, ctx.runUrl);
        if (existing) {
            if (existing.body === body)
                return { action: 'unchanged', url: existing.html_url };
            await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStep */ .xC)('update the PR comment', 'pull-requests: write', () => github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
            ctx.log.info(`Updated the PR comment: ${existing.html_url}`);
            return { action: 'updated', url: existing.html_url };
        }
        else {
            const { data } = await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStep */ .xC)('post the PR comment', 'pull-requests: write', () => github.rest.issues.createComment({ owner, repo, issue_number, body }));
            ctx.log.info(`Posted the PR comment: ${data.html_url}`);
            return { action: 'created', url: data.html_url };
        }
    },
};


/***/ })

};
