export const id = 840;
export const ids = [840];
export const modules = {

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

/***/ 9840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditSummaryMarkdown: () => (/* binding */ auditSummaryMarkdown),
/* harmony export */   renderAuditSummary: () => (/* binding */ renderAuditSummary)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5799);
/* harmony import */ var _finding_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5978);
/* harmony import */ var _audit_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3387);
/* harmony import */ var _json_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4225);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(877);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5236);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5382);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4285);
/* harmony import */ var _guidance_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5746);









const TOP_FILES = 10;
function where(path, line, links) {
    const label = line ? `${path}:${line}` : path;
    return links ? `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeText */ .X1)(label)}](${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .blobUrl */ .b0)(links, path, line)})` : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(label)}`;
}
function renderAuditSummary(input) {
    const { result, counted } = input;
    const all = result.findings;
    const maxRows = input.maxRows ?? _fit_js__WEBPACK_IMPORTED_MODULE_8__/* .SUMMARY_MAX_ROWS */ .Ak;
    const counts = (0,_audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .countAudit */ .PO)(all);
    const out = ['## TokenHub migration audit', ''];
    if (all.length === 0) {
        out.push('✅ No usage of the retiring Hunyuan or LKE DeepSeek APIs is left in the repository.');
    }
    else {
        const newPart = input.baseline ? ` **${counted.length}** new since the baseline.` : '';
        const verdict = input.failed
            ? `❌ Failing: ${input.baseline ? 'new ' : ''}findings at or above \`${input.failOn}\`.`
            : `⚠️ Not failing (fail-on: \`${input.failOn}\`${input.baseline ? ', counting only findings absent from the baseline' : ''}).`;
        out.push(`${verdict} **${all.length}** usages left in ${Object.keys(counts.files).length} files: ` +
            `${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings, ${counts.bySeverity.notice} notices.${newPart}`);
    }
    out.push('', `Scanned ${result.stats.files} files in ${(result.stats.durationMs / 1000).toFixed(2)}s. Rule catalog as of ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG_DATE */ .Xh}.`, '');
    if (all.length) {
        out.push('### By category and severity', '');
        out.push(`| Category | ${_audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => `${_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITY_ICON */ ._9[s]} ${s}`).join(' | ')} | Total |`, `|---|${_audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map(() => '---:').join('|')}|---:|`);
        for (const c of _audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R6) {
            const row = _audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => all.filter((f) => f.category === c && f.severity === s).length);
            if (row.some((n) => n > 0))
                out.push(`| ${c} | ${row.join(' | ')} | ${counts.byCategory[c]} |`);
        }
        out.push(`| **Total** | ${_audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => `**${counts.bySeverity[s]}**`).join(' | ')} | **${all.length}** |`, '');
        out.push('### Top files', '', '| File | Findings | Worst |', '|---|---:|---|');
        for (const f of (0,_audit_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .topFiles */ .T2)(all, TOP_FILES))
            out.push(`| ${where(f.path, undefined, input.links)} | ${f.findings} | ${_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITY_ICON */ ._9[f.worst]} ${f.worst} |`);
        const more = Object.keys(counts.files).length - TOP_FILES;
        if (more > 0)
            out.push('', `… and ${more} more files.`);
        out.push('');
    }
    if (input.baseline) {
        const b = input.baseline;
        out.push('### Baseline', '', `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(b.file)}: **${b.new}** new, ${b.known} known (not counted).`);
        if (b.stale.length) {
            out.push('', `${b.stale.length} baseline entr${b.stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} (fixed, or changed): regenerate the baseline with \`tokenhub-migration-check baseline\` to drop ${b.stale.length === 1 ? 'it' : 'them'}.`, '');
            for (const e of b.stale.slice(0, 20))
                out.push(`- ${where(e.path, e.line, input.links)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(e.ruleId)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(e.match)}`);
            if (b.stale.length > 20)
                out.push(`- … and ${b.stale.length - 20} more`);
        }
        out.push('');
    }
    if (all.length) {
        const newSet = new Set(counted);
        // With a baseline, the new findings come first: they are what fails the run.
        const ranked = input.baseline ? [...(0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .rankFindings */ .JM)(counted), ...(0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .rankFindings */ .JM)(all.filter((f) => !newSet.has(f)))] : (0,_finding_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .rankFindings */ .JM)(all);
        out.push('### Findings', '', '| | Where | Rule | What to do |', '|---|---|---|---|');
        for (const f of ranked.slice(0, maxRows)) {
            const tag = input.baseline && newSet.has(f) ? ' 🆕' : '';
            const fix = f.replacement ? ` → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(f.replacement)}` : '';
            out.push(`| ${_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITY_ICON */ ._9[f.severity]}${tag} | ${where(f.path, f.line, input.links)} | \`${f.ruleId}\` | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(f.match)}${fix}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(f.message)} |`);
        }
        if (ranked.length > maxRows)
            out.push('', `… and ${ranked.length - maxRows} more findings (see the JSON report or the SARIF file).`);
        out.push('', '### Migration checklist', '');
        for (const step of _summary_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .MIGRATION_STEPS */ .J)
            out.push(`- [ ] ${step}`);
        out.push('');
        out.push(...(0,_guidance_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .renderGuidanceSection */ .m)(all));
    }
    const outputs = [];
    if (input.sarif) {
        outputs.push(`- SARIF for code scanning: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(input.sarif.file)} (${input.sarif.included} results${input.sarif.omitted ? `, ${input.sarif.omitted} left out to fit GitHub's limits` : ''}).`);
        for (const w of input.sarif.warnings)
            outputs.push(`  - ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(w)}`);
    }
    if (input.tracking) {
        if ('warning' in input.tracking)
            outputs.push(`- Tracking issue: ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(input.tracking.warning)}`);
        else if (input.tracking.url)
            outputs.push(`- Tracking issue: [#${input.tracking.number}](${input.tracking.url}) (${input.tracking.action}).`);
        else
            outputs.push('- Tracking issue: none needed (nothing to track).');
    }
    if (outputs.length)
        out.push('### Outputs', '', ...outputs, '');
    out.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .skippedDetails */ .Jh)(result.skipped));
    return out.join('\n');
}
/** The job summary of a full scan, with sections from the steps beside the scan, cut to fit. */
function auditSummaryMarkdown(ctx, products = {}, appendix = '') {
    const baseline = (0,_json_report_js__WEBPACK_IMPORTED_MODULE_3__/* .baselineSummaryOf */ .RZ)(ctx.outcome);
    const input = {
        result: ctx.result,
        counted: ctx.findings,
        failOn: ctx.failOn,
        failed: ctx.failed,
        links: { serverUrl: ctx.repo.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, sha: ctx.headSha },
        ...(baseline ? { baseline } : {}),
        ...(products.sarif ? { sarif: products.sarif } : {}),
        ...(products.tracking ? { tracking: products.tracking } : {}),
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_8__/* .fitRows */ .zV)((maxRows) => renderAuditSummary({ ...input, maxRows }) + appendix, (0,_fit_js__WEBPACK_IMPORTED_MODULE_8__/* .fitsBytes */ .Cu)(_job_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .JOB_SUMMARY_LIMIT */ .zS));
}


/***/ })

};
