export const id = 620;
export const ids = [620];
export const modules = {

/***/ 8620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAggregateCommand: () => (/* binding */ runAggregateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var github_client = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/github/pages.ts
var github_pages = __webpack_require__(3892);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __webpack_require__(9824);
;// CONCATENATED MODULE: ./src/report/audit-stats.ts

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
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.worst])
            entry.worst = f.severity;
        byFile.set(f.path, entry);
    }
    return [...byFile.values()]
        .sort((a, b) => b.findings - a.findings || SEVERITY_RANK[b.worst] - SEVERITY_RANK[a.worst] || (a.path < b.path ? -1 : 1))
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

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/board/board-mermaid.ts

/**
 * Mermaid charts for the board (GitHub renders ```mermaid blocks in issues and job summaries). Only the fixed
 * category names, numbers and dates the board made go into them, never text from a report.
 */
/** A pie of the findings left, by category; undefined when nothing is left (an empty pie draws nothing useful). */
function categoryPie(board) {
    const slices = CATEGORIES.filter((c) => board.totals.byCategory[c] > 0);
    if (slices.length === 0)
        return undefined;
    const lines = ['pie showData title Findings left by category', ...slices.map((c) => `    "${c}" : ${board.totals.byCategory[c]}`)];
    return lines.join('\n');
}
/** A line of the findings left, board after board; undefined before there are two boards to connect. */
function trendChart(history) {
    if (history.length < 2)
        return undefined;
    const days = history.map((p) => p.at.slice(0, 10));
    const sameDay = new Set(days).size < days.length;
    const labels = history.map((p) => (sameDay ? `${p.at.slice(5, 10)} ${p.at.slice(11, 16)}` : p.at.slice(0, 10)));
    const values = history.map((p) => p.findings);
    const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1));
    return [
        'xychart-beta',
        '    title "Findings left, board by board"',
        `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis "Findings" 0 --> ${top}`,
        `    line [${values.join(', ')}]`,
    ].join('\n');
}
function fenced(chart) {
    return '```mermaid\n' + chart + '\n```';
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/github/repository-name.ts
var repository_name = __webpack_require__(9623);
;// CONCATENATED MODULE: ./src/report/board/board-state.ts


/**
 * The previous board's state, read back from the board's JSON file or from the hidden comment in the board issue.
 * Both can be edited by people: everything is checked, and a state that fails the check is ignored (the board then
 * says it has no previous board) rather than believed.
 */
const Count = schemas/* number */.aig().int().min(0).max(Number.MAX_SAFE_INTEGER);
const IsoTime = iso/* datetime */.w$();
const ByCategory = schemas/* object */.Ikc({ 'legacy-endpoint': Count, 'legacy-sdk': Count, 'legacy-model': Count, 'legacy-search': Count });
const BoardStateSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(1),
    at: IsoTime,
    history: schemas/* array */.YOg(schemas/* object */.Ikc({ at: IsoTime, repositories: Count, findings: Count, byCategory: ByCategory })).max(1_000),
    repos: schemas/* record */.g1P(schemas/* string */.YjP().regex(repository_name/* REPOSITORY */.B), Count),
    reposComplete: schemas/* boolean */.zMY(),
});
const STATE_OPEN = '<!-- tokenhub-migration-check:board-state ';
const STATE_CLOSE = ' -->';
/** JSON that cannot end the HTML comment it sits in. */
function embedBoardState(state) {
    return STATE_OPEN + JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/-/g, '\\u002d') + STATE_CLOSE;
}
function readBoardStateFromBody(body) {
    if (!body)
        return { problem: 'the board issue has no body' };
    const start = body.lastIndexOf(STATE_OPEN);
    const end = start === -1 ? -1 : body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
    if (end === -1)
        return { problem: 'the board issue carries no state' };
    return checkState(body.slice(start + STATE_OPEN.length, end), 'the board issue');
}
/** From the board JSON file a previous run wrote (`--json`). */
function readBoardStateFromFile(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { problem: `${name} is not JSON` };
    }
    const state = json?.state;
    if (state === undefined)
        return { problem: `${name} is not a board JSON file (no state)` };
    return checkState(JSON.stringify(state), name);
}
function checkState(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { problem: `the state in ${where} is not JSON` };
    }
    const parsed = BoardStateSchema.safeParse(json);
    if (!parsed.success)
        return { problem: `the state in ${where} is not valid (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})` };
    const state = parsed.data;
    state.history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return { state };
}

// EXTERNAL MODULE: ./src/tool.ts
var src_tool = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/fix/fixability.ts
var fixability = __webpack_require__(8492);
;// CONCATENATED MODULE: ./src/report/board/repo-row.ts


const SAFE_RULES = new Set(catalog/* RULES */.y0.filter((r) => (0,fixability/* fixabilityOf */.b)(r) === 'safe').map((r) => r.id));
function emptyCounts() {
    return {
        bySeverity: { error: 0, warning: 0, notice: 0 },
        byCategory: { 'legacy-endpoint': 0, 'legacy-sdk': 0, 'legacy-model': 0, 'legacy-search': 0 },
    };
}
function repoRowOf(report, source, fallbackName) {
    const row = { repository: report.run?.repository ?? fallbackName, source, total: report.findings.length, safeFixes: 0, files: 0, skippedFiles: report.skipped.length, ...emptyCounts() };
    const files = new Set();
    for (const f of report.findings) {
        row.bySeverity[f.severity]++;
        row.byCategory[f.category]++;
        if (SAFE_RULES.has(f.ruleId))
            row.safeFixes++;
        files.add(f.path);
    }
    row.files = files.size;
    const run = report.run;
    if (run) {
        row.sha = run.sha;
        if (run.url)
            row.runUrl = run.url;
        if (run.fixPr)
            row.fixPr = run.fixPr;
        if (run.smokeTest)
            row.smokeTest = run.smokeTest;
        if (run.trackingIssue)
            row.trackingIssue = run.trackingIssue;
    }
    return row;
}

;// CONCATENATED MODULE: ./src/report/board/board.ts



/**
 * The organisation board: every repository's row, the totals, the notes about reports that could not be used,
 * and the trend against the previous board. Plain data, rendered to Markdown, CSV and JSON elsewhere.
 */
const HISTORY_POINTS = 52;
function totalsOf(rows) {
    const t = { repositories: rows.length, withFindings: 0, findings: 0, safeFixes: 0, ...emptyCounts() };
    for (const r of rows) {
        if (r.total > 0)
            t.withFindings++;
        t.findings += r.total;
        t.safeFixes += r.safeFixes;
        for (const s of SEVERITIES)
            t.bySeverity[s] += r.bySeverity[s];
        for (const c of CATEGORIES)
            t.byCategory[c] += r.byCategory[c];
    }
    return t;
}
function buildBoard(args) {
    const repositories = [...args.rows].sort((a, b) => b.total - a.total || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
    const totals = totalsOf(repositories);
    const at = args.now.toISOString();
    const point = { at, repositories: totals.repositories, findings: totals.findings, byCategory: { ...totals.byCategory } };
    // A board re-run on the same previous state replaces nothing: history only grows by this board's point.
    const history = [...(args.previous?.history ?? []).filter((p) => p.at < at), point].slice(-HISTORY_POINTS);
    const board = {
        version: 1,
        tool: { name: src_tool/* TOOL_NAME */.lH, version: src_tool/* TOOL_VERSION */.wr },
        generatedAt: at,
        totals,
        repositories,
        notes: args.notes,
        history,
    };
    if (args.runUrl)
        board.runUrl = args.runUrl;
    if (args.previous)
        board.trend = trendSince(args.previous, repositories, totals);
    return board;
}
function trendSince(previous, rows, totals) {
    const last = previous.history[previous.history.length - 1];
    const before = last?.byCategory ?? emptyCounts().byCategory;
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { before: before[c] ?? 0, after: totals.byCategory[c] }]));
    const prev = new Map(Object.entries(previous.repos).map(([k, v]) => [k.toLowerCase(), v]));
    const now = new Map(rows.map((r) => [r.repository.toLowerCase(), r]));
    const nowClean = [...prev.keys()].filter((k) => (prev.get(k) ?? 0) > 0 && now.has(k) && now.get(k).total === 0).map((k) => now.get(k).repository);
    // With an incomplete previous state, a repository missing from it may have had findings: "new" would be a guess.
    const newUsage = previous.reposComplete ? rows.filter((r) => r.total > 0 && !prev.get(r.repository.toLowerCase())).map((r) => r.repository) : [];
    return {
        previousAt: previous.at,
        findingsBefore: last?.findings ?? Object.values(previous.repos).reduce((a, b) => a + b, 0),
        findingsAfter: totals.findings,
        byCategory,
        nowClean: nowClean.sort(),
        newUsage: newUsage.sort(),
        complete: previous.reposComplete,
    };
}
/** The state the next board reads (from this board's JSON file or its issue), cut to `maxRepos` repositories. */
function stateOf(board, maxRepos = Infinity) {
    const withFindings = board.repositories.filter((r) => r.total > 0);
    const kept = withFindings.slice(0, maxRepos);
    return {
        v: 1,
        at: board.generatedAt,
        history: board.history,
        repos: Object.fromEntries(kept.map((r) => [r.repository, r.total])),
        reposComplete: kept.length === withFindings.length,
    };
}

;// CONCATENATED MODULE: ./src/report/board/board-markdown.ts





/**
 * The board as Markdown: for the job summary (GitHub allows 1 MiB per step) and for the organisation's tracking
 * issue (65,536 characters, with the state for the next board hidden at the end). Rows are cut, most findings
 * kept, until the text fits; what was cut is said.
 */
const BOARD_MARKER = '<!-- tokenhub-migration-check:org-board -->';
const ISSUE_LIMIT = 65_536;
const SUMMARY_LIMIT = 1_000_000;
/** Room kept for the state of the next board in the issue body. */
const STATE_BUDGET = 20_000;
const LIST_LIMIT = 20;
const CATEGORY_LABEL = { 'legacy-endpoint': 'Endpoint', 'legacy-sdk': 'SDK', 'legacy-model': 'Model', 'legacy-search': 'Search' };
/** A link target that cannot end the link or open HTML, from a URL the schema already held to http(s). */
function safeUrl(url) {
    return url.replace(/[()<>\s|"'`\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function signed(n) {
    return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}
function repoCell(row, serverUrl) {
    // A name from the report's `run` passed the schema's owner/name pattern; a file name is only text.
    return row.sha !== undefined
        ? `[${(0,markdown/* escapeText */.X1)(row.repository)}](${safeUrl(`${serverUrl}/${row.repository}`)})`
        : (0,markdown/* escapeText */.X1)(row.repository);
}
function linkOr(text, url) {
    return url ? `[${text}](${safeUrl(url)})` : text;
}
function prCell(row) {
    const pr = row.fixPr;
    if (!pr)
        return '—';
    if (pr.number === undefined)
        return pr.state;
    return `${linkOr(`#${pr.number}`, pr.url)} ${pr.state}`;
}
function smokeCell(row) {
    return row.smokeTest === 'passed' ? '✅ passed' : row.smokeTest === 'failed' ? '❌ failed' : row.smokeTest === 'skipped' ? 'skipped' : '—';
}
function trackingCell(row) {
    const t = row.trackingIssue;
    return t?.number !== undefined ? linkOr(`#${t.number}`, t.url) : '—';
}
function repoList(names) {
    const shown = names.slice(0, LIST_LIMIT).map(markdown/* escapeText */.X1).join(', ');
    return names.length > LIST_LIMIT ? `${shown} and ${names.length - LIST_LIMIT} more` : shown;
}
function renderBoard(board, opts) {
    const { totals } = board;
    const maxRows = opts.maxRows ?? 500;
    const maxNotes = opts.maxNotes ?? 50;
    const out = ['## TokenHub migration board', ''];
    const when = `${board.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
    const run = board.runUrl ? ` ([workflow run](${safeUrl(board.runUrl)}))` : '';
    if (totals.findings === 0) {
        out.push(`✅ **No usage of the retiring Hunyuan or LKE DeepSeek APIs is left** in the ${totals.repositories} repositories audited.`);
    }
    else {
        out.push(`**${totals.findings}** usage${totals.findings === 1 ? '' : 's'} of the retiring Hunyuan and LKE DeepSeek APIs left in ` +
            `**${totals.withFindings}** of ${totals.repositories} repositories: ${totals.bySeverity.error} errors, ${totals.bySeverity.warning} warnings, ` +
            `${totals.bySeverity.notice} notices. **${totals.safeFixes}** can be fixed automatically (\`fix\`, or the action's \`fix-pr\`).`);
    }
    out.push('', `As of ${when}${run}.`, '');
    out.push('### Since the last board', '');
    const trend = board.trend;
    if (!trend) {
        out.push('First board.', '');
    }
    else {
        out.push(`- Findings: ${trend.findingsBefore} → ${trend.findingsAfter} (${signed(trend.findingsAfter - trend.findingsBefore)}) since ${trend.previousAt.slice(0, 16).replace('T', ' ')} UTC`);
        for (const c of CATEGORIES) {
            const { before, after } = trend.byCategory[c];
            if (before !== after)
                out.push(`- ${c}: ${before} → ${after}`);
        }
        if (trend.nowClean.length)
            out.push(`- Now clean: ${repoList(trend.nowClean)}`);
        if (trend.newUsage.length)
            out.push(`- New usage: ${repoList(trend.newUsage)}`);
        if (!trend.complete)
            out.push('- (The last board kept per-repository counts only for its largest repositories.)');
        out.push('');
    }
    const pie = categoryPie(board);
    if (pie)
        out.push('### Findings by category', '', fenced(pie), '');
    const line = trendChart(board.history);
    if (line)
        out.push('### Trend', '', fenced(line), '');
    const withFindings = board.repositories.filter((r) => r.total > 0);
    const clean = board.repositories.filter((r) => r.total === 0);
    if (withFindings.length) {
        const cats = CATEGORIES.map((c) => CATEGORY_LABEL[c]);
        out.push('### Repositories', '', `| Repository | Findings | ${markdown/* SEVERITY_ICON */._9.error} | ${markdown/* SEVERITY_ICON */._9.warning} | ${markdown/* SEVERITY_ICON */._9.notice} | ${cats.join(' | ')} | Safe to fix | Migration PR | Smoke test | Tracking issue |`, `|---|---:|---:|---:|---:|${CATEGORIES.map(() => '---:').join('|')}|---:|---|---|---|`);
        for (const r of withFindings.slice(0, maxRows)) {
            out.push(`| ${repoCell(r, opts.serverUrl)} | ${r.total} | ${r.bySeverity.error} | ${r.bySeverity.warning} | ${r.bySeverity.notice} | ` +
                `${CATEGORIES.map((c) => r.byCategory[c]).join(' | ')} | ${r.safeFixes} | ${prCell(r)} | ${smokeCell(r)} | ${trackingCell(r)} |`);
        }
        if (withFindings.length > maxRows)
            out.push('', `_${withFindings.length - maxRows} more repositories with findings are in the board's CSV and JSON files._`);
        out.push('');
    }
    if (clean.length) {
        const shown = clean.slice(0, maxRows).map((r) => repoCell(r, opts.serverUrl));
        const more = clean.length > maxRows ? ` and ${clean.length - maxRows} more` : '';
        out.push(`<details><summary>${clean.length} clean repositor${clean.length === 1 ? 'y' : 'ies'}</summary>`, '', shown.join(', ') + more, '', '</details>', '');
    }
    if (board.notes.length) {
        out.push(`### Reports left out or noted (${board.notes.length})`, '');
        for (const n of board.notes.slice(0, maxNotes))
            out.push(`- ${(0,markdown/* escapeText */.X1)(n.source)}: ${(0,markdown/* escapeText */.X1)(n.reason)}`);
        if (board.notes.length > maxNotes)
            out.push(`- … and ${board.notes.length - maxNotes} more (see the board's JSON file)`);
        out.push('');
    }
    return out.join('\n');
}
/** The job summary: the board with as many rows as fit in GitHub's 1 MiB. */
function renderBoardSummary(board, opts) {
    return fit((rows) => renderBoard(board, { ...opts, maxRows: rows }), SUMMARY_LIMIT, board.repositories.length);
}
/** The issue body: marker, board, and the state for the next board, within GitHub's 65,536 characters. */
function renderBoardIssue(board, opts) {
    let maxRepos = board.repositories.length;
    let state = embedBoardState(stateOf(board, maxRepos));
    while (state.length > STATE_BUDGET && maxRepos > 0) {
        maxRepos = Math.floor(maxRepos / 2);
        state = embedBoardState(stateOf(board, maxRepos));
    }
    const room = ISSUE_LIMIT - state.length - BOARD_MARKER.length - 10;
    const text = fit((rows) => renderBoard(board, { ...opts, maxRows: rows, maxNotes: 20 }), room, board.repositories.length);
    const t = board.totals;
    const title = t.findings === 0 ? 'TokenHub migration board: nothing left to migrate' : `TokenHub migration board: ${t.findings} finding${t.findings === 1 ? '' : 's'} in ${t.withFindings} repositor${t.withFindings === 1 ? 'y' : 'ies'}`;
    return { title, body: `${BOARD_MARKER}\n${text}\n${state}\n` };
}
/** Halves the rows until the text fits; the last resort cuts the text. */
function fit(render, limit, total) {
    let rows = Math.min(total, 500);
    for (;;) {
        const text = render(rows);
        if (text.length <= limit)
            return text;
        if (rows === 0)
            return text.slice(0, limit - 100) + '\n\n_Cut to fit GitHub\'s size limit._\n';
        rows = Math.floor(rows / 2);
    }
}

;// CONCATENATED MODULE: ./src/report/board/board-issue.ts




/**
 * The organisation's board issue: one issue in one repository (usually the organisation's `.github`), found again by
 * its label, its hidden marker AND its author being the token's own identity (anyone can paste the marker into an
 * issue of their own; only ours is edited), created on the first board and updated in place after that.
 */
const BOARD_LABEL = 'tokenhub-migration-board';
class BoardIssueError extends Error {
}
function refusal(what, err) {
    if ((0,github_client/* statusOf */.c2)(err) === 410)
        return new BoardIssueError(`Could not ${what}: issues are disabled in that repository (HTTP 410).`);
    if ((0,github_client/* isPermissionDenied */.T1)(err)) {
        return new BoardIssueError(`Could not ${what}: the token was refused (${(0,github_client/* describeApiError */.gg)(err)}). The board issue needs a token with 'issues: write' on the board repository.`);
    }
    return new BoardIssueError(`Could not ${what}: ${(0,github_client/* describeApiError */.gg)(err)}`);
}
async function step(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw refusal(what, err);
    }
}
/** The login the token writes as: GET /user for a personal token; an app's installation token must be told (`--author`). */
async function tokenIdentity(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return data.login;
    }
    catch (err) {
        throw new BoardIssueError(`Could not learn which account the token writes as (GET /user: ${(0,github_client/* describeApiError */.gg)(err)}). A GitHub App's token cannot ask: ` +
            `pass the account with --author (for actions/create-github-app-token, '<app-slug>[bot]').`);
    }
}
async function findBoardIssue(client, owner, repo, author) {
    return step('look for the board issue', async () => {
        let closed;
        const pages = client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, labels: BOARD_LABEL, creator: author, state: 'all', per_page: 100 });
        for await (const { data } of (0,github_pages/* boundedPages */.c)(pages, 'issues with the board label')) {
            for (const issue of data) {
                if (issue.pull_request || !issue.body?.includes(BOARD_MARKER))
                    continue;
                if (issue.user?.login.toLowerCase() !== author.toLowerCase())
                    continue;
                if (issue.state === 'open')
                    return issue;
                closed ??= issue;
            }
        }
        return closed;
    });
}
function previousFromIssue(issue) {
    return issue ? readBoardStateFromBody(issue.body) : undefined;
}
async function writeBoardIssue(client, target, existing, rendered) {
    const { owner, repo } = target;
    if (!existing) {
        await step('create the board label', async () => {
            try {
                await client.rest.issues.createLabel({ owner, repo, name: BOARD_LABEL, color: '1d76db', description: 'The organisation board of the move to TokenHub' });
            }
            catch (err) {
                if ((0,github_client/* statusOf */.c2)(err) !== 422)
                    throw err; // 422: it exists already
            }
        });
        const { data } = await step('create the board issue', () => client.rest.issues.create({ owner, repo, title: rendered.title, body: rendered.body, labels: [BOARD_LABEL] }));
        return { action: 'created', number: data.number, url: data.html_url };
    }
    if (existing.body === rendered.body)
        return { action: 'unchanged', number: existing.number, url: existing.html_url };
    // A board someone closed is reopened: it is the organisation's one current view.
    await step('update the board issue', () => client.rest.issues.update({ owner, repo, issue_number: existing.number, title: rendered.title, body: rendered.body, ...(existing.state === 'closed' ? { state: 'open' } : {}) }));
    return { action: 'updated', number: existing.number, url: existing.html_url };
}

;// CONCATENATED MODULE: ./src/report/board/expected-repos.ts

/**
 * The audit's list of repositories against the reports that came back: a repository whose job failed before it
 * uploaded a report would otherwise just be absent from the board. Reads the list job's `repositories` output
 * (a JSON array) or one name per line.
 */
function parseExpected(text) {
    const trimmed = text.trim();
    let items;
    if (trimmed.startsWith('[')) {
        try {
            items = JSON.parse(trimmed);
        }
        catch {
            items = [];
        }
    }
    else {
        items = trimmed.split(/\r?\n/).map((s) => s.trim());
    }
    return items.filter((x) => typeof x === 'string' && repository_name/* REPOSITORY */.B.test(x));
}
function missingReports(rows, expected) {
    const have = new Set(rows.map((r) => r.repository.toLowerCase()));
    return expected.filter((r) => !have.has(r.toLowerCase())).map((r) => ({ source: r, reason: 'no report: its audit job failed or uploaded nothing' }));
}

;// CONCATENATED MODULE: ./src/report/board/report-schema.ts



/**
 * The JSON report as another run wrote it, checked before any of it is believed: an organisation board reads
 * reports from hundreds of jobs, and the fork pattern reads one a fork's code produced. Only what the readers use is
 * declared; every string has a length cap, every number a range, and unknown keys are dropped.
 */
const SHA = /^[0-9a-f]{7,64}$/;
const Category = schemas/* enum */.k5n(['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search']);
const Severity = schemas/* enum */.k5n(['error', 'warning', 'notice']);
const Position = schemas/* number */.aig().int().min(1).max(10_000_000);
/** Links the board shows: web links only (no `javascript:`), of a sane length. */
const WebUrl = schemas/* url */.OZ5({ protocol: /^https?$/ }).max(2_000);
/** Text on one line (no line break of any kind). */
const ONE_LINE = /^[^\n\r\u2028\u2029]*$/;
const ReportFinding = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP().min(1).max(200),
    category: Category,
    severity: Severity,
    path: schemas/* string */.YjP().min(1).max(4_096),
    line: Position,
    column: Position,
    endLine: Position,
    endColumn: Position,
    message: schemas/* string */.YjP().max(4_000),
    match: schemas/* string */.YjP().max(4_000),
    replacement: schemas/* string */.YjP().max(4_000).optional(),
    docsUrl: WebUrl.optional(),
    fingerprint: schemas/* string */.YjP().max(128).optional(),
    /** Where the finding's context came from (Finding.context). */
    context: schemas/* object */.Ikc({ scope: schemas/* enum */.k5n(['package', 'import', 'project']), path: schemas/* string */.YjP().min(1).max(4_096).regex(ONE_LINE), evidence: schemas/* string */.YjP().max(300).regex(ONE_LINE) }).optional(),
});
const ReportRun = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP().regex(repository_name/* REPOSITORY */.B),
    sha: schemas/* string */.YjP().regex(SHA),
    event: schemas/* string */.YjP().max(100),
    mode: schemas/* enum */.k5n(['diff', 'full']),
    url: WebUrl.optional(),
    pullRequest: schemas/* object */.Ikc({ number: schemas/* number */.aig().int().min(1), baseSha: schemas/* string */.YjP().regex(SHA), headSha: schemas/* string */.YjP().regex(SHA) }).optional(),
    smokeTest: schemas/* enum */.k5n(['passed', 'failed', 'skipped']).optional(),
    fixPr: schemas/* object */.Ikc({ state: schemas/* enum */.k5n(['opened', 'updated', 'unchanged', 'closed', 'none', 'skipped']), number: schemas/* number */.aig().int().min(1).optional(), url: WebUrl.optional() }).optional(),
    trackingIssue: schemas/* object */.Ikc({ action: schemas/* enum */.k5n(['created', 'updated', 'closed', 'reopened', 'unchanged', 'none']), number: schemas/* number */.aig().int().min(1).optional(), url: WebUrl.optional() }).optional(),
});
/** The whole report (DESIGN.md's JSON report contract, version 1). */
const ReportSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz(src_tool/* TOOL_NAME */.lH), version: schemas/* string */.YjP().max(50) }),
    findings: schemas/* array */.YOg(ReportFinding).max(1_000_000),
    skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP().max(4_096), reason: schemas/* string */.YjP().max(1_000) })).max(10_000_000),
    run: ReportRun.optional(),
});
/**
 * What the board reads of a report: per finding only the fields it counts by (the rest is neither shown nor
 * believed), which keeps checking 10,000 reports within the time a scheduled job should take.
 */
const BoardFinding = ReportFinding.pick({ ruleId: true, category: true, severity: true, path: true });
const BoardReportSchema = ReportSchema.extend({ findings: schemas/* array */.YOg(BoardFinding).max(1_000_000) });
/** Is this JSON (already parsed) one of ours at all? Tells a foreign file from a broken report of ours. */
function looksLikeOurReport(value) {
    const tool = value?.tool;
    return typeof value === 'object' && value !== null && tool?.name === src_tool/* TOOL_NAME */.lH;
}
/** The first few schema problems, as one line for a note or a warning. */
function describeIssues(error, max = 3) {
    const parts = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
    return parts.join('; ') + more;
}

// EXTERNAL MODULE: ./src/report/board/report-limits.ts
var report_limits = __webpack_require__(136);
;// CONCATENATED MODULE: ./src/report/board/read-reports.ts





/**
 * Reads the per-repository reports an organisation audit collected, one at a time: each report is
 * read (up to a size cap), checked against the schema, reduced to its board row and dropped, so memory holds one
 * report and one row per repository however many there are. A report that is missing, too large, truncated,
 * not JSON or not ours becomes a note on the board, never a crash. Folders are walked for `*.json` without
 * following symbolic links (an artifact download is a tree of folders).
 */

async function readReports(inputs, opts) {
    const cap = opts.maxReportBytes ?? report_limits/* DEFAULT_MAX_REPORT_BYTES */.A;
    const rows = [];
    const notes = [];
    let files = 0;
    const show = (file) => {
        const rel = external_node_path_default().relative(opts.cwd, file);
        return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : file;
    };
    // One report at a time, read synchronously: the artifacts were just downloaded (the page cache has them), and
    // nothing else runs meanwhile, so this is both the fastest way and the one that holds a single report in memory.
    for (const item of reportFiles(inputs, opts.cwd)) {
        if ('missing' in item) {
            notes.push({ source: item.missing, reason: item.reason });
            continue;
        }
        files++;
        const shown = show(item.file);
        const outcome = readReport(item.file, cap, shown);
        if ('row' in outcome)
            rows.push(outcome.row);
        else
            notes.push({ source: shown, reason: outcome.note });
        if (outcome.warning)
            notes.push({ source: shown, reason: outcome.warning });
    }
    return dedupe(rows, notes, files);
}
/** Two reports for one repository (a re-run uploaded twice): the board keeps one, by file name, and says so. */
function dedupe(rows, notes, files) {
    rows.sort((a, b) => cmp(a.repository, b.repository) || cmp(a.source, b.source));
    const kept = [];
    for (const row of rows) {
        const last = kept[kept.length - 1];
        if (last && last.repository.toLowerCase() === row.repository.toLowerCase()) {
            notes.push({ source: row.source, reason: `a second report for ${row.repository}; the board uses ${last.source}` });
            continue;
        }
        kept.push(row);
    }
    notes.sort((a, b) => cmp(a.source, b.source));
    return { rows: kept, notes, files };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function* reportFiles(inputs, cwd) {
    for (const input of inputs) {
        const abs = external_node_path_default().resolve(cwd, input);
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            yield { missing: input, reason: 'missing: no such file or folder (did its job fail before uploading a report?)' };
            continue;
        }
        if (stat.isDirectory())
            yield* walk(abs);
        else if (stat.isFile())
            yield { file: abs };
        else
            yield { missing: input, reason: stat.isSymbolicLink() ? 'a symbolic link; not followed' : 'not a regular file' };
    }
}
function* walk(dir) {
    const subdirs = [];
    for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name))) {
        const full = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            subdirs.push(full);
        else if (e.isFile() && e.name.toLowerCase().endsWith('.json'))
            yield { file: full };
    }
    for (const sub of subdirs)
        yield* walk(sub);
}
function readReport(file, cap, shown) {
    let text;
    try {
        const read = readCapped(file, cap);
        if (read === 'too-large')
            return { note: `larger than ${cap} bytes; not read` };
        if (read === 'not-a-file')
            return { note: 'not a regular file; not read' };
        text = read;
    }
    catch (err) {
        return { note: `could not be read: ${err.code ?? err.message}` };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { note: text.trim() === '' ? 'empty' : 'truncated or not JSON' };
    }
    if (!looksLikeOurReport(json))
        return { note: 'not a tokenhub-migration-check report; left out' };
    const checked = BoardReportSchema.safeParse(json);
    if (!checked.success)
        return { note: `not a valid report (${describeIssues(checked.error)}); left out` };
    const fallback = shown.replace(/\.json$/i, '');
    const row = repoRowOf(checked.data, shown, fallback);
    return checked.data.run ? { row } : { row, warning: `no repository named in the report (made by the CLI?); shown as ${fallback}` };
}
/** The file's text, refusing links and anything over the cap (checked on the open file, so it cannot grow meanwhile). */
function readCapped(file, cap) {
    const fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return 'not-a-file';
        if (stat.size > cap)
            return 'too-large';
        // One byte more than the size said: a file that grew since is read only up to the cap.
        const buf = Buffer.allocUnsafe(Math.min(stat.size, cap) + 1);
        let used = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, used, buf.length - used, used);
            if (n === 0)
                break;
            used += n;
            if (used > cap)
                return 'too-large';
            if (used === buf.length)
                break;
        }
        return buf.toString('utf8', 0, used);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/report/board/aggregate.ts











/**
 * The organisation board from per-repository JSON reports, in two steps so that a refused token loses nothing: first
 * the board (the board issue is only read, for the previous state), which the face writes as summary, CSV and JSON;
 * then the board issue, updated last.
 */
/** What the command line gave does not do: no report, a bad --issue-repo, a file named that cannot be read. */
class BoardInputError extends errors/* UsageError */.eb {
}
/** What the command line gave, checked before any file is read or request made. */
function checkRequest(req) {
    if (req.reports.length === 0)
        throw new BoardInputError('aggregate needs at least one report file or folder');
    if (!req.issue)
        return;
    if (!repository_name/* REPOSITORY */.B.test(req.issue.repository))
        throw new BoardInputError(`--issue-repo must be owner/name (got '${req.issue.repository}')`);
    if (!req.issue.token)
        throw new BoardInputError('--issue-repo needs a token in $GITHUB_TOKEN (or $GH_TOKEN)');
}
async function prepareBoard(req) {
    checkRequest(req);
    let issue;
    if (req.issue) {
        const log = req.log;
        const client = (0,github_client/* createGitHubClient */.LX)({ token: req.issue.token, baseUrl: req.issue.apiUrl, log: { debug: () => { }, info: log, warn: (m) => log(`warning: ${m}`) } });
        const [owner, repo] = req.issue.repository.split('/');
        issue = { client, owner, repo };
        try {
            const author = req.issue.author ?? (await tokenIdentity(client));
            issue.found = await findBoardIssue(client, owner, repo, author);
        }
        catch (err) {
            if (!(err instanceof BoardIssueError))
                throw err;
            issue.problem = err.message;
        }
    }
    let previousRead;
    if (req.previousFile !== undefined) {
        const text = await external_node_fs_.promises.readFile(external_node_path_default().resolve(req.cwd, req.previousFile), 'utf8').catch(() => undefined);
        previousRead = text === undefined ? { problem: `${req.previousFile} could not be read` } : readBoardStateFromFile(text, req.previousFile);
    }
    else {
        previousRead = previousFromIssue(issue?.found);
    }
    let previous;
    if (previousRead && 'state' in previousRead)
        previous = previousRead.state;
    else if (previousRead)
        req.log(`warning: no trend this time: ${previousRead.problem}.`);
    const read = await readReports(req.reports, { cwd: req.cwd, maxReportBytes: req.maxReportBytes });
    if (req.expectFile !== undefined) {
        const text = await external_node_fs_.promises.readFile(external_node_path_default().resolve(req.cwd, req.expectFile), 'utf8').catch(() => {
            throw new BoardInputError(`--expect: cannot read ${req.expectFile}`);
        });
        read.notes.push(...missingReports(read.rows, parseExpected(text)));
    }
    for (const n of read.notes)
        req.log(`note: ${n.source}: ${n.reason}`);
    const board = buildBoard({ rows: read.rows, notes: read.notes, ...(previous ? { previous } : {}), now: new Date(), ...(req.runUrl ? { runUrl: req.runUrl } : {}) });
    req.log(`Read ${read.files} report file(s): ${board.totals.repositories} repositories, ${board.totals.findings} findings, ${read.notes.length} note(s).`);
    return { board, files: read.files, ...(issue ? { issue } : {}) };
}
/** Writes the board issue; the problem when it could not be written. */
async function publishBoard(prepared, serverUrl) {
    const { issue } = prepared;
    if (!issue)
        return undefined;
    if (issue.problem)
        return { problem: issue.problem };
    try {
        const outcome = await writeBoardIssue(issue.client, { owner: issue.owner, repo: issue.repo }, issue.found, renderBoardIssue(prepared.board, { serverUrl }));
        return { url: outcome.url, action: outcome.action };
    }
    catch (err) {
        if (!(err instanceof BoardIssueError))
            throw err;
        return { problem: err.message };
    }
}

// EXTERNAL MODULE: ./src/safe-fs/report-path.ts + 1 modules
var report_path = __webpack_require__(8722);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/report/board/board-csv.ts


/**
 * The board as CSV, one line per repository, for spreadsheets and other tools. csv-stringify does the quoting;
 * a text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe, as OWASP advises against CSV injection.
 */
const COLUMNS = [
    'repository',
    'findings',
    ...SEVERITIES,
    ...CATEGORIES,
    'safe_fixes',
    'files',
    'skipped_files',
    'migration_pr_state',
    'migration_pr_number',
    'migration_pr_url',
    'smoke_test',
    'tracking_issue_number',
    'tracking_issue_url',
    'sha',
    'run_url',
    'report',
];
function board_csv_text(v) {
    if (v === undefined)
        return '';
    return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
function renderBoardCsv(board) {
    const records = board.repositories.map((r) => [
        board_csv_text(r.repository),
        r.total,
        ...SEVERITIES.map((s) => r.bySeverity[s]),
        ...CATEGORIES.map((c) => r.byCategory[c]),
        r.safeFixes,
        r.files,
        r.skippedFiles,
        board_csv_text(r.fixPr?.state),
        r.fixPr?.number ?? '',
        board_csv_text(r.fixPr?.url),
        board_csv_text(r.smokeTest),
        r.trackingIssue?.number ?? '',
        board_csv_text(r.trackingIssue?.url),
        board_csv_text(r.sha),
        board_csv_text(r.runUrl),
        board_csv_text(r.source),
    ]);
    return (0,sync/* stringify */.A)(records, { header: true, columns: COLUMNS, record_delimiter: '\n' });
}

;// CONCATENATED MODULE: ./src/report/board/board-json.ts

/** The board as JSON for other tools, with the state the next board reads back (`aggregate --previous FILE`). */
function renderBoardJson(board) {
    return JSON.stringify({ ...board, state: stateOf(board) }, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/board/board-files.ts




/**
 * Writes the board to the files asked for, before the board issue is touched (a refused token then loses nothing).
 * Returns the summary's Markdown when no summary file was named, for the face to print instead.
 */
async function writeBoardFiles(board, files, opts) {
    const summary = renderBoardSummary(board, { serverUrl: opts.serverUrl });
    if (files.summary)
        await (0,report_path/* writeUserFile */.fL)(files.summary, opts.cwd, summary + '\n', 'the job summary', { append: true });
    if (files.csv)
        await (0,report_path/* writeUserFile */.fL)(files.csv, opts.cwd, renderBoardCsv(board), 'the board');
    if (files.json)
        await (0,report_path/* writeUserFile */.fL)(files.json, opts.cwd, renderBoardJson(board), 'the board');
    return files.summary ? undefined : summary;
}

// EXTERNAL MODULE: ./src/github/command-environment.ts
var command_environment = __webpack_require__(9486);
// EXTERNAL MODULE: ./src/report/terminal-text.ts
var terminal_text = __webpack_require__(4890);
;// CONCATENATED MODULE: ./src/cli/aggregate-command.ts






async function runAggregateCommand(positionals, values, io) {
    const { token, apiUrl, serverUrl, runUrl } = (0,command_environment/* commandEnvironment */.J)(io.env);
    // Report files, repository names and API messages come from elsewhere: no control character reaches the terminal.
    const log = (line) => io.stderr.write(`${(0,terminal_text/* terminalSafeLines */.Dy)(line)}\n`);
    const prepared = await prepareBoard({
        reports: positionals,
        cwd: io.cwd,
        maxReportBytes: values.maxReportSize ?? report_limits/* DEFAULT_MAX_REPORT_BYTES */.A,
        previousFile: values.previous,
        expectFile: values.expect,
        ...(values.issueRepo !== undefined ? { issue: { repository: values.issueRepo, token, apiUrl, author: values.author || undefined } } : {}),
        runUrl,
        log,
    });
    const files = { summary: values.summary ?? io.env.GITHUB_STEP_SUMMARY, csv: values.csv, json: values.json };
    const unwritten = await writeBoardFiles(prepared.board, files, { cwd: io.cwd, serverUrl });
    if (unwritten !== undefined)
        io.stdout.write((0,terminal_text/* terminalSafeLines */.Dy)(unwritten) + '\n');
    const published = await publishBoard(prepared, serverUrl);
    if (!published)
        return errors/* EXIT_OK */.Ij;
    if ('problem' in published) {
        log(`error: the board issue was not updated: ${published.problem}`);
        return errors/* EXIT_FINDINGS */.cB;
    }
    log(`Board issue ${published.action}: ${published.url}`);
    return errors/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient),
  gg: () => (/* reexport */ describeApiError),
  T1: () => (/* reexport */ isPermissionDenied),
  c2: () => (/* reexport */ statusOf)
});

// UNUSED EXPORTS: ApiTimeoutError, DEFAULT_TIMEOUT_MS

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

;// CONCATENATED MODULE: ./src/github/errors.ts
/** What an octokit error says, read without loading octokit: its HTTP status, a one-line description, its kind. */
/** The HTTP status of an octokit error, if it has one. */
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/** A short, single-line description of an API failure for warnings (never the token: octokit redacts it). */
function describeApiError(err) {
    const status = statusOf(err);
    const message = err?.message?.split('\n')[0] ?? String(err);
    return status && status !== 500 ? `HTTP ${status}: ${message}` : message;
}
/** 401, or a 403 that is not a rate limit: the token lacks a permission. */
function isPermissionDenied(err) {
    const status = statusOf(err);
    if (status === 401)
        return true;
    if (status !== 403)
        return false;
    // A 403 that is a rate limit is not a permission problem.
    return !/rate limit/i.test(err.message ?? '');
}

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



/***/ }),

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ commandEnvironment)
/* harmony export */ });
function commandEnvironment(env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    return {
        token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
        serverUrl,
        ...(env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? { runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
}


/***/ }),

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   c: () => (/* binding */ boundedPages)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_PAGES, PaginationError */
/**
 * Reading a paginated GitHub list to its end, with an end we choose. octokit's paginate follows `rel="next"` for as
 * long as the server offers one: a proxy or a broken server that always links a next page (the same one, or one
 * more) would keep the step busy for as long as the job may run. Every list this action reads goes through here:
 * a next link to a page already read, or more pages than any real answer has, is a failure of that list, said in
 * words, and the channel that needed the list reports it instead of acting on half of it.
 */
/** 100 pages of 100 items: 10,000 comments on one PR, or issues with our label, is far beyond any real one. */
const DEFAULT_MAX_PAGES = 100;
class PaginationError extends Error {
    name = 'PaginationError';
}
function nextLink(link) {
    return /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
}
/** The pages of `iterator` (octokit's `paginate.iterator`), failing on a loop or past `maxPages`. */
async function* boundedPages(iterator, what, maxPages = DEFAULT_MAX_PAGES) {
    const seen = new Set();
    let count = 0;
    for await (const page of iterator) {
        count++;
        seen.add(page.url);
        yield page;
        const next = nextLink(page.headers.link);
        if (next === undefined)
            return;
        if (seen.has(next))
            throw new PaginationError(`GitHub's list of ${what} links back to a page already read (page ${count}); the list was not used`);
        if (count >= maxPages)
            throw new PaginationError(`GitHub's list of ${what} did not end after ${maxPages} pages; the list was not used`);
    }
}
/** Every item of a paginated list, or PaginationError (see boundedPages). */
async function listAll(iterator, what, maxPages = DEFAULT_MAX_PAGES) {
    const items = [];
    for await (const page of boundedPages(iterator, what, maxPages))
        items.push(...page.data);
    return items;
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


/***/ })

};
