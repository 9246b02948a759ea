import path from 'node:path';
import { UsageError } from '../errors.js';
import type { FailOn } from '../finding/severity.js';
import { validateGlob } from './glob-syntax.js';
import { resolveSettings, type Settings } from './resolve.js';

/**
 * The settings of a command run from a folder (the CLI): the config file at the root (or the one given) under the
 * values given on the command line. Paths given are relative to the folder the command runs from.
 */
export interface CommandOverrides {
  config?: string;
  failOn?: FailOn;
  include?: string[];
  exclude?: string[];
  baseline?: string;
  /** The report file this run writes: never scanned. */
  output?: string;
}

/** --include/--exclude patterns get the config file's syntax checks (a backslash, a drive path...), named by flag. */
export function checkGlobFlags(flag: '--include' | '--exclude', patterns: readonly string[] | undefined): void {
  for (const p of patterns ?? []) {
    const problem = validateGlob(p);
    if (problem) throw new UsageError(`${flag} '${p}': ${problem}`);
  }
}

export async function commandSettings(cwd: string, root: string, given: CommandOverrides): Promise<Settings> {
  checkGlobFlags('--include', given.include);
  checkGlobFlags('--exclude', given.exclude);
  return resolveSettings({
    root,
    outputFiles: given.output ? [path.resolve(cwd, given.output)] : [],
    configPath: given.config === undefined ? undefined : path.resolve(cwd, given.config),
    overrides: {
      ...(given.failOn ? { failOn: given.failOn } : {}),
      ...(given.include ? { include: given.include } : {}),
      ...(given.exclude ? { exclude: given.exclude } : {}),
      ...(given.baseline !== undefined ? { baseline: path.resolve(cwd, given.baseline) } : {}),
    },
  });
}
