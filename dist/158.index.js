export const id = 158;
export const ids = [158];
export const modules = {

/***/ 2158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_REQUEST: () => (/* binding */ ANNOTATIONS_PER_REQUEST),
/* harmony export */   CHECK_RUN_NAME: () => (/* binding */ CHECK_RUN_NAME),
/* harmony export */   CHECK_TEXT_LIMIT: () => (/* binding */ CHECK_TEXT_LIMIT),
/* harmony export */   MAX_CHECK_ANNOTATIONS: () => (/* binding */ MAX_CHECK_ANNOTATIONS),
/* harmony export */   annotationBatches: () => (/* binding */ annotationBatches),
/* harmony export */   checkConclusion: () => (/* binding */ checkConclusion),
/* harmony export */   checkRunOutput: () => (/* binding */ checkRunOutput),
/* harmony export */   checkRunReporter: () => (/* binding */ checkRunReporter),
/* harmony export */   toCheckAnnotation: () => (/* binding */ toCheckAnnotation)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5799);
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5435);
/* harmony import */ var _finding_severity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5978);



/**
 * A check run on the head commit that carries every finding as an annotation: the workflow-command annotations
 * stop at 10 per level, a check run takes 50 per request and appends the rest with updates. Needs `checks: write`.
 */
const CHECK_RUN_NAME = 'TokenHub migration check';
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub caps a check run's output text fields at 65,535 characters. */
const CHECK_TEXT_LIMIT = 65_535;
/** Most annotations sent in one run (each 50 is one request, spaced by the write throttle). */
const MAX_CHECK_ANNOTATIONS = 1000;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
const titles = new Map(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((r) => [r.id, r.title]));
function toCheckAnnotation(f) {
    const a = {
        path: f.path,
        start_line: f.line,
        end_line: f.endLine,
        annotation_level: LEVEL[f.severity],
        message: clip(f.message, 64 * 1024),
        title: clip(`${titles.get(f.ruleId) ?? f.ruleId} (${f.ruleId})`, 255),
    };
    // GitHub accepts columns only on single-line annotations.
    if (f.line === f.endLine) {
        a.start_column = f.column;
        a.end_column = f.endColumn;
    }
    if (f.docsUrl)
        a.raw_details = `How to fix, with per-language guidance and sources: ${f.docsUrl}`;
    return a;
}
/** Batches of at most 50, most severe first, capped at `max`. */
function annotationBatches(findings, max = MAX_CHECK_ANNOTATIONS) {
    const ranked = (0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .rankFindings */ .JM)(findings);
    const sent = ranked.slice(0, max).map(toCheckAnnotation);
    const batches = [];
    for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
    return { batches, omitted: ranked.length - sent.length };
}
function checkRunOutput(ctx, omitted) {
    const c = (0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(ctx.findings);
    const what = ctx.mode === 'diff' ? 'new finding(s) on lines this pull request adds' : 'finding(s)';
    const title = ctx.findings.length === 0
        ? 'No usage of the retiring Hunyuan or LKE DeepSeek APIs'
        : `${ctx.findings.length} ${what}`;
    const lines = [
        ctx.findings.length
            ? `${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices (fail-on: \`${ctx.failOn}\`: ${ctx.failed ? 'failing' : 'not failing'}).`
            : 'Nothing to migrate here.',
    ];
    if (ctx.preExisting.length)
        lines.push(`${ctx.preExisting.length} pre-existing finding(s) elsewhere in the changed files are not counted.`);
    if (omitted)
        lines.push(`${omitted} more finding(s) are not annotated here (at most ${MAX_CHECK_ANNOTATIONS}); the job summary and the JSON report list them.`);
    lines.push('', 'Each annotation says what to change; the job summary has the migration steps.');
    return { title: clip(title, 255), summary: clip(lines.join('\n'), CHECK_TEXT_LIMIT) };
}
function checkConclusion(ctx) {
    if (ctx.failed)
        return 'failure';
    return ctx.findings.length ? 'neutral' : 'success';
}
const checkRunReporter = {
    name: 'check run',
    needsApi: true,
    async run(ctx) {
        const github = ctx.github;
        if (ctx.findings.length === 0) {
            ctx.log.debug('check run: nothing to annotate');
            return undefined;
        }
        const { batches, omitted } = annotationBatches(ctx.findings);
        const output = checkRunOutput(ctx, omitted);
        const conclusion = checkConclusion(ctx);
        const { owner, repo } = ctx.repo;
        const created = await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStep */ .xC)('create the check run', 'checks: write', () => github.rest.checks.create({
            owner,
            repo,
            name: CHECK_RUN_NAME,
            head_sha: ctx.headSha,
            status: 'completed',
            conclusion,
            completed_at: new Date().toISOString(),
            output: { ...output, annotations: batches[0] ?? [] },
        }));
        const id = created.data.id;
        const url = created.data.html_url ?? undefined;
        let sent = batches[0]?.length ?? 0;
        for (const batch of batches.slice(1)) {
            try {
                // Each update appends its annotations to the run's output.
                await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStep */ .xC)('add annotations to the check run', 'checks: write', () => github.rest.checks.update({ owner, repo, check_run_id: id, output: { ...output, annotations: batch } }));
                sent += batch.length;
            }
            catch (err) {
                const total = batches.reduce((n, b) => n + b.length, 0);
                ctx.log.warning(`${err.message} (${sent} of ${total} annotations are on the check run).`);
                break;
            }
        }
        ctx.log.info(`Check run '${CHECK_RUN_NAME}' created with ${sent} annotation(s)${url ? `: ${url}` : ''}.`);
        return { ...(url ? { url } : {}), annotations: sent };
    },
};
function clip(s, max) {
    return s.length <= max ? s : s.slice(0, max - 1) + '…';
}


/***/ })

};
