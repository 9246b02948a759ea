import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.js';

/** `mode: report` cannot run here: the wrong event, a missing input, a triggering run that was no pull request's. */
export class ReportModeError extends UserError {}

interface WorkflowRunPayload {
  workflow_run?: { head_sha?: unknown; event?: unknown; id?: unknown };
}

/**
 * The head commit of the run that uploaded the report, from the `workflow_run` event payload GitHub wrote: the one
 * fact in the fork pattern's second half that the fork's code cannot touch, and what the artifact is held against.
 */
export function workflowRunHead(eventName: string | undefined, eventPath: string | undefined): string {
  if (eventName !== 'workflow_run') throw new ReportModeError(`mode 'report' runs on workflow_run events (after the pull_request workflow that uploaded the report); this run is '${eventName ?? 'unknown'}'.`);
  let payload: WorkflowRunPayload = {};
  try {
    payload = JSON.parse(readFileSync(eventPath ?? '', 'utf8')) as WorkflowRunPayload;
  } catch {
    throw new ReportModeError('could not read the workflow_run event payload');
  }
  const run = payload.workflow_run;
  if (run?.event !== 'pull_request') throw new ReportModeError(`the triggering run was a '${String(run?.event)}' run; mode 'report' reports on pull_request runs only.`);
  if (typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(run.head_sha)) throw new ReportModeError('the workflow_run event names no head commit');
  return run.head_sha;
}
