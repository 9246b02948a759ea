import { ApiRefused } from '../github/permissions.js';
import { checkRunReporter } from '../report/check-run.js';
import type { ReportContext, Reporter } from '../report/context.js';
import { jobSummaryReporter } from '../report/job-summary.js';
import { reviewCommentsReporter } from '../report/review-comments.js';
import { stickyCommentReporter } from '../report/sticky-comment.js';
import { workflowAnnotationsReporter } from '../report/workflow-annotations.js';
import type { ApiSkip } from './api-clients.js';
import type { ActionInputs } from './inputs.js';

/**
 * The reporters a run uses, in order. The check run goes before the workflow-command annotations so their
 * "N more" notice can link to it. The job summary runs last, from the pipeline's `finally`.
 */
export function reportersFor(inputs: ActionInputs): Reporter[] {
  const list: Reporter[] = [];
  if (inputs.checkRun) list.push(checkRunReporter);
  if (inputs.annotations) list.push(workflowAnnotationsReporter);
  if (inputs.reviewComments) list.push(reviewCommentsReporter);
  if (inputs.comment) list.push(stickyCommentReporter);
  return list;
}
reportersFor.summary = jobSummaryReporter;

/**
 * Runs reporters one after the other; a failure costs that reporter only and becomes a warning. Reporters that
 * write through the API are skipped, with a single notice, when API writes are off.
 */
export async function runReporters(reporters: readonly Reporter[], ctx: ReportContext, skip?: ApiSkip): Promise<void> {
  const skipped = reporters.filter((r) => r.needsApi && !ctx.github).map((r) => r.name);
  if (skipped.length) {
    const message = `Skipping the ${skipped.join(', ')}: ${skip?.reason ?? 'API writes are off'}. The annotations and the job summary still show every finding, and the check still fails when configured.`;
    if (skip?.notice === false) ctx.log.info(message);
    else ctx.log.notice(message);
  }
  for (const reporter of reporters) {
    if (reporter.needsApi && !ctx.github) continue;
    try {
      await reporter.run(ctx);
    } catch (err) {
      const message = err instanceof ApiRefused ? err.message : `${reporter.name} failed: ${(err as Error).message}`;
      ctx.log.warning(message);
    }
  }
}
