import path from 'node:path';
import { resolveSettings, type Settings } from '../config/resolve.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { ScanResult } from '../finding/finding.js';
import { baselineSummaryOf, jsonReportOptions, renderJsonReport } from '../report/json-report.js';
import { buildSarif } from '../report/sarif.js';
import { resolveChanges, scanChanges, scanTree, type ChangeRequest, type ScannedTarget } from '../target/index.js';
import { createBaseline, serializeBaseline } from '../triage/baseline.js';
import { writeUserFile } from '../safe-fs/report-path.js';
import { terminalSafe, terminalSafeLines } from '../report/terminal-text.js';
import { DEFAULT_BASELINE_PATH, writeBaselineFile } from '../triage/baseline-file.js';
import { baselineInput, displayPath } from '../triage/baseline-input.js';
import { triage, type TriageOutcome } from '../triage/triage.js';
import { TOOL_NAME } from '../tool.js';
import { UsageError, wantsColor, type CliIO } from './cli-io.js';
import { scanRoot } from '../target/index.js';
import type { ScanFlags } from './program.js';
import { renderBaselineNote, renderDiffNote, renderText } from '../report/text-format.js';
import { checkGlobFlags, checkSomethingScanned } from './selection-check.js';
import { readStdin, stdinName, wantsStdin } from './stdin-input.js';
import { contentScanner, DEFAULT_MAX_FILE_BYTES } from '../scan/index.js';

/**
 * `scan` and `baseline`: the same pipeline as the action (target, scan, triage), then printing. With --diff REF or
 * --staged only what the change adds is judged, split into new and pre-existing exactly as in a pull request.
 */

interface Scanned {
  root: string;
  targets: string[];
  settings: Settings;
  target: ScannedTarget;
  outcome: TriageOutcome;
}

function changeOf(flags: ScanFlags): ChangeRequest | undefined {
  if (flags.staged && flags.diff !== undefined) throw new UsageError('--diff and --staged cannot be combined: --staged checks the index, --diff the working tree');
  if (flags.staged) return { kind: 'index' };
  if (flags.diff !== undefined) return { kind: 'worktree', ref: flags.diff };
  return undefined;
}

async function scanAndTriage(paths: string[], flags: ScanFlags, io: CliIO, progressAllowed: boolean): Promise<Scanned> {
  const change = changeOf(flags);
  checkGlobFlags('--include', flags.include);
  checkGlobFlags('--exclude', flags.exclude);
  const stdin = wantsStdin(paths);
  if (stdin && change) throw new UsageError("'-' (standard input) cannot be combined with --diff or --staged");
  const stdinRel = stdin ? stdinName(flags.stdinFilename) : undefined;
  const targets = stdin ? [] : paths.map((p) => path.resolve(io.cwd, p));
  const root = flags.root ? path.resolve(io.cwd, flags.root) : stdin ? io.cwd : await scanRoot(io.cwd, targets);
  const settings = await resolveSettings({
    root,
    outputFiles: flags.output ? [path.resolve(io.cwd, flags.output)] : [],
    configPath: flags.config === undefined ? undefined : path.resolve(io.cwd, flags.config),
    overrides: {
      ...(flags.failOn ? { failOn: flags.failOn } : {}),
      ...(flags.include ? { include: flags.include } : {}),
      ...(flags.exclude ? { exclude: flags.exclude } : {}),
      ...(flags.baseline !== undefined ? { baseline: path.resolve(io.cwd, flags.baseline) } : {}),
    },
  });
  const progress = progressAllowed && !change && io.stderr.isTTY && !flags.output;
  const options = {
    root,
    paths: targets,
    include: settings.include,
    exclude: settings.exclude,
    catalog: settings.catalog,
    gitignore: flags.gitignore,
    ...(flags.maxFileSize !== undefined ? { maxFileBytes: flags.maxFileSize } : {}),
    ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
    ...(progress ? { onProgress: (n: number) => io.stderr.write(`\rscanning… ${n} files`) } : {}),
  };
  let target: ScannedTarget;
  if (stdinRel !== undefined) {
    const scanner = contentScanner({ root, catalog: settings.catalog, ...(flags.maxFileSize !== undefined ? { maxFileBytes: flags.maxFileSize } : {}) });
    const bytes = await readStdin(io.stdin, flags.maxFileSize ?? DEFAULT_MAX_FILE_BYTES, io.program ?? TOOL_NAME);
    scanner.add({ path: stdinRel, bytes });
    const text = bytes.toString('utf8').split(/\r?\n/);
    target = { result: scanner.result(), readLine: async (_p, line) => text[line - 1] };
    targets.push(path.resolve(root, stdinRel));
  } else {
    target = change ? await scanChanges(await resolveChanges(root, change), options, { info: () => undefined }) : await scanTree(options);
    if (!change) checkSomethingScanned(target.result, { cwd: io.cwd, positionals: paths, include: settings.include, includeFromConfig: !flags.include?.length });
  }
  if (progress) io.stderr.write('\r\x1b[K');
  const diff = target.diff;
  const outcome = triage({
    findings: target.result.findings,
    failOn: settings.failOn,
    ...(diff ? { diff: { addedLines: new Map(diff.files.map((f) => [f.path, f.addedLines])), scope: flags.scope } } : {}),
    ...(settings.baseline
      ? {
          baseline: await baselineInput(target.result.root, settings.baseline, {
            targets,
            include: settings.include,
            exclude: settings.exclude,
            ...(diff ? { changedFiles: diff.files.map((f) => f.path) } : {}),
          }),
        }
      : {}),
  });
  return { root: target.result.root, targets, settings, target, outcome };
}

export async function runScan(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  const { settings, target, outcome } = await scanAndTriage(paths, flags, io, flags.format === 'text');
  const reported: ScanResult = { ...target.result, findings: [...outcome.reported] };
  const knownFingerprints = outcome.baseline?.knownFingerprints;

  let rendered: string;
  if (flags.format === 'json') {
    rendered = renderJsonReport(reported, jsonReportOptions(outcome));
  } else if (flags.format === 'sarif') {
    const sarif = buildSarif(reported, { rules: settings.rules, catalog: settings.catalog, suppressed: outcome.suppressed, ...(knownFingerprints ? { knownFingerprints } : {}) });
    for (const w of sarif.warnings) io.stderr.write(`${TOOL_NAME}: warning: ${terminalSafeLines(w)}\n`);
    rendered = sarif.text;
  } else {
    const color = !flags.output && flags.color && wantsColor(io);
    const summary = baselineSummaryOf(outcome);
    rendered = renderText({ ...target.result, findings: [...outcome.judged] }, color, { verbose: flags.verbose, rules: settings.rules, known: summary?.known });
    if (target.diff) rendered += renderDiffNote(target.diff, outcome, color);
    if (summary) rendered += renderBaselineNote(summary, color);
  }
  if (flags.output) {
    await writeUserFile(flags.output, io.cwd, rendered, `the ${flags.format} report`);
    io.stderr.write(`Wrote ${flags.format} report to ${terminalSafe(flags.output)}\n`);
  } else {
    io.stdout.write(rendered);
  }
  return outcome.verdict === 'fail' ? EXIT_FINDINGS : EXIT_OK;
}

export async function runBaseline(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  if (flags.staged || flags.diff !== undefined) throw new UsageError('a baseline records the whole tree: --diff and --staged do not apply');
  const { root, settings, outcome } = await scanAndTriage(paths, flags, io, true);
  const baseline = createBaseline(outcome.reported, TOOL_NAME);
  // A file named on the command line is the user's; one the config names stays inside the repository.
  const written = flags.output
    ? await writeUserFile(flags.output, io.cwd, serializeBaseline(baseline), 'the baseline')
    : await writeBaselineFile(root, settings.loaded.config.baseline ?? DEFAULT_BASELINE_PATH, baseline);
  io.stderr.write(
    `Wrote a baseline of ${outcome.reported.length} finding(s) to ${terminalSafe(displayPath(root, written))}. ` +
      `Commit it and pass it with --baseline (or \`baseline:\` in the config file): later scans then fail only on new findings.\n`,
  );
  return EXIT_OK;
}
