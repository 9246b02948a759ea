import path from 'node:path';
import { validateGlob } from '../config/glob-syntax.js';
import { resolveSettings, type Settings } from '../config/resolve.js';
import type { FailOn } from '../finding/severity.js';
import { UsageError, type CliIO } from './cli-io.js';

/** --include/--exclude patterns get the config file's syntax checks (a backslash, a drive path...), named by flag. */
export function checkGlobFlags(flag: '--include' | '--exclude', patterns: readonly string[] | undefined): void {
  for (const p of patterns ?? []) {
    const problem = validateGlob(p);
    if (problem) throw new UsageError(`${flag} '${p}': ${problem}`);
  }
}

/** The run's settings: the config file at the root (or --config) under the flags given. */
export async function cliSettings(
  io: CliIO,
  root: string,
  flags: { config?: string; failOn?: FailOn; include?: string[]; exclude?: string[]; baseline?: string; output?: string },
): Promise<Settings> {
  checkGlobFlags('--include', flags.include);
  checkGlobFlags('--exclude', flags.exclude);
  return resolveSettings({
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
}
