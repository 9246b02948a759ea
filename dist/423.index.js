export const id = 423;
export const ids = [423];
export const modules = {

/***/ 9423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFixPr: () => (/* binding */ runFixPr)
});

// UNUSED EXPORTS: FIX_BRANCH

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/catalog/index.ts
var src_catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/scan/binary-types.ts
var binary_types = __webpack_require__(456);
// EXTERNAL MODULE: ./src/scan/list-files.ts
var list_files = __webpack_require__(9975);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 1 modules
var scan_file = __webpack_require__(7008);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 1 modules
var scanner = __webpack_require__(7144);
// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __webpack_require__(4771);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 2 modules
var match_text = __webpack_require__(8189);
// EXTERNAL MODULE: ./src/scan/prefilter.ts
var prefilter = __webpack_require__(9018);
;// CONCATENATED MODULE: ./src/fix/codec.ts

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function decodeForFix(bytes) {
    const decoded = (0,decode/* decode */.D4)(bytes);
    if (decoded.kind === 'skip')
        return decoded;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let codec;
    let text;
    if (decoded.encoding === 'utf-8' && decoded.invalidUtf8) {
        codec = { encoding: 'latin1', bom: false };
        text = buf.toString('latin1');
    }
    else {
        codec = { encoding: decoded.encoding, bom: decoded.encoding !== 'utf-8' || buf.subarray(0, 3).equals(UTF8_BOM) };
        text = decoded.text;
    }
    // Editing is only safe when the untouched text encodes back to exactly the bytes it came from
    // (not so for, say, a UTF-16 file with an odd byte count or an unpaired surrogate).
    if (!encodeText(text, codec).equals(buf)) {
        return { kind: 'skip', reason: `cannot be rewritten byte for byte (${codec.encoding})` };
    }
    return { kind: 'text', text, codec };
}
function encodeText(text, codec) {
    switch (codec.encoding) {
        case 'utf-8': {
            const body = Buffer.from(text, 'utf8');
            return codec.bom ? Buffer.concat([UTF8_BOM, body]) : body;
        }
        case 'utf-16le':
            return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        case 'utf-16be':
            return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
        case 'latin1':
            return Buffer.from(text, 'latin1');
    }
}

// EXTERNAL MODULE: ./src/fix/fix-text.ts
var fix_text = __webpack_require__(9946);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __webpack_require__(9824);
;// CONCATENATED MODULE: ./src/fix/fix-bytes.ts






/**
 * Fixes one file's bytes. Pure: the caller reads and writes. The findings are computed on the very text that is
 * edited, with the scanner's rules, context and inline ignores, so an ignored line is never touched.
 */
function fixBytes(bytes, rel, catalog, opts) {
    const utf16 = (0,decode/* hasUtf16Bom */.Vt)(bytes);
    if (!utf16) {
        if ((0,decode/* isBinary */.Go)(bytes))
            return { kind: 'skipped', reason: 'binary' };
        const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
        if (!(0,prefilter/* prefilterOf */.R)(catalog).test(latin1))
            return { kind: 'clean' };
    }
    const decoded = decodeForFix(bytes);
    if (decoded.kind === 'skip')
        return { kind: 'skipped', reason: decoded.reason };
    const findings = (0,finding/* notIgnored */.mI)((0,match_text/* matchText */.H)(decoded.text, rel, catalog));
    if (findings.length === 0)
        return { kind: 'clean' };
    const fixed = (0,fix_text/* fixText */.Xc)(decoded.text, findings, catalog, opts);
    const changed = fixed.applied.length > 0;
    if (changed)
        markHiddenByFix(fixed.remaining, (0,finding/* notIgnored */.mI)((0,match_text/* matchText */.H)(fixed.text, rel, catalog)));
    return {
        kind: changed ? 'fixed' : 'unchanged',
        encoding: decoded.codec.encoding,
        before: decoded.text,
        after: fixed.text,
        bytes: changed ? encodeText(fixed.text, decoded.codec) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        applied: fixed.applied,
        remaining: fixed.remaining,
    };
}
/** Marks the findings left over that a scan of the fixed text no longer reports (their context was the fixed endpoint). */
function markHiddenByFix(remaining, after) {
    // Columns move when an earlier replacement on the same line changes length; rule, line and text do not.
    const key = (f) => `${f.ruleId}\u0000${f.line}\u0000${f.match}`;
    const still = new Map();
    for (const f of after)
        still.set(key(f), (still.get(key(f)) ?? 0) + 1);
    for (const r of remaining) {
        const n = still.get(key(r.finding)) ?? 0;
        if (n > 0)
            still.set(key(r.finding), n - 1);
        else
            r.hiddenByFix = true;
    }
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/fix/unified-diff.ts

/** A unified diff of one file, in the form `git apply` and `patch -p1` read. */
function unifiedDiff(rel, before, after) {
    return (0,create/* createTwoFilesPatch */.ss)(`a/${rel}`, `b/${rel}`, before, after, undefined, undefined, { headerOptions: create/* FILE_HEADERS_ONLY */.jr });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/fix/write-atomic.ts



class FileChangedError extends Error {
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function snapshotOf(st, bytes) {
    return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, sha256: sha256(bytes) };
}
/** Reads a file and what it looked like, from one open handle. */
async function readWithSnapshot(abs) {
    const fh = await external_node_fs_.promises.open(abs, 'r');
    try {
        const st = await fh.stat();
        const bytes = await fh.readFile();
        return { bytes, snapshot: snapshotOf(st, bytes) };
    }
    finally {
        await fh.close();
    }
}
/**
 * Replaces a file's content atomically: the new bytes go to a temporary file in the same folder, with the original
 * mode (and owner, where we may set it), then take its place by rename, so a reader sees the old or the new file,
 * never half of one. Refuses, leaving the file as it is, when it changed since `expected` was taken.
 */
async function writeAtomic(abs, bytes, expected) {
    const dir = external_node_path_default().dirname(abs);
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(abs)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tokenhub-fix.tmp`);
    const mode = expected.mode & 0o7777;
    const fh = await external_node_fs_.promises.open(tmp, 'wx', mode);
    let renamed = false;
    try {
        try {
            await fh.writeFile(bytes);
            // open() applies the umask; the file must keep exactly its old mode (an executable script stays executable).
            await fh.chmod(mode);
            if (process.getuid?.() === 0)
                await fh.chown(expected.uid, expected.gid).catch(() => undefined);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await assertUnchanged(abs, expected);
        await external_node_fs_.promises.rename(tmp, abs);
        renamed = true;
    }
    finally {
        if (!renamed)
            await external_node_fs_.promises.rm(tmp, { force: true });
    }
}
async function assertUnchanged(abs, expected) {
    let st;
    try {
        st = await external_node_fs_.promises.lstat(abs);
    }
    catch {
        throw new FileChangedError('it was removed during the run');
    }
    if (!st.isFile())
        throw new FileChangedError('it is no longer a regular file');
    if (st.ino !== expected.ino || st.size !== expected.size || st.mtimeMs !== expected.mtimeMs || st.mode !== expected.mode) {
        throw new FileChangedError('it changed during the run');
    }
    if (sha256(await external_node_fs_.promises.readFile(abs)) !== expected.sha256)
        throw new FileChangedError('its content changed during the run');
}

;// CONCATENATED MODULE: ./src/fix/run-fix.ts









/** Finds the safe fixes under the root and applies them in place (or, in a dry run, only reports them). */
async function runFix(opts) {
    const started = performance.now();
    const root = await (0,scanner/* realRoot */.dU)(opts.root);
    const targets = await (0,scanner/* resolveTargets */.h5)(root, opts.paths ?? []);
    const catalog = opts.catalog ?? (0,compile/* compileCatalog */.Lx)(src_catalog/* RULES */.y0);
    const maxBytes = opts.maxFileBytes ?? scanner/* DEFAULT_MAX_FILE_BYTES */.CR;
    const fixOptions = { region: opts.region, ...(opts.models ? { models: opts.models } : {}) };
    const listing = (0,list_files/* walkFiles */.Fv)({ root, targets, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore });
    const changes = [];
    const remaining = [];
    const skipped = listing.skipped;
    const refused = [];
    let files = 0;
    const handle = async (file) => {
        const byName = (0,binary_types/* binaryTypeOf */.h)(file.rel);
        if (byName) {
            skipped.push({ path: file.rel, reason: byName });
            return;
        }
        if (file.size !== undefined && file.size > maxBytes) {
            skipped.push({ path: file.rel, reason: (0,scan_file/* tooLarge */.g$)(maxBytes, file.size) });
            return;
        }
        let read;
        try {
            read = await readWithSnapshot(file.abs);
        }
        catch (err) {
            skipped.push({ path: file.rel, reason: (0,scan_file/* unreadable */.O$)(err) });
            return;
        }
        if (read.bytes.length > maxBytes) {
            skipped.push({ path: file.rel, reason: (0,scan_file/* tooLarge */.g$)(maxBytes, read.bytes.length) });
            return;
        }
        const outcome = fixBytes(read.bytes, file.rel, catalog, fixOptions);
        if (outcome.kind === 'skipped') {
            skipped.push({ path: file.rel, reason: outcome.reason });
            return;
        }
        files++;
        if (outcome.kind === 'clean')
            return;
        remaining.push(...outcome.remaining);
        if (outcome.kind === 'unchanged')
            return;
        const change = {
            path: file.rel,
            encoding: outcome.encoding,
            applied: outcome.applied,
            diff: unifiedDiff(file.rel, outcome.before, outcome.after),
            written: false,
        };
        if (!opts.dryRun) {
            try {
                await opts.beforeWrite?.(file.rel);
                await writeAtomic(file.abs, outcome.bytes, read.snapshot);
                change.written = true;
            }
            catch (err) {
                const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${err.code ?? err.message})`;
                refused.push({ path: file.rel, reason });
                return;
            }
        }
        changes.push(change);
    };
    const inFlight = new Set();
    for (const file of listing.files) {
        const p = handle(file).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= 8)
            await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    changes.sort(byPath);
    refused.sort(byPath);
    skipped.sort(byPath);
    remaining.sort((a, b) => byPath(a.finding, b.finding) || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return {
        root,
        dryRun: Boolean(opts.dryRun),
        options: fixOptions,
        changes,
        remaining,
        skipped,
        refused,
        stats: { files, durationMs: Math.round(performance.now() - started) },
    };
}

// EXTERNAL MODULE: ./src/guidance/markdown.ts
var markdown = __webpack_require__(4505);
// EXTERNAL MODULE: ./src/guidance/plan.ts + 1 modules
var plan = __webpack_require__(6990);
// EXTERNAL MODULE: ./src/fix/region.ts
var fix_region = __webpack_require__(595);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/fix/model-map.ts


class ModelMapError extends (/* unused pure expression or super */ null && (UserError)) {
}
/** A model ID as it appears in code: no spaces, quotes or separators that would change the text around it. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
/**
 * Parses `legacy=new` pairs (comma-separated; the option may be repeated) and checks them against the catalog:
 * the legacy side must be a model ID a model rule reports, and the new side must not be one, so that a second
 * run never finds something to change again.
 */
function parseModelMap(specs, rules) {
    const map = new Map();
    const modelRules = rules.filter(acceptsModelMapping).map(wholeMatcher);
    for (const spec of specs) {
        for (const raw of spec.split(',')) {
            const pair = raw.trim();
            if (!pair)
                continue;
            const eq = pair.indexOf('=');
            if (eq <= 0 || eq === pair.length - 1)
                throw new ModelMapError(`--models expects legacy=new pairs (got '${pair}')`);
            const from = pair.slice(0, eq).trim();
            const to = pair.slice(eq + 1).trim();
            for (const id of [from, to]) {
                if (!MODEL_ID.test(id))
                    throw new ModelMapError(`--models: '${id}' is not a model ID`);
            }
            if (from === to)
                throw new ModelMapError(`--models: '${from}' is mapped to itself`);
            const previous = map.get(from);
            if (previous !== undefined && previous !== to) {
                throw new ModelMapError(`--models: '${from}' is mapped twice ('${previous}' and '${to}')`);
            }
            if (!modelRules.some((m) => m.matches(from))) {
                throw new ModelMapError(`--models: '${from}' is not a legacy model ID this tool reports, so there is nothing to map`);
            }
            const flagged = modelRules.find((m) => m.alwaysReported && m.matches(to));
            if (flagged) {
                throw new ModelMapError(`--models: the new model '${to}' is itself a legacy model ID (rule ${flagged.id}); choose a TokenHub model`);
            }
            map.set(from, to);
        }
    }
    return map;
}
function wholeMatcher(rule) {
    const re = new RegExp(`^(?:${rule.pattern})$`, rule.caseSensitive ? '' : 'i');
    const unless = rule.unless ? new RegExp(rule.unless, 'i') : undefined;
    return {
        id: rule.id,
        alwaysReported: !rule.context?.anyOf?.length,
        matches: (id) => re.test(id) && !unless?.test(id),
    };
}
function formatModelMap(map) {
    return [...map].map(([from, to]) => `${from}=${to}`).join(',');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
;// CONCATENATED MODULE: ./src/fix-pr/description.ts







/**
 * The migration pull request's title, body and commit message, from a fix run. Pure. The body starts with a
 * hidden marker, so that a later run recognises the pull request as its own.
 */
const FIX_PR_MARKER = '<!-- tokenhub-migration-check:fix-pr -->';
/** In the commit message: marks a commit of the fix branch as ours (a commit without it is someone else's). */
const FIX_COMMIT_TRAILER = 'TokenHub-Migration-Fix: v1';
/** GitHub refuses bodies over 65,536 characters; stay clear of it. */
const MAX_BODY_CHARS = 60_000;
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function cell(s) {
    return (0,report_markdown/* escapeCell */.kq)(s).replace(/`/g, "'");
}
function replacements(result) {
    return result.changes.reduce((n, c) => n + c.applied.length, 0);
}
function fixPrTitle(result) {
    return `Move to TokenHub: ${plural(replacements(result), 'safe replacement')} in ${plural(result.changes.length, 'file')}`;
}
function fixCommitMessage(result) {
    const lines = [
        'Move legacy Hunyuan/LKE usage to TokenHub (safe fixes)',
        '',
        `Applied by ${tool/* TOOL_NAME */.lH} ${tool/* TOOL_VERSION */.wr}: base URLs and model IDs whose TokenHub replacement Tencent's documentation confirms.`,
        '',
        ...result.changes.flatMap((c) => c.applied.map((a) => `- ${c.path}:${a.finding.line}: ${a.from} -> ${a.to}`)).slice(0, 200),
        '',
        FIX_COMMIT_TRAILER,
    ];
    return lines.join('\n') + '\n';
}
function fixPrBody(result, ctx) {
    // Shrink until it fits: first the folded snippets go, then the tables get shorter.
    const attempts = [
        { maxRows: 200, guidance: true },
        { maxRows: 200, guidance: false },
        { maxRows: 50, guidance: false },
        { maxRows: 10, guidance: false },
        { maxRows: 0, guidance: false },
    ];
    return (0,fit/* fitToSize */.u4)(attempts, (parts) => render(result, ctx, parts), (0,fit/* fitsChars */._B)(MAX_BODY_CHARS)).slice(0, MAX_BODY_CHARS);
}
function render(result, ctx, parts) {
    const repoUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
    const link = (path, line) => `[\`${cell(path)}:${line}\`](${repoUrl}/blob/${ctx.branch.split('/').map(encodeURIComponent).join('/')}/${path.split('/').map(encodeURIComponent).join('/')}#L${line})`;
    const region = result.options.region;
    const out = [FIX_PR_MARKER, ''];
    out.push(`This pull request applies the safe part of the migration from Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs to TokenHub: ` +
        `only replacements that Tencent's documentation confirms and that follow from the matched text alone (OpenAI-compatible base URLs, ` +
        `and model IDs with a documented successor). It was opened by [${tool/* TOOL_NAME */.lH}](${tool/* TOOL_URI */.qH}) and is updated in place on later runs; ` +
        `it closes itself when nothing is left to fix.`, '');
    const applied = result.changes.flatMap((c) => c.applied.map((a) => ({ path: c.path, a })));
    out.push(`### What changed (${plural(applied.length, 'replacement')} in ${plural(result.changes.length, 'file')})`, '');
    out.push('| Where | Was | Now | Rule |', '|---|---|---|---|');
    for (const { path, a } of applied.slice(0, parts.maxRows)) {
        out.push(`| ${link(path, a.finding.line)} | \`${cell(a.from)}\` | \`${cell(a.to)}\` | [\`${a.finding.ruleId}\`](${(0,tool/* ruleDocsUrl */.hS)(a.finding.ruleId)}) |`);
    }
    if (applied.length > parts.maxRows)
        out.push('', `… and ${applied.length - parts.maxRows} more (see the diff).`);
    out.push('');
    out.push('### Before merging', '');
    if (applied.some(({ a }) => a.finding.category === 'legacy-endpoint')) {
        out.push(`- [ ] The base URLs now point at TokenHub's ${region === 'mainland' ? 'mainland' : 'international'} site (\`${(0,fix_region/* baseUrlFor */.aU)(region)}\`). ` +
            `Keys are region-scoped: ${region === 'mainland' ? 'if yours is for the international site, set `fix-region: intl`' : 'if yours is for the mainland site, set `fix-region: mainland`'}.`, '- [ ] Give the code a TokenHub API key where it reads its key today (for example `HUNYUAN_API_KEY`): Hunyuan and LKE keys do not work on TokenHub.');
    }
    out.push('- [ ] Enable pay-as-you-go in the TokenHub console for every model the code calls (prepaid token packages are not sold on TokenHub).', '');
    const suggested = result.remaining.filter((r) => r.fixability === 'suggested');
    const manual = result.remaining.filter((r) => r.fixability === 'manual');
    if (suggested.length || manual.length) {
        out.push(`### Left for a person (${plural(suggested.length + manual.length, 'finding')})`, '');
    }
    if (suggested.length) {
        out.push(`**Suggested model replacements, not applied**: our suggestions, not official mappings. After checking each model, apply them with ` +
            `\`npx ${tool/* TOOL_NAME */.lH} fix --models ${formatModelMap(new Map(suggested.map((r) => [r.finding.match, r.suggestion ?? ''])))}\` (or by hand).`, '', '| Where | Model | Suggestion | Rule |', '|---|---|---|---|');
        for (const r of suggested.slice(0, parts.maxRows)) {
            out.push(`| ${link(r.finding.path, r.finding.line)} | \`${cell(r.finding.match)}\` | \`${cell(r.suggestion ?? '')}\` | [\`${r.finding.ruleId}\`](${(0,tool/* ruleDocsUrl */.hS)(r.finding.ruleId)}) |`);
        }
        if (suggested.length > parts.maxRows)
            out.push('', `… and ${suggested.length - parts.maxRows} more.`);
        out.push('');
    }
    if (manual.length) {
        out.push('**Needs code changes** (SDK clients, signing, search parameters): not edited here.', '', '| Where | Found | Rule |', '|---|---|---|');
        for (const r of manual.slice(0, parts.maxRows)) {
            const hidden = r.hiddenByFix ? ' ¹' : '';
            out.push(`| ${link(r.finding.path, r.finding.line)} | \`${cell(r.finding.match)}\`${hidden} | [\`${r.finding.ruleId}\`](${(0,tool/* ruleDocsUrl */.hS)(r.finding.ruleId)}) |`);
        }
        if (manual.length > parts.maxRows)
            out.push('', `… and ${manual.length - parts.maxRows} more.`);
        out.push('');
    }
    if (result.remaining.some((r) => r.hiddenByFix)) {
        out.push('¹ Recognised through a legacy endpoint this pull request rewrites: once it is merged, scans no longer report it, so deal with it here.', '');
    }
    if (parts.guidance) {
        const sections = (0,plan/* planGuidance */.u)([...manual, ...suggested].map((r) => r.finding)).filter((s) => s.topic !== 'openai-endpoint');
        if (sections.length) {
            out.push('### How to migrate the rest', '', ...(0,markdown/* guidanceMarkdown */.M)(sections, { baseUrl: (0,fix_region/* baseUrlFor */.aU)(region), headingLevel: 4 }));
        }
    }
    if (result.refused.length) {
        out.push('### Not written', '', ...result.refused.map((r) => `- \`${cell(r.path)}\`: ${cell(r.reason)}`), '');
    }
    out.push('---', `<sub>Generated by ${tool/* TOOL_NAME */.lH} ${tool/* TOOL_VERSION */.wr}${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}. ` +
        `Edits pushed to \`${ctx.branch}\` by anyone else stop the automatic updates.</sub>`, '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/fix-pr/git.ts


/**
 * The git steps of the migration pull request, run with the git on the runner against the checkout that
 * actions/checkout made (its `origin` remote and, by default, its persisted credentials).
 */
/** Who commits the fix: the identity GitHub shows for the workflow token's commits. */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** git in `cwd`, its stdout; a failure throws GitError with git's last lines of stderr. */
function git(cwd, args, opts = {}) {
    return (0,run/* gitOrThrow */.QE)(cwd, args, opts);
}
async function topLevel(dir) {
    try {
        return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
    }
    catch {
        return undefined;
    }
}
async function headSha(dir) {
    return (await git(dir, ['rev-parse', 'HEAD'])).trim();
}
/** A detached worktree of `commit` in `dir`, so that the fix never touches the user's checkout. */
async function addWorktree(repo, dir, commit) {
    await git(repo, ['worktree', 'add', '--detach', '--force', dir, commit]);
}
async function removeWorktree(repo, dir) {
    await git(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
    await git(repo, ['worktree', 'prune']).catch(() => undefined);
}
/** Commits the given files in the worktree as the bot; returns the new commit. */
async function commitFiles(worktree, files, message) {
    await git(worktree, ['add', '--', ...files]);
    await git(worktree, ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`, '-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-F', '-'], {
        input: message,
    });
    return headSha(worktree);
}
/** The remote branch's tip, or undefined when the branch does not exist. */
async function remoteTip(repo, remote, branch) {
    const out = await git(repo, ['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
    const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
}
/** Fetches one commit of a remote branch (depth 1 is enough: we read its tree, parent and message). */
async function fetchTip(repo, remote, branch) {
    const ref = 'refs/tokenhub-migration/remote-tip';
    await git(repo, ['fetch', '-q', '--no-tags', '--depth=1', remote, `+refs/heads/${branch}:${ref}`]);
    const info = await commitInfo(repo, ref);
    await git(repo, ['update-ref', '-d', ref]).catch(() => undefined);
    return info;
}
/** The raw commit object: parents are read from it, since a shallow fetch hides them from rev-parse. */
async function commitInfo(repo, rev) {
    const sha = (await git(repo, ['rev-parse', `${rev}^{commit}`])).trim();
    const raw = await git(repo, ['cat-file', 'commit', sha]);
    const blank = raw.indexOf('\n\n');
    const header = raw.slice(0, blank === -1 ? raw.length : blank).split('\n');
    return {
        sha,
        tree: header.find((l) => l.startsWith('tree ')).slice(5),
        parents: header.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
        message: blank === -1 ? '' : raw.slice(blank + 2),
        authorEmail: emailOf(header, 'author '),
        committerEmail: emailOf(header, 'committer '),
    };
}
/**
 * Pushes `commit` to the branch, replacing what is there only if it is still `expected` (undefined: the branch
 * must not exist), so that a push by someone else in between is never overwritten.
 */
async function pushBranch(worktree, remote, commit, branch, expected) {
    await git(worktree, ['push', '-q', `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`, remote, `${commit}:refs/heads/${branch}`]);
}
async function deleteBranch(repo, remote, branch, expected) {
    await git(repo, ['push', '-q', `--force-with-lease=refs/heads/${branch}:${expected}`, remote, `:refs/heads/${branch}`]);
}
/** A push refused for lack of permission (GitHub's 403 for a token without `contents: write`, or no credentials). */
function isPushDenied(err) {
    const text = err instanceof run/* GitError */.XS ? err.stderr : String(err);
    return /\b403\b|permission to .* denied|denied to|could not read username|authentication failed|write access to repository not granted/i.test(text);
}
function emailOf(header, field) {
    return /<([^>]*)>/.exec(header.find((l) => l.startsWith(field)) ?? '')?.[1] ?? '';
}
/**
 * The commit is one this action made: authored and committed as the bot, with the fix's trailer. A maintainer who
 * amends it (or pushes on top) becomes its committer, and from then on the branch is theirs.
 */
function madeByUs(commit, trailer) {
    return commit.message.includes(trailer) && commit.authorEmail === BOT_EMAIL && commit.committerEmail === BOT_EMAIL;
}

;// CONCATENATED MODULE: ./src/fix-pr/pull-request.ts

/**
 * The open pull request from our branch, whatever its base, if any (only ours: a pull request whose body lacks the
 * marker is left alone).
 */
async function findOpenPull(octokit, ref, branch) {
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        ...ref,
        state: 'open',
        head: `${ref.owner}:${branch}`,
        per_page: 100,
    });
    const pull = pulls.find((p) => p.head.ref === branch && (p.body ?? '').includes(FIX_PR_MARKER));
    if (!pull)
        return undefined;
    return {
        number: pull.number,
        url: pull.html_url,
        title: pull.title,
        body: pull.body ?? '',
        labels: pull.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
        base: pull.base.ref,
    };
}
async function openPull(octokit, ref, spec) {
    const { data } = await octokit.rest.pulls.create({
        ...ref,
        head: spec.branch,
        base: spec.baseBranch,
        title: spec.title,
        body: spec.body,
        maintainer_can_modify: true,
    });
    return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '', labels: [], base: data.base.ref };
}
async function updatePull(octokit, ref, number, spec) {
    await octokit.rest.pulls.update({ ...ref, pull_number: number, title: spec.title, body: spec.body });
}
/** Adds the labels the pull request lacks (GitHub creates a label that does not exist yet). */
async function ensureLabels(octokit, ref, pull, labels) {
    const have = new Set(pull.labels.map((l) => l.toLowerCase()));
    const missing = labels.filter((l) => !have.has(l.toLowerCase()));
    if (missing.length === 0)
        return;
    await octokit.rest.issues.addLabels({ ...ref, issue_number: pull.number, labels: missing });
}
async function closePull(octokit, ref, number, comment) {
    await octokit.rest.issues.createComment({ ...ref, issue_number: number, body: comment });
    await octokit.rest.pulls.update({ ...ref, pull_number: number, state: 'closed' });
}

// EXTERNAL MODULE: ./src/fix-pr/branch.ts
var fix_pr_branch = __webpack_require__(5570);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
;// CONCATENATED MODULE: ./src/fix-pr/run-fix-pr.ts






/**
 * The migration pull request of a full scan, like Dependabot's: the safe fixes applied on one branch, one pull
 * request opened for it and updated in place on later runs, closed when nothing is left. Each step that GitHub may
 * refuse degrades to a warning that names the permission or setting to add; the scan's result is never affected.
 */



const CLOSE_COMMENT = 'Nothing is left for the safe fix: the legacy base URLs and model IDs it rewrote are no longer in the base branch ' +
    '(this pull request was merged elsewhere, or the code changed). Closing it; a later run opens a new one if they come back. ' +
    'Findings that need a person are listed in the scan\'s job summary.';
function apiProblem(what, err) {
    return (0,permissions/* apiRefused */.vl)(what, 'pull-requests: write', err, { offSwitch: 'set fix-pr: false' }).message;
}
async function runFixPr(opts) {
    const { log } = opts;
    const remote = opts.remote ?? 'origin';
    const branch = opts.branch ?? fix_pr_branch/* FIX_BRANCH */.b;
    const skip = (reason) => {
        log.warning(`Migration pull request skipped: ${reason}`);
        return { state: 'skipped', reason };
    };
    const top = await topLevel(opts.workspace);
    if (!top)
        return skip('the workspace is not a git checkout; run actions/checkout before this action.');
    if (!opts.baseBranch)
        return skip('the run is not on a branch (a tag or a detached commit), so there is no base branch for the pull request.');
    if (opts.baseBranch === branch)
        return skip(`the run is on the fix branch ${branch} itself.`);
    const head = await headSha(top);
    const scratch = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(opts.tempDir, 'tokenhub-fix-'));
    const worktree = external_node_path_default().join(scratch, 'tree');
    await addWorktree(top, worktree, head);
    try {
        // Paths and reported files are relative to the workspace, which may be a folder inside the repository.
        const inRepo = external_node_path_default().relative(top, await external_node_fs_.promises.realpath(opts.workspace)).split((external_node_path_default()).sep).join('/');
        const root = external_node_path_default().join(worktree, inRepo);
        const result = await runFix({
            root,
            paths: opts.paths,
            include: opts.include,
            exclude: opts.exclude,
            region: opts.region,
            ...(opts.catalog ? { catalog: opts.catalog } : {}),
        });
        log.info(`Migration pull request: ${result.changes.reduce((n, c) => n + c.applied.length, 0)} safe replacements in ${result.changes.length} files; ` +
            `${result.remaining.length} findings left for a person.`);
        let existing;
        try {
            existing = await findOpenPull(opts.octokit, opts.repo, branch);
        }
        catch (err) {
            return skip(apiProblem('list pull requests', err));
        }
        // One branch, one pull request: a run on another branch must not rebuild it on a different base.
        if (existing && existing.base !== opts.baseBranch) {
            return skip(`the migration pull request #${existing.number} merges into ${existing.base}; runs on ${opts.baseBranch} leave it alone.`);
        }
        let tip;
        try {
            const sha = await remoteTip(top, remote, branch);
            if (sha)
                tip = await fetchTip(top, remote, branch);
        }
        catch (err) {
            return skip(`could not read the branch ${branch} from the remote '${remote}': ${err.message}`);
        }
        // The branch is ours only while its tip is a commit we made; a force-push would lose a maintainer's work.
        const tipIsOurs = tip === undefined || madeByUs(tip, FIX_COMMIT_TRAILER);
        if (!tipIsOurs) {
            return skip(`the tip of ${branch} is not the commit this action pushed (someone else pushed to ${branch} or amended its commit), so it is no longer ` +
                'updated automatically. Merge or close that pull request, or delete the branch, to start again.');
        }
        if (result.changes.length === 0) {
            let state = 'none';
            if (existing) {
                try {
                    await closePull(opts.octokit, opts.repo, existing.number, CLOSE_COMMENT);
                    state = 'closed';
                    log.info(`Closed the migration pull request #${existing.number}: nothing is left for the safe fix.`);
                }
                catch (err) {
                    log.warning(apiProblem(`close the migration pull request #${existing.number}`, err));
                    return { state: 'skipped', number: existing.number, url: existing.url, result };
                }
            }
            if (tip)
                await deleteBranch(top, remote, branch, tip.sha).catch((err) => log.warning(`Could not delete the branch ${branch}: ${err.message}`));
            return { state, ...(existing ? { number: existing.number, url: existing.url } : {}), result };
        }
        const files = result.changes.map((c) => (inRepo ? `${inRepo}/${c.path}` : c.path));
        const commit = await commitFiles(worktree, files, fixCommitMessage(result));
        const mine = await commitInfo(worktree, commit);
        // The same fixes on the same base: the branch is current, nothing to push.
        const current = tip !== undefined && tip.tree === mine.tree && tip.parents[0] === head;
        if (!current) {
            try {
                await pushBranch(worktree, remote, commit, branch, tip?.sha);
            }
            catch (err) {
                if (isPushDenied(err)) {
                    return skip(`pushing ${branch} was refused. Give the job \`contents: write\` under \`permissions:\` (and keep actions/checkout's ` +
                        `default \`persist-credentials: true\`).`);
                }
                return skip(`could not push ${branch}: ${err.message}`);
            }
        }
        const title = fixPrTitle(result);
        const body = fixPrBody(result, { serverUrl: opts.serverUrl, owner: opts.repo.owner, repo: opts.repo.repo, branch, baseBranch: opts.baseBranch });
        let pull;
        let state;
        try {
            if (existing) {
                pull = existing;
                if (existing.title !== title || existing.body !== body) {
                    await updatePull(opts.octokit, opts.repo, existing.number, { title, body });
                    state = 'updated';
                }
                else {
                    state = current ? 'unchanged' : 'updated';
                }
            }
            else {
                pull = await openPull(opts.octokit, opts.repo, { branch, baseBranch: opts.baseBranch, title, body });
                state = 'opened';
            }
        }
        catch (err) {
            return skip(`${apiProblem(existing ? `update pull request #${existing.number}` : 'open the pull request', err)} The fixes are on the branch ${branch}.`);
        }
        try {
            await ensureLabels(opts.octokit, opts.repo, pull, opts.labels);
        }
        catch (err) {
            log.warning(apiProblem(`label pull request #${pull.number}`, err));
        }
        log.info(`Migration pull request #${pull.number} ${state}: ${pull.url}`);
        return { state, number: pull.number, url: pull.url, result };
    }
    finally {
        await removeWorktree(top, worktree);
        await external_node_fs_.promises.rm(scratch, { recursive: true, force: true });
    }
}


/***/ })

};
