export const id = 143;
export const ids = [143];
export const modules = {

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDuration: () => (/* binding */ formatDuration),
/* harmony export */   modelCount: () => (/* binding */ modelCount),
/* harmony export */   renderSmokeSummary: () => (/* binding */ renderSmokeSummary),
/* harmony export */   smokeVerdict: () => (/* binding */ smokeVerdict)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

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
    out.push(`${report.outcome === 'passed' ? '✅' : '❌'} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(smokeVerdict(report))}`, '');
    const ml = report.modelList;
    const listLine = ml.ok
        ? `Key check (GET /models): ${modelCount(ml.ids?.length ?? 0)} visible, ${formatDuration(ml.durationMs, ml.attempts)}.`
        : `Key check (GET /models): ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(ml.problem?.message ?? 'no list')} (${formatDuration(ml.durationMs, ml.attempts)})`;
    out.push(listLine, '', `Models tested: ${SOURCE[report.modelSource]}.`, '');
    if (report.models.length) {
        out.push('| Model | Status | Latency | In the key\'s model list | Details |', '|---|---|---:|---|---|');
        for (const m of report.models) {
            const listed = m.listed === undefined ? '–' : m.listed ? `yes${m.listStatus ? ` (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(m.listStatus)})` : ''}` : 'no';
            const details = [m.problem?.message, m.note, m.totalTokens !== undefined ? `${m.totalTokens} tokens billed` : undefined]
                .filter(Boolean)
                .map((s) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s))
                .join(' ');
            out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(m.model)} | ${STATUS[m.status]} | ${formatDuration(m.durationMs, m.attempts)} | ${listed} | ${details} |`);
        }
        out.push('');
    }
    if (findings.length) {
        out.push(findings.length === 1 ? '**1** place in the code names a model the key cannot use:' : `**${findings.length}** places in the code name a model the key cannot use:`, '');
        for (const f of findings.slice(0, 50))
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(`${f.path}:${f.line}`)}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.match)}`);
        if (findings.length > 50)
            out.push(`- … and ${findings.length - 50} more (see the findings above or the JSON report)`);
        out.push('');
    }
    return out.join('\n');
}


/***/ })

};
