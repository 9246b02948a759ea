export const id = 89;
export const ids = [89];
export const modules = {

/***/ 2089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkKey: () => (/* binding */ checkKey)
});

// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 152 modules
var openai = __webpack_require__(3674);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
;// CONCATENATED MODULE: ./src/smoke/error-codes.ts
const ERROR_PAGE = 'https://cloud.tencent.com/document/product/1823/131595';
const TOKENHUB_ERROR_CODES = {
    '400004': { meaning: 'the model ID does not exist on TokenHub', evidence: 'third-party', date: '2026-12-02', source: `${ERROR_PAGE} (groups it with invalid parameters); its meaning from observed answers ("The model or service ID ... does not exist")` },
    '401002': { meaning: 'invalid API key', evidence: 'confirmed', date: '2026-12-02', source: ERROR_PAGE },
    '401007': { meaning: 'the model is not enabled for pay-as-you-go, or its free quota is used up', evidence: 'confirmed', date: '2026-12-02', source: `${ERROR_PAGE} (402, plan or billing limits)` },
    '401008': { meaning: 'the model is not enabled for pay-as-you-go, or its free quota is used up', evidence: 'confirmed', date: '2026-12-02', source: `${ERROR_PAGE} (402, plan or billing limits)` },
    '403002': { meaning: "the key's Accessible Range does not include this model", evidence: 'third-party', date: '2026-12-02', source: `${ERROR_PAGE} (403, permissions); the single code's meaning from third-party transcriptions` },
};
/** The code's meaning as a message says it, marked when Tencent's own page does not say it. */
function explainCode(code) {
    const fact = code ? TOKENHUB_ERROR_CODES[code] : undefined;
    if (!fact)
        return undefined;
    return fact.evidence === 'confirmed' ? fact.meaning : `${fact.meaning} (per third-party reports, ${fact.date})`;
}

;// CONCATENATED MODULE: ./src/smoke/problems.ts
/**
 * What went wrong in a smoke-test call, and what the user should do about it. TokenHub's error envelope is
 * `{"error":{"type","code","message","source","request_id",...}}` (catalog section 5). The documented `type`
 * and the observed one disagree (`authentication_error` vs `gateway_error` for 401002), so the decision rests
 * on the HTTP status and `code` only.
 */

const DNS_ERRNOS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
function answered(f) {
    const parts = [`HTTP ${f.status}`];
    const meaning = explainCode(f.code);
    if (f.code)
        parts.push(meaning ? `code ${f.code}: ${meaning}` : `code ${f.code}`);
    if (f.source)
        parts.push(`source ${f.source}`);
    return parts.join(', ');
}
function tail(f) {
    const bits = [];
    if (f.detail)
        bits.push(`TokenHub said: "${f.detail}".`);
    if (f.detailZh && f.detailZh !== f.detail)
        bits.push(`(message_zh: "${f.detailZh}".)`);
    if (f.requestId)
        bits.push(`Request ID ${f.requestId}.`);
    return bits.length ? ' ' + bits.join(' ') : '';
}
function attempts(n) {
    return n === 1 ? '1 attempt' : `${n} attempts`;
}
function classify(failure, ctx) {
    const what = ctx.phase === 'list' ? 'the model list (GET /models)' : `model ${ctx.model}`;
    switch (failure.type) {
        case 'timeout':
            return {
                kind: 'timeout',
                fatal: true,
                message: `No answer from ${ctx.host} for ${what} within ${ctx.timeoutMs / 1000}s (${attempts(ctx.attempts)}). ` +
                    'Check that the runner can reach the host (firewall, proxy settings such as HTTPS_PROXY), or raise smoke-test-timeout.',
            };
        case 'network': {
            const dns = failure.errno !== undefined && DNS_ERRNOS.has(failure.errno);
            return dns
                ? {
                    kind: 'dns',
                    fatal: true,
                    message: `Could not resolve ${ctx.host} (${failure.errno}). Check the spelling of tokenhub-base-url and that the runner ` +
                        'has DNS and outbound network access (self-hosted runners may need an allow rule).',
                }
                : {
                    kind: 'connection',
                    fatal: true,
                    message: `Could not connect to ${ctx.host} (${failure.errno ?? failure.detail}) after ${attempts(ctx.attempts)}. ` +
                        'Check the runner\'s outbound network access and proxy settings.',
                };
        }
        case 'malformed':
            return {
                kind: 'malformed',
                fatal: false,
                message: `${ctx.host} answered ${what} with a body that is not an OpenAI-compatible response (${failure.detail}). ` +
                    'Check that tokenhub-base-url is TokenHub\'s API (ending in /v1) and that no proxy rewrites the response.',
            };
        case 'http':
            return classifyHttp(failure, ctx, what);
    }
}
function classifyHttp(f, ctx, what) {
    const base = { status: f.status, ...(f.code ? { code: f.code } : {}), ...(f.requestId ? { requestId: f.requestId } : {}) };
    const s = f.status;
    if (s === 401) {
        return {
            ...base,
            kind: 'invalid-key',
            fatal: true,
            message: `TokenHub rejected the API key (${answered(f)}). The key does not exist, ` +
                `was deleted, or was created for another region than ${ctx.host}. Create a key in the TokenHub console for this ` +
                'region and store it in the repository secret.' + tail(f),
        };
    }
    if (s === 402) {
        return {
            ...base,
            kind: 'billing',
            fatal: false,
            message: `TokenHub will not bill ${what} (${answered(f)}): the free quota is used up or pay-as-you-go is not enabled for it. ` +
                'Enable pay-as-you-go for the model in the TokenHub console (TokenHub sells no prepaid token packages).' + tail(f),
        };
    }
    if (s === 403 && f.code === '403002') {
        return {
            ...base,
            kind: 'forbidden',
            fatal: false,
            message: `TokenHub refused ${what} for this key (${answered(f)}). Add the model to the key's Accessible Range in the TokenHub ` +
                'console, or create a key whose range includes it.' + tail(f),
        };
    }
    if (s === 403) {
        return {
            ...base,
            kind: 'forbidden',
            // Refused for the model list too means the key itself is refused (IP allow-list): nothing else can pass.
            fatal: ctx.phase === 'list',
            message: `TokenHub refused ${what} (${answered(f)}): the key's IP allow-list does not include this runner's address, or the ` +
                'key\'s Accessible Range leaves the model out. GitHub-hosted runners change addresses: clear the allow-list or use a ' +
                'runner with a fixed egress IP, and check the Accessible Range in the TokenHub console.' + tail(f),
        };
    }
    if (s === 429) {
        return {
            ...base,
            kind: 'rate-limited',
            fatal: true,
            message: `TokenHub kept rate-limiting ${what} (${answered(f)}) after ${attempts(ctx.attempts)}. Another job may be using the ` +
                'same key: re-run later, or raise the key\'s limits in the TokenHub console.' + tail(f),
        };
    }
    if (s >= 500) {
        return {
            ...base,
            kind: 'upstream',
            fatal: false,
            message: `TokenHub or the model's upstream failed for ${what} (${answered(f)}) on all ${attempts(ctx.attempts)}. ` +
                'This says nothing against the key; re-run later.' + tail(f),
        };
    }
    if (ctx.phase === 'list') {
        // The model list is a convenience (not documented by Tencent): without it the chat calls still decide.
        return {
            ...base,
            kind: 'no-model-list',
            fatal: false,
            message: `${ctx.host} did not list the key's models (${answered(f)}); the cross-check with the code is skipped.` + tail(f),
        };
    }
    if (s === 404 || (s === 400 && (f.code === '400004' || /model/i.test(f.detail ?? '')))) {
        return {
            ...base,
            kind: 'model-unavailable',
            fatal: false,
            message: `TokenHub does not offer ${what} to this key (${answered(f)}). Check the model ID against the TokenHub model list for ` +
                'this region, and enable the model for pay-as-you-go in the TokenHub console.' + tail(f),
        };
    }
    if (s === 400) {
        return {
            ...base,
            kind: 'bad-request',
            fatal: false,
            message: `TokenHub refused the one-token test request for ${what} (${answered(f)}). If the model ID is right, check that it ` +
                'is a chat model enabled for this key.' + tail(f),
        };
    }
    return { ...base, kind: 'http-error', fatal: false, message: `TokenHub answered ${what} with ${answered(f)}.` + tail(f) };
}

// EXTERNAL MODULE: ./src/smoke/redact.ts
var redact = __webpack_require__(576);
;// CONCATENATED MODULE: ./src/smoke/check-key.ts
/**
 * The part of the smoke test that talks to TokenHub, with the openai SDK. Loaded with a dynamic import() only
 * when a smoke test runs, so that the SDK (and zod) stay out of the action's cold start.
 *
 * Retries and timeouts are the SDK's own: `maxRetries` (it retries 408, 409, 429, 5xx and connection errors with
 * exponential back-off from 0.5s to 8s, or as long as `retry-after`/`retry-after-ms` say) and `timeout` (per
 * attempt, until the response headers). Two things are added around it, in the `fetch` the SDK is given: an
 * attempt counter, and a cap on how long a `retry-after` may make us wait. The whole call also has a deadline,
 * because the SDK's timeout does not cover reading the body.
 */




const MODEL_LIST = schemas/* object */.Ikc({
    data: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* string */.YjP().min(1), status: schemas/* string */.YjP().optional() })),
});
const CHAT_COMPLETION = schemas/* looseObject */._H3({
    choices: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    usage: schemas/* looseObject */._H3({ total_tokens: schemas/* number */.aig().optional() }).nullish(),
});
const MAX_DETAIL_CHARS = 300;
async function checkKey(opts) {
    const maxRetries = opts.maxRetries ?? 2;
    const maxRetryWaitMs = opts.maxRetryWaitMs ?? 10_000;
    let attempts = 0;
    const client = new openai/* default */.Ay({
        apiKey: opts.apiKey,
        baseURL: opts.endpoint.url,
        timeout: opts.timeoutMs,
        maxRetries,
        // Nothing read from OPENAI_* variables is sent to TokenHub, and the SDK logs nothing of its own.
        organization: null,
        project: null,
        logLevel: 'off',
        fetch: async (url, init) => {
            attempts++;
            return capRetryAfter(await fetch(url, init), maxRetryWaitMs);
        },
    });
    const secrets = [opts.apiKey];
    // Retries and back-off included, the longest a call can take; past it the call is aborted as a timeout.
    const deadlineMs = opts.timeoutMs * (maxRetries + 1) + Math.min(maxRetryWaitMs, 8_000) * maxRetries + 1_000;
    async function call(phase, model, send, schema) {
        attempts = 0;
        const started = performance.now();
        let value;
        let failure;
        try {
            const body = await send(AbortSignal.timeout(deadlineMs));
            const parsed = schema.safeParse(body);
            if (parsed.success)
                value = parsed.data;
            else
                failure = { type: 'malformed', detail: describeMalformed(body, parsed.error) };
        }
        catch (err) {
            failure = toFailure(err, secrets);
        }
        const durationMs = Math.round(performance.now() - started);
        const used = Math.max(attempts, 1);
        const problem = failure
            ? classify(failure, { phase, model, host: opts.endpoint.host, attempts: used, timeoutMs: opts.timeoutMs })
            : undefined;
        return { value, problem, durationMs, attempts: used };
    }
    const list = await call('list', undefined, (signal) => client.get('/models', { signal }), MODEL_LIST);
    const modelList = { ok: list.value !== undefined, durationMs: list.durationMs, attempts: list.attempts };
    if (list.problem)
        modelList.problem = list.problem;
    if (list.value) {
        modelList.ids = list.value.data.map((m) => m.id);
        const statuses = Object.fromEntries(list.value.data.filter((m) => m.status).map((m) => [m.id, m.status]));
        if (Object.keys(statuses).length)
            modelList.statuses = statuses;
    }
    const models = [];
    let stop = list.problem?.fatal ? list.problem : undefined;
    for (const model of opts.models) {
        if (stop) {
            models.push({ model, status: 'not-tried', note: `not tried: ${stop.kind} (see above)` });
            continue;
        }
        const chat = await call('chat', model, (signal) => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'Reply with one word: ok' }], max_tokens: 1 }, { signal }), CHAT_COMPLETION);
        const check = { model, status: chat.value ? 'enabled' : 'failed', durationMs: chat.durationMs, attempts: chat.attempts };
        const tokens = chat.value?.usage?.total_tokens;
        if (typeof tokens === 'number')
            check.totalTokens = tokens;
        if (chat.problem) {
            check.problem = chat.problem;
            if (chat.problem.fatal)
                stop = chat.problem;
        }
        models.push(check);
    }
    return { modelList, models };
}
/**
 * A `retry-after` longer than we are willing to wait turns into "do not retry" (the SDK would otherwise sleep
 * as long as the server asks, with no upper bound).
 */
function capRetryAfter(res, maxWaitMs) {
    const ms = res.headers.get('retry-after-ms');
    const s = res.headers.get('retry-after');
    let waitMs;
    if (ms && !Number.isNaN(parseFloat(ms)))
        waitMs = parseFloat(ms);
    else if (s)
        waitMs = Number.isNaN(parseFloat(s)) ? Date.parse(s) - Date.now() : parseFloat(s) * 1000;
    if (waitMs === undefined || !(waitMs > maxWaitMs))
        return res;
    const headers = new Headers(res.headers);
    headers.set('x-should-retry', 'false');
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
function toFailure(err, secrets) {
    const clean = (s) => {
        const r = (0,redact/* redact */.E)(s, secrets).replace(/\s+/g, ' ').trim();
        return r.length > MAX_DETAIL_CHARS ? r.slice(0, MAX_DETAIL_CHARS) + '…' : r;
    };
    if (err instanceof openai/* APIConnectionTimeoutError */.qA || err instanceof openai/* APIUserAbortError */.cH)
        return { type: 'timeout' };
    if (isAbort(err))
        return { type: 'timeout' };
    if (err instanceof openai/* APIConnectionError */.xX) {
        return { type: 'network', ...errnoOf(err), detail: clean(String(err.cause?.message ?? err.message)) };
    }
    if (err instanceof openai/* APIError */.LG && err.status !== undefined) {
        const body = (err.error ?? undefined);
        const str = (v) => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);
        const message = str(body?.message) ?? (typeof err.error === 'string' ? err.error : undefined);
        const code = str(body?.code);
        const requestId = str(body?.request_id) ?? err.requestID ?? undefined;
        const source = str(body?.source);
        const messageZh = str(body?.message_zh);
        return {
            type: 'http',
            status: err.status,
            ...(code ? { code: clean(code) } : {}),
            ...(message ? { detail: clean(message) } : {}),
            ...(requestId ? { requestId: clean(requestId) } : {}),
            ...(source ? { source: clean(source) } : {}),
            ...(messageZh ? { detailZh: clean(messageZh) } : {}),
        };
    }
    // A 200 whose JSON does not parse reaches us as the parser's SyntaxError.
    if (err instanceof SyntaxError)
        return { type: 'malformed', detail: `invalid JSON: ${clean(err.message)}` };
    return { type: 'network', detail: clean(err instanceof Error ? err.message : String(err)) };
}
function isAbort(err) {
    return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}
/** The system error code somewhere down the cause chain (undici wraps it in "fetch failed"). */
function errnoOf(err) {
    let cur = err;
    for (let i = 0; i < 6 && cur && typeof cur === 'object'; i++) {
        const code = cur.code;
        if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code))
            return { errno: code };
        cur = cur.cause;
    }
    return {};
}
function describeMalformed(body, error) {
    if (typeof body === 'string')
        return body.trim() === '' ? 'an empty body' : 'a body that is not JSON';
    if (body === undefined || body === null)
        return 'an empty body';
    const issue = error.issues[0];
    return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unexpected shape';
}


/***/ })

};
