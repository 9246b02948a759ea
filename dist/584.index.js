export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApiTimeoutError: () => (/* binding */ ApiTimeoutError),
/* harmony export */   DEFAULT_TIMEOUT_MS: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   describeApiError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.gg),
/* harmony export */   isPermissionDenied: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.T1),
/* harmony export */   statusOf: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.c2)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);



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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
        log: { debug: (m) => log.debug(m), info: (m) => log.debug(m), warn: (m) => log.warn(m), error: (m) => log.warn(m) },
        // 429 is left to the throttling plugin, which waits as long as `retry-after` says.
        retry: { retries: opts.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, timeoutPlugin(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}



/***/ })

};
