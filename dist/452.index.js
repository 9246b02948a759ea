export const id = 452;
export const ids = [452];
export const modules = {

/***/ 7452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sarifFileReporter: () => (/* binding */ sarifFileReporter)
});

// EXTERNAL MODULE: ./src/safe-fs/report-path.ts
var report_path = __webpack_require__(6457);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/catalog/docs-url.ts + 1 modules
var docs_url = __webpack_require__(4658);
// EXTERNAL MODULE: ./src/finding/fingerprint.ts
var finding_fingerprint = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/finding/severity.ts
var severity = __webpack_require__(5978);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __webpack_require__(9824);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/report/sarif.ts







/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule entry per catalog rule, relative URIs under
 * %SRCROOT%, line-independent partialFingerprints. The log is cut to GitHub's upload limits (25,000 results
 * per run, 10 MB gzipped), most severe findings first, and the cut is said in a warning and in the log itself.
 */
const GITHUB_MAX_RESULTS = 25_000;
const GITHUB_MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** GitHub shows only this many results of a run, by severity. */
const GITHUB_DISPLAYED_RESULTS = 5_000;
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function pascalCase(title) {
    return title
        .replace(/[^A-Za-z0-9]+/g, ' ')
        .trim()
        .split(' ')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}
function evidenceLabel(e) {
    return e === 'confirmed' ? 'Tencent documentation' : e === 'configured' ? 'your configuration' : e;
}
function ruleDescriptor(rule, effective) {
    const helpUri = (0,docs_url/* docsUrlOf */.M)(rule);
    const sources = rule.sources.map((s) => ({ ref: s.ref, label: evidenceLabel(s.evidence) }));
    const suggestion = rule.replacement.evidence === 'confirmed' ? 'Per Tencent\'s documentation' : 'Suggestion (not an official mapping)';
    const replacement = rule.replacement.value ? `${suggestion}: use \`${rule.replacement.value}\`. ` : '';
    const description = rule.message.replace(/`?\{match\}`?/g, 'this usage');
    const tags = ['tokenhub-migration', rule.category];
    return {
        id: rule.id,
        name: pascalCase(rule.title),
        shortDescription: { text: rule.title },
        fullDescription: { text: description },
        help: {
            text: `${description}\n\n${replacement}${rule.replacement.hint}\n\nSources:\n${sources.map((s) => `- ${s.ref} (${s.label})`).join('\n')}`,
            markdown: `${description}\n\n${replacement}${rule.replacement.hint}\n\n**Sources**\n\n` +
                sources.map((s) => `- ${/^https:\/\//.test(s.ref) ? `<${s.ref.split(/[\s;,()]/)[0]}>${s.ref.slice(s.ref.split(/[\s;,()]/)[0].length)}` : s.ref} (${s.label})`).join('\n'),
        },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: effective ? { level: LEVEL[effective.severity] } : { enabled: false, level: LEVEL[rule.severity] },
        properties: { tags, category: rule.category },
    };
}
/** A relative path as a URI reference: each segment percent-encoded (a `#` or `?` in a file name stays a name). */
function pathToUri(p) {
    return p.split('/').map(encodeURIComponent).join('/');
}
function rootUri(root) {
    const posix = root.replace(/\\/g, '/');
    const withSlash = posix.endsWith('/') ? posix : posix + '/';
    const abs = withSlash.startsWith('/') ? withSlash : '/' + withSlash;
    return 'file://' + abs.split('/').map(encodeURIComponent).join('/');
}
function toResult(f, fingerprint, ruleIndex, known, suppression) {
    const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
    // The snippet is the region's text, so only when the stored match was not shortened.
    if (f.line === f.endLine && f.endColumn - f.column === f.match.length)
        region.snippet = { text: f.match };
    const result = {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.path), uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { [finding_fingerprint/* FINGERPRINT_KEY */.XG]: fingerprint },
        properties: { category: f.category, ...(f.replacement ? { replacement: f.replacement } : {}), ...(f.ignoreProblem ? { ignoreProblem: f.ignoreProblem } : {}) },
    };
    if (known)
        result.baselineState = known.has(fingerprint) ? 'unchanged' : 'new';
    // An ignore comment in the code: code scanning shows the alert as dismissed, with the comment's reason.
    if (suppression !== undefined)
        result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: suppression }];
    return result;
}
function gzipSize(text) {
    return (0,external_node_zlib_.gzipSync)(text, { level: 6 }).length;
}
function buildSarif(scan, opts = {}) {
    const rules = (opts.rules ?? catalog/* RULES */.y0).filter((r) => !r.signalOnly);
    const effective = new Map((opts.catalog?.rules ?? rules.map((rule) => ({ rule }))).map((c) => [c.rule.id, c.rule]));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const allPrints = (0,finding_fingerprint/* fingerprintsOf */.tm)(scan.findings);
    const prints = new Map(scan.findings.map((f, i) => [f, allPrints[i]]));
    const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
    const maxGzip = opts.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;
    const warnings = [];
    const ranked = (0,severity/* rankFindings */.JM)(scan.findings);
    // Within GitHub's result limit, after every reported finding.
    const suppressed = [...(opts.suppressed ?? [])].sort((a, b) => (0,finding/* byLocation */.HC)(a.finding, b.finding)).slice(0, Math.max(0, (opts.maxResults ?? GITHUB_MAX_RESULTS) - ranked.length));
    let kept = ranked.length > maxResults ? ranked.slice(0, maxResults) : ranked;
    if (kept.length < ranked.length) {
        warnings.push(`SARIF: ${ranked.length} findings exceed GitHub's limit of ${maxResults} results per run; the ${kept.length} most severe are in the file, ${ranked.length - kept.length} are left out (see the JSON report for all).`);
    }
    const driver = {
        name: tool/* TOOL_NAME */.lH,
        version: tool/* TOOL_VERSION */.wr,
        semanticVersion: tool/* TOOL_VERSION */.wr,
        informationUri: tool/* TOOL_URI */.qH,
        rules: rules.map((r) => ruleDescriptor(r, effective.get(r.id))),
    };
    const render = (findings, notes, ignored = suppressed) => {
        const ordered = [...findings].sort(finding/* byLocation */.HC);
        const run = {
            tool: { driver },
            invocations: [
                {
                    executionSuccessful: true,
                    ...(notes.length
                        ? { toolExecutionNotifications: notes.map((text) => ({ level: 'warning', message: { text } })) }
                        : {}),
                },
            ],
            originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(scan.root) } },
            // mappedTo ties the repository to %SRCROOT%, so result paths read as relative to the repository root.
            ...(opts.versionControl ? { versionControlProvenance: [{ ...opts.versionControl, mappedTo: { uriBaseId: '%SRCROOT%' } }] } : {}),
            columnKind: 'utf16CodeUnits',
            results: [
                ...ordered.map((f) => toResult(f, prints.get(f), index.get(f.ruleId), opts.knownFingerprints)),
                ...ignored.map((s) => toResult(s.finding, s.finding.fingerprint ?? (0,finding_fingerprint/* fingerprintsOf */.tm)([s.finding])[0], index.get(s.finding.ruleId), undefined, s.reason)),
            ],
        };
        const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
        return { log, text: JSON.stringify(log, null, 2) + '\n' };
    };
    let out = render(kept, warnings);
    let size = gzipSize(out.text);
    let cut;
    // Shrink until the gzipped file fits: estimate from the average result size, with a margin; a few rounds at most.
    for (let round = 0; round < 8 && size > maxGzip && kept.length > 0; round++) {
        const perResult = size / kept.length;
        kept = kept.slice(0, Math.max(0, Math.min(kept.length - 1, Math.floor((maxGzip * 0.95) / perResult))));
        cut =
            `SARIF: the file would exceed GitHub's limit of ${+(maxGzip / (1024 * 1024)).toFixed(2)} MB gzipped; the ${kept.length} most severe ` +
                `of ${ranked.length} findings are in it (see the JSON report for all).`;
        // Over the size limit, the suppressed results go first: they are dismissed alerts, not work to do.
        out = render(kept, [...warnings, cut], []);
        size = gzipSize(out.text);
    }
    if (cut)
        warnings.push(cut);
    if (kept.length > GITHUB_DISPLAYED_RESULTS) {
        warnings.push(`SARIF: ${kept.length} results; GitHub code scanning shows only the ${GITHUB_DISPLAYED_RESULTS} most severe of a run.`);
    }
    return { ...out, included: kept.length, omitted: ranked.length - kept.length, warnings };
}
/** The plain SARIF text for a scan (CLI `--format sarif`). */
function renderSarif(scan, opts = {}) {
    return buildSarif(scan, opts).text;
}

;// CONCATENATED MODULE: ./src/report/sarif-file.ts


/**
 * Writes SARIF 2.1.0 of every reported finding (those the baseline knows marked `unchanged`), cut to GitHub's
 * limits with a warning. `branch` is the ref the results belong to (GITHUB_REF in the action).
 */
function sarifFileReporter(file, opts) {
    return {
        name: 'SARIF file',
        needsApi: false,
        async run(ctx) {
            const known = ctx.outcome.baseline?.knownFingerprints;
            const out = buildSarif(ctx.result, {
                rules: opts.rules,
                catalog: opts.catalog,
                ...(known ? { knownFingerprints: known } : {}),
                suppressed: ctx.outcome.suppressed,
                versionControl: {
                    repositoryUri: `${ctx.repo.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`,
                    revisionId: ctx.headSha,
                    ...(opts.branch ? { branch: opts.branch } : {}),
                },
            });
            let abs;
            try {
                abs = await (0,report_path/* writeReportFile */.aS)(file, opts.roots ?? [ctx.result.root], out.text, 'the SARIF file (sarif-file)');
            }
            catch (err) {
                // Not a reporter's hiccup: the workflow asked for a file it cannot have; the step fails once outputs are set.
                if (err instanceof report_path/* ReportPathError */.sk)
                    return { file, refused: err.message };
                throw err;
            }
            for (const w of out.warnings)
                ctx.log.warning(w);
            if (ctx.mode === 'diff') {
                ctx.log.notice('The SARIF file of a diff-mode run holds the changed files only; upload SARIF from full scans (schedule, push) to code scanning.');
            }
            ctx.log.info(`Wrote SARIF (${out.included} results) to ${file}.`);
            return { file, path: abs, included: out.included, omitted: out.omitted, warnings: out.warnings };
        },
    };
}


/***/ })

};
