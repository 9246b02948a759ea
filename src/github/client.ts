import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { jsonAnswersPlugin } from './json-answers.js';

/**
 * The one GitHub client of a run: @actions/github's octokit (REST methods, pagination, proxy support) plus
 * @octokit/plugin-retry (5xx and network errors, with back-off) and @octokit/plugin-throttling (primary and
 * secondary rate limits, honouring `retry-after`), a per-attempt timeout so that a hung request is retried
 * instead of hanging the job, and a check that every read's answer is JSON (./json-answers.ts).
 */

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** Default: GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  log: ClientLog;
  /** Time allowed for one attempt of one request. */
  timeoutMs?: number;
  /** Retries of a 5xx answer or a timeout. */
  retries?: number;
  /** Longest rate-limit wait (seconds) we accept before giving up on a request. */
  maxRateLimitWaitSeconds?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A request attempt that took longer than the timeout. Shaped like octokit's RequestError, so plugin-retry retries it. */
export class ApiTimeoutError extends Error {
  readonly status = 504;
  constructor(
    message: string,
    readonly request: unknown,
  ) {
    super(message);
    this.name = 'ApiTimeoutError';
  }
}

interface HookedOctokit {
  hook: {
    wrap(
      name: 'request',
      fn: (request: (options: RequestOptionsLike) => Promise<unknown>, options: RequestOptionsLike) => Promise<unknown>,
    ): void;
  };
}

interface RequestOptionsLike {
  method: string;
  url: string;
  request?: { signal?: AbortSignal; [key: string]: unknown };
  [key: string]: unknown;
}

/** A caller's own abort signal per request, kept apart from the per-attempt deadlines this plugin adds. */
const callerSignals = new WeakMap<object, AbortSignal>();
const deadlines = new WeakSet<AbortSignal>();

/** Registered before the retry plugin, so each attempt (not the whole retry sequence) gets its own deadline. */
function timeoutPlugin(timeoutMs: number) {
  return (octokit: unknown): void => {
    (octokit as HookedOctokit).hook.wrap('request', async (request, options) => {
      const deadline = AbortSignal.timeout(timeoutMs);
      const current = options.request?.signal;
      const outer = current && !deadlines.has(current) ? current : callerSignals.get(options);
      if (outer) callerSignals.set(options, outer);
      const signal = outer ? AbortSignal.any([outer, deadline]) : deadline;
      // Hooks inside this one (octokit's auth) read the options object they were bound to, not an argument: set the
      // signal on that object. The retry plugin calls this hook again with the same object for each attempt.
      deadlines.add(signal);
      options.request = { ...options.request, signal };
      try {
        return await request(options);
      } catch (err) {
        if (deadline.aborted && !outer?.aborted) {
          throw new ApiTimeoutError(`${options.method} ${options.url} timed out after ${Math.round(timeoutMs / 1000)} s`, options);
        }
        throw err;
      }
    });
  };
}

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const { log } = opts;
  const maxWait = opts.maxRateLimitWaitSeconds ?? 120;
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < 2 && retryAfter <= maxWait;
    log.warn(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}; ` +
        (retrying ? `retrying in ${retryAfter} s.` : `not retrying (asked to wait ${retryAfter} s, attempt ${retryCount + 1}).`),
    );
    return retrying;
  };
  return getOctokit(
    opts.token,
    {
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      log: { debug: (m: string) => log.debug(m), info: (m: string) => log.debug(m), warn: (m: string) => log.warn(m), error: (m: string) => log.warn(m) },
      // 429 is left to the throttling plugin, which waits as long as `retry-after` says.
      retry: { retries: opts.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    timeoutPlugin(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    jsonAnswersPlugin,
    retry,
    throttling,
  );
}

export { describeApiError, isPermissionDenied, statusOf } from './errors.js';
