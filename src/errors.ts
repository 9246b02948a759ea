/**
 * Exit statuses of the CLI, and the base of every error the user can fix. Both faces tell a UserError from a
 * crash by its class alone: a UserError's message is the whole story (no stack), and the CLI exits with its code.
 */

export const EXIT_OK = 0;
/** Findings at or above the fail-on threshold (or a file the fix could not write). */
export const EXIT_FINDINGS = 1;
/** Usage, configuration or input error; also an unexpected crash. */
export const EXIT_USAGE = 2;

export class UserError extends Error {
  /** The CLI's exit status for this error. */
  readonly exitCode: number = EXIT_USAGE;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    // The subclass's own name in logs and stack traces (ConfigError, ModeError, ...).
    this.name = new.target.name;
  }
}

/**
 * Arguments (or inputs) that do not fit together or do not make sense. Thrown by the pipeline's request checks as
 * well as by the faces; the CLI follows the message with a pointer to `--help`.
 */
export class UsageError extends UserError {}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
