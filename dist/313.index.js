export const id = 313;
export const ids = [313,183,90];
export const modules = {

/***/ 5313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReportMode: () => (/* binding */ runReportMode)
});

// UNUSED EXPORTS: ReportModeError

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(8183);
// EXTERNAL MODULE: ./src/github/diff-files.ts
var diff_files = __webpack_require__(5090);
// EXTERNAL MODULE: ./src/triage/triage.ts
var triage = __webpack_require__(5586);
// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(301);
// EXTERNAL MODULE: ./src/report/report-run.ts + 3 modules
var report_run = __webpack_require__(1919);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/catalog/docs-url.ts + 1 modules
var docs_url = __webpack_require__(4658);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __webpack_require__(4625);
;// CONCATENATED MODULE: ./src/report/fork/check-artifact.ts




/**
 * Holds every finding of a fork's artifact against what GitHub itself says about the pull request: the commit must
 * be the one the workflow_run event names (and the PR's head), each finding must sit on a line the PR adds and quote
 * that line's text exactly, its rule must be one of ours, and its message, replacement and link must be what that
 * rule says for that text. One finding that fails any check refuses the whole artifact: a report that lies once is
 * not believed elsewhere. Nothing of the artifact's own text reaches a comment unless it equals what we would write.
 */
const MAX_ARTIFACT_FINDINGS = 5_000;
const check_artifact_catalog = (0,compile/* compileCatalog */.Lx)(catalog/* RULES */.y0);
const compiledById = new Map(check_artifact_catalog.rules.map((c) => [c.rule.id, c]));
const MAX_MATCH_CHARS = 200;
function checkArtifact(report, pull) {
    const { pullRequest } = report.run;
    if (pullRequest.number !== pull.number)
        return { refused: `the report is about pull request #${pullRequest.number}, not #${pull.number}` };
    if (pullRequest.headSha !== pull.runHeadSha || report.run.sha !== pull.runHeadSha) {
        return { refused: `the report is about commit ${pullRequest.headSha.slice(0, 7)}, but the pull_request run was on ${pull.runHeadSha.slice(0, 7)}` };
    }
    if (pull.headSha !== pull.runHeadSha)
        return { refused: `the pull request has moved on to ${pull.headSha.slice(0, 7)} since the run; the next run reports on it` };
    if (report.findings.length > MAX_ARTIFACT_FINDINGS)
        return { refused: `the report has ${report.findings.length} findings, over the cap of ${MAX_ARTIFACT_FINDINGS}` };
    const findings = [];
    for (const [i, f] of report.findings.entries()) {
        const where = `finding ${i + 1} (${JSON.stringify(f.path.slice(0, 100))}:${f.line})`;
        const compiled = compiledById.get(f.ruleId);
        if (!compiled)
            return { refused: `${where}: rule ${JSON.stringify(f.ruleId.slice(0, 60))} is not one of this tool's rules` };
        const { rule } = compiled;
        if (f.category !== rule.category)
            return { refused: `${where}: category ${f.category} is not the rule's (${rule.category})` };
        const text = pull.lines.get(f.path)?.get(f.line);
        if (text === undefined)
            return { refused: `${where}: not on a line this pull request adds` };
        if (f.endLine !== f.line || f.endColumn <= f.column)
            return { refused: `${where}: the position is not a span of one line` };
        const quoted = text.slice(f.column - 1, f.endColumn - 1);
        const shown = quoted.length > MAX_MATCH_CHARS ? quoted.slice(0, MAX_MATCH_CHARS) + '…' : quoted;
        if (f.match !== shown || !matchesAt(compiled.re, text, f.column - 1, f.endColumn - 1))
            return { refused: `${where}: the matched text is not what the line says there` };
        const replacement = (0,match_text/* replacementFor */.aP)(compiled, quoted);
        if (f.replacement !== replacement)
            return { refused: `${where}: the replacement is not the rule's` };
        // The scan may say where the file's context came from (its structured `context`), and that a TokenHub client still
        // sends the field: rebuild the message with those parts as claimed and require the very same text, so nothing
        // else can ride along.
        const via = f.context;
        const ruleMessages = [false, true].map((onTokenHub) => (0,match_text/* composeMessage */.SB)(rule, quoted, replacement, via, onTokenHub));
        if (!ruleMessages.includes(f.message))
            return { refused: `${where}: the message is not the rule's` };
        const docsUrl = (0,docs_url/* docsUrlOf */.M)(rule);
        if (f.docsUrl !== docsUrl)
            return { refused: `${where}: the link is not the rule's page` };
        const finding = { ruleId: rule.id, category: rule.category, severity: f.severity, path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message, match: f.match };
        if (replacement !== undefined)
            finding.replacement = replacement;
        if (docsUrl)
            finding.docsUrl = docsUrl;
        if (via)
            finding.context = { scope: via.scope, path: via.path, evidence: via.evidence };
        findings.push(finding);
    }
    return { findings };
}
/** The rule's pattern matches the line exactly there (on the line alone: a finding of ours never spans lines). */
function matchesAt(re, text, start, end) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
        if (m.index === start && m[0].length === end - start)
            return true;
        if (m.index > start)
            break;
    }
    return false;
}

// EXTERNAL MODULE: ./node_modules/parse-diff/index.js
var parse_diff = __webpack_require__(2673);
var parse_diff_default = /*#__PURE__*/__webpack_require__.n(parse_diff);
;// CONCATENATED MODULE: ./src/report/fork/pull-lines.ts

function pullLinesOf(entries) {
    const out = new Map();
    for (const e of entries) {
        if (e.status === 'removed' || e.patch === undefined)
            continue;
        const lines = new Map();
        for (const chunk of parse_diff_default()(e.patch).flatMap((f) => f.chunks)) {
            for (const change of chunk.changes) {
                // parse-diff repeats the previous change for a "\ No newline at end of file" marker.
                if (change.type === 'add' && !change.content.startsWith('\\'))
                    lines.set(change.ln, change.content.slice(1));
            }
        }
        out.set(e.filename, lines);
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/board/report-schema.ts
var report_schema = __webpack_require__(6025);
;// CONCATENATED MODULE: ./src/report/fork/read-artifact.ts


/**
 * The report a fork's pull_request run uploaded, read by the trusted workflow_run half: never more than the cap,
 * never through a link, and checked against the report schema before anything in it is looked at. Everything in it
 * is the fork's to write; the caller still checks each finding against the pull request itself.
 */
const MAX_ARTIFACT_BYTES = 10 * 1024 * 1024;
function readArtifact(file, cap = MAX_ARTIFACT_BYTES) {
    let text;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (err) {
        const code = err.code;
        return { refused: code === 'ELOOP' ? 'the report file is a symbolic link' : `the report file cannot be opened (${code ?? 'error'})` };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return { refused: 'the report file is not a regular file' };
        if (stat.size > cap)
            return { refused: `the report file is ${stat.size} bytes, over the ${cap}-byte cap` };
        const buf = Buffer.allocUnsafe(stat.size + 1);
        let used = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, used, buf.length - used, used);
            if (n === 0)
                break;
            used += n;
            if (used > cap || used === buf.length)
                return { refused: 'the report file grew while it was read' };
        }
        text = buf.toString('utf8', 0, used);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { refused: 'the report file is not JSON' };
    }
    const parsed = report_schema/* ReportSchema */.M9.safeParse(json);
    if (!parsed.success)
        return { refused: `the report does not match the report schema (${(0,report_schema/* describeIssues */.wF)(parsed.error)})` };
    const run = parsed.data.run;
    if (!run?.pullRequest || run.event !== 'pull_request' || run.mode !== 'diff') {
        return { refused: "the report is not from a pull_request run in diff mode (no run.pullRequest): set json-file in the pull_request workflow's action step" };
    }
    return { report: parsed.data };
}

;// CONCATENATED MODULE: ./src/report/fork/report-artifact.ts








async function reportArtifact(req) {
    const artifact = readArtifact(req.file);
    if ('refused' in artifact)
        return artifact;
    const number = artifact.report.run.pullRequest.number;
    const repo = { owner: req.repo.owner, repo: req.repo.repo };
    let pull;
    let files;
    try {
        pull = (await req.client.rest.pulls.get({ ...repo, pull_number: number })).data;
        files = await (0,diff_files.listPullFiles)(req.client, repo, number);
    }
    catch (err) {
        return { refused: `pull request #${number} could not be read from this repository (${(0,client.describeApiError)(err)})` };
    }
    const lines = pullLinesOf(files);
    const checked = checkArtifact(artifact.report, { runHeadSha: req.runHeadSha, number, headSha: pull.head.sha, lines });
    if ('refused' in checked)
        return checked;
    const addedLines = new Map([...lines].map(([p, l]) => [p, [...l.keys()].sort((a, b) => a - b)]));
    const outcome = (0,triage/* triage */.N)({ findings: checked.findings, failOn: req.failOn, diff: { addedLines, scope: 'added-lines' } });
    const report = (0,context/* reportInput */.B)({
        repo: req.repo,
        headSha: pull.head.sha,
        pullNumber: number,
        mode: 'diff',
        result: { root: req.workspace, findings: checked.findings, skipped: [], stats: { files: files.length, bytes: 0, durationMs: 0 } },
        outcome,
        diff: { source: 'rest-pull-files', baseSha: pull.base.sha, notes: [], changedFiles: files.length, scannedFiles: files.length, scope: 'added-lines', addedLines },
        github: req.client,
        readLine: async (p, l) => lines.get(p)?.get(l),
        log: req.log,
        fixRegion: req.fixRegion,
        ...(req.runUrl ? { runUrl: req.runUrl } : {}),
    });
    req.log.info(`Report artifact for pull request #${number} at ${pull.head.sha.slice(0, 7)}: ${checked.findings.length} finding(s), each on a line the pull request adds.`);
    await (0,report_run/* runReporters */.U)(report, { ...req.reporters, annotations: false, trackingIssue: false });
    return { report, number };
}

// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
;// CONCATENATED MODULE: ./src/action/report-mode.ts









/**
 * `mode: report`, the second half of the fork pattern: a `workflow_run` run (write token, secrets, and never a
 * checkout of the pull request's code) that posts the report artifact the fork's `pull_request` run uploaded, once
 * src/report/fork/ has held it against the pull request. Loaded only in this mode.
 */
class ReportModeError extends errors/* UserError */.yo {
}
/** The triggering run's commit, from the event payload GitHub wrote (the one thing here the fork cannot touch). */
function workflowRunHead(env) {
    if (env.GITHUB_EVENT_NAME !== 'workflow_run')
        throw new ReportModeError(`mode 'report' runs on workflow_run events (after the pull_request workflow that uploaded the report); this run is '${env.GITHUB_EVENT_NAME ?? 'unknown'}'.`);
    let payload = {};
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        throw new ReportModeError('could not read the workflow_run event payload');
    }
    const run = payload.workflow_run;
    if (run?.event !== 'pull_request')
        throw new ReportModeError(`the triggering run was a '${String(run?.event)}' run; mode 'report' reports on pull_request runs only.`);
    if (typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(run.head_sha))
        throw new ReportModeError('the workflow_run event names no head commit');
    return run.head_sha;
}
async function writeSummary(markdown) {
    await core.summary
        .addRaw(markdown)
        .write()
        .catch((err) => core.warning(`job summary failed: ${err.message}`));
}
async function runReportMode(inputs, event, reportFile, env = process.env) {
    if (!reportFile)
        throw new ReportModeError("mode 'report' needs report-file: the path of the downloaded report artifact (the JSON file the pull_request run wrote).");
    if (!inputs.githubToken)
        throw new ReportModeError("mode 'report' needs github-token, with checks and pull-requests write permissions.");
    const runHeadSha = workflowRunHead(env);
    const posted = await reportArtifact({
        client: (0,client.createGitHubClient)({ token: inputs.githubToken, baseUrl: event.apiUrl, log: { debug: core.debug, info: core.info, warn: core.warning } }),
        repo: { owner: event.owner, repo: event.repo, serverUrl: event.serverUrl },
        file: external_node_path_default().resolve(event.workspace, reportFile),
        runHeadSha,
        workspace: event.workspace,
        failOn: inputs.failOn ?? 'error',
        fixRegion: inputs.fixRegion,
        ...(event.runId ? { runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${event.runId}` } : {}),
        reporters: { checkRun: inputs.checkRun, reviewComments: inputs.reviewComments, comment: inputs.comment },
        log: core,
    });
    if ('refused' in posted) {
        core.warning(`Refused the report artifact: ${posted.refused}. Nothing was posted.`);
        await writeSummary(`## TokenHub migration check\n\n⚠️ The report artifact was refused: ${(0,markdown/* escapeText */.X1)(posted.refused)}. Nothing was posted to the pull request.\n`);
        return;
    }
    const { report, number } = posted;
    (0,outputs/* setOutputs */.n0)(report);
    await writeSummary((0,job_summary/* pullSummaryMarkdown */.nq)(report, ''));
    if (report.failed)
        core.setFailed(`${report.findings.length} finding(s) on lines pull request #${number} adds still use the retiring Hunyuan/LKE DeepSeek APIs; see the review comments and the check run.`);
}


/***/ }),

/***/ 8183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ApiTimeoutError: () => (/* binding */ ApiTimeoutError),
  DEFAULT_TIMEOUT_MS: () => (/* binding */ DEFAULT_TIMEOUT_MS),
  createGitHubClient: () => (/* binding */ createGitHubClient),
  describeApiError: () => (/* reexport */ errors/* describeApiError */.gg),
  isPermissionDenied: () => (/* reexport */ errors/* isPermissionDenied */.T1),
  statusOf: () => (/* reexport */ errors/* statusOf */.c2)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/json-answers.ts
/**
 * GitHub's REST answers are JSON. octokit hands back the raw text when a body does not parse (a proxy cut it short,
 * an HTML error page with status 200), and its paginate reads an empty body as an empty list: a list of comments
 * that arrives cut off would then look like "no comment of ours yet", and the action would post a duplicate. This
 * plugin makes such an answer to a read a failure instead, with a status that the retry plugin retries (reads are
 * safe to repeat); after the retries the channel that asked reports it. Writes are left as they are: repeating a
 * write whose answer was lost could make it twice.
 */
/** Thrown for a read whose body is not JSON. Shaped like octokit's RequestError so that plugin-retry retries it. */
class UnreadableAnswerError extends Error {
    request;
    name = 'UnreadableAnswerError';
    status = 502;
    constructor(message, request) {
        super(message);
        this.request = request;
    }
}
/** The plugin; register it before plugin-retry, so that each attempt is checked. */
function jsonAnswersPlugin(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        const response = (await request(options));
        if (options.method !== 'GET' || response.status === 204 || response.status === 304)
            return response;
        const data = response.data;
        if (data === null || typeof data !== 'object') {
            const size = typeof data === 'string' ? `${data.length} characters` : 'no body';
            const where = new URL(response.url ?? options.url, 'http://github.invalid').pathname;
            throw new UnreadableAnswerError(`GitHub's answer to GET ${where} is not JSON (${size}; cut off on the way?)`, options);
        }
        return response;
    });
}

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/client.ts




const DEFAULT_TIMEOUT_MS = 30_000;
/** A request attempt that took longer than the timeout. Shaped like octokit's RequestError, so plugin-retry retries it. */
class ApiTimeoutError extends Error {
    request;
    status = 504;
    constructor(message, request) {
        super(message);
        this.request = request;
        this.name = 'ApiTimeoutError';
    }
}
/** A caller's own abort signal per request, kept apart from the per-attempt deadlines this plugin adds. */
const callerSignals = new WeakMap();
const deadlines = new WeakSet();
/** Registered before the retry plugin, so each attempt (not the whole retry sequence) gets its own deadline. */
function timeoutPlugin(timeoutMs) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const deadline = AbortSignal.timeout(timeoutMs);
            const current = options.request?.signal;
            const outer = current && !deadlines.has(current) ? current : callerSignals.get(options);
            if (outer)
                callerSignals.set(options, outer);
            const signal = outer ? AbortSignal.any([outer, deadline]) : deadline;
            // Hooks inside this one (octokit's auth) read the options object they were bound to, not an argument: set the
            // signal on that object. The retry plugin calls this hook again with the same object for each attempt.
            deadlines.add(signal);
            options.request = { ...options.request, signal };
            try {
                return await request(options);
            }
            catch (err) {
                if (deadline.aborted && !outer?.aborted) {
                    throw new ApiTimeoutError(`${options.method} ${options.url} timed out after ${Math.round(timeoutMs / 1000)} s`, options);
                }
                throw err;
            }
        });
    };
}
function createGitHubClient(opts) {
    const { log } = opts;
    const maxWait = opts.maxRateLimitWaitSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const retrying = retryCount < 2 && retryAfter <= maxWait;
        log.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}; ` +
            (retrying ? `retrying in ${retryAfter} s.` : `not retrying (asked to wait ${retryAfter} s, attempt ${retryCount + 1}).`));
        return retrying;
    };
    return (0,github/* getOctokit */.Q)(opts.token, {
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
        log: { debug: (m) => log.debug(m), info: (m) => log.debug(m), warn: (m) => log.warn(m), error: (m) => log.warn(m) },
        // 429 is left to the throttling plugin, which waits as long as `retry-after` says.
        retry: { retries: opts.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, timeoutPlugin(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS), jsonAnswersPlugin, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}



/***/ }),

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCompareFiles: () => (/* binding */ listCompareFiles),
/* harmony export */   listPullFiles: () => (/* binding */ listPullFiles),
/* harmony export */   restDiffSource: () => (/* binding */ restDiffSource)
/* harmony export */ });
/* harmony import */ var _target_rest_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5515);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3892);


/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, every page (GitHub stops at 3,000 files). */
async function listPullFiles(client, repo, pullNumber) {
    const files = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)(client.paginate.iterator(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 }), 'the pull request\'s files');
    return files.slice(0, _target_rest_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .REST_PULL_FILES_CAP */ .od);
}
/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: files of a merge-group entry (GitHub lists at most 300). */
async function listCompareFiles(client, repo, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 100 });
    return { files: (data.files ?? []).slice(0, _target_rest_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .REST_COMPARE_FILES_CAP */ .wN), mergeBase: data.merge_base_commit.sha };
}
/** The REST file lists as the target's fallback source. */
function restDiffSource(client, repo) {
    return {
        pullFiles: (pullNumber) => listPullFiles(client, repo, pullNumber),
        compareFiles: (base, head) => listCompareFiles(client, repo, base, head),
    };
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


/***/ })

};
