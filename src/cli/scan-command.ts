import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { renderReport } from '../report/render-report.js';
import { localCheck, type LocalCheck } from '../pipeline/local-check.js';
import type { ChangeRequest } from '../target/index.js';
import { writeUserFile } from '../safe-fs/report-path.js';
import { terminalSafe, terminalSafeLines, wantsColor } from '../report/terminal-text.js';
import { saveBaseline } from '../triage/baseline-file.js';
import { displayPath } from '../triage/baseline-input.js';
import { TOOL_NAME } from '../tool.js';
import type { CliIO } from './cli-io.js';
import type { ScanFlags } from './program.js';

/**
 * `scan` and `baseline`: the same pipeline as the action (src/pipeline/local-check.ts: target, scan, triage), then
 * printing. With --diff REF or --staged only what the change adds is judged, split into new and pre-existing exactly
 * as in a pull request.
 */

function changeOf(flags: ScanFlags): ChangeRequest | undefined {
  if (flags.staged && flags.diff !== undefined) throw new UsageError('--diff and --staged cannot be combined: --staged checks the index, --diff the working tree');
  if (flags.staged) return { kind: 'index' };
  if (flags.diff !== undefined) return { kind: 'worktree', ref: flags.diff };
  return undefined;
}

async function check(paths: string[], flags: ScanFlags, io: CliIO, progressAllowed: boolean): Promise<LocalCheck> {
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
      stdin: { stream: io.stdin, filename: flags.stdinFilename, program: io.program ?? TOOL_NAME },
      ...(progress ? { onProgress: (n: number) => io.stderr.write(`\rscanning… ${n} files`) } : {}),
    });
  } finally {
    if (progress) io.stderr.write('\r\x1b[K');
  }
}

export async function runScan(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  const { settings, target, outcome } = await check(paths, flags, io, flags.format === 'text');
  const rendered = renderReport(flags.format, target, outcome, { rules: settings.rules, catalog: settings.catalog, color: !flags.output && flags.color && wantsColor(io.env, io.stdout), verbose: flags.verbose });
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
  const { root, settings, outcome } = await check(paths, flags, io, true);
  const written = await saveBaseline(outcome.reported, { root, cwd: io.cwd, output: flags.output, configured: settings.loaded.config.baseline });
  io.stderr.write(
    `Wrote a baseline of ${outcome.reported.length} finding(s) to ${terminalSafe(displayPath(root, written))}. ` +
      `Commit it and pass it with --baseline (or \`baseline:\` in the config file): later scans then fail only on new findings.\n`,
  );
  return EXIT_OK;
}
