import type { Reporter } from './context.js';
import { ApiRefused } from '../github/permissions.js';
import { syncTrackingIssue, type TrackingOutcome } from './tracking-issue.js';

/**
 * Keeps the tracking issue of a full scan up to date. A refusal is a warning that names the permission, returned
 * for the summary; it never fails the run.
 */
export const trackingIssueReporter: Reporter<TrackingOutcome | { warning: string } | undefined> = {
  name: 'tracking issue',
  needsApi: true,
  async run(ctx) {
    if (ctx.mode !== 'full') {
      ctx.log.notice('tracking-issue applies to full scans (schedule, workflow_dispatch, push); skipped in diff mode.');
      return undefined;
    }
    try {
      const outcome = await syncTrackingIssue(ctx.github!, ctx.repo.owner, ctx.repo.repo, {
        // The issue tracks everything left to migrate, baseline or not.
        findings: ctx.result.findings,
        sha: ctx.headSha,
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        ...(ctx.commentAuthor ? { author: ctx.commentAuthor } : {}),
        links: { serverUrl: ctx.repo.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, sha: ctx.headSha },
      });
      ctx.log.info(outcome.url ? `Tracking issue #${outcome.number}: ${outcome.action} (${outcome.url}).` : 'Tracking issue: nothing to track and no issue open.');
      return outcome;
    } catch (err) {
      const warning = err instanceof ApiRefused ? err.message : `Could not update the tracking issue: ${(err as Error).message}`;
      ctx.log.warning(warning);
      return { warning };
    }
  },
};
