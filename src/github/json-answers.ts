/**
 * GitHub's REST answers are JSON. octokit hands back the raw text when a body does not parse (a proxy cut it short,
 * an HTML error page with status 200), and its paginate reads an empty body as an empty list: a list of comments
 * that arrives cut off would then look like "no comment of ours yet", and the action would post a duplicate. This
 * plugin makes such an answer to a read a failure instead, with a status that the retry plugin retries (reads are
 * safe to repeat); after the retries the channel that asked reports it. Writes are left as they are: repeating a
 * write whose answer was lost could make it twice.
 */

/** Thrown for a read whose body is not JSON. Shaped like octokit's RequestError so that plugin-retry retries it. */
export class UnreadableAnswerError extends Error {
  override readonly name = 'UnreadableAnswerError';
  readonly status = 502;
  constructor(
    message: string,
    readonly request: unknown,
  ) {
    super(message);
  }
}

interface RequestOptionsLike {
  method: string;
  url: string;
  [key: string]: unknown;
}

interface HookedOctokit {
  hook: {
    wrap(name: 'request', fn: (request: (options: RequestOptionsLike) => Promise<unknown>, options: RequestOptionsLike) => Promise<unknown>): void;
  };
}

/** The plugin; register it before plugin-retry, so that each attempt is checked. */
export function jsonAnswersPlugin(octokit: unknown): void {
  (octokit as HookedOctokit).hook.wrap('request', async (request, options) => {
    const response = (await request(options)) as { status: number; data: unknown; url?: string };
    if (options.method !== 'GET' || response.status === 204 || response.status === 304) return response;
    const data = response.data;
    if (data === null || typeof data !== 'object') {
      const size = typeof data === 'string' ? `${data.length} characters` : 'no body';
      const where = new URL(response.url ?? options.url, 'http://github.invalid').pathname;
      throw new UnreadableAnswerError(`GitHub's answer to GET ${where} is not JSON (${size}; cut off on the way?)`, options);
    }
    return response;
  });
}
