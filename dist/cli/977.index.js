export const id = 977;
export const ids = [977];
export const modules = {

/***/ 3977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOrgReposCommand: () => (/* binding */ runOrgReposCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/org/audit-outputs.ts
/** What `org-repos` tells about the repositories it selected (repos-to-audit.ts), as a person and a workflow read it. */
/** One line for the log: how many repositories, in how many matrices. */
function selectionLine({ repos, chunks }) {
    const matrices = chunks.filter((c) => c.length).length;
    return `${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'} to audit, in ${matrices} matri${matrices === 1 ? 'x' : 'ces'}.`;
}
/** The selection as JSON, for stdout. */
function selectionJson({ repos, chunks }) {
    return JSON.stringify({ count: repos.length, repositories: repos, chunks }) + '\n';
}
/**
 * The step outputs `count`, `repositories` and `chunk-1`…`chunk-N`, as lines for $GITHUB_OUTPUT. Each value is JSON,
 * which escapes line breaks: one line each, so the plain `name=value` form is safe.
 */
function selectionOutputs({ repos, chunks }) {
    const lines = [`count=${repos.length}`, `repositories=${JSON.stringify(repos)}`, ...chunks.map((c, i) => `chunk-${i + 1}=${JSON.stringify(c)}`)];
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var github_client = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/github/pages.ts
var pages = __webpack_require__(3892);
;// CONCATENATED MODULE: ./src/github/list-repos.ts


/** Organisations with 100,000 repositories exist; more pages than that is a list that does not end. */
const MAX_REPO_PAGES = 1_000;
class ListReposError extends Error {
}
async function listRepos(client, org) {
    try {
        if (org) {
            const repos = await (0,pages/* listAll */._w)(client.paginate.iterator(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 }), `the repositories of ${org}`, MAX_REPO_PAGES);
            return repos.map((r) => ({ full_name: r.full_name, archived: r.archived ?? false, disabled: r.disabled ?? false }));
        }
        const repos = await (0,pages/* listAll */._w)(client.paginate.iterator(client.rest.apps.listReposAccessibleToInstallation, { per_page: 100 }), 'the repositories of the token', MAX_REPO_PAGES);
        return repos.map((r) => ({ full_name: r.full_name, archived: r.archived, disabled: r.disabled }));
    }
    catch (err) {
        const hint = (0,github_client/* statusOf */.c2)(err) === 404 ? ' (is the organisation name right, and can the token see it?)' : '';
        throw new ListReposError(`Could not list the repositories${org ? ` of ${org}` : ' of the token'}: ${(0,github_client/* describeApiError */.gg)(err)}${hint}`);
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/org/select-repos.ts
var select_repos = __webpack_require__(500);
;// CONCATENATED MODULE: ./src/org/repos-to-audit.ts




/**
 * The repositories an organisation audit covers, and their matrices: those given (no API call), or every repository
 * of the organisation (or of the token's app installation) the token can read, filtered by include/exclude globs.
 */
/** The selection cannot be made (a bad item, no token to list with, a listing refused, too many repositories): a usage error. */
class AuditSelectionError extends errors/* UsageError */.eb {
}
/** Items of a multi-line workflow input: commas and newlines split, blanks and `#` comments dropped. */
function items(values) {
    const list = values === undefined ? [] : typeof values === 'string' ? [values] : values;
    return list
        .flatMap((v) => v.split(/[\n,]/))
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
async function reposToAudit(req) {
    if (req.org !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(req.org))
        throw new AuditSelectionError(`--org must be an organisation name (got '${req.org}')`);
    const given = items(req.repositories);
    const filters = { include: items(req.include), exclude: items(req.exclude) };
    let repos;
    try {
        if (given.length) {
            repos = (0,select_repos/* selectRepos */.i9)((0,select_repos/* parseRepoList */.O8)(given, req.org).map((full_name) => ({ full_name })), filters);
        }
        else {
            if (!req.token)
                throw new AuditSelectionError('listing repositories needs a token in $GITHUB_TOKEN (or give --repositories)');
            const client = (0,github_client/* createGitHubClient */.LX)({ token: req.token, baseUrl: req.apiUrl, log: { debug: () => { }, info: () => { }, warn: req.warn } });
            repos = (0,select_repos/* selectRepos */.i9)(await listRepos(client, req.org), filters);
        }
    }
    catch (err) {
        if (err instanceof select_repos/* RepoSelectionError */.r$ || err instanceof ListReposError)
            throw new AuditSelectionError(err.message);
        throw err;
    }
    try {
        return { repos, chunks: (0,select_repos/* chunkRepos */.hP)(repos) };
    }
    catch (err) {
        throw new AuditSelectionError(err.message);
    }
}

// EXTERNAL MODULE: ./src/github/command-environment.ts
var command_environment = __webpack_require__(9486);
;// CONCATENATED MODULE: ./src/cli/org-repos-command.ts





async function runOrgReposCommand(values, io) {
    const { token, apiUrl } = (0,command_environment/* commandEnvironment */.J)(io.env);
    const selected = await reposToAudit({
        org: values.org?.trim() || undefined,
        repositories: values.repositories,
        include: values.include,
        exclude: values.exclude,
        token,
        apiUrl,
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
    });
    io.stderr.write(selectionLine(selected) + '\n');
    io.stdout.write(selectionJson(selected));
    if (io.env.GITHUB_OUTPUT)
        await (0,promises_.appendFile)(io.env.GITHUB_OUTPUT, selectionOutputs(selected));
    return errors/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient),
  gg: () => (/* reexport */ describeApiError),
  T1: () => (/* reexport */ isPermissionDenied),
  c2: () => (/* reexport */ statusOf)
});

// UNUSED EXPORTS: ApiTimeoutError, DEFAULT_TIMEOUT_MS

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

;// CONCATENATED MODULE: ./src/github/errors.ts
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

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ commandEnvironment)
/* harmony export */ });
function commandEnvironment(env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    return {
        token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
        serverUrl,
        ...(env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? { runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
}


/***/ }),

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   c: () => (/* binding */ boundedPages)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_PAGES, PaginationError */
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
