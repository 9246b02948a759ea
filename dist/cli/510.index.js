export const id = 510;
export const ids = [510];
export const modules = {

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmokeTestCommand: () => (/* binding */ runSmokeTestCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/smoke/index.ts + 1 modules
var smoke = __webpack_require__(3958);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./src/smoke/base-url.ts
var base_url = __webpack_require__(9932);
// EXTERNAL MODULE: ./src/smoke/select-models.ts
var select_models = __webpack_require__(3624);
;// CONCATENATED MODULE: ./src/smoke/command-request.ts





function checkSmokeTestArguments(given) {
    const apiKey = (given.key ?? '').trim();
    if (!apiKey)
        throw new errors/* UsageError */.eb('set TOKENHUB_API_KEY to the TokenHub API key to test (create one in the TokenHub console)');
    const keyIssue = apiKeyProblem(apiKey);
    if (keyIssue)
        throw new errors/* UsageError */.eb(`TOKENHUB_API_KEY: ${keyIssue}`);
    const timeoutMs = given.timeoutSeconds !== undefined ? Math.round(given.timeoutSeconds * 1000) : smoke/* DEFAULT_SMOKE_TIMEOUT_MS */.vB;
    try {
        const models = (0,select_models/* validateModelIds */.U0)(given.models, '--model');
        return { apiKey, endpoint: (0,base_url/* parseTokenHubBaseUrl */.S)(given.baseUrl), models, timeoutMs };
    }
    catch (err) {
        if (err instanceof select_models/* ModelListError */.oJ || err instanceof base_url/* BaseUrlError */.b)
            throw new errors/* UsageError */.eb(err.message.replace(/^tokenhub-base-url/, '--base-url'));
        throw err;
    }
}

// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/smoke/report-json.ts

/** The smoke test's report as JSON (`smoke-test --format json`): the report and the cross-check findings. */
function renderSmokeJson(report, findings) {
    return JSON.stringify({ version: 1, tool: { name: tool/* TOOL_NAME */.lH, version: tool/* TOOL_VERSION */.wr }, smokeTest: report, findings }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/smoke/summary-markdown.ts

const STATUS = {
    enabled: '✅ enabled',
    listed: '✅ listed',
    failed: '❌ failed',
    'not-tried': '⏭️ not tried',
};
function modelCount(n) {
    return `${n} model${n === 1 ? '' : 's'}`;
}
function formatDuration(ms, attempts) {
    if (ms === undefined)
        return '–';
    const t = ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
    return attempts && attempts > 1 ? `${t} (${attempts} attempts)` : t;
}
/** One sentence: what the smoke test proved, or the first thing that stopped it (its message, or only its kind). */
function smokeVerdict(report, detail = true) {
    const tested = report.models.filter((m) => m.status === 'enabled').length;
    if (report.outcome === 'passed') {
        const list = report.modelList.ok ? '' : ' (the model list could not be read)';
        return `The TokenHub key works at ${report.endpoint.host}: ${modelCount(tested)} answered a one-token chat completion${list}.`;
    }
    const first = (report.modelList.problem?.fatal ? report.modelList.problem : undefined) ?? report.models.find((m) => m.problem)?.problem;
    const failed = report.models.filter((m) => m.status === 'failed').length;
    if (!detail) {
        const what = failed ? `${failed} of ${report.models.length} models failed` : (first?.kind ?? 'see above');
        return `The TokenHub smoke test failed at ${report.endpoint.host}: ${what}.`;
    }
    return `The TokenHub smoke test failed at ${report.endpoint.host}${first ? `: ${first.message}` : '.'}`;
}
const SOURCE = {
    input: 'named in `smoke-test-models`',
    code: 'the TokenHub model IDs the code references',
    default: 'the default (the code names no TokenHub model)',
};
/** The job-summary section. Nothing here comes from the key; server text arrives already redacted. */
function renderSmokeSummary(report, findings) {
    // Starts with a blank line: it follows the scan's section in the same summary.
    const out = ['', '## TokenHub key smoke test', ''];
    out.push(`${report.outcome === 'passed' ? '✅' : '❌'} ${escapeCell(smokeVerdict(report))}`, '');
    const ml = report.modelList;
    const listLine = ml.ok
        ? `Key check (GET /models): ${modelCount(ml.ids?.length ?? 0)} visible, ${formatDuration(ml.durationMs, ml.attempts)}.`
        : `Key check (GET /models): ${escapeCell(ml.problem?.message ?? 'no list')} (${formatDuration(ml.durationMs, ml.attempts)})`;
    out.push(listLine, '', `Models tested: ${SOURCE[report.modelSource]}.`, '');
    if (report.models.length) {
        out.push('| Model | Status | Latency | In the key\'s model list | Details |', '|---|---|---:|---|---|');
        for (const m of report.models) {
            const listed = m.listed === undefined ? '–' : m.listed ? `yes${m.listStatus ? ` (${escapeCell(m.listStatus)})` : ''}` : 'no';
            const details = [m.problem?.message, m.note, m.totalTokens !== undefined ? `${m.totalTokens} tokens billed` : undefined]
                .filter(Boolean)
                .map((s) => escapeCell(s))
                .join(' ');
            out.push(`| ${codeSpan(m.model)} | ${STATUS[m.status]} | ${formatDuration(m.durationMs, m.attempts)} | ${listed} | ${details} |`);
        }
        out.push('');
    }
    if (findings.length) {
        out.push(findings.length === 1 ? '**1** place in the code names a model the key cannot use:' : `**${findings.length}** places in the code name a model the key cannot use:`, '');
        for (const f of findings.slice(0, 50))
            out.push(`- ${codeSpan(`${f.path}:${f.line}`)}: ${codeSpan(f.match)}`);
        if (findings.length > 50)
            out.push(`- … and ${findings.length - 50} more (see the findings above or the JSON report)`);
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/smoke/summary-text.ts

/** The smoke test's report for a terminal: the model list, each model tested, and code naming a model the key cannot use. */
function renderSmokeText(report, findings) {
    const out = [`TokenHub smoke test at ${report.endpoint.url}`];
    const ml = report.modelList;
    out.push(ml.ok
        ? `  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key (${formatDuration(ml.durationMs, ml.attempts)})`
        : `  GET /models: ${ml.problem?.message ?? 'no list'}`);
    const width = Math.max(0, ...report.models.map((m) => m.model.length));
    for (const m of report.models) {
        const listed = m.listed === undefined ? '' : m.listed ? ', listed' : ', not listed';
        const time = m.durationMs !== undefined ? `  ${formatDuration(m.durationMs, m.attempts)}` : '';
        out.push(`  ${m.model.padEnd(width)}  ${m.status}${listed}${time}`);
        const detail = m.problem?.message ?? m.note;
        if (detail)
            out.push(`  ${' '.repeat(width)}  ${detail}`);
    }
    if (findings.length) {
        out.push('', 'Code that names a model the key cannot use:');
        for (const f of findings)
            out.push(`  ${f.path}:${f.line}:${f.column}  ${f.match}`);
    }
    out.push('', `${report.outcome === 'passed' ? '✔' : '✖'} ${smokeVerdict(report, false)}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __webpack_require__(9824);
// EXTERNAL MODULE: ./src/scan/index.ts
var scan = __webpack_require__(8053);
// EXTERNAL MODULE: ./src/smoke/model-references.ts
var model_references = __webpack_require__(4447);
;// CONCATENATED MODULE: ./src/smoke/tree-references.ts



/** Where the code under `scope` names TokenHub models, with the scan's legacy findings telling which files are legacy. */
async function referencesInTree(scope) {
    return (0,model_references/* findModelReferences */.Tl)(scope, (0,finding/* notIgnored */.mI)((await (0,scan/* scan */.SQ)(scope)).findings));
}

// EXTERNAL MODULE: ./src/target/index.ts + 15 modules
var target = __webpack_require__(2510);
// EXTERNAL MODULE: ./src/report/terminal-text.ts
var terminal_text = __webpack_require__(4890);
;// CONCATENATED MODULE: ./src/cli/smoke-test-command.ts
/**
 * `tokenhub-migration-check smoke-test`: the key smoke test from a terminal or another CI. The key comes from
 * the TOKENHUB_API_KEY environment variable only (src/smoke/command-request.ts checks what is given).
 */








async function runSmokeTestCommand(paths, flags, io) {
    const { apiKey, endpoint, models, timeoutMs } = checkSmokeTestArguments({
        key: io.env.TOKENHUB_API_KEY,
        models: flags.model ?? [],
        baseUrl: flags.baseUrl ?? io.env.TOKENHUB_BASE_URL ?? '',
        timeoutSeconds: flags.timeout,
    });
    const targets = paths.map((p) => external_node_path_default().resolve(io.cwd, p));
    const root = await (0,target/* commandRoot */.WB)(io.cwd, targets, flags.root);
    const references = await referencesInTree({ root, paths: targets, ...(flags.exclude ? { exclude: flags.exclude } : {}), gitignore: flags.gitignore });
    const { report, findings } = await (0,smoke/* runSmokeTest */.pb)({ apiKey, endpoint, models, references, timeoutMs });
    // The check never puts the key in its report; this is the last line of defence for the terminal.
    if (flags.format === 'json')
        io.stdout.write((0,smoke/* redact */.E$)(renderSmokeJson(report, findings), [apiKey]));
    else
        io.stdout.write((0,terminal_text/* terminalSafeLines */.Dy)((0,smoke/* redact */.E$)(renderSmokeText(report, findings), [apiKey])));
    return report.outcome === 'passed' ? 0 : 1;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON)
/* harmony export */ });
/* unused harmony exports escapeCell, codeSpan, blobUrl, skippedDetails */
const SEVERITY_ICON = { error: '🔴', warning: '🟡', notice: '🔵' };
/*
 * File names, lines and messages come from a pull request's author. Every character that can open an inline
 * construct in CommonMark or GitHub's Markdown is backslash-escaped (CommonMark lets any ASCII punctuation be
 * escaped, spec 2.4): links and images ([ ] ( ) !), emphasis and strikethrough (* _ ~), code (`), HTML and
 * autolinks (< >), entities (&), table columns (|), mentions (@) and the backslash itself. Line breaks (CR, LF and
 * the Unicode ones) become spaces, so a table row cannot split. Left as they are, because they open nothing
 * mid-line and file names are full of them: . / : - # + = , ; ' " ? $ % ^ { } (except `://` and `www.`, below).
 */
const SPECIAL = /[\\`*_[\]()<>|@!~&]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/** Plain text for Markdown: see above. Also safe in a table cell. */
function escapeText(s) {
    // Bare URLs are autolinked (GFM's extended autolinks): their `://` and `www.` are escaped too.
    // < and > become entities rather than escapes, so no raw tag text survives even for a reader of the source.
    return s.replace(LINE_BREAKS, ' ').replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/:(?=\/\/)/g, '\\:').replace(/(?<=\bwww)\./gi, '\\.');
}
/**
 * This tool's own text (messages, notes, reasons) in a table cell: no column or line break, no HTML. Text from the
 * repository (file names, matched lines) goes through escapeText or codeSpan instead.
 */
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(LINE_BREAKS, ' ').replace(/</g, '&lt;');
}
/**
 * Text as an inline code span: fenced by more backticks than any run inside it (so a backtick cannot end it),
 * padded when it starts or ends with one, line breaks as spaces, and `|` escaped (GitHub's tables split on it even
 * inside a code span, and drop the backslash). Mentions and links are not processed inside code.
 */
function codeSpan(s) {
    const text = s.replace(LINE_BREAKS, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A file (and line) at the run's commit on GitHub; parentheses and quotes encoded too, so the URL cannot end a link early. */
function blobUrl(links, path, line) {
    const encoded = path
        .split('/')
        .map((p) => encodeURIComponent(p).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ''}`;
}
/** The collapsed list of skipped files that ends a summary. */
function skippedDetails(skipped, limit = 100) {
    if (skipped.length === 0)
        return [];
    const out = [`<details><summary>${skipped.length} files skipped</summary>`, ''];
    for (const s of skipped.slice(0, limit))
        out.push(`- ${codeSpan(s.path)}: ${escapeText(s.reason)}`);
    if (skipped.length > limit)
        out.push(`- … and ${skipped.length - limit} more`);
    out.push('', '</details>', '');
    return out;
}


/***/ }),

/***/ 8053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* reexport safe */ _scanner_js__WEBPACK_IMPORTED_MODULE_0__.$F),
/* harmony export */   CR: () => (/* reexport safe */ _scanner_js__WEBPACK_IMPORTED_MODULE_0__.CR),
/* harmony export */   SQ: () => (/* reexport safe */ _scanner_js__WEBPACK_IMPORTED_MODULE_0__.SQ)
/* harmony export */ });
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3421);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3652);
/* harmony import */ var _match_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4625);
/* harmony import */ var _finding_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9824);
/* harmony import */ var _scan_contents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(575);







/***/ })

};
