import * as core from '@actions/core';
import type { GitHubClient } from '../github/client.js';
import type { ApiSkip } from '../report/run-reporters.js';
import type { RestDiffSource } from '../target/index.js';
import type { EventContext } from './event.js';

/**
 * The run's API access: one client with retries and throttling, loaded and made on first use (a run with nothing
 * to write never loads it), used for writes only where the token can write. A fork's pull_request run gets a
 * read-only token: writes are skipped up front (one notice) instead of each failing with 403.
 */
export interface ApiAccess {
  /** The client, made on first call; absent without a token. */
  client?: () => Promise<GitHubClient>;
  /** The REST API's diff, for when git cannot answer; absent without a token. */
  rest?: RestDiffSource;
  /** Whether the token may write (not a fork's read-only token). */
  writes: boolean;
  /** Why API outputs are skipped, said once: a notice where the user would expect them (a fork PR). */
  skip?: ApiSkip;
}

export function apiAccess(token: string, event: EventContext): ApiAccess {
  // An empty github-token is the user's own choice: say it in the log only.
  if (!token) return { writes: false, skip: { reason: 'no github-token was given', notice: false } };
  let made: Promise<GitHubClient> | undefined;
  const client = (): Promise<GitHubClient> =>
    (made ??= import('../github/client.js').then(({ createGitHubClient }) => {
      const timeoutSeconds = Number(process.env.TOKENHUB_MIGRATION_CHECK_API_TIMEOUT);
      return createGitHubClient({
        token,
        baseUrl: event.apiUrl,
        log: { debug: core.debug, info: core.info, warn: core.warning },
        ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
      });
    }));
  const repo = { owner: event.owner, repo: event.repo };
  const rest: RestDiffSource = {
    pullFiles: async (n) => (await import('../github/diff-files.js')).listPullFiles(await client(), repo, n),
    compareFiles: async (base, head) => (await import('../github/diff-files.js')).listCompareFiles(await client(), repo, base, head),
  };
  if (event.pullRequest?.fromFork && event.name === 'pull_request') {
    return { client, rest, writes: false, skip: { reason: 'this pull request comes from a fork, whose token is read-only', notice: true } };
  }
  return { client, rest, writes: true };
}
