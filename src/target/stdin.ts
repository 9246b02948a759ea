import path from 'node:path';
import { UsageError } from '../errors.js';
import { readCapped } from './content-target.js';

/** Standard input as a target (`scan -`): which paths ask for it, the name it is scanned under, and reading it. */

/** Paths that mean "standard input": `-` by convention, and the device names a shell hands over for it. */
const STDIN_PATHS = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** True when the positionals ask for standard input; refuses it mixed with paths (which root would it be in?). */
export function wantsStdin(positionals: readonly string[]): boolean {
  if (!positionals.some((p) => STDIN_PATHS.has(p))) return false;
  if (positionals.length > 1) throw new UsageError(`'-' (standard input) cannot be combined with other paths`);
  return true;
}

/** The name findings on standard input carry: --stdin-filename (its extension picks the rules' context), else `stdin`. */
export function stdinName(given: string | undefined): string {
  if (given === undefined) return 'stdin';
  const name = given.split(path.sep).join('/').replace(/^\.\//, '');
  if (name === '' || name.startsWith('/') || name.split('/').includes('..')) {
    throw new UsageError(`--stdin-filename must be a relative path inside the project (got '${given}')`);
  }
  return name;
}

/** Reads standard input, capped (content-target.ts). A terminal is refused: the user forgot the pipe. */
export async function readStdin(stdin: (NodeJS.ReadableStream & { isTTY?: boolean }) | undefined, maxBytes: number, program: string): Promise<Buffer> {
  if (!stdin || stdin.isTTY) {
    throw new UsageError(`'-' reads standard input, and nothing is piped in: try \`cat app.py | ${program} scan - --stdin-filename app.py\``);
  }
  return readCapped(stdin, maxBytes);
}
