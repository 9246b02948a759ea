import type { RestDiffSource } from '../target/index.js';
import type { GitHubClient } from './client.js';

/**
 * A run's API access: one client with retries and throttling, loaded and made on first use (a run with nothing to
 * write never loads it), used for writes only where the token can write. A fork's pull_request run gets a
 * read-only token: writes are skipped up front (one notice) instead of each failing with 403.
 */

/** Why API outputs are skipped, said once: a notice where the user would expect them (a fork PR). */
export interface ApiSkip {
  reason: string;
  notice: boolean;
}

export interface ApiAccess {
  /** The client, made on first call; absent without a token. */
  client?: () => Promise<GitHubClient>;
  /** The REST API's diff, for when git cannot answer; absent without a token. */
  rest?: RestDiffSource;
  /** Whether the token may write (not a fork's read-only token). */
  writes: boolean;
  /** Why API writes are off, when they are. */
  skip?: ApiSkip;
}

export interface ApiAccessRequest {
  token: string;
  apiUrl: string;
  repo: { owner: string; repo: string };
  /** The run is a `pull_request` run from a fork: its token is read-only. */
  forkPullRequest: boolean;
  /** Per-attempt deadline of API requests; unset: the client's default. */
  timeoutMs?: number;
  log: { debug(message: string): void; info(message: string): void; warn(message: string): void };
}

export function apiAccess(req: ApiAccessRequest): ApiAccess {
  // An empty github-token is the user's own choice: say it in the log only.
  if (!req.token) return { writes: false, skip: { reason: 'no github-token was given', notice: false } };
  let made: Promise<GitHubClient> | undefined;
  const client = (): Promise<GitHubClient> =>
    (made ??= import('./client.js').then(({ createGitHubClient }) =>
      createGitHubClient({ token: req.token, baseUrl: req.apiUrl, log: req.log, ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}) }),
    ));
  const rest: RestDiffSource = {
    pullFiles: async (n) => (await import('./diff-files.js')).listPullFiles(await client(), req.repo, n),
    compareFiles: async (base, head) => (await import('./diff-files.js')).listCompareFiles(await client(), req.repo, base, head),
  };
  if (req.forkPullRequest) return { client, rest, writes: false, skip: { reason: 'this pull request comes from a fork, whose token is read-only', notice: true } };
  return { client, rest, writes: true };
}
