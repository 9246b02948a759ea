/**
 * The part of the smoke test that talks to TokenHub, with the openai SDK. Loaded with a dynamic import() only
 * when a smoke test runs, so that the SDK (and zod) stay out of the action's cold start.
 *
 * Retries and timeouts are the SDK's own: `maxRetries` (it retries 408, 409, 429, 5xx and connection errors with
 * exponential back-off from 0.5s to 8s, or as long as `retry-after`/`retry-after-ms` say) and `timeout` (per
 * attempt, until the response headers). Two things are added around it, in the `fetch` the SDK is given: an
 * attempt counter, and a cap on how long a `retry-after` may make us wait. The whole call also has a deadline,
 * because the SDK's timeout does not cover reading the body.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { z } from 'zod';
import type { TokenHubEndpoint } from './base-url.js';
import { classify, type Failure, type Problem } from './problems.js';
import { redact } from './redact.js';
import type { KeyCheck, ModelCheck, ModelListCheck } from './report.js';

export interface KeyCheckOptions {
  apiKey: string;
  endpoint: TokenHubEndpoint;
  /** Chat models to call, already bounded. */
  models: readonly string[];
  /** Per attempt. */
  timeoutMs: number;
  /** SDK retries after the first attempt (default 2, the SDK's own default). */
  maxRetries?: number;
  /** Longest `retry-after` honoured; a server asking for more gets no retry (default 10s). */
  maxRetryWaitMs?: number;
}

const MODEL_LIST = z.object({
  data: z.array(z.looseObject({ id: z.string().min(1), status: z.string().optional() })),
});

const CHAT_COMPLETION = z.looseObject({
  choices: z.array(z.unknown()),
  usage: z.looseObject({ total_tokens: z.number().optional() }).nullish(),
});

const MAX_DETAIL_CHARS = 300;

export async function checkKey(opts: KeyCheckOptions): Promise<KeyCheck> {
  const maxRetries = opts.maxRetries ?? 2;
  const maxRetryWaitMs = opts.maxRetryWaitMs ?? 10_000;
  let attempts = 0;
  const client = new OpenAI({
    apiKey: opts.apiKey,
    baseURL: opts.endpoint.url,
    timeout: opts.timeoutMs,
    maxRetries,
    // Nothing read from OPENAI_* variables is sent to TokenHub, and the SDK logs nothing of its own.
    organization: null,
    project: null,
    logLevel: 'off',
    fetch: async (url, init) => {
      attempts++;
      return capRetryAfter(await fetch(url, init), maxRetryWaitMs);
    },
  });
  const secrets = [opts.apiKey];
  // Retries and back-off included, the longest a call can take; past it the call is aborted as a timeout.
  const deadlineMs = opts.timeoutMs * (maxRetries + 1) + Math.min(maxRetryWaitMs, 8_000) * maxRetries + 1_000;

  async function call<T>(phase: 'list' | 'chat', model: string | undefined, send: (signal: AbortSignal) => Promise<unknown>, schema: z.ZodType<T>) {
    attempts = 0;
    const started = performance.now();
    let value: T | undefined;
    let failure: Failure | undefined;
    try {
      const body = await send(AbortSignal.timeout(deadlineMs));
      const parsed = schema.safeParse(body);
      if (parsed.success) value = parsed.data;
      else failure = { type: 'malformed', detail: describeMalformed(body, parsed.error) };
    } catch (err) {
      failure = toFailure(err, secrets);
    }
    const durationMs = Math.round(performance.now() - started);
    const used = Math.max(attempts, 1);
    const problem: Problem | undefined = failure
      ? classify(failure, { phase, model, host: opts.endpoint.host, attempts: used, timeoutMs: opts.timeoutMs })
      : undefined;
    return { value, problem, durationMs, attempts: used };
  }

  const list = await call('list', undefined, (signal) => client.get('/models', { signal }), MODEL_LIST);
  const modelList: ModelListCheck = { ok: list.value !== undefined, durationMs: list.durationMs, attempts: list.attempts };
  if (list.problem) modelList.problem = list.problem;
  if (list.value) {
    modelList.ids = list.value.data.map((m) => m.id);
    const statuses = Object.fromEntries(list.value.data.filter((m) => m.status).map((m) => [m.id, m.status!]));
    if (Object.keys(statuses).length) modelList.statuses = statuses;
  }

  const models: ModelCheck[] = [];
  let stop: Problem | undefined = list.problem?.fatal ? list.problem : undefined;
  for (const model of opts.models) {
    if (stop) {
      models.push({ model, status: 'not-tried', note: `not tried: ${stop.kind} (see above)` });
      continue;
    }
    const chat = await call(
      'chat',
      model,
      (signal) =>
        client.chat.completions.create(
          { model, messages: [{ role: 'user', content: 'Reply with one word: ok' }], max_tokens: 1 },
          { signal },
        ),
      CHAT_COMPLETION,
    );
    const check: ModelCheck = { model, status: chat.value ? 'enabled' : 'failed', durationMs: chat.durationMs, attempts: chat.attempts };
    const tokens = chat.value?.usage?.total_tokens;
    if (typeof tokens === 'number') check.totalTokens = tokens;
    if (chat.problem) {
      check.problem = chat.problem;
      if (chat.problem.fatal) stop = chat.problem;
    }
    models.push(check);
  }
  return { modelList, models };
}

/**
 * A `retry-after` longer than we are willing to wait turns into "do not retry" (the SDK would otherwise sleep
 * as long as the server asks, with no upper bound).
 */
function capRetryAfter(res: Response, maxWaitMs: number): Response {
  const ms = res.headers.get('retry-after-ms');
  const s = res.headers.get('retry-after');
  let waitMs: number | undefined;
  if (ms && !Number.isNaN(parseFloat(ms))) waitMs = parseFloat(ms);
  else if (s) waitMs = Number.isNaN(parseFloat(s)) ? Date.parse(s) - Date.now() : parseFloat(s) * 1000;
  if (waitMs === undefined || !(waitMs > maxWaitMs)) return res;
  const headers = new Headers(res.headers);
  headers.set('x-should-retry', 'false');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function toFailure(err: unknown, secrets: string[]): Failure {
  const clean = (s: string) => {
    const r = redact(s, secrets).replace(/\s+/g, ' ').trim();
    return r.length > MAX_DETAIL_CHARS ? r.slice(0, MAX_DETAIL_CHARS) + '…' : r;
  };
  if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError) return { type: 'timeout' };
  if (isAbort(err)) return { type: 'timeout' };
  if (err instanceof APIConnectionError) {
    return { type: 'network', ...errnoOf(err), detail: clean(String((err.cause as Error | undefined)?.message ?? err.message)) };
  }
  if (err instanceof APIError && err.status !== undefined) {
    const body = (err.error ?? undefined) as Record<string, unknown> | undefined;
    const str = (v: unknown) => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);
    const message = str(body?.message) ?? (typeof err.error === 'string' ? err.error : undefined);
    const code = str(body?.code);
    const requestId = str(body?.request_id) ?? err.requestID ?? undefined;
    const source = str(body?.source);
    const messageZh = str(body?.message_zh);
    return {
      type: 'http',
      status: err.status,
      ...(code ? { code: clean(code) } : {}),
      ...(message ? { detail: clean(message) } : {}),
      ...(requestId ? { requestId: clean(requestId) } : {}),
      ...(source ? { source: clean(source) } : {}),
      ...(messageZh ? { detailZh: clean(messageZh) } : {}),
    };
  }
  // A 200 whose JSON does not parse reaches us as the parser's SyntaxError.
  if (err instanceof SyntaxError) return { type: 'malformed', detail: `invalid JSON: ${clean(err.message)}` };
  return { type: 'network', detail: clean(err instanceof Error ? err.message : String(err)) };
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

/** The system error code somewhere down the cause chain (undici wraps it in "fetch failed"). */
function errnoOf(err: unknown): { errno?: string } {
  let cur: unknown = err;
  for (let i = 0; i < 6 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return { errno: code };
    cur = (cur as { cause?: unknown }).cause;
  }
  return {};
}

function describeMalformed(body: unknown, error: z.ZodError): string {
  if (typeof body === 'string') return body.trim() === '' ? 'an empty body' : 'a body that is not JSON';
  if (body === undefined || body === null) return 'an empty body';
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unexpected shape';
}
