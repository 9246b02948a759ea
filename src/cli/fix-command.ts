import path from 'node:path';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { atOrAbove } from '../finding/severity.js';
import { ModelMapError, parseModelMap } from '../fix/model-map.js';
import { runFix } from '../fix/run-fix.js';
import { UsageError, wantsColor, type CliIO } from './cli-io.js';
import { renderFixText } from '../report/fix-format.js';
import type { FixFlags } from './program.js';
import { scanRoot } from '../target/index.js';
import { cliSettings } from './selection-check.js';

/**
 * `fix`: the safe fixes in place (or as a patch with --dry-run), with the config file as `scan` reads it: rules
 * switched off are not fixed, extra model IDs can be mapped, and the config and baseline files are never edited.
 */
export async function runFixCommand(paths: string[], flags: FixFlags, io: CliIO): Promise<number> {
  const targets = paths.map((p) => path.resolve(io.cwd, p));
  const root = flags.root ? path.resolve(io.cwd, flags.root) : await scanRoot(io.cwd, targets);
  const settings = await cliSettings(io, root, flags);
  let models;
  try {
    models = parseModelMap(flags.models ?? [], settings.rules);
  } catch (err) {
    if (err instanceof ModelMapError) throw new UsageError(err.message);
    throw err;
  }

  const result = await runFix({
    root,
    paths: targets,
    include: settings.include,
    exclude: settings.exclude,
    gitignore: flags.gitignore,
    maxFileBytes: flags.maxFileSize,
    catalog: settings.catalog,
    region: flags.region,
    models,
    dryRun: flags.dryRun,
    sdk: flags.sdk,
  });

  // In a dry run stdout carries only the patch, so that it can be piped to `git apply`; the report goes to stderr.
  const reportStream = flags.dryRun ? io.stderr : io.stdout;
  if (flags.dryRun) io.stdout.write(result.changes.map((ch) => ch.diff).join(''));
  const color = flags.color && wantsColor({ ...io, stdout: reportStream });
  reportStream.write(renderFixText(result, color, io.program));

  const left = atOrAbove(
    result.remaining.map((r) => r.finding),
    settings.failOn,
  ).length;
  return left > 0 || result.refused.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
