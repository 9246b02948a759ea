export const id = 418;
export const ids = [418];
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

/***/ 3387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ countAudit),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   T2: () => (/* binding */ topFiles),
/* harmony export */   gV: () => (/* binding */ compareAudits),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* harmony import */ var _finding_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9824);

/** Counts an audit reports and compares from run to run: totals, by category and severity, and per file. */
const CATEGORIES = ['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search'];
const SEVERITIES = ['error', 'warning', 'notice'];
function countAudit(findings) {
    const counts = {
        total: findings.length,
        bySeverity: { error: 0, warning: 0, notice: 0 },
        byCategory: { 'legacy-endpoint': 0, 'legacy-sdk': 0, 'legacy-model': 0, 'legacy-search': 0 },
        files: {},
    };
    for (const f of findings) {
        counts.bySeverity[f.severity]++;
        counts.byCategory[f.category]++;
        counts.files[f.path] = (counts.files[f.path] ?? 0) + 1;
    }
    return counts;
}
/** Files with the most findings, the most severe first among equals. */
function topFiles(findings, limit) {
    const byFile = new Map();
    for (const f of findings) {
        const entry = byFile.get(f.path) ?? { path: f.path, findings: 0, worst: f.severity };
        entry.findings++;
        if (_finding_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity] > _finding_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[entry.worst])
            entry.worst = f.severity;
        byFile.set(f.path, entry);
    }
    return [...byFile.values()]
        .sort((a, b) => b.findings - a.findings || _finding_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.worst] - _finding_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.worst] || (a.path < b.path ? -1 : 1))
        .slice(0, limit);
}
function compareAudits(before, after) {
    const prev = before.files;
    const now = after.files;
    const all = [...new Set([...Object.keys(prev), ...Object.keys(now)])].sort();
    return {
        totalBefore: before.total,
        totalAfter: after.total,
        newFiles: all.filter((p) => !prev[p] && now[p]),
        cleanedFiles: all.filter((p) => prev[p] && !now[p]),
        changedFiles: all.filter((p) => prev[p] && now[p] && prev[p] !== now[p]).map((p) => ({ path: p, before: prev[p], after: now[p] })),
        filesComplete: before.filesComplete !== false,
    };
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

/***/ 418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trackingIssueReporter: () => (/* binding */ trackingIssueReporter)
});

// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/pages.ts
var github_pages = __webpack_require__(3892);
// EXTERNAL MODULE: ./src/report/comment-body.ts
var comment_body = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/report/audit-stats.ts
var audit_stats = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/report/summary-markdown.ts
var summary_markdown = __webpack_require__(5382);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/tracking-issue.ts









/**
 * One tracking issue for a repository's migration, kept up to date by scheduled audits: found by its label and a
 * hidden marker, created when there is usage and no issue, updated while usage remains, closed when nothing is
 * left, reopened when usage comes back. The previous run's counts ride along in a hidden comment in the body, so
 * each update can say what changed.
 */
const TRACKING_LABEL = 'tokenhub-migration';
const TRACKING_MARKER = '<!-- tokenhub-migration-check:tracking-issue -->';
const STATE_OPEN = '<!-- tokenhub-migration-check:state ';
const STATE_CLOSE = ' -->';
/** GitHub refuses issue bodies over 65,536 characters; stay well below. */
const MAX_BODY_CHARS = 60_000;
const TOP_FILES = 10;
function readTrackingState(body) {
    if (!body)
        return undefined;
    const start = body.lastIndexOf(STATE_OPEN);
    if (start === -1)
        return undefined;
    const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
    if (end === -1)
        return undefined;
    try {
        const state = JSON.parse(body.slice(start + STATE_OPEN.length, end));
        return state && state.v === 1 && typeof state.total === 'number' && typeof state.files === 'object' ? state : undefined;
    }
    catch {
        return undefined;
    }
}
/** JSON that cannot end the HTML comment it sits in. */
function embedState(state) {
    return STATE_OPEN + JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/-/g, '\\u002d') + STATE_CLOSE;
}
function fileLink(path, links) {
    if (!links)
        return `${(0,markdown/* codeSpan */.SS)(path)}`;
    return `[${(0,markdown/* codeSpan */.SS)(path)}](${(0,markdown/* blobUrl */.b0)(links, path)})`;
}
function signed(n) {
    return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}
function renderTrackingIssue(input, previous) {
    const counts = (0,audit_stats/* countAudit */.PO)(input.findings);
    const short = input.sha.slice(0, 7);
    const title = counts.total === 0 ? 'TokenHub migration: nothing left to migrate' : `TokenHub migration: ${counts.total} finding${counts.total === 1 ? '' : 's'} left`;
    const head = [TRACKING_MARKER, ''];
    const audited = `Last audit: commit \`${short}\`${input.runUrl ? ` ([workflow run](${input.runUrl}))` : ''}.`;
    if (counts.total === 0) {
        head.push('✅ **No usage of the retiring Hunyuan or LKE DeepSeek APIs is left.** This issue was closed by the audit; it reopens if usage comes back.', '', audited, '');
    }
    else {
        head.push(`**${counts.total}** usage${counts.total === 1 ? '' : 's'} of the retiring Hunyuan and LKE DeepSeek APIs left in ${Object.keys(counts.files).length} file(s): ` +
            `${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings, ${counts.bySeverity.notice} notices.`, '', audited, '');
    }
    const changes = ['### Since the last audit', ''];
    if (!previous) {
        changes.push('First audit.', '');
    }
    else {
        const change = (0,audit_stats/* compareAudits */.gV)(previous, counts);
        changes.push(`- Findings: ${change.totalBefore} → ${change.totalAfter} (${signed(change.totalAfter - change.totalBefore)})${previous.sha ? ` since \`${previous.sha.slice(0, 7)}\`` : ''}`);
        for (const c of audit_stats/* CATEGORIES */.R6) {
            const before = previous.byCategory?.[c] ?? 0;
            if (before !== counts.byCategory[c])
                changes.push(`- ${c}: ${before} → ${counts.byCategory[c]}`);
        }
        const list = (paths) => paths.slice(0, 10).map((p) => fileLink(p, input.links)).join(', ') + (paths.length > 10 ? ` and ${paths.length - 10} more` : '');
        if (change.newFiles.length)
            changes.push(`- New files with usage: ${list(change.newFiles)}`);
        if (change.cleanedFiles.length)
            changes.push(`- Files now clean: ${list(change.cleanedFiles)}`);
        if (!change.filesComplete)
            changes.push('- (The last audit kept per-file counts only for its largest files.)');
        changes.push('');
    }
    const details = [];
    if (counts.total > 0) {
        details.push('### By category and severity', '', '| Category | error | warning | notice |', '|---|---:|---:|---:|');
        for (const c of audit_stats/* CATEGORIES */.R6) {
            const row = audit_stats/* SEVERITIES */.oC.map((s) => input.findings.filter((f) => f.category === c && f.severity === s).length);
            if (row.some((n) => n > 0))
                details.push(`| ${c} | ${row.join(' | ')} |`);
        }
        details.push('', `### Top files`, '', '| File | Findings |', '|---|---:|');
        for (const f of (0,audit_stats/* topFiles */.T2)(input.findings, TOP_FILES))
            details.push(`| ${fileLink(f.path, input.links)} | ${f.findings} |`);
        details.push('', '### Migration checklist', '');
        for (const step of summary_markdown/* MIGRATION_STEPS */.J)
            details.push(`- [ ] ${step}`);
        details.push('', 'The job summary of the workflow run lists every finding with its fix; the SARIF upload shows them under Security → Code scanning.', '');
    }
    // Per-file counts make the next run's "what changed"; in a huge repository keep only the largest files.
    const text = [...head, ...changes, ...details].join('\n');
    const state = { v: 1, sha: input.sha, ...counts, filesComplete: true };
    const ranked = Object.entries(counts.files).sort((a, b) => b[1] - a[1]);
    const body = (0,fit/* fitToSize */.u4)((0,fit/* halvings */.nB)(ranked.length), (keep) => {
        if (keep < ranked.length) {
            state.files = Object.fromEntries(ranked.slice(0, keep));
            state.filesComplete = false;
        }
        return `${text}\n${embedState(state)}\n`;
    }, (0,fit/* fitsChars */._B)(MAX_BODY_CHARS));
    return { title, body, state };
}
async function step(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw (0,permissions/* apiRefused */.vl)(what, 'issues: write', err, { offSwitch: 'set tracking-issue: false' });
    }
}
/** Our issue: labelled and marked. An open one wins over closed ones; the newest among equals (GitHub lists newest first). */
async function findTrackingIssue(client, owner, repo, author) {
    // Only an issue this token opened: anyone can open an issue with the label and the marker.
    const me = await (0,identity/* tokenIdentity */.sX)(client, author);
    let closed;
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, labels: TRACKING_LABEL, state: 'all', per_page: 100 });
    for await (const { data } of (0,github_pages/* boundedPages */.c)(pages, 'issues with the tracking label')) {
        for (const issue of data) {
            if (issue.pull_request || !(0,identity/* writtenBy */.xO)(issue, me) || !(0,comment_body/* hasMarker */.xY)(issue.body, TRACKING_MARKER))
                continue;
            if (issue.state === 'open')
                return issue;
            closed ??= issue;
        }
    }
    return closed;
}
async function ensureLabel(client, owner, repo) {
    try {
        await client.rest.issues.createLabel({
            owner,
            repo,
            name: TRACKING_LABEL,
            color: '1d76db',
            description: 'Tracks the move from the retiring Hunyuan/LKE DeepSeek APIs to TokenHub',
        });
    }
    catch (err) {
        // 422: the label exists already, which is what we want.
        if ((0,errors/* statusOf */.c2)(err) !== 422)
            throw err;
    }
}
function sameAudit(previous, input) {
    if (!previous || previous.sha !== input.sha || !previous.filesComplete)
        return false;
    const now = (0,audit_stats/* countAudit */.PO)(input.findings);
    const key = (files) => JSON.stringify(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return previous.total === now.total && key(previous.files) === key(now.files);
}
async function syncTrackingIssue(client, owner, repo, input) {
    const existing = await step('look for the tracking issue', () => findTrackingIssue(client, owner, repo, input.author));
    const rendered = renderTrackingIssue(input, readTrackingState(existing?.body));
    const left = input.findings.length;
    if (!existing) {
        if (left === 0)
            return { action: 'none' };
        await step('create the tracking issue label', () => ensureLabel(client, owner, repo));
        const { data } = await step('create the tracking issue', () => client.rest.issues.create({ owner, repo, title: rendered.title, body: rendered.body, labels: [TRACKING_LABEL] }));
        return { action: 'created', number: data.number, url: data.html_url };
    }
    const ref = { owner, repo, issue_number: existing.number };
    if (existing.state === 'closed') {
        if (left === 0)
            return { action: 'unchanged', number: existing.number, url: existing.html_url };
        await step('reopen the tracking issue', () => client.rest.issues.update({ ...ref, title: rendered.title, body: rendered.body, state: 'open' }));
        return { action: 'reopened', number: existing.number, url: existing.html_url };
    }
    if (left === 0) {
        await step('close the tracking issue', () => client.rest.issues.update({ ...ref, title: rendered.title, body: rendered.body, state: 'closed', state_reason: 'completed' }));
        return { action: 'closed', number: existing.number, url: existing.html_url };
    }
    // A re-run on the same commit with the same findings has nothing new to say.
    if (sameAudit(readTrackingState(existing.body), input))
        return { action: 'unchanged', number: existing.number, url: existing.html_url };
    await step('update the tracking issue', () => client.rest.issues.update({ ...ref, title: rendered.title, body: rendered.body }));
    return { action: 'updated', number: existing.number, url: existing.html_url };
}

;// CONCATENATED MODULE: ./src/report/tracking-issue-reporter.ts


/**
 * Keeps the tracking issue of a full scan up to date. A refusal is a warning that names the permission, returned
 * for the summary; it never fails the run.
 */
const trackingIssueReporter = {
    name: 'tracking issue',
    needsApi: true,
    async run(ctx) {
        if (ctx.mode !== 'full') {
            ctx.log.notice('tracking-issue applies to full scans (schedule, workflow_dispatch, push); skipped in diff mode.');
            return undefined;
        }
        try {
            const outcome = await syncTrackingIssue(ctx.github, ctx.repo.owner, ctx.repo.repo, {
                // The issue tracks everything left to migrate, baseline or not.
                findings: ctx.result.findings,
                sha: ctx.headSha,
                ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
                ...(ctx.commentAuthor ? { author: ctx.commentAuthor } : {}),
                links: { serverUrl: ctx.repo.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, sha: ctx.headSha },
            });
            ctx.log.info(outcome.url ? `Tracking issue #${outcome.number}: ${outcome.action} (${outcome.url}).` : 'Tracking issue: nothing to track and no issue open.');
            return outcome;
        }
        catch (err) {
            const warning = err instanceof permissions/* ApiRefused */.rb ? err.message : `Could not update the tracking issue: ${err.message}`;
            ctx.log.warning(warning);
            return { warning };
        }
    },
};


/***/ })

};
