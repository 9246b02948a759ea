/**
 * `npm run bench`: the scanner against ripgrep on a generated monorepo, plus PR-mode cost, cold start and a
 * correctness cross-check. Prints one table and writes it as JSON. Options:
 *   --runs N        timed runs per command (default 5, after one warm-up)
 *   --out FILE      where the JSON goes (default: os.tmpdir()/tokenhub-bench-corpus/results.json)
 * Needs Debian's ripgrep and hyperfine (and GNU time for peak memory); installs them with apt-get if missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RULES } from '../src/catalog/index.js';
import { ensureCorpus, type Corpus } from './corpus/generate.js';
import { minimalAnchors } from '../src/scan/prefilter.js';
import { anchorLiterals, ripgrepPatterns, stripLookaround } from './patterns.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const CLI = path.join(REPO, 'dist', 'cli', 'index.js');
const ACTION = path.join(REPO, 'dist', 'index.js');

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, out: { type: 'string' } },
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
  const r = spawnSync('hyperfine', ['--shell=none', '--warmup', '1', '--runs', String(runs), '--ignore-failure', '--style', 'basic', '--export-json', json, ...quoted], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`hyperfine failed (${r.status})`);
  const results = (JSON.parse(readFileSync(json, 'utf8')) as { results: HyperfineResult[] }).results;
  rmSync(tmp, { recursive: true, force: true });
  return results.map((h, i) => ({
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

/** Whether the action has a diff mode yet (PR mode lands separately); until then PR mode is timed as the CLI scanning the changed paths. */
function actionHasDiffMode(): boolean {
  const yml = readFileSync(path.join(REPO, 'action.yml'), 'utf8');
  return /^\s{2}mode:/m.test(yml);
}

function actionEnv(workspace: string, tmp: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const out = path.join(tmp, 'github_output');
  const summary = path.join(tmp, 'step_summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: tmp,
    ...extra,
  };
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
  spawnSync(NODE, ['--import', hook, ACTION], { env, stdio: 'ignore' });
  return readFileSync(record, 'utf8').split('\n').filter(Boolean).map((u) => path.relative(REPO, fileURLToPath(u)));
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

async function main(): Promise<void> {
  ensureTools();
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build');
  const info = machine();
  const large = ensureCorpus('large', log);
  const small = ensureCorpus('small', log);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-'));
  const patternsFile = writeLines(tmp, 'patterns.txt', ripgrepPatterns(RULES));
  // The floor: the shortest literal set that every anchor contains (what the scanner's own prefilter looks for).
  const anchorsFile = writeLines(tmp, 'anchors.txt', minimalAnchors(anchorLiterals(RULES)));

  log(`full scan of ${large.scannedFiles} files (${(large.scannedBytes / 1e9).toFixed(2)} GB), ${RUNS} runs each…`);
  const full = [
    { name: 'CLI full scan (tokenhub-migration-check scan)', argv: [NODE, CLI, 'scan', '--format', 'json', '--fail-on', 'none'] },
    { name: 'rg -i, catalog patterns (lookarounds removed)', argv: ['rg', '-i', '--line-number', ...RG_WALK, '-f', patternsFile, '.'] },
    { name: 'rg -F -i, catalog anchors only (the floor)', argv: ['rg', '-F', '-i', '--line-number', ...RG_WALK, '-f', anchorsFile, '.'] },
  ];
  const fullTimes = time(full, large.dir);
  fullTimes.forEach((t, i) => (t.peakMemoryMB = peakMemory(full[i]!.argv, large.dir)));

  const diffMode = actionHasDiffMode();
  log(`PR mode: ${large.changed.length} changed files on the ${large.scannedFiles}-file and the ${small.scannedFiles}-file repository…`);
  const prCmd = (c: Corpus) => [NODE, CLI, 'scan', '--format', 'json', '--fail-on', 'none', ...c.changed];
  const prTimes = [
    ...time([{ name: `PR mode, ${large.changed.length} files, ${large.scannedFiles}-file repo (CLI on the changed paths)`, argv: prCmd(large) }], large.dir),
    ...time([{ name: `PR mode, ${small.changed.length} files, ${small.scannedFiles}-file repo (CLI on the changed paths)`, argv: prCmd(small) }], small.dir),
  ];
  prTimes[0]!.peakMemoryMB = peakMemory(prCmd(large), large.dir);
  prTimes[1]!.peakMemoryMB = peakMemory(prCmd(small), small.dir);
  const scanTime = (c: Corpus) => {
    const r = spawnSync(NODE, prCmd(c).slice(1), { cwd: c.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return (JSON.parse(r.stdout) as { stats: { durationMs: number; files: number } }).stats;
  };
  const prScan = { large: scanTime(large), small: scanTime(small) };

  log('cold start of the action bundle…');
  const empty = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-empty-'));
  const coldEnv = actionEnv(empty, tmp, diffMode ? { 'INPUT_MODE': 'diff' } : { 'INPUT_FAIL-ON': 'none' });
  const cold = time([{ name: diffMode ? 'Cold start: action, mode diff, empty diff' : 'Cold start: action bundle, empty workspace', argv: [NODE, ACTION] }], empty, coldEnv, Math.max(RUNS, 10));
  cold[0]!.peakMemoryMB = peakMemory([NODE, ACTION], empty, coldEnv);
  const loaded = filesLoadedAtStart(coldEnv, tmp);
  rmSync(empty, { recursive: true, force: true });

  log('cross-check of endpoint findings against ripgrep…');
  const check = crossCheck(large, tmp);
  rmSync(tmp, { recursive: true, force: true });

  const rows = [...fullTimes, ...prTimes, ...cold];
  const [cliT, rgT, floorT] = fullTimes as [Timing, Timing, Timing];
  const targets = {
    'full scan ≤ rg with patterns': cliT.median <= rgT.median,
    'full scan ≤ 2× rg -F floor': cliT.median <= 2 * floorT.median,
    'peak memory < 200 MB': rows.every((r) => (r.peakMemoryMB ?? 0) < 200),
    'PR mode scan < 1 s on both repos': prScan.large.durationMs < 1000 && prScan.small.durationMs < 1000,
    'cold start < 150 ms': cold[0]!.median < 0.15,
    'openai SDK not loaded at cold start': loaded.every((f) => f === 'dist/index.js'),
    'endpoint findings agree with rg': check.agree,
  };

  const lines: string[] = [];
  lines.push(`| Command | Median | Min | Max | CPU (user+sys) | Peak memory |`);
  lines.push(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) lines.push(`| ${r.name} | ${secs(r.median)} | ${secs(r.min)} | ${secs(r.max)} | ${secs(r.cpu)} | ${r.peakMemoryMB ?? '?'} MB |`);
  lines.push('');
  lines.push(`Corpus: ${large.scannedFiles} files scanned, ${(large.scannedBytes / 1e9).toFixed(2)} GB (${large.binaryFiles} binary, ${large.legacyFiles} with legacy usage), plus ${large.ignoredFiles} files in node_modules/ and .gitignore'd paths.`);
  lines.push(`PR-mode scan time (the scan's own durationMs, ${large.changed.length} changed files): ${prScan.large.durationMs} ms on the ${large.scannedFiles}-file repo, ${prScan.small.durationMs} ms on the ${small.scannedFiles}-file repo${diffMode ? '' : ' (timed as the CLI scanning the changed paths; the action has no diff mode yet)'}.`);
  lines.push(`Files loaded at cold start: ${loaded.join(', ') || '(none recorded)'}.`);
  lines.push(`Cross-check (${check.rules.length} endpoint rules): ${check.cliLines} lines from the CLI, ${check.rgLines} from rg, ${check.agree ? 'identical' : `${check.onlyCli.length} only in the CLI, ${check.onlyRg.length} only in rg`}.`);
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
      { date: new Date().toISOString(), machine: { ...info, loadAverageAtEnd: os.loadavg()[0]!.toFixed(2) }, runs: RUNS, corpus: { ...large, changed: large.changed.length }, smallCorpus: { ...small, changed: small.changed.length }, timings: rows, prScan, coldStartLoads: loaded, crossCheck: check, targets },
      null,
      2,
    ) + '\n',
  );
  log(`\nwrote ${OUT}`);
}

await main();
