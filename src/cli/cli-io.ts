import { UserError } from '../errors.js';

/** What every CLI command shares: where it writes, usage errors, colour. */

/** Where the CLI writes; injectable so tests can run main() in-process as well as the bundle. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** How the user ran the CLI (`npx tokenhub-migration-check`, `node dist/cli/index.js`...), for hints they can paste. Default: the tool's name. */
  program?: string;
}

/** Arguments that do not fit together or do not make sense; the message is followed by a pointer to --help. */
export class UsageError extends UserError {}

export function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}
