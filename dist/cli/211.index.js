export const id = 211;
export const ids = [211];
export const modules = {

/***/ 4211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBaseline: () => (/* binding */ runBaseline),
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/finding/fingerprint.ts
var finding_fingerprint = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
;// CONCATENATED MODULE: ./src/report/json-report.ts



/** The baseline's part of a triage outcome, as the reports show it. */
function baselineSummaryOf(outcome) {
    const b = outcome.baseline;
    return b ? { file: b.file, new: outcome.judged.length, known: outcome.known.length, stale: b.stale } : undefined;
}
/** The JSON report's view of a triage outcome: the baseline's marks and the findings ignore comments set aside. */
function jsonReportOptions(outcome) {
    const baseline = baselineSummaryOf(outcome);
    return {
        ...(baseline && outcome.baseline ? { baseline, knownFingerprints: outcome.baseline.knownFingerprints } : {}),
        ...(outcome.suppressed.length ? { suppressed: outcome.suppressed } : {}),
        ...(outcome.diffScoped ? { added: [...outcome.judged, ...outcome.known] } : {}),
    };
}
function toJsonReport(result, opts = {}) {
    const known = opts.knownFingerprints;
    const prints = known ? (0,finding_fingerprint/* fingerprintsOf */.tm)(result.findings) : [];
    const added = opts.added ? new Set(opts.added) : undefined;
    const findings = result.findings.map((f, i) => {
        if (!known && !added)
            return f;
        return {
            ...f,
            ...(known ? { baselineState: known.has(prints[i]) ? 'unchanged' : 'new' } : {}),
            ...(added ? { diffState: added.has(f) ? 'new' : 'pre-existing' } : {}),
        };
    });
    return {
        version: 1,
        tool: { name: tool/* TOOL_NAME */.lH, version: tool/* TOOL_VERSION */.wr, catalogDate: catalog/* CATALOG_DATE */.Xh },
        root: result.root,
        findings,
        skipped: result.skipped,
        stats: result.stats,
        ...(opts.baseline ? { baseline: opts.baseline } : {}),
        ...(opts.run ? { run: opts.run } : {}),
        ...(opts.suppressed?.length ? { suppressed: opts.suppressed.map(({ finding: { ignoredInline: _, ...f }, reason }) => ({ ...f, reason })) } : {}),
    };
}
function renderJsonReport(result, opts = {}) {
    return JSON.stringify(toJsonReport(result, opts), null, 2) + '\n';
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/catalog/docs-url.ts + 1 modules
var docs_url = __webpack_require__(4658);
// EXTERNAL MODULE: ./src/finding/severity.ts
var severity = __webpack_require__(5978);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __webpack_require__(9824);
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

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./src/guidance/plan.ts + 1 modules
var plan = __webpack_require__(6990);
// EXTERNAL MODULE: ./src/fix/fixability.ts
var fix_fixability = __webpack_require__(8492);
// EXTERNAL MODULE: ./src/report/guidance-text.ts
var guidance_text = __webpack_require__(1060);
// EXTERNAL MODULE: ./src/report/terminal-text.ts
var terminal_text = __webpack_require__(4890);
;// CONCATENATED MODULE: ./src/report/text-format.ts









function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function severityLabel(c, s) {
    const padded = s.padEnd(7);
    return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}
/** One summary line, the same in every output. */
function totalLine(result, known = 0) {
    const n = result.findings.length;
    const c = (0,severity/* countBySeverity */.Ot)(result.findings);
    const files = new Set(result.findings.map((f) => f.path)).size;
    const found = n === 0
        ? known > 0
            ? `No new findings: ${plural(known, 'known finding')} in the baseline`
            : 'No legacy Hunyuan or LKE usage found'
        : `${plural(n, known > 0 ? 'new finding' : 'finding')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}) in ${plural(files, 'file')}`;
    const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
    return `${found}; ${plural(result.stats.files, 'file')} scanned in ${(result.stats.durationMs / 1000).toFixed(2)}s${skipped}.`;
}
/** A safe fix (what `fix` writes) and a suggestion (only with --models) must not look alike. */
function kindOf(f, fixability) {
    if (!f.replacement)
        return 'by hand';
    return fixability.get(f.ruleId) === 'safe' ? 'fix' : 'suggestion';
}
function kindLabel(c, kind) {
    const padded = kind.padEnd(10);
    return kind === 'fix' ? c.green(padded) : kind === 'suggestion' ? c.yellow(padded) : c.dim(padded);
}
function replacementText(c, f, kind) {
    if (kind === 'fix')
        return `${f.match} → ${c.green(f.replacement)}`;
    if (kind === 'suggestion')
        return `${f.match} → ${c.yellow(f.replacement)} ${c.dim('(not an official mapping: confirm it, then pass it with --models)')}`;
    return f.match;
}
/**
 * Human-readable report: findings grouped by file, then skipped files and the total. By default one line per
 * finding and each rule's explanation once; --verbose gives every finding's explanation and the migration snippets.
 */
function renderText(scanned, color, opts = {}) {
    // File names, matches and reasons come from the repository: no control character of theirs reaches the terminal.
    const result = (0,terminal_text/* terminalSafeData */.oH)(scanned);
    const c = picocolors_default().createColors(color);
    const fixability = new Map((opts.rules ?? catalog/* RULES */.y0).map((r) => [r.id, (0,fix_fixability/* fixabilityOf */.b)(r)]));
    const out = [];
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.path) ?? [];
        list.push(f);
        byFile.set(f.path, list);
    }
    for (const [file, findings] of byFile) {
        out.push(c.underline(file));
        const width = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
        for (const f of findings) {
            const loc = `${f.line}:${f.column}`.padEnd(width);
            const kind = kindOf(f, fixability);
            if (opts.verbose) {
                out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${f.message}  ${c.dim(f.ruleId)}`);
                if (kind !== 'by hand')
                    out.push(`  ${' '.repeat(width)}  ${kindLabel(c, kind)} ${replacementText(c, f, kind)}`);
            }
            else {
                out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${kindLabel(c, kind)} ${replacementText(c, f, kind)}  ${c.dim(f.ruleId)}`);
            }
            if (f.ignoreProblem)
                out.push(`  ${' '.repeat(width)}  ${c.yellow(f.ignoreProblem)}`);
        }
        out.push('');
    }
    const guidance = (0,plan/* planGuidance */.u)(result.findings);
    if (opts.verbose) {
        out.push(...(0,guidance_text/* renderGuidanceText */.U)(guidance, c, catalog/* TOKENHUB_BASE_URL_INTL */["do"]));
    }
    else if (result.findings.length) {
        out.push(c.bold('What each rule means') + c.dim(' (once per rule; --verbose shows it on every finding, with migration code)'));
        const seen = new Set();
        for (const f of result.findings) {
            if (seen.has(f.ruleId))
                continue;
            seen.add(f.ruleId);
            out.push(`  ${c.bold(f.ruleId)}: ${f.message}`, `    ${c.dim((0,tool/* ruleDocsUrl */.hS)(f.ruleId))}`);
        }
        out.push('');
        if (guidance.length) {
            out.push(`${c.bold('How to migrate what needs a person')}: ${guidance.map((s) => `${s.guidance.title} (${s.findings})`).join('; ')}. ` +
                c.dim('Run with --verbose for the steps and code.'), '');
        }
    }
    if (result.skipped.length) {
        out.push(c.dim(`Skipped ${plural(result.skipped.length, 'file')}:`));
        for (const s of result.skipped.slice(0, 50))
            out.push(c.dim(`  ${s.path}: ${s.reason}`));
        if (result.skipped.length > 50)
            out.push(c.dim(`  … and ${result.skipped.length - 50} more (see --format json)`));
        out.push('');
    }
    const total = totalLine(result, opts.known);
    const errors = (0,severity/* countBySeverity */.Ot)(result.findings).errors;
    out.push(result.findings.length === 0 ? c.green(`✔ ${total}`) : errors ? c.red(`✖ ${total}`) : c.yellow(`⚠ ${total}`));
    return out.join('\n') + '\n';
}
/** After the report: what the baseline hid, and which of its entries no longer match anything. */
function renderBaselineNote(baseline, color) {
    const summary = (0,terminal_text/* terminalSafeData */.oH)(baseline);
    const c = picocolors_default().createColors(color);
    const out = [c.dim(`Baseline ${summary.file}: ${plural(summary.known, 'known finding')} not shown, ${summary.new} new.`)];
    if (summary.stale.length) {
        const n = summary.stale.length;
        out.push(c.dim(`${n} baseline ${n === 1 ? 'entry no longer matches' : 'entries no longer match'} (fixed, or changed): refresh the file with \`baseline\`.`));
        for (const e of summary.stale.slice(0, 20))
            out.push(c.dim(`  ${e.path}:${e.line}  ${e.ruleId}  ${e.match}`));
        if (summary.stale.length > 20)
            out.push(c.dim(`  … and ${summary.stale.length - 20} more`));
    }
    return out.join('\n') + '\n';
}
const CHANGE_LABEL = {
    'git-worktree': 'the working tree adds since its merge base',
    'git-index': 'the staged changes add to HEAD',
};
/** After a --diff or --staged report: what was compared, and the findings of the changed files that do not count. */
function renderDiffNote(diff, outcome, color) {
    const c = picocolors_default().createColors(color);
    const what = CHANGE_LABEL[diff.source] ?? 'the change adds';
    const out = [c.dim(`Checked what ${what} (${diff.baseSha.slice(0, 7)}): ${plural(diff.files.length, 'changed file')}.`)];
    if (outcome.preExisting.length) {
        out.push(c.dim(`${plural(outcome.preExisting.length, 'pre-existing finding')} elsewhere in the changed files ${outcome.preExisting.length === 1 ? 'is' : 'are'} not counted.`));
    }
    for (const note of diff.notes)
        out.push(c.dim((0,terminal_text/* terminalSafe */.kJ)(note)));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/render-report.ts



/**
 * A scan's report in one of the CLI's formats: JSON and SARIF list every reported finding (those the baseline knows
 * marked as such); text lists what the run judges, with the change's and the baseline's notes.
 */
function renderReport(format, target, outcome, opts) {
    const reported = { ...target.result, findings: [...outcome.reported] };
    if (format === 'json')
        return { text: renderJsonReport(reported, jsonReportOptions(outcome)), warnings: [] };
    if (format === 'sarif') {
        const known = outcome.baseline?.knownFingerprints;
        const sarif = buildSarif(reported, { rules: opts.rules, catalog: opts.catalog, suppressed: outcome.suppressed, ...(known ? { knownFingerprints: known } : {}) });
        return { text: sarif.text, warnings: sarif.warnings };
    }
    const summary = baselineSummaryOf(outcome);
    let text = renderText({ ...target.result, findings: [...outcome.judged] }, opts.color, { verbose: opts.verbose, rules: [...opts.rules], known: summary?.known });
    if (target.diff)
        text += renderDiffNote(target.diff, outcome, opts.color);
    if (summary)
        text += renderBaselineNote(summary, opts.color);
    return { text, warnings: [] };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/command-settings.ts + 4 modules
var command_settings = __webpack_require__(1452);
// EXTERNAL MODULE: ./src/scan/index.ts
var scan = __webpack_require__(8053);
// EXTERNAL MODULE: ./src/scan/scan-contents.ts
var scan_contents = __webpack_require__(575);
;// CONCATENATED MODULE: ./src/target/content-target.ts

/** One file's bytes that are not on disk (`scan -`, standard input) as a target: scanned under the name given. */
function contentTarget(opts) {
    const scanner = (0,scan_contents/* contentScanner */.E)({ root: opts.root, catalog: opts.catalog, ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}) });
    scanner.add({ path: opts.path, bytes: opts.bytes });
    const text = opts.bytes.toString('utf8').split(/\r?\n/);
    return { result: scanner.result(), readLine: async (_p, line) => text[line - 1] };
}
/**
 * Reads a stream (standard input), up to `maxBytes + 1` bytes: one more than the cap, so the scanner can say it is too
 * large without holding an unbounded stream.
 */
async function readCapped(stream, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        chunks.push(buf);
        size += buf.length;
        if (size > maxBytes)
            break;
    }
    return Buffer.concat(chunks).subarray(0, maxBytes + 1);
}

// EXTERNAL MODULE: ./src/target/index.ts + 15 modules
var src_target = __webpack_require__(2510);
;// CONCATENATED MODULE: ./src/target/stdin.ts



/** Standard input as a target (`scan -`): which paths ask for it, the name it is scanned under, and reading it. */
/** Paths that mean "standard input": `-` by convention, and the device names a shell hands over for it. */
const STDIN_PATHS = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
/** True when the positionals ask for standard input; refuses it mixed with paths (which root would it be in?). */
function wantsStdin(positionals) {
    if (!positionals.some((p) => STDIN_PATHS.has(p)))
        return false;
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb(`'-' (standard input) cannot be combined with other paths`);
    return true;
}
/** The name findings on standard input carry: --stdin-filename (its extension picks the rules' context), else `stdin`. */
function stdinName(given) {
    if (given === undefined)
        return 'stdin';
    const name = given.split((external_node_path_default()).sep).join('/').replace(/^\.\//, '');
    if (name === '' || name.startsWith('/') || name.split('/').includes('..')) {
        throw new errors/* UsageError */.eb(`--stdin-filename must be a relative path inside the project (got '${given}')`);
    }
    return name;
}
/** Reads standard input, capped (content-target.ts). A terminal is refused: the user forgot the pipe. */
async function readStdin(stdin, maxBytes, program) {
    if (!stdin || stdin.isTTY) {
        throw new errors/* UsageError */.eb(`'-' reads standard input, and nothing is piped in: try \`cat app.py | ${program} scan - --stdin-filename app.py\``);
    }
    return readCapped(stdin, maxBytes);
}

// EXTERNAL MODULE: ./src/safe-fs/bounded-read.ts
var bounded_read = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/safe-fs/inside-root.ts
var inside_root = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/safe-fs/report-path.ts + 1 modules
var report_path = __webpack_require__(8722);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./src/triage/baseline.ts



/**
 * The baseline: today's findings, keyed by content fingerprint, so that a later run counts only what is new.
 * Pure: reading and writing the file is the caller's job. Line numbers are stored for people reading the file
 * and never used for matching.
 */
// zod/mini, as the action's inputs (src/config/action-inputs.ts): every run of the action loads this module.
const HEX32 = /^[0-9a-f]{32}$/;
const Fingerprint = schemas/* string */.YjP().check(api/* _regex */.Fk(HEX32, 'must be 32 hexadecimal characters'));
const Entry = schemas/* strictObject */.rej({
    fingerprint: Fingerprint,
    /** The finding's content without its path: it still matches after the file is renamed, moved or split. */
    contentFingerprint: schemas/* optional */.lqM(Fingerprint),
    ruleId: schemas/* string */.YjP(),
    path: schemas/* string */.YjP(),
    line: schemas/* int */.Whr().check(api/* _positive */.NC()),
    match: schemas/* string */.YjP(),
});
const BaselineSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    tool: schemas/* string */.YjP(),
    fingerprintVersion: schemas/* literal */.euz(finding_fingerprint/* FINGERPRINT_VERSION */.UZ),
    findings: schemas/* array */.YOg(Entry),
});
class BaselineError extends errors/* UserError */.yo {
}
function createBaseline(findings, tool) {
    const prints = (0,finding_fingerprint/* fingerprintsOf */.tm)(findings);
    const entries = findings.map((f, i) => ({
        fingerprint: prints[i],
        ...(f.contentFingerprint ? { contentFingerprint: f.contentFingerprint } : {}),
        ruleId: f.ruleId,
        path: f.path,
        line: f.line,
        match: f.match,
    }));
    // A stable order keeps the file's diffs small when it is regenerated.
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.fingerprint.localeCompare(b.fingerprint));
    return { version: 1, tool, fingerprintVersion: finding_fingerprint/* FINGERPRINT_VERSION */.UZ, findings: entries };
}
function serializeBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        // JSON.parse quotes the text around the error; the file may not be a baseline at all, so only say where.
        throw new BaselineError(`${file}: not a JSON baseline file (invalid JSON${jsonErrorPosition(text, err)})`);
    }
    const parsed = BaselineSchema.safeParse(data);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first.path.map(String).join('.') || '(top level)';
        const hint = first.path[0] === 'fingerprintVersion'
            ? ' The baseline was made by another version of the fingerprint; regenerate it with `tokenhub-migration-check baseline`.'
            : '';
        // Unknown keys are named by the file; say that there are some, not what they are.
        const what = first.code === 'unrecognized_keys' ? 'unknown key' : first.message;
        throw new BaselineError(`${file}: invalid baseline at ${where}: ${what}.${hint}`);
    }
    return parsed.data;
}
/**
 * Splits findings into new and known. `inScope` limits stale entries to files this run could have seen (a diff
 * scan sees only changed files, so entries elsewhere are not stale).
 */
function applyBaseline(findings, baseline, inScope = () => true) {
    const known = new Set(baseline.findings.map((e) => e.fingerprint));
    const prints = (0,finding_fingerprint/* fingerprintsOf */.tm)(findings);
    const matched = new Set();
    const out = { fresh: [], known: [], stale: [] };
    const unmatched = [];
    findings.forEach((f, i) => {
        const fp = prints[i];
        if (known.has(fp))
            matched.add(fp);
        else
            unmatched.push(f);
    });
    // Then by content alone, for files renamed, moved or split: each entry nothing matched by path stands for one
    // finding, so a copy of a known line in a new file next to the original is still new.
    const spare = new Map();
    for (const e of baseline.findings) {
        if (matched.has(e.fingerprint) || !e.contentFingerprint)
            continue;
        spare.set(e.contentFingerprint, [...(spare.get(e.contentFingerprint) ?? []), e]);
    }
    const moved = new Set();
    const movedFindings = new Set();
    for (const f of unmatched) {
        const entry = f.contentFingerprint ? spare.get(f.contentFingerprint)?.shift() : undefined;
        if (entry) {
            moved.add(entry);
            movedFindings.add(f);
        }
    }
    // In the findings' own order.
    out.known = findings.filter((f, i) => known.has(prints[i]) || movedFindings.has(f));
    out.fresh = unmatched.filter((f) => !movedFindings.has(f));
    out.stale = baseline.findings.filter((e) => !matched.has(e.fingerprint) && !moved.has(e) && inScope(e.path));
    return out;
}
/** ` at line L, column C` from a JSON.parse error, or nothing: never the text itself. */
function jsonErrorPosition(text, err) {
    const m = /position (\d+)/.exec(err.message ?? '');
    if (!m)
        return '';
    const offset = Math.min(Number(m[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

// EXTERNAL MODULE: ./src/triage/baseline-path.ts
var baseline_path = __webpack_require__(8945);
;// CONCATENATED MODULE: ./src/triage/baseline-file.ts








/** Baselines of very large repositories run to a few MiB; anything far larger is not one. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
/**
 * Reads a baseline named by the config file or an input. The config is the PR author's on a pull request, so the
 * path must stay inside the workspace (no `..`, no absolute path elsewhere, no linked folder), the file must be a
 * regular file within the size cap, and no error quotes what the file holds.
 */
async function readBaselineFile(root, file) {
    const inside = await (0,inside_root/* pathInsideRoot */.o)(root, file);
    if ('refused' in inside)
        throw new BaselineError(`baseline file not read: ${file}: ${inside.refused}`);
    const read = await (0,bounded_read/* readRepoFile */.v6)(inside.abs, MAX_BASELINE_BYTES);
    if (!read.ok) {
        throw new BaselineError(read.missing
            ? `baseline file not found: ${file} (create it with \`tokenhub-migration-check baseline --output ${file}\`)`
            : `cannot read the baseline file ${file}: ${read.reason}`);
    }
    return parseBaseline(read.bytes.toString('utf8'), file);
}
/** Writes the baseline the config names (or the default path) inside the repository, never through a link. */
async function writeBaselineFile(root, file, baseline) {
    return (0,report_path/* writeReportFile */.aS)(external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(root, file) : file, [root], serializeBaseline(baseline), 'the baseline');
}
/**
 * Records the findings as a baseline (`baseline` command) and returns the path written. A file named on the command
 * line (`output`, relative to `cwd`) is the user's; the one the config names (or the default) stays inside the root.
 */
async function saveBaseline(findings, where) {
    const baseline = createBaseline(findings, tool/* TOOL_NAME */.lH);
    return where.output
        ? (0,report_path/* writeUserFile */.fL)(where.output, where.cwd, serializeBaseline(baseline), 'the baseline')
        : writeBaselineFile(where.root, where.configured ?? baseline_path/* DEFAULT_BASELINE_PATH */.G, baseline);
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/triage/baseline-scope.ts

/**
 * Which files a scan could have seen, so that baseline entries for other files are not called stale. Paths are
 * relative to the root with `/`; `targets` are the scanned folders or files, also root-relative ('' is the root).
 */
function scanScope(targets, include, exclude) {
    const inc = include.length ? ignore_default()().add([...include]) : undefined;
    const exc = ignore_default()().add([...exclude]);
    const prefixes = targets.map((t) => t.replace(/\/+$/, ''));
    return (p) => {
        const underTarget = prefixes.length === 0 || prefixes.some((t) => t === '' || t === '.' || p === t || p.startsWith(t + '/'));
        return underTarget && (!inc || inc.ignores(p)) && !exc.ignores(p);
    };
}

;// CONCATENATED MODULE: ./src/triage/baseline-input.ts



/**
 * The baseline as triage takes it, for both faces: the file read from the root, and the files this run could have
 * seen (its targets, include and exclude; in diff mode only the changed files), so that entries elsewhere are
 * never called stale.
 */
async function baselineInput(root, file, scope) {
    const baseline = await readBaselineFile(root, file);
    const relTargets = scope.targets.map((t) => toPosix(external_node_path_default().relative(root, external_node_path_default().resolve(root, t))));
    const inTargets = scanScope(relTargets, scope.include, scope.exclude);
    const changed = scope.changedFiles ? new Set(scope.changedFiles) : undefined;
    return { file: displayPath(root, file), baseline, inScope: (p) => inTargets(p) && (!changed || changed.has(p)) };
}
/** A file as the user should read it: relative to the root when inside it, else as given. */
function displayPath(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? toPosix(rel) : file;
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/triage/diff-scope.ts
var diff_scope = __webpack_require__(2696);
;// CONCATENATED MODULE: ./src/triage/triage.ts




function triage(input) {
    const suppressed = [];
    const reported = [];
    for (const f of input.findings) {
        if (f.ignoredInline)
            suppressed.push({ finding: f, reason: f.ignoredInline.reason ?? 'inline ignore comment (no reason given)' });
        else
            reported.push(f);
    }
    let judged = reported;
    let preExisting = [];
    let outsideDiff = [];
    if (input.diff) {
        const split = (0,diff_scope/* splitByDiff */.r)(reported, input.diff.addedLines, input.diff.scope);
        judged = split.newFindings;
        preExisting = split.preExisting;
        outsideDiff = split.outside;
    }
    let known = [];
    let baseline;
    if (input.baseline) {
        const outcome = applyBaseline(judged, input.baseline.baseline, input.baseline.inScope);
        judged = outcome.fresh;
        known = outcome.known;
        baseline = deepFreeze({
            file: input.baseline.file,
            // The entries, and the findings they matched by content in a renamed or moved file: SARIF and JSON mark both unchanged.
            knownFingerprints: new Set([...input.baseline.baseline.findings.map((e) => e.fingerprint), ...(0,finding_fingerprint/* fingerprintsOf */.tm)(outcome.known)]),
            stale: outcome.stale,
        });
    }
    const failing = (0,severity/* atOrAbove */.kU)(judged, input.failOn);
    return deepFreeze({
        failOn: input.failOn,
        diffScoped: input.diff !== undefined,
        reported,
        judged: [...judged],
        preExisting: [...preExisting],
        outsideDiff: [...outsideDiff],
        known: [...known],
        suppressed,
        ...(baseline ? { baseline } : {}),
        failing,
        verdict: failing.length > 0 ? 'fail' : 'pass',
    });
}
/** Freezes the outcome's lists and records (not the findings, which other outcomes may share). */
function deepFreeze(value) {
    for (const v of Object.values(value)) {
        if (Array.isArray(v)) {
            for (const item of v)
                if (item && typeof item === 'object' && 'finding' in item)
                    Object.freeze(item);
            Object.freeze(v);
        }
        else if (v && typeof v === 'object' && !(v instanceof Set))
            Object.freeze(v);
    }
    return Object.freeze(value);
}

;// CONCATENATED MODULE: ./src/pipeline/check.ts



/** The target scanned: the whole tree, or the files the change adds, read where the change's lines are. */
async function scanTarget(req) {
    const options = {
        root: req.root,
        paths: req.targets,
        include: req.settings.include,
        exclude: req.settings.exclude,
        catalog: req.settings.catalog,
        ...(req.gitignore !== undefined ? { gitignore: req.gitignore } : {}),
        ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}),
        ...(req.threads !== undefined ? { threads: req.threads } : {}),
        ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    };
    if (!req.change)
        return (0,src_target/* scanTree */.wp)(options);
    const diff = await (0,src_target/* resolveChanges */.uy)(req.root, req.change, { ...(req.rest ? { rest: req.rest } : {}), log: (m) => req.log.info(m) });
    return (0,src_target/* scanChanges */.Vc)(diff, options, req.log);
}
/** The lines a change adds, per path at its head, as triage and the review comments take them. */
function addedLinesOf(diff) {
    return new Map(diff.files.map((f) => [f.path, f.addedLines]));
}
/**
 * Triage of what the scan found: inline ignores, the change's diff scope, the baseline (whose stale entries are
 * sought only where this run looked) and `fail-on`. `result` defaults to the target's own; the action passes it
 * with the smoke test's findings added.
 */
async function judgeTarget(req, target, result = target.result) {
    const { settings } = req;
    const addedLines = target.diff ? addedLinesOf(target.diff) : undefined;
    return triage({
        findings: result.findings,
        failOn: settings.failOn,
        ...(addedLines ? { diff: { addedLines, scope: req.scope } } : {}),
        ...(settings.baseline
            ? {
                baseline: await baselineInput(result.root, settings.baseline, {
                    targets: req.targets,
                    include: settings.include,
                    exclude: settings.exclude,
                    ...(addedLines ? { changedFiles: addedLines.keys() } : {}),
                }),
            }
            : {}),
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/pipeline/selection-check.ts



/**
 * A scan that read no file at all is almost always a selection mistake (a typo in --include, a folder that is all
 * ignored): say which part selected nothing instead of reporting a clean result. Files named one by one and all
 * excluded are not a mistake (a commit hook passes whatever is staged), so that case stays a clean result.
 */
function checkSomethingScanned(result, sel) {
    if (result.stats.files > 0 || result.skipped.length > 0)
        return;
    if (sel.include.length) {
        const where = sel.includeFromConfig ? 'include pattern (config file)' : '--include';
        const list = sel.include.map((p) => `'${p}'`).join(', ');
        throw new scan/* ScanTargetError */.$F(`${where} ${list} ${sel.include.length === 1 ? 'matches' : 'match'} no file in ${sel.positionals.length ? sel.positionals.join(', ') : 'the current folder'} ` +
            '(patterns use .gitignore syntax, relative to the root: `src/`, `*.py`, `src/**/*.ts`)');
    }
    const targets = sel.positionals.length ? sel.positionals : ['.'];
    const folders = targets.filter((t) => isDir(external_node_path_default().resolve(sel.cwd, t)));
    if (folders.length) {
        throw new scan/* ScanTargetError */.$F(`${folders.map((f) => `'${f}'`).join(', ')} has no file to scan: ${folders.length === 1 ? 'it is' : 'they are'} empty, or everything in ` +
            `${folders.length === 1 ? 'it' : 'them'} is excluded (--exclude, the config file) or ignored by .gitignore (--no-gitignore scans ignored files)`);
    }
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/local-check.ts










async function localCheck(req) {
    const stdin = wantsStdin(req.paths);
    if (stdin && req.change)
        throw new errors/* UsageError */.eb("'-' (standard input) cannot be combined with --diff or --staged");
    const stdinRel = stdin ? stdinName(req.stdin?.filename) : undefined;
    const targets = stdin ? [] : req.paths.map((p) => external_node_path_default().resolve(req.cwd, p));
    const root = stdin && !req.root ? req.cwd : await (0,src_target/* commandRoot */.WB)(req.cwd, targets, req.root);
    const settings = await (0,command_settings/* commandSettings */.J)(req.cwd, root, req.overrides);
    const request = {
        root,
        targets,
        settings,
        scope: req.scope,
        gitignore: req.gitignore,
        log: { info: () => undefined },
        ...(req.change ? { change: req.change } : {}),
        ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}),
        ...(req.threads !== undefined ? { threads: req.threads } : {}),
        ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    };
    let target;
    if (stdinRel !== undefined) {
        const bytes = await readStdin(req.stdin?.stream, req.maxFileBytes ?? scan/* DEFAULT_MAX_FILE_BYTES */.CR, req.stdin?.program ?? tool/* TOOL_NAME */.lH);
        target = contentTarget({ root, path: stdinRel, bytes, catalog: settings.catalog, ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}) });
        targets.push(external_node_path_default().resolve(root, stdinRel));
    }
    else {
        target = await scanTarget(request);
        if (!req.change) {
            checkSomethingScanned(target.result, { cwd: req.cwd, positionals: req.paths, include: settings.include, includeFromConfig: !req.overrides.include?.length });
        }
    }
    return { root: target.result.root, targets, settings, target, outcome: await judgeTarget(request, target) };
}

;// CONCATENATED MODULE: ./src/cli/scan-command.ts








/**
 * `scan` and `baseline`: the same pipeline as the action (src/pipeline/local-check.ts: target, scan, triage), then
 * printing. With --diff REF or --staged only what the change adds is judged, split into new and pre-existing exactly
 * as in a pull request.
 */
function changeOf(flags) {
    if (flags.staged && flags.diff !== undefined)
        throw new errors/* UsageError */.eb('--diff and --staged cannot be combined: --staged checks the index, --diff the working tree');
    if (flags.staged)
        return { kind: 'index' };
    if (flags.diff !== undefined)
        return { kind: 'worktree', ref: flags.diff };
    return undefined;
}
async function check(paths, flags, io, progressAllowed) {
    const change = changeOf(flags);
    const progress = progressAllowed && !change && io.stderr.isTTY && !flags.output;
    try {
        return await localCheck({
            cwd: io.cwd,
            paths,
            root: flags.root,
            overrides: flags,
            change,
            scope: flags.scope,
            gitignore: flags.gitignore,
            maxFileBytes: flags.maxFileSize,
            threads: flags.threads,
            stdin: { stream: io.stdin, filename: flags.stdinFilename, program: io.program ?? tool/* TOOL_NAME */.lH },
            ...(progress ? { onProgress: (n) => io.stderr.write(`\rscanning… ${n} files`) } : {}),
        });
    }
    finally {
        if (progress)
            io.stderr.write('\r\x1b[K');
    }
}
async function runScan(paths, flags, io) {
    const { settings, target, outcome } = await check(paths, flags, io, flags.format === 'text');
    const rendered = renderReport(flags.format, target, outcome, { rules: settings.rules, catalog: settings.catalog, color: !flags.output && flags.color && (0,terminal_text/* wantsColor */.zK)(io.env, io.stdout), verbose: flags.verbose });
    for (const w of rendered.warnings)
        io.stderr.write(`${tool/* TOOL_NAME */.lH}: warning: ${(0,terminal_text/* terminalSafeLines */.Dy)(w)}\n`);
    if (flags.output) {
        await (0,report_path/* writeUserFile */.fL)(flags.output, io.cwd, rendered.text, `the ${flags.format} report`);
        io.stderr.write(`Wrote ${flags.format} report to ${(0,terminal_text/* terminalSafe */.kJ)(flags.output)}\n`);
    }
    else {
        io.stdout.write(rendered.text);
    }
    return outcome.verdict === 'fail' ? errors/* EXIT_FINDINGS */.cB : errors/* EXIT_OK */.Ij;
}
async function runBaseline(paths, flags, io) {
    if (flags.staged || flags.diff !== undefined)
        throw new errors/* UsageError */.eb('a baseline records the whole tree: --diff and --staged do not apply');
    const { root, settings, outcome } = await check(paths, flags, io, true);
    const written = await saveBaseline(outcome.reported, { root, cwd: io.cwd, output: flags.output, configured: settings.loaded.config.baseline });
    io.stderr.write(`Wrote a baseline of ${outcome.reported.length} finding(s) to ${(0,terminal_text/* terminalSafe */.kJ)(displayPath(root, written))}. ` +
        `Commit it and pass it with --baseline (or \`baseline:\` in the config file): later scans then fail only on new findings.\n`);
    return errors/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 8722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aS: () => (/* binding */ writeReportFile),
  fL: () => (/* binding */ writeUserFile)
});

// UNUSED EXPORTS: ReportPathError, actionReportRoots, prepareReportPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/secrets.ts
/**
 * The secrets of this process (the GitHub token, the TokenHub key), and the one function that takes them out of any
 * text. The runner masks what a step prints once `::add-mask::` names it, but only in the log: the job summary, the
 * outputs and the report files are written by the action itself, and an API error may echo a token back in any of
 * them. So every such text passes through `redactSecrets` before it leaves the process.
 */
/** Shorter values would blank out ordinary words; every real token and key is far longer. */
const MIN_REDACTED_CHARS = 4;
const values = new Set();
/** Registers a secret (each of its lines too: a pasted value with a line break must not slip through in halves). */
function registerSecret(value) {
    if (!value)
        return;
    for (const v of [value, value.trim(), ...value.split(/\r\n|\r|\n/).map((line) => line.trim())]) {
        if (v.length >= MIN_REDACTED_CHARS)
            values.add(v);
    }
}
/** `text` with every registered secret replaced by `***` (longest first, so a secret inside another goes whole). */
function redactSecrets(text) {
    if (values.size === 0)
        return text;
    let out = text;
    for (const s of [...values].sort((a, b) => b.length - a.length))
        if (out.includes(s))
            out = out.split(s).join('***');
    return out;
}
/** Forgets every registered secret (tests that run several faces in one process). */
function clearSecrets() {
    values.clear();
}

;// CONCATENATED MODULE: ./src/safe-fs/report-path.ts




/**
 * Where a report (json-file, sarif-file, the CLI's --output) may be written. On a pull request the checked-out tree
 * is the PR author's: a committed `tokenhub-migration.json` that links to a file elsewhere, or a `reports` folder
 * that links out, would make the action overwrite whatever the runner's user can write. So a report goes only to a
 * path inside one of the allowed roots (the workspace, and RUNNER_TEMP which no PR controls), through folders that
 * are real folders (never a symbolic link), to a file that is not a link; missing folders are created one by one,
 * and the file is opened without following a link, so nothing swapped in between the checks and the write counts.
 */
/** A report path that cannot be used; the message says why. The CLI exits 2 with it, the action fails the step. */
class ReportPathError extends errors/* UserError */.yo {
}
const WRITE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const APPEND_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_APPEND | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
function inside(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel;
}
/**
 * The absolute path a report named `file` (relative to `roots[0]`) will be written to, after checking every folder
 * on the way and creating the missing ones. Throws ReportPathError with a message fit for the user.
 */
async function prepareReportPath(file, roots, what = 'the report') {
    const base = roots[0];
    const abs = external_node_path_default().resolve(base, file);
    let root;
    let rel;
    for (const r of roots) {
        // Compare against the real root: GITHUB_WORKSPACE itself may be reached through a link the runner made.
        const real = await external_node_fs_.promises.realpath(r).catch(() => external_node_path_default().resolve(r));
        for (const candidate of [external_node_path_default().resolve(r), real]) {
            const within = inside(candidate, abs);
            if (within !== undefined) {
                root = real;
                rel = within;
                break;
            }
        }
        if (root)
            break;
    }
    if (!root || !rel) {
        throw new ReportPathError(`Cannot write ${what} to ${file}: the path is outside the workspace${roots.length > 1 ? ' and RUNNER_TEMP' : ''}.`);
    }
    const parts = rel.split((external_node_path_default()).sep);
    let dir = root;
    for (const part of parts.slice(0, -1)) {
        dir = external_node_path_default().join(dir, part);
        const st = await external_node_fs_.promises.lstat(dir).catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw new ReportPathError(`Cannot write ${what} to ${file}: ${external_node_path_default().relative(root, dir)} cannot be read (${err.code ?? err.message}).`);
        });
        if (!st) {
            await external_node_fs_.promises.mkdir(dir).catch((err) => {
                if (err.code !== 'EEXIST')
                    throw new ReportPathError(`Cannot write ${what} to ${file}: cannot create the folder ${external_node_path_default().relative(root, dir)} (${err.code ?? err.message}).`);
            });
            const made = await external_node_fs_.promises.lstat(dir);
            if (!made.isDirectory() || made.isSymbolicLink())
                throw new ReportPathError(`Cannot write ${what} to ${file}: ${external_node_path_default().relative(root, dir)} is not a folder.`);
            continue;
        }
        if (st.isSymbolicLink())
            throw new ReportPathError(`Cannot write ${what} to ${file}: ${external_node_path_default().relative(root, dir)} is a symbolic link, which is not followed.`);
        if (!st.isDirectory())
            throw new ReportPathError(`Cannot write ${what} to ${file}: ${external_node_path_default().relative(root, dir)} is not a folder.`);
    }
    const target = external_node_path_default().join(root, rel);
    const st = await external_node_fs_.promises.lstat(target).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a symbolic link, which is not followed.`);
    if (st?.isDirectory())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a folder; name a file.`);
    if (st && !st.isFile())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
    return target;
}
/** Writes `text` to a path from prepareReportPath without following a link put there since. */
async function writeReportFile(file, roots, text, what, opts = {}) {
    const abs = await prepareReportPath(file, roots, what);
    await writeChecked(abs, file, text, what ?? 'the report', opts);
    return abs;
}
/**
 * A file the user named on the command line (`--output`, `--json`, `--summary`). Inside the working folder, which
 * in CI is a checkout someone else may control, it gets the checks of writeReportFile. A path outside it is the
 * user's explicit choice (`--output /tmp/report.json`), and its folders are theirs; the file itself is still never
 * written through a link, into a FIFO (which would block) or a device.
 */
async function writeUserFile(file, cwd, text, what, opts = {}) {
    const abs = external_node_path_default().resolve(cwd, file);
    const realCwd = await external_node_fs_.promises.realpath(cwd).catch(() => external_node_path_default().resolve(cwd));
    if (inside(external_node_path_default().resolve(cwd), abs) !== undefined || inside(realCwd, abs) !== undefined)
        return writeReportFile(file, [cwd], text, what, opts);
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(abs), { recursive: true }).catch((err) => {
        throw new ReportPathError(`Cannot write ${what} to ${file}: cannot create its folder (${err.code ?? err.message}).`);
    });
    const st = await external_node_fs_.promises.lstat(abs).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a symbolic link, which is not followed.`);
    if (st?.isDirectory())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is a folder; name a file.`);
    if (st && !st.isFile())
        throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
    await writeChecked(abs, file, text, what, opts);
    return abs;
}
async function writeChecked(abs, file, text, what, opts) {
    let fh;
    try {
        fh = await external_node_fs_.promises.open(abs, opts.append ? APPEND_FLAGS : WRITE_FLAGS, 0o644);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ELOOP' ? 'it is a symbolic link, which is not followed' : code === 'ENXIO' ? 'it is not a regular file' : `${code ?? err.message}`;
        throw new ReportPathError(`Cannot write ${what} to ${file}: ${why}.`);
    }
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
        // An API error quoted in a report must not carry a token or key into a file that may be uploaded.
        await fh.writeFile(redactSecrets(text));
    }
    finally {
        await fh.close();
    }
}
/** The roots a report of the action may go to: the workspace and, when set, the runner's temporary folder. */
function actionReportRoots(workspace) {
    const temp = process.env.RUNNER_TEMP;
    return temp ? [workspace, temp] : [workspace];
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
