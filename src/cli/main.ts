import { CommanderError } from 'commander';
import { ConfigError } from '../config/issues.js';
import { EXIT_OK, EXIT_USAGE, isUserError, UsageError } from '../errors.js';
import { TOOL_NAME } from '../tool.js';
import { terminalSafeLines } from '../report/terminal-text.js';
import type { CliIO } from './cli-io.js';
import { runFixCommand } from './fix-command.js';
import { buildProgram } from './program.js';
import { addOrgCommands } from './org-program.js';

export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, UsageError } from '../errors.js';
export type { CliIO } from './cli-io.js';

/**
 * The CLI: parse the arguments (commander), run the command, and turn what went wrong into a message and an exit
 * status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error (also a crash, with its stack).
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  let command = '';
  const program = buildProgram(
    {
      // Each command's code loads when it runs (as the org commands' do): `fix` does not load the baseline and
      // report schemas (zod) that `scan` reads with, nor the smoke test's HTTP checks.
      scan: async (paths, flags) => (await import('./scan-command.js')).runScan(paths, flags, io),
      baseline: async (paths, flags) => (await import('./scan-command.js')).runBaseline(paths, flags, io),
      fix: (paths, flags) => runFixCommand(paths, flags, io),
      smokeTest: async (paths, flags) => (await import('./smoke-test-command.js')).runSmokeTestCommand(paths, flags, io),
    },
    { writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), program: io.program ?? TOOL_NAME },
    (c) => (code = c),
  );
  addOrgCommands(program, io, (c) => (code = c));
  program.hook('preAction', (_program, action) => {
    command = action.name();
  });
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end parsing the same way; commander has already written the message.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`${TOOL_NAME}: invalid configuration:\n${terminalSafeLines(err.message)}\n`);
      return err.exitCode;
    }
    if (isUserError(err)) {
      io.stderr.write(`${TOOL_NAME}: ${terminalSafeLines(err.message)}\n`);
      if (err instanceof UsageError) io.stderr.write(`Run '${io.program ?? TOOL_NAME} ${command ? `${command} ` : ''}--help' for usage.\n`);
      return err.exitCode;
    }
    io.stderr.write(`${TOOL_NAME}: unexpected error: ${terminalSafeLines((err as Error).stack ?? String(err))}\n`);
    return EXIT_USAGE;
  }
}
