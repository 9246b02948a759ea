import * as core from '@actions/core';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import type { EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { ApiSkip } from '../report/run-reporters.js';

/**
 * The run's API access: one client with retries and throttling, used for writes only where the token can write.
 * A fork's pull_request run gets a read-only token: writes are skipped up front (one notice) instead of each
 * failing with 403.
 */
export interface ApiClients {
  /** For reads (the REST diff fallback); present whenever there is a token. */
  read?: GitHubClient;
  /** For writes; absent on fork PRs (read-only token) and without a token. */
  write?: GitHubClient;
  /** Why API outputs are skipped, said once: a notice where the user would expect them (a fork PR). */
  skip?: ApiSkip;
}

export function apiClients(inputs: ActionInputs, event: EventContext): ApiClients {
  // An empty github-token is the user's own choice: say it in the log only.
  if (!inputs.githubToken) return { skip: { reason: 'no github-token was given', notice: false } };
  const timeoutSeconds = Number(process.env.TOKENHUB_MIGRATION_CHECK_API_TIMEOUT);
  const client = createGitHubClient({
    token: inputs.githubToken,
    baseUrl: event.apiUrl,
    log: { debug: core.debug, info: core.info, warn: core.warning },
    ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
  });
  if (event.pullRequest?.fromFork && event.name === 'pull_request') {
    return { read: client, skip: { reason: 'this pull request comes from a fork, whose token is read-only', notice: true } };
  }
  return { read: client, write: client };
}
