import { ConfigError, formatIssue } from '../config/issues.js';
import { isUserError } from '../errors.js';
import type { FailureReport } from '../report/failure-summary.js';
import { DiffUnavailableError } from '../target/index.js';
import { InputError } from './inputs.js';
import { ModeError } from './mode.js';

/** What the step's failure message and the job summary say when the run stops before it could check anything. */
export function describeFailure(err: unknown): { message: string; summary: FailureReport } {
  if (err instanceof ConfigError) {
    return {
      message: `Invalid configuration:\n${err.message}`,
      summary: {
        title: 'The config file is invalid',
        problems: err.issues.map(formatIssue),
        fix: 'correct each line named above (the error annotations point at them). The JSON Schema in `schema/tokenhub-migration.schema.json` lets an editor check the file as you type; `config:` names another file.',
      },
    };
  }
  if (err instanceof InputError) {
    return {
      message: err.message,
      summary: { title: 'An input of the action is invalid', problems: err.message.split('\n'), fix: 'correct the value under `with:` in the workflow step; the README lists every input and its values.' },
    };
  }
  if (err instanceof ModeError) {
    return {
      message: err.message,
      summary: {
        title: "mode 'diff' needs a pull request or merge group",
        problems: [err.message],
        fix: 'use `mode: auto` (what a pull request adds on `pull_request` and `merge_group`, the whole tree elsewhere) or `mode: full`, or run this step only on pull-request events (`if: github.event_name == \'pull_request\'`).',
      },
    };
  }
  if (err instanceof DiffUnavailableError) {
    return {
      message: err.message,
      summary: {
        title: 'The diff of this change could not be read',
        problems: [err.message],
        fix: 'let actions/checkout fetch history (`fetch-depth: 0`) so git can answer, or pass `github-token` with `contents: read` and `pull-requests: read` so the REST API can; `mode: full` checks the whole tree instead.',
      },
    };
  }
  if (isUserError(err)) {
    return { message: err.message, summary: { title: 'The check could not run', problems: [err.message], fix: 'see the message above.' } };
  }
  const message = `TokenHub migration check failed: ${(err as Error)?.stack ?? String(err)}`;
  return {
    message,
    summary: {
      title: 'The check stopped unexpectedly',
      problems: [(err as Error)?.message ?? String(err)],
      fix: 'this is a defect of the action: please report it with the log of this step.',
    },
  };
}
