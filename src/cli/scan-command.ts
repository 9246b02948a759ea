import path from 'node:path';
import type { Settings } from '../config/resolve.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { renderReport } from '../report/render-report.js';
import { judgeTarget, scanTarget, type CheckRequest } from '../pipeline/check.js';
import { checkSomethingScanned } from '../pipeline/selection-check.js';
import { contentTarget } from '../target/content-target.js';
import type { ChangeRequest, ScannedTarget } from '../target/index.js';
import { createBaseline, serializeBaseline } from '../triage/baseline.js';
import { writeUserFile } from '../safe-fs/report-path.js';
import { terminalSafe, terminalSafeLines } from '../report/terminal-text.js';
import { DEFAULT_BASELINE_PATH, writeBaselineFile } from '../triage/baseline-file.js';
import { displayPath } from '../triage/baseline-input.js';
import type { TriageOutcome } from '../triage/triage.js';
import { TOOL_NAME } from '../tool.js';
import { UsageError, wantsColor, type CliIO } from './cli-io.js';
import { scanRoot } from '../target/index.js';
import type { ScanFlags } from './program.js';
import { cliSettings } from './selection-check.js';
import { readStdin, stdinName, wantsStdin } from './stdin-input.js';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/index.js';

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
  const stdin = wantsStdin(paths);
  if (stdin && change) throw new UsageError("'-' (standard input) cannot be combined with --diff or --staged");
  const stdinRel = stdin ? stdinName(flags.stdinFilename) : undefined;
  const targets = stdin ? [] : paths.map((p) => path.resolve(io.cwd, p));
  const root = flags.root ? path.resolve(io.cwd, flags.root) : stdin ? io.cwd : await scanRoot(io.cwd, targets);
  const settings = await cliSettings(io, root, flags);
  const progress = progressAllowed && !change && io.stderr.isTTY && !flags.output;
  const request: CheckRequest = {
    root,
    targets,
    settings,
    scope: flags.scope,
    gitignore: flags.gitignore,
    log: { info: () => undefined },
    ...(change ? { change } : {}),
    ...(flags.maxFileSize !== undefined ? { maxFileBytes: flags.maxFileSize } : {}),
    ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
    ...(progress ? { onProgress: (n: number) => io.stderr.write(`\rscanning… ${n} files`) } : {}),
  };
  let target: ScannedTarget;
  if (stdinRel !== undefined) {
    const bytes = await readStdin(io.stdin, flags.maxFileSize ?? DEFAULT_MAX_FILE_BYTES, io.program ?? TOOL_NAME);
    target = contentTarget({ root, path: stdinRel, bytes, catalog: settings.catalog, ...(flags.maxFileSize !== undefined ? { maxFileBytes: flags.maxFileSize } : {}) });
    targets.push(path.resolve(root, stdinRel));
  } else {
    target = await scanTarget(request);
    if (!change) checkSomethingScanned(target.result, { cwd: io.cwd, positionals: paths, include: settings.include, includeFromConfig: !flags.include?.length });
  }
  if (progress) io.stderr.write('\r\x1b[K');
  return { root: target.result.root, targets, settings, target, outcome: await judgeTarget(request, target) };
}

export async function runScan(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  const { settings, target, outcome } = await scanAndTriage(paths, flags, io, flags.format === 'text');
  const rendered = renderReport(flags.format, target, outcome, { rules: settings.rules, catalog: settings.catalog, color: !flags.output && flags.color && wantsColor(io), verbose: flags.verbose });
  for (const w of rendered.warnings) io.stderr.write(`${TOOL_NAME}: warning: ${terminalSafeLines(w)}\n`);
  if (flags.output) {
    await writeUserFile(flags.output, io.cwd, rendered.text, `the ${flags.format} report`);
    io.stderr.write(`Wrote ${flags.format} report to ${terminalSafe(flags.output)}\n`);
  } else {
    io.stdout.write(rendered.text);
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
