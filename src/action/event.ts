import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * What the run is about, from the runner's environment and the event payload file: which repository, which
 * commits, which pull request. Read once, as plain data, so the rest of the pipeline never touches process.env.
 */

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** The PR comes from another repository: the token is read-only and secrets are absent. */
  fromFork: boolean;
}

export interface EventContext {
  name: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: the commit the workflow runs on (for a PR, usually the test merge commit). */
  sha: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  /** GITHUB_RUN_ID, for links to the run's summary. */
  runId?: string;
  /** GITHUB_REF: the branch or tag the run is on. */
  ref?: string;
  pullRequest?: PullRequestInfo;
  /** For `merge_group`: the queue's base and the commit to check. */
  mergeGroup?: { baseSha: string; headSha: string };
}

/** The commit whose lines findings point at: a PR's head, a merge group's head, or GITHUB_SHA. */
export function headCommit(ctx: EventContext): string {
  return ctx.pullRequest?.headSha ?? ctx.mergeGroup?.headSha ?? ctx.sha;
}

export class EventError extends UserError {}

type Env = Record<string, string | undefined>;

export function readEventContext(env: Env = process.env): EventContext {
  let payload: Record<string, unknown> = {};
  const file = env.GITHUB_EVENT_PATH;
  if (file) {
    try {
      payload = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new EventError(`could not read the event payload ${file}: ${(err as Error).message}`);
    }
  }
  return eventContextFrom(env, payload);
}

export function eventContextFrom(env: Env, payload: Record<string, unknown>): EventContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ctx: EventContext = {
    name: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
  if (env.GITHUB_RUN_ID) ctx.runId = env.GITHUB_RUN_ID;
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  const pr = payload.pull_request as PullPayload | undefined;
  if (pr && typeof pr.number === 'number' && pr.base?.sha && pr.head?.sha) {
    const baseRepo = pr.base.repo?.full_name;
    const headRepo = pr.head.repo?.full_name;
    ctx.pullRequest = {
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      // A deleted fork has no head repo: treat it as a fork too.
      fromFork: !headRepo || (baseRepo !== undefined && headRepo !== baseRepo),
    };
  }
  const mg = payload.merge_group as { base_sha?: string; head_sha?: string } | undefined;
  if (mg?.base_sha && mg.head_sha) ctx.mergeGroup = { baseSha: mg.base_sha, headSha: mg.head_sha };
  return ctx;
}

interface PullPayload {
  number?: number;
  base?: { sha?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}
