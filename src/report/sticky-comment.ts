import { tokenIdentity, writtenBy } from '../github/identity.js';
import { listAll } from '../github/pages.js';
import { hasMarker } from './comment-body.js';
import { apiStep } from '../github/permissions.js';
import type { Reporter, ReportInput } from './context.js';
import { renderSummary } from './summary-markdown.js';
import { summaryInput } from './job-summary.js';
import { fitRows, fitsChars } from './fit.js';

/**
 * One PR comment, found again by a hidden marker and updated in place, so the conversation holds a single current
 * status instead of one comment per push. Created only when there is something to say; once it exists it is kept
 * up to date (also when everything is fixed). Needs `pull-requests: write` (issue comments on a PR).
 */

export const STICKY_MARKER = '<!-- tokenhub-migration-check:sticky -->';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

/** The comment's body, with fewer table rows until it fits, and a note when rows were left out. */
export function stickyBody(render: (maxRows: number) => string, total: number, limit = COMMENT_LIMIT, detailsUrl?: string): string {
  const note = (shown: number) =>
    shown < total ? `\n\n_Truncated to fit GitHub's comment size limit: ${total - shown} more finding(s) are in the ${detailsUrl ? `[job summary](${detailsUrl})` : 'job summary'}._` : '';
  const body = fitRows((rows) => `${STICKY_MARKER}\n${render(rows)}${note(rows)}`, fitsChars(limit), Math.min(total, 200));
  return body.length <= limit ? body : body.slice(0, limit - 200) + `\n\n_Truncated to fit GitHub's comment size limit._`;
}

/** What the sticky-comment reporter did, and the comment's address. */
export interface StickyCommentProduct {
  action: 'created' | 'updated' | 'unchanged' | 'none';
  url?: string;
}

export const stickyCommentReporter: Reporter<StickyCommentProduct> = {
  name: 'PR comment',
  needsApi: true,
  async run(ctx: ReportInput) {
    if (ctx.pullNumber === undefined) {
      ctx.log.debug('PR comment: not a pull request');
      return { action: 'none' };
    }
    const github = ctx.github!;
    const { owner, repo } = ctx.repo;
    const issue_number = ctx.pullNumber;
    const comments = await apiStep('list the PR comments', 'pull-requests: write', () =>
      listAll(github.paginate.iterator(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }), 'the PR comments'),
    );
    // Only a comment this token wrote: anyone can paste the marker into their own.
    const me = await tokenIdentity(github, ctx.commentAuthor);
    const existing = comments.find((c) => writtenBy(c, me) && hasMarker(c.body, STICKY_MARKER));
    if (!existing && ctx.findings.length === 0) {
      ctx.log.debug('PR comment: nothing to report and no earlier comment to update');
      return { action: 'none' };
    }
    const body = stickyBody((maxRows) => renderSummary({ ...summaryInput(ctx), maxRows }), ctx.findings.length, COMMENT_LIMIT, ctx.runUrl);
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
      await apiStep('update the PR comment', 'pull-requests: write', () =>
        github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
      );
      ctx.log.info(`Updated the PR comment: ${existing.html_url}`);
      return { action: 'updated', url: existing.html_url };
    } else {
      const { data } = await apiStep('post the PR comment', 'pull-requests: write', () =>
        github.rest.issues.createComment({ owner, repo, issue_number, body }),
      );
      ctx.log.info(`Posted the PR comment: ${data.html_url}`);
      return { action: 'created', url: data.html_url };
    }
  },
};
