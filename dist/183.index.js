export const id = 183;
export const ids = [183];
export const modules = {

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



/***/ })

};
