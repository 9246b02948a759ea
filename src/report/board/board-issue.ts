import { describeApiError, isPermissionDenied, statusOf, type GitHubClient } from '../../github/client.js';
import { boundedPages } from '../../github/pages.js';
import { BOARD_MARKER } from './board-markdown.js';
import { readBoardStateFromBody, type StateRead } from './board-state.js';

/**
 * The organisation's board issue: one issue in one repository (usually the organisation's `.github`), found again by
 * its label, its hidden marker AND its author being the token's own identity (anyone can paste the marker into an
 * issue of their own; only ours is edited), created on the first board and updated in place after that.
 */

export const BOARD_LABEL = 'tokenhub-migration-board';

export interface BoardIssue {
  number: number;
  state: string;
  body?: string | null;
  html_url: string;
}

export class BoardIssueError extends Error {}

function refusal(what: string, err: unknown): BoardIssueError {
  if (statusOf(err) === 410) return new BoardIssueError(`Could not ${what}: issues are disabled in that repository (HTTP 410).`);
  if (isPermissionDenied(err)) {
    return new BoardIssueError(`Could not ${what}: the token was refused (${describeApiError(err)}). The board issue needs a token with 'issues: write' on the board repository.`);
  }
  return new BoardIssueError(`Could not ${what}: ${describeApiError(err)}`);
}

async function step<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw refusal(what, err);
  }
}

/** The login the token writes as: GET /user for a personal token; an app's installation token must be told (`--author`). */
export async function tokenIdentity(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    throw new BoardIssueError(
      `Could not learn which account the token writes as (GET /user: ${describeApiError(err)}). A GitHub App's token cannot ask: ` +
        `pass the account with --author (for actions/create-github-app-token, '<app-slug>[bot]').`,
    );
  }
}

export async function findBoardIssue(client: GitHubClient, owner: string, repo: string, author: string): Promise<BoardIssue | undefined> {
  return step('look for the board issue', async () => {
    let closed: BoardIssue | undefined;
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, labels: BOARD_LABEL, creator: author, state: 'all', per_page: 100 });
    for await (const { data } of boundedPages(pages, 'issues with the board label')) {
      for (const issue of data) {
        if (issue.pull_request || !issue.body?.includes(BOARD_MARKER)) continue;
        if (issue.user?.login.toLowerCase() !== author.toLowerCase()) continue;
        if (issue.state === 'open') return issue;
        closed ??= issue;
      }
    }
    return closed;
  });
}

export function previousFromIssue(issue: BoardIssue | undefined): StateRead | undefined {
  return issue ? readBoardStateFromBody(issue.body) : undefined;
}

export type BoardIssueAction = 'created' | 'updated' | 'unchanged';

export async function writeBoardIssue(
  client: GitHubClient,
  target: { owner: string; repo: string },
  existing: BoardIssue | undefined,
  rendered: { title: string; body: string },
): Promise<{ action: BoardIssueAction; number: number; url: string }> {
  const { owner, repo } = target;
  if (!existing) {
    await step('create the board label', async () => {
      try {
        await client.rest.issues.createLabel({ owner, repo, name: BOARD_LABEL, color: '1d76db', description: 'The organisation board of the move to TokenHub' });
      } catch (err) {
        if (statusOf(err) !== 422) throw err; // 422: it exists already
      }
    });
    const { data } = await step('create the board issue', () => client.rest.issues.create({ owner, repo, title: rendered.title, body: rendered.body, labels: [BOARD_LABEL] }));
    return { action: 'created', number: data.number, url: data.html_url };
  }
  if (existing.body === rendered.body) return { action: 'unchanged', number: existing.number, url: existing.html_url };
  // A board someone closed is reopened: it is the organisation's one current view.
  await step('update the board issue', () =>
    client.rest.issues.update({ owner, repo, issue_number: existing.number, title: rendered.title, body: rendered.body, ...(existing.state === 'closed' ? { state: 'open' as const } : {}) }),
  );
  return { action: 'updated', number: existing.number, url: existing.html_url };
}
