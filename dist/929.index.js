export const id = 929;
export const ids = [929];
export const modules = {

/***/ 5929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BaseUrlError: () => (/* reexport */ BaseUrlError),
  ModelListError: () => (/* reexport */ ModelListError),
  apiKeyProblem: () => (/* reexport */ apiKeyProblem),
  findModelReferences: () => (/* reexport */ findModelReferences),
  parseTokenHubBaseUrl: () => (/* reexport */ parseTokenHubBaseUrl),
  runSmokeTest: () => (/* binding */ runSmokeTest),
  validateModelIds: () => (/* reexport */ validateModelIds)
});

// UNUSED EXPORTS: DEFAULT_SMOKE_TIMEOUT_MS, MAX_SMOKE_TEST_MODELS, MIN_KEY_CHARS, modelReferencesInText, redact, selectModels, withoutLegacy

;// CONCATENATED MODULE: ./src/smoke/cross-check.ts
/**
 * A model the code names that the key's model list does not contain becomes a finding on the line that names it,
 * unless a test call to it succeeded (then the list was incomplete, and the call is the better evidence).
 * Without a model list there is nothing to compare against, so no findings.
 */
function crossCheck(references, report) {
    const ids = report.modelList.ids;
    if (!report.modelList.ok || !ids)
        return [];
    const listed = new Set(ids);
    const byModel = new Map(report.models.map((m) => [m.model, m]));
    const out = [];
    for (const ref of references) {
        const model = ref.match;
        if (listed.has(model))
            continue;
        const check = byModel.get(model);
        if (check?.status === 'enabled')
            continue;
        const p = check?.problem;
        const evidence = p
            ? `Its test call failed too (${[p.status ? `HTTP ${p.status}` : undefined, p.code ? `code ${p.code}` : undefined, p.kind].filter(Boolean).join(', ')}; see the smoke test results).`
            : `(The key's model list at ${report.endpoint.host} has ${ids.length} models, not this one.)`;
        out.push({ ...ref, message: `${ref.message} ${evidence}` });
    }
    return out;
}

// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/smoke/select-models.ts


/** At most this many chat completions per run: each costs a round trip (and a token), and the job waits. */
const MAX_SMOKE_TEST_MODELS = 5;
/** A model ID as the user may type it: letters, digits and `._:/-`, starting with a letter or digit. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
class ModelListError extends errors/* UserError */.yo {
}
function validateModelIds(ids, inputName) {
    const bad = ids.filter((id) => !MODEL_ID.test(id));
    if (bad.length) {
        throw new ModelListError(`${inputName}: not a model ID: ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(', ')}`);
    }
    return [...new Set(ids)];
}
/**
 * The models to test: those configured, else the TokenHub models the code names (most referenced first),
 * else TokenHub's guide model.
 */
function selectModels(configured, references, max = MAX_SMOKE_TEST_MODELS) {
    let source;
    let wanted;
    if (configured.length) {
        source = 'input';
        wanted = [...new Set(configured)];
    }
    else if (references.length) {
        source = 'code';
        const counts = new Map();
        for (const r of references)
            counts.set(r.match, (counts.get(r.match) ?? 0) + 1);
        // Map keeps first-seen order, and sort is stable: ties stay in the order the code names them.
        wanted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    }
    else {
        source = 'default';
        wanted = [catalog/* DEFAULT_SMOKE_TEST_MODEL */.jo];
    }
    const kind = new Map(catalog/* TOKENHUB_MODELS */.YN.map((m) => [m.id, m.kind]));
    const chatWanted = wanted.filter((id) => (kind.get(id) ?? 'chat') === 'chat');
    return {
        source,
        chat: chatWanted.slice(0, max),
        listOnly: wanted.filter((id) => (kind.get(id) ?? 'chat') !== 'chat'),
        overLimit: chatWanted.slice(max),
    };
}

// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __webpack_require__(4625);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __webpack_require__(9824);
;// CONCATENATED MODULE: ./src/smoke/base-url.ts





/** A base URL the key must not be sent to. The message names the host only, never the whole URL. */
class BaseUrlError extends errors/* UserError */.yo {
}
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WHERE_TO = `Use ${catalog/* TOKENHUB_BASE_URL_INTL */["do"]} (international) or ${catalog/* TOKENHUB_BASE_URL_MAINLAND */.uj} (mainland); ` +
    `accepted TokenHub hosts: ${catalog/* TOKENHUB_HOSTS */.Ny.map((h) => h.host).join(', ')}.`;
/**
 * Checks a base URL before any request is made, so that a TokenHub key never reaches a legacy Hunyuan or LKE
 * host, a typo, or a third party. Empty means the international endpoint.
 */
function parseTokenHubBaseUrl(raw) {
    const input = raw.trim() || catalog/* TOKENHUB_BASE_URL_INTL */["do"];
    let url;
    try {
        url = new URL(input);
    }
    catch {
        throw new BaseUrlError(`tokenhub-base-url is not a URL. ${WHERE_TO}`);
    }
    const host = url.hostname.toLowerCase();
    if (url.username || url.password) {
        throw new BaseUrlError(`tokenhub-base-url must not carry credentials (host ${host}); the key goes in tokenhub-api-key.`);
    }
    if (url.search || url.hash) {
        throw new BaseUrlError(`tokenhub-base-url must not have a query or fragment (host ${host}).`);
    }
    const path = url.pathname.replace(/\/+$/, '');
    if (LOOPBACK_HOSTS.has(host)) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new BaseUrlError(`tokenhub-base-url must use http or https (host ${host}).`);
        return { url: `${url.protocol}//${url.host}${path}`, host, kind: 'loopback' };
    }
    const known = catalog/* TOKENHUB_HOSTS */.Ny.find((h) => h.host === host);
    if (!known)
        throw new BaseUrlError(notTokenHub(input, host));
    if (url.protocol !== 'https:')
        throw new BaseUrlError(`tokenhub-base-url must use https for ${host}.`);
    if (url.port)
        throw new BaseUrlError(`tokenhub-base-url must not name a port for ${host}.`);
    if (path !== '' && path !== '/v1') {
        throw new BaseUrlError(`tokenhub-base-url path must be /v1 for ${host} (got ${path}): TokenHub's OpenAI-compatible API lives there.`);
    }
    return { url: `https://${host}/v1`, host, kind: 'tokenhub', region: known.region };
}
function notTokenHub(input, host) {
    // The catalog's endpoint rules say whether this is one of the retiring platforms, and which.
    const legacy = (0,finding/* notIgnored */.mI)((0,match_text/* matchText */.H1)(input, 'tokenhub-base-url', (0,compile/* compileCatalog */.Lx)(catalog/* RULES */.y0))).find((f) => f.category === 'legacy-endpoint');
    if (legacy) {
        const rule = catalog/* RULES */.y0.find((r) => r.id === legacy.ruleId);
        return `tokenhub-base-url points at ${host}, a legacy endpoint (${rule?.title ?? legacy.ruleId}); a TokenHub key is never sent there. ${WHERE_TO}`;
    }
    return `tokenhub-base-url points at ${host}, which is not a TokenHub endpoint; the key is not sent there. ${WHERE_TO}`;
}

// EXTERNAL MODULE: ./src/scan/scanner.ts + 2 modules
var scanner = __webpack_require__(9885);
;// CONCATENATED MODULE: ./src/smoke/model-references.ts





let compiled;
function referenceCatalog() {
    compiled ??= (0,compile/* compileCatalog */.Lx)(catalog/* RULES */.y0, { only: [catalog/* TOKENHUB_MODEL_NOT_ENABLED */.fG] });
    return compiled;
}
/** The TokenHub model references in one file's text. Pure. */
function modelReferencesInText(text, path) {
    return notIgnored(matchText(text, path, referenceCatalog()));
}
/**
 * The references in a tree. A reference that a scan finding already calls legacy (a DeepSeek ID sent to the
 * LKE API) is not a TokenHub reference: it is about to change, so it is neither tested nor cross-checked.
 */
async function findModelReferences(scope, legacyFindings = []) {
    const result = await (0,scanner/* scan */.SQ)({ ...scope, catalog: referenceCatalog() });
    return withoutLegacy((0,finding/* notIgnored */.mI)(result.findings), legacyFindings);
}
function withoutLegacy(references, legacyFindings) {
    const legacy = legacyFindings.filter((f) => f.category === 'legacy-model');
    if (legacy.length === 0)
        return [...references];
    return references.filter((r) => !legacy.some((l) => l.path === r.path && overlaps(l, r)));
}
function overlaps(a, b) {
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 < c2);
    return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}

;// CONCATENATED MODULE: ./src/smoke/api-key.ts
/**
 * What a TokenHub API key must look like before it is sent anywhere. A pasted secret with a line break makes the
 * HTTP library refuse the header, which used to surface as "could not connect"; a value of a few characters (a
 * placeholder, a truncated paste) is no key, and a server that echoes it back would put it in the log, where a
 * value that short cannot be masked. Neither check ever quotes the value.
 */
/**
 * TokenHub's console shows a key as its first 5 and last 4 characters around `***`, and its API reference's example
 * key is `sk-` plus 32 characters; 16 is well below any real key and well above any word the log could contain.
 */
const MIN_KEY_CHARS = 16;
/** Why `key` cannot be a TokenHub API key, or undefined when it may be one. Never includes the key. */
function apiKeyProblem(key) {
    if (/[\r\n]/.test(key)) {
        return 'the TokenHub API key contains a line break. Store only the key, on one line, in the secret (a copied key often carries a trailing newline or a second line)';
    }
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
    if (/[\s\u0000-\u001f\u007f]/.test(key)) {
        return 'the TokenHub API key contains a space or a control character. Store only the key in the secret, without quotes or spaces';
    }
    if (key.length < MIN_KEY_CHARS) {
        return `the TokenHub API key is ${key.length} characters long, shorter than any real key (TokenHub keys are sk- followed by dozens of characters). Check that the secret holds the whole key, not a placeholder`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/smoke/index.ts







const DEFAULT_SMOKE_TIMEOUT_MS = 30_000;
async function runSmokeTest(req) {
    const selection = selectModels(req.models, req.references, req.maxModels);
    const { checkKey } = await Promise.all(/* import() */[__webpack_require__.e(674), __webpack_require__.e(89)]).then(__webpack_require__.bind(__webpack_require__, 2089));
    const raw = await checkKey({
        apiKey: req.apiKey,
        endpoint: req.endpoint,
        models: selection.chat,
        timeoutMs: req.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS,
        ...(req.maxRetries !== undefined ? { maxRetries: req.maxRetries } : {}),
    });
    const { modelList } = raw;
    const listed = modelList.ok && modelList.ids ? new Set(modelList.ids) : undefined;
    const withListing = (m) => {
        if (!listed)
            return m;
        const status = modelList.statuses?.[m.model];
        const out = { ...m, listed: listed.has(m.model) };
        if (status)
            out.listStatus = status;
        if (status === 'pre-offline')
            out.note = [m.note, 'TokenHub marks it pre-offline: it is about to be retired'].filter(Boolean).join('; ');
        return out;
    };
    const models = raw.models.map(withListing);
    for (const model of selection.listOnly) {
        if (!listed) {
            models.push({ model, status: 'not-tried', note: 'not a chat model, and the key\'s model list could not be read' });
        }
        else if (listed.has(model)) {
            models.push(withListing({ model, status: 'listed', note: 'not a chat model: found in the key\'s model list, not called' }));
        }
        else {
            models.push({
                model,
                status: 'failed',
                listed: false,
                problem: {
                    kind: 'model-unavailable',
                    fatal: false,
                    message: `${model} is not in the key's model list: enable it in the TokenHub console, or check the key's Accessible Range.`,
                },
            });
        }
    }
    for (const model of selection.overLimit) {
        models.push(withListing({ model, status: 'not-tried', note: `over the limit of ${selection.chat.length} models per run; name the ones to test in smoke-test-models` }));
    }
    const failed = Boolean(modelList.problem?.fatal) || models.some((m) => m.status === 'failed');
    const report = { outcome: failed ? 'failed' : 'passed', endpoint: req.endpoint, modelList, models, modelSource: selection.source };
    return { report, findings: crossCheck(req.references, report), selection };
}


/***/ })

};
