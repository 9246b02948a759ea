import type { GitHubClient } from './client.js';
import { DEFAULT_MAX_PAGES, PaginationError } from './pages.js';

/**
 * Review threads through GraphQL: the REST API can edit a review comment but cannot mark its conversation resolved.
 * GitHub's `resolveReviewThread` mutation can, for a token with `pull-requests: write`; each thread is found by the
 * id of its first comment (ours: the action never replies inside a thread).
 */

export interface ReviewThread {
  id: string;
  isResolved: boolean;
  viewerCanResolve: boolean;
  viewerCanUnresolve: boolean;
}

const THREADS = `
query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes {
          id
          isResolved
          viewerCanResolve
          viewerCanUnresolve
          comments(first: 1) { nodes { databaseId } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

const RESOLVE = `
mutation ($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

const UNRESOLVE = `
mutation ($threadId: ID!) {
  unresolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

interface ThreadsPage {
  repository?: {
    pullRequest?: {
      reviewThreads?: {
        nodes?: ({ id: string; isResolved: boolean; viewerCanResolve: boolean; viewerCanUnresolve: boolean; comments?: { nodes?: ({ databaseId?: number | null } | null)[] } } | null)[];
        pageInfo?: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

/** The pull request's review threads, by the REST id of each thread's first comment. */
export async function reviewThreadsByComment(github: GitHubClient, pr: { owner: string; repo: string; number: number }): Promise<Map<number, ReviewThread>> {
  const threads = new Map<number, ReviewThread>();
  const cursors = new Set<string>();
  let after: string | null = null;
  for (let page = 1; ; page++) {
    const data: ThreadsPage = await github.graphql<ThreadsPage>(THREADS, { owner: pr.owner, repo: pr.repo, number: pr.number, after });
    const connection = data?.repository?.pullRequest?.reviewThreads;
    if (!connection?.nodes || !connection.pageInfo) throw new Error("GitHub's answer to the review threads query has no reviewThreads");
    for (const t of connection.nodes) {
      const first = t?.comments?.nodes?.[0]?.databaseId;
      if (t && typeof first === 'number') threads.set(first, { id: t.id, isResolved: t.isResolved, viewerCanResolve: t.viewerCanResolve, viewerCanUnresolve: t.viewerCanUnresolve });
    }
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage) return threads;
    if (!endCursor || cursors.has(endCursor)) throw new PaginationError("GitHub's list of review threads links back to a page already read");
    if (page >= DEFAULT_MAX_PAGES) throw new PaginationError(`GitHub's list of review threads did not end after ${DEFAULT_MAX_PAGES} pages`);
    cursors.add(endCursor);
    after = endCursor;
  }
}

export async function setThreadResolved(github: GitHubClient, threadId: string, resolved: boolean): Promise<void> {
  await github.graphql(resolved ? RESOLVE : UNRESOLVE, { threadId });
}

/** A GraphQL refusal for lack of permission (FORBIDDEN), as opposed to a failure of the request. */
export function isGraphqlForbidden(err: unknown): boolean {
  const errors = (err as { errors?: { type?: string }[] } | undefined)?.errors;
  return Array.isArray(errors) && errors.some((e) => e?.type === 'FORBIDDEN');
}
