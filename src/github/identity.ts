import type { GitHubClient } from './client.js';
import { statusOf } from './errors.js';

/**
 * Who the token writes as, so that the action edits only comments it wrote itself. A hidden marker alone proves
 * nothing: anyone who can comment can paste it. A user's token (a PAT) answers `GET /user`; an installation token
 * (the workflow's GITHUB_TOKEN, or an app's) is refused there with 403, and GitHub shows what it writes as the
 * app's bot. For GITHUB_TOKEN that is `github-actions[bot]`; an app token should name its bot in the
 * `comment-author` input (actions/create-github-app-token's `app-slug` output plus `[bot]`).
 */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const cache = new WeakMap<GitHubClient, Promise<string>>();

export function tokenIdentity(github: GitHubClient, configured?: string): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let found = cache.get(github);
  if (!found) {
    found = github.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (err: unknown) => {
        // 403 "Resource not accessible by integration" (or 404 on some servers): an installation token.
        const status = statusOf(err);
        if (status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
        throw err;
      },
    );
    cache.set(github, found);
  }
  return found;
}

/** A comment, issue or pull request the token's identity wrote. Logins compare without case, as GitHub's do. */
export function writtenBy(item: { user?: { login?: string } | null }, identity: string): boolean {
  return (item.user?.login ?? '').toLowerCase() === identity.toLowerCase();
}
