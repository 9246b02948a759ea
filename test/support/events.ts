/**
 * Webhook payloads and the matching runner variables for the events the action handles, trimmed to the fields
 * @actions/github's context and our code read, with GitHub's names and shapes.
 */
import type { RunActionOptions } from './run-action.js';

export interface PullRequestEventSpec {
  repository?: string; // owner/name, default octo/app
  number: number;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string; /** `owner/name` of a fork, for fork PRs */ repo?: string };
  /** GITHUB_SHA of the run: the refs/pull/N/merge commit. */
  mergeSha?: string;
  action?: string;
  title?: string;
  draft?: boolean;
  serverUrl?: string;
  apiUrl?: string;
}

function repoObject(full: string, serverUrl: string, apiUrl: string, fork = false) {
  const [owner, name] = full.split('/') as [string, string];
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name,
    full_name: full,
    private: false,
    fork,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: `${serverUrl}/${full}`,
    url: `${apiUrl}/repos/${full}`,
    default_branch: 'main',
  };
}

/** The `pull_request` payload plus GITHUB_* values, ready to spread into runAction's options. */
export function pullRequestEvent(spec: PullRequestEventSpec): Pick<RunActionOptions, 'eventName' | 'event' | 'repository' | 'sha' | 'ref' | 'env'> {
  const repository = spec.repository ?? 'octo/app';
  const serverUrl = spec.serverUrl ?? 'https://github.com';
  const apiUrl = spec.apiUrl ?? 'https://api.github.com';
  const headRepo = spec.head.repo ?? repository;
  const repo = repoObject(repository, serverUrl, apiUrl);
  return {
    eventName: 'pull_request',
    repository,
    sha: spec.mergeSha ?? spec.head.sha,
    ref: `refs/pull/${spec.number}/merge`,
    env: { GITHUB_HEAD_REF: spec.head.ref, GITHUB_BASE_REF: spec.base.ref },
    event: {
      action: spec.action ?? 'synchronize',
      number: spec.number,
      pull_request: {
        number: spec.number,
        id: 1000 + spec.number,
        node_id: `PR_kw${spec.number}`,
        state: 'open',
        draft: spec.draft ?? false,
        title: spec.title ?? `Pull request ${spec.number}`,
        html_url: `${serverUrl}/${repository}/pull/${spec.number}`,
        url: `${apiUrl}/repos/${repository}/pulls/${spec.number}`,
        user: { login: 'octocat', id: 583231, type: 'User' },
        base: { ref: spec.base.ref, sha: spec.base.sha, label: `${repository.split('/')[0]}:${spec.base.ref}`, repo },
        head: {
          ref: spec.head.ref,
          sha: spec.head.sha,
          label: `${headRepo.split('/')[0]}:${spec.head.ref}`,
          repo: repoObject(headRepo, serverUrl, apiUrl, headRepo !== repository),
        },
      },
      repository: repo,
      sender: { login: 'octocat', id: 583231, type: 'User' },
    },
  };
}

/** A `push` payload plus GITHUB_* values. */
export function pushEvent(spec: { repository?: string; branch?: string; before?: string; after: string }): Pick<
  RunActionOptions,
  'eventName' | 'event' | 'repository' | 'sha' | 'ref'
> {
  const repository = spec.repository ?? 'octo/app';
  const ref = `refs/heads/${spec.branch ?? 'main'}`;
  return {
    eventName: 'push',
    repository,
    sha: spec.after,
    ref,
    event: {
      ref,
      before: spec.before ?? '0'.repeat(40),
      after: spec.after,
      repository: repoObject(repository, 'https://github.com', 'https://api.github.com'),
      sender: { login: 'octocat', id: 583231, type: 'User' },
    },
  };
}

/** `schedule` and `workflow_dispatch` payloads carry little; the SHA is the default branch tip. */
export function scheduleEvent(spec: { repository?: string; sha: string; cron?: string }): Pick<
  RunActionOptions,
  'eventName' | 'event' | 'repository' | 'sha' | 'ref'
> {
  const repository = spec.repository ?? 'octo/app';
  return {
    eventName: 'schedule',
    repository,
    sha: spec.sha,
    ref: 'refs/heads/main',
    event: { schedule: spec.cron ?? '0 6 * * 1', repository: repoObject(repository, 'https://github.com', 'https://api.github.com') },
  };
}
