import { ConfigError, formatIssue } from '../config/issues.js';
import { isUserError } from '../errors.js';
import { FAILURE_HELP, type FailureKind, type FailureReport } from '../report/failure-summary.js';
import { DiffUnavailableError } from '../target/index.js';
import { InputError } from './inputs.js';
import { ModeError } from './mode.js';

/** What the step's failure message and the job summary say when the run stops before it could check anything. */
export function describeFailure(err: unknown): { message: string; summary: FailureReport } {
  const report = (kind: FailureKind, problems: readonly string[]): FailureReport => ({ ...FAILURE_HELP[kind], problems });
  if (err instanceof ConfigError) return { message: `Invalid configuration:\n${err.message}`, summary: report('config', err.issues.map(formatIssue)) };
  if (err instanceof InputError) return { message: err.message, summary: report('input', err.message.split('\n')) };
  if (err instanceof ModeError) return { message: err.message, summary: report('mode', [err.message]) };
  if (err instanceof DiffUnavailableError) return { message: err.message, summary: report('diff', [err.message]) };
  if (isUserError(err)) return { message: err.message, summary: report('user', [err.message]) };
  return { message: `TokenHub migration check failed: ${(err as Error)?.stack ?? String(err)}`, summary: report('defect', [(err as Error)?.message ?? String(err)]) };
}
