import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { localFix } from '../pipeline/local-fix.js';
import type { CliIO } from './cli-io.js';
import { renderFixText } from '../report/fix-format.js';
import { terminalSafePatch, wantsColor } from '../report/terminal-text.js';
import type { FixFlags } from './program.js';

/** `fix`: the safe fixes in place, or as a patch with --dry-run (src/pipeline/local-fix.ts), then the report. */
export async function runFixCommand(paths: string[], flags: FixFlags, io: CliIO): Promise<number> {
  const { result, failed } = await localFix({
    cwd: io.cwd,
    paths,
    root: flags.root,
    overrides: flags,
    gitignore: flags.gitignore,
    maxFileBytes: flags.maxFileSize,
    region: flags.region,
    models: flags.models ?? [],
    dryRun: flags.dryRun,
    sdk: flags.sdk,
  });
  // In a dry run stdout carries only the patch, so that it can be piped to `git apply`; the report goes to stderr.
  // On a terminal, the patch's lines come from the repository and may hold escape sequences: shown escaped.
  const reportStream = flags.dryRun ? io.stderr : io.stdout;
  if (flags.dryRun) {
    const patch = result.changes.map((ch) => ch.diff).join('');
    io.stdout.write(io.stdout.isTTY ? terminalSafePatch(patch) : patch);
  }
  reportStream.write(renderFixText(result, flags.color && wantsColor(io.env, reportStream), io.program));
  return failed ? EXIT_FINDINGS : EXIT_OK;
}
