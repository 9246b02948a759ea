export const id = 419;
export const ids = [419];
export const modules = {

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S$: () => (/* binding */ fixLine),
/* harmony export */   Xc: () => (/* binding */ fixText)
/* harmony export */ });
/* unused harmony export fixReplacement */
/* harmony import */ var _scan_match_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4625);
/* harmony import */ var _fixability_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8492);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(595);
/* harmony import */ var _finding_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9824);




const byId = new WeakMap();
function compiledRule(catalog, ruleId) {
    let map = byId.get(catalog);
    if (!map) {
        map = new Map(catalog.rules.map((c) => [c.rule.id, c]));
        byId.set(catalog, map);
    }
    return map.get(ruleId);
}
/**
 * The text that replaces a finding's matched text, when the fix may write it: the user's mapping for a model ID,
 * else the catalog's safe replacement (adapted to the region for base URLs). Undefined when a person must decide.
 */
function fixReplacement(finding, matched, catalog, opts) {
    const compiled = compiledRule(catalog, finding.ruleId);
    if (!compiled)
        return undefined;
    const { rule } = compiled;
    const mapped = (0,_fixability_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptsModelMapping */ .N)(rule) ? opts.models?.get(matched) : undefined;
    if (mapped !== undefined)
        return { to: mapped, origin: 'mapping' };
    if ((0,_fixability_js__WEBPACK_IMPORTED_MODULE_3__/* .fixabilityOf */ .b)(rule) !== 'safe')
        return undefined;
    const raw = (0,_scan_match_text_js__WEBPACK_IMPORTED_MODULE_0__/* .replacementFor */ .aP)(compiled, matched);
    if (raw === undefined)
        return undefined;
    const to = rule.category === 'legacy-endpoint' ? (0,_region_js__WEBPACK_IMPORTED_MODULE_1__/* .forRegion */ .M5)(raw, opts.region) : raw;
    return to === matched ? undefined : { to, origin: 'catalog' };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function remainingOf(finding, catalog) {
    const rule = compiledRule(catalog, finding.ruleId)?.rule;
    if (rule && (0,_fixability_js__WEBPACK_IMPORTED_MODULE_3__/* .fixabilityOf */ .b)(rule) === 'suggested' && finding.replacement !== undefined) {
        return { finding, fixability: 'suggested', suggestion: finding.replacement };
    }
    return { finding, fixability: 'manual' };
}
/**
 * Applies the fixes for `findings` (found by matchText on this very text) and returns the new text. Pure. Each
 * replacement stays on its line, so line numbers, line endings and everything between the matches are unchanged.
 * A finding an ignore comment covers is neither fixed nor listed: the user asked for it to stay.
 */
function fixText(text, findings, catalog, opts) {
    // A file that calls a Tencent SDK is edited by nobody but a person (or a structural SDK rewrite): see
    // RemainingFinding.inTencentSdkFile.
    if (!opts.underSdkRewrite && findings.some((f) => f.category === 'legacy-sdk')) {
        const remaining = findings.map((finding) => ({ finding, fixability: 'manual', inTencentSdkFile: true }));
        remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
        return { text, edits: [], applied: [], remaining };
    }
    const starts = lineStarts(text);
    const edits = [];
    const remaining = [];
    for (const finding of (0,_finding_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .notIgnored */ .mI)(findings)) {
        const lineStart = starts[finding.line - 1];
        if (lineStart === undefined || finding.endLine !== finding.line) {
            remaining.push(remainingOf(finding, catalog));
            continue;
        }
        const start = lineStart + finding.column - 1;
        const end = lineStart + finding.endColumn - 1;
        const matched = text.slice(start, end);
        // The finding must describe this text: a stale finding (from another version of the file) is never applied.
        const truncated = finding.match.endsWith('…') && finding.match.length < matched.length;
        const describesText = truncated ? matched.startsWith(finding.match.slice(0, -1)) : matched === finding.match;
        const fix = describesText ? fixReplacement(finding, matched, catalog, opts) : undefined;
        if (!fix) {
            remaining.push(remainingOf(finding, catalog));
            continue;
        }
        edits.push({ start, end, finding, from: matched, ...fix });
    }
    edits.sort((a, b) => a.start - b.start);
    const applied = [];
    const done = [];
    const parts = [];
    let cursor = 0;
    for (const e of edits) {
        if (e.start < cursor) {
            // Overlapping matches of two categories: keep the first, leave the other to a person.
            remaining.push(remainingOf(e.finding, catalog));
            continue;
        }
        parts.push(text.slice(cursor, e.start), e.to);
        cursor = e.end;
        done.push({ start: e.start, end: e.end, text: e.to });
        applied.push({ finding: e.finding, from: e.from, to: e.to, origin: e.origin });
    }
    parts.push(text.slice(cursor));
    remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return { text: applied.length ? parts.join('') : text, edits: done, applied, remaining };
}
/**
 * The fixed version of one line, for a review-comment suggestion: the same replacements the fix writes.
 * `findings` are those reported on that line (their `line` is the line's number in the file).
 */
function fixLine(lineText, findings, catalog, opts) {
    const onLine = findings.filter((f) => f.line === f.endLine).map((f) => ({ ...f, line: 1, endLine: 1 }));
    if (onLine.length === 0 || lineText.includes('\n'))
        return undefined;
    const fixed = fixText(lineText, onLine, catalog, opts);
    if (fixed.applied.length === 0)
        return undefined;
    const original = new Map(onLine.map((f, i) => [f, findings.filter((g) => g.line === g.endLine)[i]]));
    return {
        line: fixed.text,
        applied: fixed.applied.map((a) => ({ ...a, finding: original.get(a.finding) ?? a.finding })),
    };
}


/***/ }),

/***/ 8492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ acceptsModelMapping),
/* harmony export */   b: () => (/* binding */ fixabilityOf)
/* harmony export */ });
function fixabilityOf(rule) {
    if (rule.signalOnly || rule.smokeTestOnly)
        return 'manual';
    const { replacement } = rule;
    const deterministic = replacement.rewrite !== undefined || (replacement.value !== undefined && rule.category === 'legacy-model');
    if (deterministic && replacement.evidence === 'confirmed')
        return 'safe';
    if (replacement.value !== undefined && rule.category === 'legacy-model')
        return 'suggested';
    return 'manual';
}
/**
 * A finding of this rule can take a user's `--models` mapping: a legacy model ID. (The smoke test's cross-check
 * rule is filed under models too, but it matches TokenHub's own IDs: those are the mapping's targets.)
 */
function acceptsModelMapping(rule) {
    return rule.category === 'legacy-model' && !rule.signalOnly && !rule.smokeTestOnly;
}


/***/ }),

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

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_NEW_REVIEW_COMMENTS: () => (/* binding */ MAX_NEW_REVIEW_COMMENTS),
  commentBody: () => (/* binding */ commentBody),
  matchComments: () => (/* binding */ matchComments),
  parseReviewMarker: () => (/* binding */ parseReviewMarker),
  placedComments: () => (/* binding */ placedComments),
  planFromMatch: () => (/* binding */ planFromMatch),
  planReviewComments: () => (/* binding */ planReviewComments),
  resolvedBody: () => (/* binding */ resolvedBody),
  reviewCommentsReporter: () => (/* binding */ reviewCommentsReporter),
  reviewMarker: () => (/* binding */ reviewMarker)
});

// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/pages.ts
var pages = __webpack_require__(3892);
;// CONCATENATED MODULE: ./src/github/review-threads.ts

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
    const threads = new Map();
    const cursors = new Set();
    let after = null;
    for (let page = 1;; page++) {
        const data = await github.graphql(THREADS, { owner: pr.owner, repo: pr.repo, number: pr.number, after });
        const connection = data?.repository?.pullRequest?.reviewThreads;
        if (!connection?.nodes || !connection.pageInfo)
            throw new Error("GitHub's answer to the review threads query has no reviewThreads");
        for (const t of connection.nodes) {
            const first = t?.comments?.nodes?.[0]?.databaseId;
            if (t && typeof first === 'number')
                threads.set(first, { id: t.id, isResolved: t.isResolved, viewerCanResolve: t.viewerCanResolve, viewerCanUnresolve: t.viewerCanUnresolve });
        }
        const { hasNextPage, endCursor } = connection.pageInfo;
        if (!hasNextPage)
            return threads;
        if (!endCursor || cursors.has(endCursor))
            throw new pages/* PaginationError */.XX("GitHub's list of review threads links back to a page already read");
        if (page >= pages/* DEFAULT_MAX_PAGES */.aM)
            throw new pages/* PaginationError */.XX(`GitHub's list of review threads did not end after ${pages/* DEFAULT_MAX_PAGES */.aM} pages`);
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
    return Array.isArray(errors) && errors.some((e) => e?.type === 'FORBIDDEN');
}

// EXTERNAL MODULE: ./src/finding/severity.ts
var severity = __webpack_require__(5978);
// EXTERNAL MODULE: ./src/finding/fingerprint.ts
var fingerprint = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/fix/fix-text.ts
var fix_text = __webpack_require__(9946);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/report/suggestion.ts





let suggestion_catalog;
/** The full catalog: the fix needs only the rules' rewrites, which config overrides never change. */
function fullCatalog() {
    suggestion_catalog ??= (0,compile/* compileCatalog */.Lx)(catalog/* RULES */.y0);
    return suggestion_catalog;
}
/**
 * The fix of the line that carries `finding`, given every finding on that line (so that two fixes on one line
 * make one suggestion); undefined when the fix would not rewrite this finding.
 */
function lineFix(finding, lineFindings, lineText, region = 'intl') {
    const onLine = lineFindings.filter((f) => f.path === finding.path && f.line === finding.line);
    if (!onLine.includes(finding))
        onLine.push(finding);
    const fixed = (0,fix_text/* fixLine */.S$)(lineText, onLine, fullCatalog(), { region });
    if (!fixed || !fixed.applied.some((a) => a.finding === finding))
        return undefined;
    return { fixed: fixed.line, replacements: fixed.applied.map((a) => ({ ruleId: a.finding.ruleId, from: a.from, to: a.to })) };
}
/** A GitHub suggestion block for a review comment on the finding's line. */
function suggestionBlock(fix) {
    // Longer than any run of backticks in the line, so an added line cannot close the suggestion early.
    const longest = Math.max(0, ...(fix.fixed.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const what = fix.replacements.map((r) => `${(0,markdown/* codeSpan */.SS)(r.from)} → ${(0,markdown/* codeSpan */.SS)(r.to)}`).join(', ');
    const label = `Suggested change (${what}): the replacement Tencent's migration documents name, the same one \`${tool/* TOOL_NAME */.lH} fix\` writes. ` +
        'Use a TokenHub API key and enable the model for pay-as-you-go too.';
    return `${label}\n\n${fence}suggestion\n${fix.fixed}\n${fence}`;
}

// EXTERNAL MODULE: ./src/report/comment-body.ts
var comment_body = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/fix/fixability.ts
var fixability = __webpack_require__(8492);
;// CONCATENATED MODULE: ./src/report/review-comments.ts












/**
 * Review comments on the lines a PR adds, with a suggestion block where a one-line fix exists. Each comment carries
 * a hidden fingerprint (rule, file, matched text, occurrence: not the line number), so a re-run finds its own
 * comments: it leaves them, updates their text, or marks them resolved when the finding is gone. Only lines inside
 * the diff's hunks take comments (anything else makes GitHub refuse the whole review with 422), and we only
 * comment on added lines, which always are. Needs `pull-requests: write`.
 */
const MAX_NEW_REVIEW_COMMENTS = 30;
// Our marker ends the body: a marker pasted into an added line (quoted in a suggestion) is not ours.
const MARKER = /<!-- tokenhub-migration-check:review fp=([0-9a-f]{8,64}) state=(open|resolved) -->\s*$/;
function reviewMarker(fingerprint, state) {
    return `<!-- tokenhub-migration-check:review fp=${fingerprint} state=${state} -->`;
}
function parseReviewMarker(body) {
    const m = MARKER.exec(body);
    return m ? { fingerprint: m[1], state: m[2] } : undefined;
}
function commentBody(f, rule, fingerprint, suggestion) {
    const parts = [`${markdown/* SEVERITY_ICON */._9[f.severity]} **${rule?.title ?? f.ruleId}** (\`${f.ruleId}\`, ${f.severity})`, '', f.message];
    if (suggestion)
        parts.push('', suggestion);
    if (f.docsUrl)
        parts.push('', `[How to fix](${f.docsUrl}) (guidance per language, and sources)`);
    return (0,comment_body/* withinBodyLimit */.Fu)(parts.join('\n'), '\n\n' + reviewMarker(fingerprint, 'open'));
}
function resolvedBody(previous, headSha) {
    const original = previous.replace(MARKER, '').trim();
    const fp = parseReviewMarker(previous)?.fingerprint ?? '';
    const head = [
        `✅ **Resolved**: this finding is no longer on a line this pull request adds (as of ${headSha.slice(0, 7)}).`,
        '',
        '<details><summary>Original finding</summary>',
        '',
        original,
    ].join('\n');
    return (0,comment_body/* withinBodyLimit */.Fu)(head, ['', '', '</details>', '', reviewMarker(fp, 'resolved')].join('\n'));
}
/**
 * Match before writing any body: the cap on new comments applies here, so a PR with thousands of findings costs
 * at most `cap` new bodies (a body may carry a rewritten line).
 */
function matchComments(wanted, existing, cap = MAX_NEW_REVIEW_COMMENTS) {
    const ours = existing
        .map((c) => ({ c, marker: parseReviewMarker(c.body) }))
        .filter((x) => x.marker !== undefined);
    const match = { kept: [], create: [], overCap: 0, stale: [] };
    const kept = new Set();
    for (const w of wanted) {
        const same = ours.find((o) => o.marker.fingerprint === w.fingerprint && o.c.path === w.path && o.c.line === w.line && !kept.has(o.c.id));
        if (same) {
            kept.add(same.c.id);
            match.kept.push({ wanted: w, existing: same.c });
            continue;
        }
        if (match.create.length < cap)
            match.create.push(w);
        else
            match.overCap++;
    }
    // Our open comments that no current finding keeps: the finding was fixed, or moved (then it has a new comment).
    for (const o of ours)
        if (!kept.has(o.c.id) && o.marker.state !== 'resolved')
            match.stale.push(o.c);
    return match;
}
/** The plan once bodies are written: unchanged comments are left alone. */
function planFromMatch(match, headSha) {
    return {
        create: match.create,
        update: match.kept.filter((k) => k.existing.body !== k.wanted.body).map((k) => ({ id: k.existing.id, body: k.wanted.body })),
        resolve: match.stale.map((c) => ({ id: c.id, body: resolvedBody(c.body, headSha) })),
        reopen: match.kept.filter((k) => parseReviewMarker(k.existing.body)?.state === 'resolved').map((k) => k.existing.id),
        overCap: match.overCap,
    };
}
function planReviewComments(wanted, existing, headSha, cap = MAX_NEW_REVIEW_COMMENTS) {
    return planFromMatch(matchComments(wanted, existing, cap), headSha);
}
const rulesById = new Map(catalog/* RULES */.y0.map((r) => [r.id, r]));
/** Every finding on the finding's line, new or not: a suggestion rewrites the whole line. */
function findingsOnLine(ctx, f) {
    return ctx.result.findings.filter((g) => g.path === f.path && g.line === f.line);
}
/** Where this run wants comments: one per new finding on an added line, most severe first. No body yet. */
function placedComments(ctx) {
    const prints = (0,fingerprint/* fingerprintsOf */.tm)(ctx.result.findings);
    const printOf = new Map(ctx.result.findings.map((f, i) => [f, prints[i]]));
    const placed = [];
    let outsideDiff = 0;
    for (const f of (0,severity/* rankFindings */.JM)(ctx.findings)) {
        const added = ctx.diff?.addedLines.get(f.path);
        if (!Array.isArray(added) || !added.includes(f.line)) {
            outsideDiff++;
            continue;
        }
        placed.push({ fingerprint: printOf.get(f) ?? (0,fingerprint/* fingerprintsOf */.tm)([f])[0], path: f.path, line: f.line, finding: f });
    }
    return { placed, outsideDiff };
}
/** The comment's text: the finding, and a suggestion block when the line is short enough to review and fixable. */
async function renderComment(ctx, p) {
    const f = p.finding;
    const rule = rulesById.get(f.ruleId);
    const text = await ctx.readLine(f.path, f.line);
    let suggestion;
    if (text !== undefined) {
        const refusal = (0,comment_body/* suggestionRefusal */.VP)(text);
        if (refusal === undefined) {
            const fix = lineFix(f, findingsOnLine(ctx, f), text, ctx.fixRegion);
            if (fix)
                suggestion = suggestionBlock(fix);
        }
        else if (rule && (0,fixability/* fixabilityOf */.b)(rule) === 'safe') {
            // Said only where a suggestion could have been offered; the line itself is never rewritten here.
            suggestion = refusal;
        }
    }
    return { fingerprint: p.fingerprint, path: p.path, line: p.line, body: commentBody(f, rule, p.fingerprint, suggestion) };
}
async function renderMatch(ctx, m) {
    const kept = [];
    for (const k of m.kept)
        kept.push({ wanted: await renderComment(ctx, k.wanted), existing: k.existing });
    const create = [];
    for (const c of m.create)
        create.push(await renderComment(ctx, c));
    return { kept, create, overCap: m.overCap, stale: m.stale };
}
const reviewCommentsReporter = {
    name: 'review comments',
    needsApi: true,
    async run(ctx) {
        if (ctx.pullNumber === undefined || !ctx.diff) {
            ctx.log.debug('review comments: not a pull request');
            return undefined;
        }
        const github = ctx.github;
        const { owner, repo } = ctx.repo;
        const pull_number = ctx.pullNumber;
        const { placed, outsideDiff } = placedComments(ctx);
        const existing = await (0,permissions/* apiStep */.xC)('list the review comments', 'pull-requests: write', () => (0,pages/* listAll */._w)(github.paginate.iterator(github.rest.pulls.listReviewComments, { owner, repo, pull_number, per_page: 100 }), 'the review comments'));
        // Only comments this token wrote are ever updated or resolved; a marker anyone pasted makes nothing ours.
        const me = await (0,identity/* tokenIdentity */.sX)(github, ctx.commentAuthor);
        const match = matchComments(placed, existing.filter((c) => (0,identity/* writtenBy */.xO)(c, me)).map((c) => ({ id: c.id, path: c.path, line: c.line ?? null, body: c.body })));
        const plan = planFromMatch(await renderMatch(ctx, match), ctx.headSha);
        let created = 0;
        if (plan.create.length)
            created = await postComments(ctx, pull_number, plan.create);
        // One comment that cannot be edited (deleted meanwhile, say) must not stop the others.
        const failedEdits = [];
        for (const u of [...plan.update, ...plan.resolve]) {
            try {
                await (0,permissions/* apiStep */.xC)('update a review comment', 'pull-requests: write', () => github.rest.pulls.updateReviewComment({ owner, repo, comment_id: u.id, body: u.body }));
            }
            catch (err) {
                if (err.permissionDenied)
                    throw err;
                failedEdits.push(err.message);
            }
        }
        if (failedEdits.length)
            ctx.log.warning(`${failedEdits.length} review comment(s) could not be updated: ${failedEdits[0]}`);
        const threads = await settleThreads(ctx, pull_number, plan.resolve.map((r) => r.id), plan.reopen);
        const notes = [];
        if (plan.overCap)
            notes.push(`${plan.overCap} more left out (at most ${MAX_NEW_REVIEW_COMMENTS} new per run)`);
        if (outsideDiff)
            notes.push(`${outsideDiff} finding(s) not on an added line get no comment`);
        ctx.log.info(`Review comments: ${created} new, ${plan.update.length} updated, ${plan.resolve.length} resolved${threads.resolved ? ` (${threads.resolved} thread(s) resolved)` : ''}, ${match.kept.length - plan.update.length} unchanged` +
            (notes.length ? ` (${notes.join('; ')})` : '') +
            '.');
        return { created, updated: plan.update.length, resolved: plan.resolve.length, threadsResolved: threads.resolved };
    },
};
/**
 * Resolves the review threads of comments no longer needed (and reopens those whose finding is back), so that the
 * conversation shows them as GitHub users expect. The comment's own text says "Resolved" either way (that edit
 * also records the state for the next run); where the token may not resolve threads, that edit is what is left,
 * said once in the log. A failure here never costs the comments themselves.
 */
async function settleThreads(ctx, pull_number, resolve, reopen) {
    if (resolve.length === 0 && reopen.length === 0)
        return { resolved: 0 };
    const github = ctx.github;
    let threads;
    try {
        threads = await reviewThreadsByComment(github, { owner: ctx.repo.owner, repo: ctx.repo.repo, number: pull_number });
    }
    catch (err) {
        ctx.log.info(`Review threads not resolved (${(0,errors/* describeApiError */.gg)(err)}): the comments say "Resolved" in their text instead.`);
        return { resolved: 0 };
    }
    let resolved = 0;
    let refused = 0;
    const failed = [];
    const wanted = [...resolve.map((id) => ({ id, resolve: true })), ...reopen.map((id) => ({ id, resolve: false }))];
    for (const w of wanted) {
        const t = threads.get(w.id);
        if (!t || t.isResolved === w.resolve)
            continue;
        if (!(w.resolve ? t.viewerCanResolve : t.viewerCanUnresolve)) {
            refused++;
            continue;
        }
        try {
            await setThreadResolved(github, t.id, w.resolve);
            if (w.resolve)
                resolved++;
        }
        catch (err) {
            if (isGraphqlForbidden(err))
                refused++;
            else
                failed.push((0,errors/* describeApiError */.gg)(err));
        }
    }
    if (refused) {
        ctx.log.info(`${refused} review thread(s) left as they were: the token may not resolve review threads (give the job \`pull-requests: write\`); ` +
            'their comments say whether the finding is resolved.');
    }
    if (failed.length)
        ctx.log.warning(`${failed.length} review thread(s) could not be resolved or reopened: ${failed[0]}`);
    return { resolved };
}
/** One review with every new comment; if GitHub refuses it (422), the comments one by one, skipping refused ones. */
async function postComments(ctx, pull_number, comments) {
    const github = ctx.github;
    const { owner, repo } = ctx.repo;
    try {
        await (0,permissions/* apiStep */.xC)('post the review', 'pull-requests: write', () => github.rest.pulls.createReview({
            owner,
            repo,
            pull_number,
            commit_id: ctx.headSha,
            event: 'COMMENT',
            body: `**TokenHub migration check**: ${comments.length} finding(s) on lines this pull request adds still use the retiring Hunyuan or LKE DeepSeek APIs.`,
            comments: comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })),
        }));
        return comments.length;
    }
    catch (err) {
        if (!(err instanceof permissions/* ApiRefused */.rb) || err.permissionDenied)
            throw err;
        ctx.log.info(`${err.message}; posting the comments one by one.`);
    }
    let posted = 0;
    const refused = [];
    for (const c of comments) {
        try {
            await github.rest.pulls.createReviewComment({ owner, repo, pull_number, commit_id: ctx.headSha, path: c.path, line: c.line, side: 'RIGHT', body: c.body });
            posted++;
        }
        catch (err) {
            if ((0,errors/* statusOf */.c2)(err) === 422)
                refused.push(`${c.path}:${c.line} (${(0,errors/* describeApiError */.gg)(err).slice(0, 200)})`);
            else
                throw (0,permissions/* apiRefused */.vl)('post a review comment', 'pull-requests: write', err);
        }
    }
    if (refused.length) {
        ctx.log.warning(`GitHub refused ${refused.length} review comment(s): ${refused.slice(0, 5).join(', ')}${refused.length > 5 ? ', …' : ''}. The annotations and the job summary still list them.`);
    }
    return posted;
}


/***/ })

};
