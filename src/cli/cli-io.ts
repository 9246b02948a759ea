import { statSync } from 'node:fs';
import path from 'node:path';
import { ScanTargetError } from '../scan/index.js';
import { FAIL_ON_VALUES, isFailOn, type FailOn } from '../finding/severity.js';
import { UserError } from '../errors.js';

/** What every CLI command shares: exit codes, where it writes, usage errors, the root and color choices. */

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Where the CLI writes; injectable so tests can run main() in-process as well as the bundle. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** How the user ran the CLI (`npx tokenhub-migration-check`, `node dist/cli/index.js`...), for hints they can paste. Default: the tool's name. */
  program?: string;
}

export class UsageError extends UserError {}

/**
 * Paths are reported relative to the current folder when every target lies inside it (as in CI, where that
 * folder is the repository), else relative to the single target folder given.
 */
export function defaultRoot(cwd: string, targets: string[]): string {
  const inside = (t: string) => {
    const rel = path.relative(cwd, t);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  if (targets.every(inside)) return cwd;
  if (targets.length === 1) {
    const only = targets[0]!;
    const isDir = (() => {
      try {
        return statSync(only).isDirectory();
      } catch {
        throw new ScanTargetError(`path does not exist: ${only}`);
      }
    })();
    return isDir ? only : path.dirname(only);
  }
  throw new UsageError('paths outside the current folder need --root, a folder that contains them all');
}

export function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

export function parseMaxFileSize(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-file-size must be a positive number of bytes (got '${raw}')`);
  return n;
}

/** A `--fail-on` flag: one of the thresholds, or unset (the config file or the default decides). */
export function parseFailOn(raw: string | undefined): FailOn | undefined {
  if (raw === undefined) return undefined;
  if (!isFailOn(raw)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got '${raw}')`);
  return raw;
}
