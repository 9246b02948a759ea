/**
 * `npm run bench`: the scanner against ripgrep on a generated monorepo and on one shaped like an LLM-provider plugin
 * monorepo (bench/corpus/plugins.ts), plus the action's pull-request mode
 * (`dist/index.js` on Node 24, `mode: diff` on a `pull_request` event), its cold start and a correctness cross-check. Prints one table and writes it as JSON. Options:
 *   --runs N        timed runs per command (default 5, after one warm-up)
 *   --out FILE      where the JSON goes (default: os.tmpdir()/tokenhub-bench-corpus/results.json)
 *   --only aggregate  run only the organisation board case (bench/aggregate.ts)
 *   --only cold       run only the action's cold start (empty diff), beside bare Node 24 as the reference
 *   --only scan       run only the full scans of both corpora beside ripgrep (the first two groups of the table)
 *   --only pr         run only the action's PR mode on both generated repositories; with --reference DIR (another
 *                     build's dist/ folder), that build's action is timed beside it in the same hyperfine run
 * Needs Debian's ripgrep and hyperfine (and GNU time for peak memory); installs them with apt-get if missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { RULES } from '../src/catalog/index.js';
import { ensureCorpus, type Corpus } from './corpus/generate.js';
import { ensurePluginCorpus } from './corpus/plugins.js';
import { anchorIndexOf } from '../src/scan/anchor-index.js';
import { compileCatalog } from '../src/scan/compile.js';
import { ripgrepPatterns, stripLookaround } from './patterns.js';
import { benchAggregate, type AggregateBench } from './aggregate.js';
import { longLinePr } from './long-line-pr.js';
import { runSdkBench } from './sdk-rewrite.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const CLI = path.join(REPO, 'dist', 'cli', 'index.js');
const ACTION = path.join(REPO, 'dist', 'index.js');
/** Node 24 from the `node` npm package: the runtime `runs.using: node24` gives the action on GitHub. */
const NODE24 = path.join(REPO, 'node_modules', 'node', 'bin', 'node');

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, out: { type: 'string' }, only: { type: 'string' }, reference: { type: 'string' } },
});
const RUNS = Math.max(1, Number(args.runs));
const OUT = path.resolve(args.out ?? path.join(os.tmpdir(), 'tokenhub-bench-corpus', 'results.json'));

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

function has(cmd: string, ...versionArgs: string[]): boolean {
  return spawnSync(cmd, versionArgs.length ? versionArgs : ['--version'], { stdio: 'ignore' }).status === 0;
}

function ensureTools(): void {
  const missing = [
    has('rg') ? undefined : 'ripgrep',
    has('hyperfine') ? undefined : 'hyperfine',
    existsSync('/usr/bin/time') ? undefined : 'time',
  ].filter((p): p is string => p !== undefined);
  if (missing.length === 0) return;
  log(`installing ${missing.join(', ')} with apt-get…`);
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit' }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    if (!install()) throw new Error(`could not install ${missing.join(', ')}; install them and run again`);
  }
}

interface Timing {
  name: string;
  command: string;
  median: number;
  min: number;
  max: number;
  /** CPU seconds (user + system), mean over the runs: less sensitive than wall time to other load on the machine. */
  cpu: number;
  peakMemoryMB?: number;
  /** The machine's 1-minute load average before and after the command's runs: other sessions share it. */
  load: string;
}

interface HyperfineResult {
  command: string;
  median: number;
  min: number;
  max: number;
  user: number;
  system: number;
}

/** Times commands with hyperfine (no shell), side by side in one run. */
function time(cmds: { name: string; argv: string[] }[], cwd: string, env: NodeJS.ProcessEnv = process.env, runs = RUNS): Timing[] {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
  const json = path.join(tmp, 'hyperfine.json');
  const quoted = cmds.map((c) => c.argv.map(shellQuote).join(' '));
  const loadBefore = os.loadavg()[0]!.toFixed(2);
  const r = spawnSync('hyperfine', ['--shell=none', '--warmup', '1', '--runs', String(runs), '--ignore-failure', '--style', 'basic', '--export-json', json, ...quoted], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`hyperfine failed (${r.status})`);
  const results = (JSON.parse(readFileSync(json, 'utf8')) as { results: HyperfineResult[] }).results;
  rmSync(tmp, { recursive: true, force: true });
  const load = `${loadBefore} → ${os.loadavg()[0]!.toFixed(2)}`;
  return results.map((h, i) => ({
    load,
    name: cmds[i]!.name,
    command: quoted[i]!,
    median: h.median,
    min: h.min,
    max: h.max,
    cpu: h.user + h.system,
  }));
}

/** Peak resident memory of one run, from GNU time, in MB (the largest of three runs). */
function peakMemory(argv: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  let peak = 0;
  for (let i = 0; i < 3; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const kb = Number(r.stderr.trim().split('\n').pop());
    if (Number.isFinite(kb)) peak = Math.max(peak, kb);
  }
  return Math.round(peak / 1024);
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** ripgrep flags that make it walk the tree as the scanner does: dotfiles in, .git out, .gitignore honoured. */
const RG_WALK = ['--hidden', '--no-require-git', '--glob', '!.git', '--max-filesize', '10M'];

function writeLines(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

interface CrossCheck {
  rules: string[];
  cliLines: number;
  rgLines: number;
  onlyCli: string[];
  onlyRg: string[];
  agree: boolean;
}

/**
 * Endpoint rules, CLI against ripgrep, compared as sets of `path:line`. ripgrep has no lookahead, so the one
 * rule that needs it (the LKE host, minus TokenHub's own /plan and /coding routes) is given those routes as an
 * optional suffix, and matches that take it are dropped here.
 */
function crossCheck(corpus: Corpus, tmp: string): CrossCheck {
  const endpointRules = RULES.filter((r) => r.category === 'legacy-endpoint' && !r.signalOnly);
  const patterns = endpointRules.map((r) => {
    const p = stripLookaround(r.pattern);
    return r.id === 'lke-openai-endpoint' ? `${p}(?:/(?:plan|coding)\\b)?` : p;
  });
  const file = writeLines(tmp, 'endpoint-patterns.txt', patterns);
  const rg = spawnSync('rg', ['-i', '--no-heading', '--line-number', '--only-matching', '--no-messages', ...RG_WALK, '-f', file, '.'], {
    cwd: corpus.dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const rgSet = new Set<string>();
  for (const line of rg.stdout.split('\n')) {
    const m = /^(.*?):(\d+):(.*)$/.exec(line);
    if (!m || /\/(?:plan|coding)$/i.test(m[3]!)) continue;
    rgSet.add(`${m[1]!.replace(/^\.\//, '')}:${m[2]}`);
  }
  const cli = spawnSync(NODE, [CLI, 'scan', '--format', 'json', '--fail-on', 'none'], { cwd: corpus.dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(cli.stdout) as { findings: { path: string; line: number; category: string }[] };
  const cliSet = new Set(report.findings.filter((f) => f.category === 'legacy-endpoint').map((f) => `${f.path}:${f.line}`));
  const onlyCli = [...cliSet].filter((k) => !rgSet.has(k)).sort();
  const onlyRg = [...rgSet].filter((k) => !cliSet.has(k)).sort();
  return { rules: endpointRules.map((r) => r.id), cliLines: cliSet.size, rgLines: rgSet.size, onlyCli, onlyRg, agree: onlyCli.length === 0 && onlyRg.length === 0 };
}

/** Inputs and their defaults from action.yml, which the runner fills in for every input the workflow leaves out. */
function actionDefaults(): Record<string, string> {
  const doc = YAML.parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) if (spec?.default !== undefined) out[name] = String(spec.default);
  return out;
}

/**
 * The runner's environment for the action on a `pull_request` event whose base and head are the given commits,
 * with the workspace checked out at the head: `mode: diff`, no check run, annotations on, `fail-on: none`, and no
 * token, so the run makes no API call and its diff comes from git. Each call gets its own output, summary and
 * event files under `tmp`.
 */
function prActionEnv(workspace: string, baseSha: string, headSha: string, tmp: string, extraInputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmp, 'runner-'));
  const files = { event: 'event.json', output: 'github_output', summary: 'step_summary', env: 'github_env', state: 'github_state', path: 'github_path' };
  for (const f of Object.values(files)) writeFileSync(path.join(dir, f), '');
  const repository = { name: 'app', full_name: 'octo/app', owner: { login: 'octo' }, default_branch: 'main' };
  writeFileSync(
    path.join(dir, files.event),
    JSON.stringify({
      action: 'synchronize',
      number: 1,
      pull_request: {
        number: 1,
        state: 'open',
        draft: false,
        base: { ref: 'main', sha: baseSha, repo: repository },
        head: { ref: 'feature', sha: headSha, repo: repository },
      },
      repository,
    }),
  );
  const inputs: Record<string, string> = {
    ...actionDefaults(),
    mode: 'diff',
    'check-run': 'false',
    annotations: 'true',
    'fail-on': 'none',
    'github-token': '',
    ...extraInputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(dir, files.event),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_SHA: headSha,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    // Loopback port 9: refused at once, so a stray API call fails instead of reaching out.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: path.join(dir, files.output),
    GITHUB_STEP_SUMMARY: path.join(dir, files.summary),
    GITHUB_ENV: path.join(dir, files.env),
    GITHUB_STATE: path.join(dir, files.state),
    GITHUB_PATH: path.join(dir, files.path),
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

interface ActionCheck {
  exitCode: number | null;
  /** From the action's "Scanned N files: …" log line. */
  scannedFiles?: number;
  /** The `mode` output the action set. */
  mode?: string;
  /** The scan's own figures, from the JSON report (`json-file`) of this one extra run. */
  stats?: { files: number; bytes: number; durationMs: number };
  logLine?: string;
}

/**
 * One untimed run of the action with the same environment plus `json-file`, to check that it exits 0 and scans
 * what it should, and to read the scan's own duration (the action reports it only in the JSON report).
 */
function checkAction(workspace: string, baseSha: string, headSha: string, tmp: string): ActionCheck {
  const env = prActionEnv(workspace, baseSha, headSha, tmp);
  // Inside RUNNER_TEMP: the action writes reports only there or in the workspace.
  const report = path.join(env.RUNNER_TEMP!, `report-${path.basename(workspace)}-${headSha.slice(0, 7)}-${baseSha.slice(0, 7)}.json`);
  env['INPUT_JSON-FILE'] = report;
  const r = spawnSync(NODE24, [ACTION], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const logLine = r.stdout.split('\n').find((l) => l.startsWith('Scanned '));
  const scanned = /^Scanned (\d+) files/.exec(logLine ?? '')?.[1];
  const mode = /^mode<<(.+)\n(.*)\n/m.exec(readFileSync(env.GITHUB_OUTPUT!, 'utf8'))?.[2];
  const stats = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as { stats: ActionCheck['stats'] }).stats : undefined;
  if (r.status !== 0) log(`action exited ${r.status} in ${workspace}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { exitCode: r.status, ...(scanned ? { scannedFiles: Number(scanned) } : {}), ...(mode ? { mode } : {}), ...(stats ? { stats } : {}), ...(logLine ? { logLine } : {}) };
}

/** Files the action bundle loads when it starts (its own file, plus any lazily split chunk), via a module hook. */
function filesLoadedAtStart(env: NodeJS.ProcessEnv, tmp: string): string[] {
  const hook = path.join(tmp, 'record-loads.mjs');
  const record = path.join(tmp, 'loaded.txt');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
      `registerHooks({ load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(record)}, url + '\\n'); return next(url, context); } });\n`,
  );
  writeFileSync(record, '');
  spawnSync(NODE24, ['--import', hook, ACTION], { cwd: env.GITHUB_WORKSPACE, env, stdio: 'ignore' });
  return readFileSync(record, 'utf8').split('\n').filter(Boolean).map((u) => path.relative(REPO, fileURLToPath(u)));
}

/**
 * dist/index.js and the chunks it imports statically: what a run must load. Code only some runs need (the openai
 * SDK, the GitHub client, the migration pull request, SARIF...) sits in chunks loaded with import() on first use.
 */
function startFiles(): Set<string> {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const text = readFileSync(path.join(REPO, rel), 'utf8');
    for (const m of text.matchAll(/^import\s(?:[^'"]*?\sfrom\s)?["'](\.\.?\/[^"']+)["'];?$/gm)) visit(path.join(path.dirname(rel), m[1]!));
  };
  visit(path.relative(REPO, ACTION));
  return seen;
}

/** At cold start, only the files every run needs are loaded: no lazy chunk. */
function onlyStartFilesLoaded(loaded: readonly string[]): boolean {
  const start = startFiles();
  return loaded.length > 0 && loaded.every((f) => start.has(f));
}

function machine(): Record<string, string | number> {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const v = (cmd: string) => execFileSync(cmd, ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpu,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    actionNode: execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim(),
    ripgrep: v('rg'),
    hyperfine: v('hyperfine'),
    loadAverageAtStart: os.loadavg()[0]!.toFixed(2),
  };
}

function fmt(s: number): string {
  return s >= 10 ? s.toFixed(1) : s >= 1 ? s.toFixed(2) : `${Math.round(s * 1000)} ms`;
}

function secs(s: number): string {
  return s < 1 ? `${Math.round(s * 1000)} ms` : `${fmt(s)} s`;
}

/** The organisation board case: timings, and whether the board counted every report and finding. */
function aggregateCase(tmp: string): { bench: AggregateBench<Timing>; targets: Record<string, boolean>; lines: string[] } {
  const bench = benchAggregate<Timing>({ node: NODE, cli: CLI, tmp, log, time: (cmds, cwd) => time(cmds, cwd), peakMemory: (argv, cwd) => peakMemory(argv, cwd) });
  const [big, small] = bench.timings as [Timing, Timing];
  const targets = {
    'aggregate: 10,000 reports < 10 s': big.median < 10,
    'aggregate: every report and finding on the board': bench.board.repositories === bench.corpus.reports && bench.board.findings === bench.corpus.findings && bench.board.notes === 0,
    'aggregate: peak memory < 2× that of 1,000 reports': (big.peakMemoryMB ?? Infinity) < 2 * (small.peakMemoryMB ?? 0),
  };
  const lines = [
    `Aggregate: ${bench.corpus.reports} reports (${(bench.corpus.bytes / 1e6).toFixed(0)} MB, ${bench.corpus.findings} findings) → board of ${bench.board.repositories} repositories, ${bench.board.findings} findings, ${bench.board.notes} notes; peak memory ${big.peakMemoryMB} MB against ${small.peakMemoryMB} MB for ${bench.smallCorpus.reports} reports.`,
  ];
  return { bench, targets, lines };
}

function printTable(rows: Timing[], notes: string[], targets: Record<string, boolean>, info: Record<string, string | number>): string {
  const lines: string[] = [`| Command | Median | Min | Max | CPU (user+sys) | Peak memory |`, `| --- | ---: | ---: | ---: | ---: | ---: |`];
  for (const r of rows) lines.push(`| ${r.name} | ${secs(r.median)} | ${secs(r.min)} | ${secs(r.max)} | ${secs(r.cpu)} | ${r.peakMemoryMB ?? '?'} MB |`);
  lines.push('', ...notes, '', 'Targets:');
  for (const [k, ok] of Object.entries(targets)) lines.push(`- ${ok ? 'met' : 'NOT met'}: ${k}`);
  lines.push('', `Machine: ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGB} GB RAM, ${info.os}, Node ${info.node}; load average ${info.loadAverageAtStart} at start, ${os.loadavg()[0]!.toFixed(2)} at end.`);
  const table = lines.join('\n');
  process.stdout.write(table + '\n');
  return table;
}

/**
 * The action's cold start alone: on a pull request whose head is its base (an empty diff, nothing read), timed beside
 * `node -e 0` on the same Node 24, so that a figure taken on a loaded machine still says how much is the action's.
 */
function coldOnly(): void {
  if (!existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build');
  const info = machine();
  const small = ensureCorpus('small', log);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
  const coldEnv = prActionEnv(small.dir, small.headSha, small.headSha, tmp);
  const rows = time(
    [
      { name: 'Node 24 itself (node -e 0), the reference', argv: [NODE24, '-e', '0'] },
      { name: 'Cold start: action, mode diff, empty diff (base = head)', argv: [NODE24, ACTION] },
    ],
    small.dir,
    coldEnv,
    Math.max(RUNS, 20),
  );
  rows[1]!.peakMemoryMB = peakMemory([NODE24, ACTION], small.dir, coldEnv);
  const check = checkAction(small.dir, small.headSha, small.headSha, tmp);
  const loaded = filesLoadedAtStart(coldEnv, tmp);
  rmSync(tmp, { recursive: true, force: true });
  const [node, cold] = rows as [Timing, Timing];
  const notes = [
    `Action over bare Node: ${secs(cold.median - node.median)} wall, ${secs(cold.cpu - node.cpu)} CPU (median wall ${(cold.median / node.median).toFixed(2)}×).`,
    `Action check: exit ${check.exitCode}, mode output ${check.mode ?? '?'}, log "${check.logLine ?? '(no Scanned line)'}".`,
    `Files loaded at cold start: ${loaded.join(', ') || '(none recorded)'}.`,
  ];
  printTable(
    rows,
    notes,
    { 'cold start < 150 ms': cold.median < 0.15, 'action exits 0 and reads nothing': check.exitCode === 0 && check.scannedFiles === 0, 'no lazy chunk (openai SDK, GitHub client...) loaded at cold start': onlyStartFilesLoaded(loaded) },
    info,
  );
}

/** The full scan of both corpora beside ripgrep (with the catalog's patterns, and with its anchors: the floor). */
function fullScans(large: Corpus, tmp: string): { fullTimes: Timing[]; pluginTimes: Timing[]; plugins: ReturnType<typeof ensurePluginCorpus> } {
  const patternsFile = writeLines(tmp, 'patterns.txt', ripgrepPatterns(RULES));
  // The floor: the shortest literal set that every anchor contains (what the scanner's own prefilter looks for).
  const anchorsFile = writeLines(tmp, 'anchors.txt', [...anchorIndexOf(compileCatalog(RULES)).prefilterAnchors]);

  log(`full scan of ${large.scannedFiles} files (${(large.scannedBytes / 1e9).toFixed(2)} GB), ${RUNS} runs each…`);
  const full = [
    { name: 'CLI full scan (tokenhub-migration-check scan)', argv: [NODE, CLI, 'scan', '--format', 'json', '--fail-on', 'none'] },
    { name: 'rg -i, catalog patterns (lookarounds removed)', argv: ['rg', '-i', '--line-number', ...RG_WALK, '-f', patternsFile, '.'] },
    { name: 'rg -F -i, catalog anchors only (the floor)', argv: ['rg', '-F', '-i', '--line-number', ...RG_WALK, '-f', anchorsFile, '.'] },
  ];
  const fullTimes = time(full, large.dir);
  fullTimes.forEach((t, i) => (t.peakMemoryMB = peakMemory(full[i]!.argv, large.dir)));
  const plugins = ensurePluginCorpus(log);
  log(`full scan of the plugin-monorepo corpus: ${plugins.files} files (${(plugins.bytes / 1e9).toFixed(2)} GB), ${RUNS} runs each…`);
  const pluginRuns = full.map((c) => ({ ...c, name: `Plugin monorepo: ${c.name}` }));
  const pluginTimes = time(pluginRuns, plugins.dir);
  pluginTimes.forEach((t, i) => (t.peakMemoryMB = peakMemory(pluginRuns[i]!.argv, plugins.dir)));

  return { fullTimes, pluginTimes, plugins };
}

function prName(c: Corpus): string {
  return `PR mode: action, mode diff, ${c.changed.length} changed files, ${c.scannedFiles}-file repo`;
}

/**
 * `--only pr`: the action in PR mode on both generated repositories and its targets; with a reference build's dist/
 * folder, its action beside it in the same hyperfine run (the same event, inputs and checkout).
 */
function prOnly(reference: string | undefined): void {
  if (!existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build');
  const referenceAction = reference ? path.resolve(reference, 'index.js') : undefined;
  if (referenceAction && !existsSync(referenceAction)) throw new Error(`--reference: ${referenceAction} is missing`);
  const info = machine();
  const corpora = [ensureCorpus('large', log), ensureCorpus('small', log)];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
  const rows: Timing[] = [];
  const notes: string[] = [];
  const checks: ActionCheck[] = [];
  for (const c of corpora) {
    const env = prActionEnv(c.dir, c.baseSha, c.headSha, tmp);
    const cmds = [{ name: prName(c), argv: [NODE24, ACTION] }];
    if (referenceAction) cmds.push({ name: `${prName(c)}: reference ${reference}`, argv: [NODE24, referenceAction] });
    const timed = time(cmds, c.dir, env);
    timed[0]!.peakMemoryMB = peakMemory([NODE24, ACTION], c.dir, env);
    rows.push(...timed);
    const check = checkAction(c.dir, c.baseSha, c.headSha, tmp);
    checks.push(check);
    notes.push(`Action check, ${c.scannedFiles}-file repo: exit ${check.exitCode}, log "${check.logLine ?? '(no Scanned line)'}", scan time ${check.stats ? `${check.stats.durationMs} ms` : 'unknown'}.`);
    if (referenceAction) notes.push(`Against the reference, ${c.scannedFiles}-file repo: ${(timed[0]!.median / timed[1]!.median).toFixed(2)}× the median wall time, ${(timed[0]!.cpu / timed[1]!.cpu).toFixed(2)}× the CPU time.`);
  }
  rmSync(tmp, { recursive: true, force: true });
  const targets = {
    'action runs exit 0': checks.every((c) => c.exitCode === 0),
    'PR mode scans exactly the changed files': checks.every((c, i) => c.scannedFiles === corpora[i]!.changed.length),
    'PR mode scan < 1 s on both repos': checks.every((c) => c.stats !== undefined && c.stats.durationMs < 1000),
  };
  printTable(rows, notes, targets, info);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), machine: { ...info, loadAverageAtEnd: os.loadavg()[0]!.toFixed(2) }, runs: RUNS, reference: reference ?? null, timings: rows, prCheck: checks, targets }, null, 2) + '\n');
  log(`\nwrote ${OUT}`);
}

/** `--only scan`: the two full scans and their targets, without the action's cases. */
function scanOnly(): void {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run npm run build');
  const info = machine();
  const large = ensureCorpus('large', log);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
  const { fullTimes, pluginTimes } = fullScans(large, tmp);
  rmSync(tmp, { recursive: true, force: true });
  const [cliT, rgT, floorT] = fullTimes as [Timing, Timing, Timing];
  const [pluginCliT, , pluginFloorT] = pluginTimes as [Timing, Timing, Timing];
  const notes = [
    `Full scan against the floor, median wall time: ${(cliT.median / floorT.median).toFixed(2)}× on the generated monorepo, ${(pluginCliT.median / pluginFloorT.median).toFixed(2)}× on the plugin monorepo; CPU time ${(cliT.cpu / floorT.cpu).toFixed(2)}× and ${(pluginCliT.cpu / pluginFloorT.cpu).toFixed(2)}×.`,
  ];
  const rows = [...fullTimes, ...pluginTimes];
  const targets = {
    'full scan ≤ rg with patterns': cliT.median <= rgT.median,
    'full scan ≤ 2× rg -F floor': cliT.median <= 2 * floorT.median,
    'plugin monorepo: full scan ≤ 2× rg -F floor': pluginCliT.median <= 2 * pluginFloorT.median,
    'peak memory < 200 MB': rows.every((r) => (r.peakMemoryMB ?? 0) < 200),
  };
  printTable(rows, notes, targets, info);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), machine: { ...info, loadAverageAtEnd: os.loadavg()[0]!.toFixed(2) }, runs: RUNS, timings: rows, targets }, null, 2) + '\n');
  log(`\nwrote ${OUT}`);
}

async function main(): Promise<void> {
  ensureTools();
  if (args.only !== undefined) {
    if (args.only === 'cold') return coldOnly();
    if (args.only === 'scan') return scanOnly();
    if (args.only === 'pr') return prOnly(args.reference);
    if (args.only !== 'aggregate') throw new Error(`--only takes 'aggregate', 'cold', 'pr' or 'scan' (got '${args.only}')`);
    if (!existsSync(CLI)) throw new Error('dist/ is missing: run npm run build');
    const info = machine();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
    const agg = aggregateCase(tmp);
    rmSync(tmp, { recursive: true, force: true });
    printTable(agg.bench.timings, agg.lines, agg.targets, info);
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), machine: { ...info, loadAverageAtEnd: os.loadavg()[0]!.toFixed(2) }, runs: RUNS, aggregate: agg.bench, targets: agg.targets }, null, 2) + '\n');
    log(`\nwrote ${OUT}`);
    return;
  }
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build');
  if (!existsSync(NODE24)) throw new Error(`${NODE24} is missing: run npm ci`);
  const info = machine();
  const large = ensureCorpus('large', log);
  const small = ensureCorpus('small', log);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
  const { fullTimes, pluginTimes, plugins } = fullScans(large, tmp);

  log(`PR mode: the action (mode diff, pull_request) on ${large.changed.length} changed files in the ${large.scannedFiles}-file and the ${small.scannedFiles}-file repository…`);
  const prEnv = (c: Corpus) => prActionEnv(c.dir, c.baseSha, c.headSha, tmp);
  const prTimes = [
    ...time([{ name: prName(large), argv: [NODE24, ACTION] }], large.dir, prEnv(large)),
    ...time([{ name: prName(small), argv: [NODE24, ACTION] }], small.dir, prEnv(small)),
  ];
  prTimes[0]!.peakMemoryMB = peakMemory([NODE24, ACTION], large.dir, prEnv(large));
  prTimes[1]!.peakMemoryMB = peakMemory([NODE24, ACTION], small.dir, prEnv(small));
  const prCheck = { large: checkAction(large.dir, large.baseSha, large.headSha, tmp), small: checkAction(small.dir, small.baseSha, small.headSha, tmp) };

  // Cold start: the same action on a pull request whose head is its base, so the diff is empty and nothing is read.
  log('cold start: the action, mode diff, on an empty diff…');
  const coldEnv = prActionEnv(small.dir, small.headSha, small.headSha, tmp);
  const cold = time([{ name: 'Cold start: action, mode diff, empty diff (base = head)', argv: [NODE24, ACTION] }], small.dir, coldEnv, Math.max(RUNS, 10));
  cold[0]!.peakMemoryMB = peakMemory([NODE24, ACTION], small.dir, coldEnv);
  const coldCheck = checkAction(small.dir, small.headSha, small.headSha, tmp);
  const loaded = filesLoadedAtStart(coldEnv, tmp);

  // Issue 15 item 1: review comments on one 8 MB minified line used to exhaust the heap (no summary, no outputs).
  log('PR mode: the action on one 8 MB minified line with review comments, against the fake GitHub…');
  const loadBefore = os.loadavg()[0]!.toFixed(2);
  const longLine = await longLinePr(8, 50);
  const longLineRow: Timing = {
    name: longLine.name,
    command: 'bench/long-line-pr.ts 8',
    median: longLine.seconds,
    min: longLine.seconds,
    max: longLine.seconds,
    cpu: NaN,
    peakMemoryMB: longLine.peakMemoryMB,
    load: `${loadBefore} → ${os.loadavg()[0]!.toFixed(2)}`,
  };

  log('cross-check of endpoint findings against ripgrep…');
  const check = crossCheck(large, tmp);
  const agg = aggregateCase(tmp);
  rmSync(tmp, { recursive: true, force: true });

  log('fix --sdk on a 1 MB Python file and a 1 MB TypeScript file with many clients…');
  const sdk = runSdkBench(RUNS);

  const rows = [...fullTimes, ...pluginTimes, ...prTimes, ...cold, longLineRow, ...agg.bench.timings];
  const [cliT, rgT, floorT] = fullTimes as [Timing, Timing, Timing];
  const [pluginCliT, , pluginFloorT] = pluginTimes as [Timing, Timing, Timing];
  const targets = {
    'full scan ≤ rg with patterns': cliT.median <= rgT.median,
    'full scan ≤ 2× rg -F floor': cliT.median <= 2 * floorT.median,
    'plugin monorepo: full scan ≤ 2× rg -F floor': pluginCliT.median <= 2 * pluginFloorT.median,
    'peak memory < 200 MB': rows.filter((r) => r !== longLineRow).every((r) => (r.peakMemoryMB ?? 0) < 200),
    '8 MB single-line PR with review comments: < 300 MB peak, comments within 65,536 characters, outputs and summary written':
      longLine.peakMemoryMB < 300 && longLine.reviewComments > 0 && longLine.longestCommentBody <= 65_536 && longLine.outputs.result === 'fail' && longLine.summaryWritten && longLine.problems === '',
    'action runs exit 0 (PR mode and cold start)': [prCheck.large, prCheck.small, coldCheck].every((c) => c.exitCode === 0),
    'PR mode scans exactly the changed files': prCheck.large.scannedFiles === large.changed.length && prCheck.small.scannedFiles === small.changed.length && coldCheck.scannedFiles === 0,
    'PR mode scan < 1 s on both repos': [prCheck.large, prCheck.small].every((c) => c.stats !== undefined && c.stats.durationMs < 1000),
    'cold start < 150 ms': cold[0]!.median < 0.15,
    'no lazy chunk (openai SDK, GitHub client...) loaded at cold start': onlyStartFilesLoaded(loaded),
    'endpoint findings agree with rg': check.agree,
    'fix --sdk: 1 MB file with many clients < 1 s, every client converted (Python and TypeScript)': sdk.every((r) => r.met),
    ...agg.targets,
  };

  const lines: string[] = [];
  lines.push(`| Command | Median | Min | Max | CPU (user+sys) | Peak memory | Load average (1 min) |`);
  lines.push(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) lines.push(`| ${r.name} | ${secs(r.median)} | ${secs(r.min)} | ${secs(r.max)} | ${Number.isNaN(r.cpu) ? '-' : secs(r.cpu)} | ${r.peakMemoryMB ?? '?'} MB | ${r.load} |`);
  lines.push('');
  lines.push(`Corpus: ${large.scannedFiles} files scanned, ${(large.scannedBytes / 1e9).toFixed(2)} GB (${large.binaryFiles} binary, ${large.legacyFiles} with legacy usage), plus ${large.ignoredFiles} files in node_modules/ and .gitignore'd paths.`);
  const kinds = plugins.kinds;
  const pct = (n: number) => `${Math.round((100 * n) / plugins.bytes)}%`;
  lines.push(`Plugin monorepo corpus: ${plugins.files} files, ${(plugins.bytes / 1e9).toFixed(2)} GB: ${kinds.images.files} images (${pct(kinds.images.bytes)} of the bytes), ${kinds.lockfiles.files} lockfiles (${pct(kinds.lockfiles.bytes)}), ${kinds.packages.files} plugin packages (${pct(kinds.packages.bytes)}), ${kinds.text.files} other text files (${pct(kinds.text.bytes)}); ${plugins.legacyFiles} with legacy usage.`);
  lines.push(`Full scan against the floor, median wall time: ${(cliT.median / floorT.median).toFixed(2)}× on the generated monorepo, ${(pluginCliT.median / pluginFloorT.median).toFixed(2)}× on the plugin monorepo; CPU time ${(cliT.cpu / floorT.cpu).toFixed(2)}× and ${(pluginCliT.cpu / pluginFloorT.cpu).toFixed(2)}×.`);
  const scanMs = (c: ActionCheck) => (c.stats ? `${c.stats.durationMs} ms` : 'unknown');
  lines.push(`PR mode, the action's own scan time (stats.durationMs of its JSON report): ${scanMs(prCheck.large)} on the ${large.scannedFiles}-file repo, ${scanMs(prCheck.small)} on the ${small.scannedFiles}-file repo.`);
  for (const [what, c] of [[`${large.scannedFiles}-file repo`, prCheck.large], [`${small.scannedFiles}-file repo`, prCheck.small], ['cold start', coldCheck]] as const) {
    lines.push(`Action check, ${what}: exit ${c.exitCode}, mode output ${c.mode ?? '?'}, log "${c.logLine ?? '(no Scanned line)'}".`);
  }
  lines.push(`One 8 MB line (one run, wall time): ${longLine.reviewComments} review comments, the longest body ${longLine.longestCommentBody} characters, ${longLine.outputs.findings ?? '?'} findings, exit ${longLine.exitCode}.`);
  lines.push(`Files loaded at cold start: ${loaded.join(', ') || '(none recorded)'}.`);
  for (const r of sdk) {
    lines.push(
      `${r.name}: median ${secs(r.median)} (min ${secs(r.min)}, max ${secs(r.max)}), ${r.converted} converted, ${r.refused} refused; ` +
        `reference in the same run (Node start, grammar load, one parse): median ${secs(r.parseOnly.median)}, ratio ${r.ratio.toFixed(2)}; load average ${r.loadAverage.toFixed(2)}.`,
    );
  }
  lines.push(`Cross-check (${check.rules.length} endpoint rules): ${check.cliLines} lines from the CLI, ${check.rgLines} from rg, ${check.agree ? 'identical' : `${check.onlyCli.length} only in the CLI, ${check.onlyRg.length} only in rg`}.`);
  lines.push(...agg.lines);
  lines.push('');
  lines.push('Targets:');
  for (const [k, ok] of Object.entries(targets)) lines.push(`- ${ok ? 'met' : 'NOT met'}: ${k}`);
  lines.push('');
  lines.push(`Machine: ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGB} GB RAM, ${info.os}, Node ${info.node}, ${info.ripgrep}, ${info.hyperfine}; load average ${info.loadAverageAtStart} at start, ${os.loadavg()[0]!.toFixed(2)} at end.`);
  const table = lines.join('\n');
  process.stdout.write(table + '\n');

  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    JSON.stringify(
      { date: new Date().toISOString(), machine: { ...info, loadAverageAtEnd: os.loadavg()[0]!.toFixed(2) }, runs: RUNS, corpus: { ...large, changed: large.changed.length }, pluginCorpus: plugins, smallCorpus: { ...small, changed: small.changed.length }, timings: rows, longLine: { ...longLine, outputs: undefined }, prCheck, coldCheck, coldStartLoads: loaded, crossCheck: check, sdkRewrite: sdk, aggregate: { corpus: agg.bench.corpus, smallCorpus: agg.bench.smallCorpus, board: agg.bench.board }, targets },
      null,
      2,
    ) + '\n',
  );
  log(`\nwrote ${OUT}`);
}

await main();
