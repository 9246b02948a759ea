/**
 * A fake TokenHub on 127.0.0.1 (port 0) that speaks the OpenAI-compatible API the way TokenHub does:
 * Bearer API keys, `GET /v1/models` as `{object:"list", data:[{id, status}]}`, `POST /v1/chat/completions`,
 * and errors in TokenHub's envelope `{"error":{"type","code","message","source","request_id"}}` with the
 * status/code pairs of TokenHub's error-code page (catalog section 5). Where the catalog has no exact pair
 * (which code a 402 carries for an exhausted free quota, what an unknown model gets), the reply is marked
 * as an assumption below.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ErrorReply {
  status: number;
  type: string;
  code: string;
  message: string;
  source?: 'client' | 'gateway' | 'upstream';
  headers?: Record<string, string>;
}

/** ok: a normal answer; hang: headers never come; malformed: HTTP 200 with a broken JSON body. */
export type Reply = 'ok' | 'hang' | 'malformed' | ErrorReply;

/** One reply for every request, or a sequence (the last one repeats). */
export type Behaviour = Reply | Reply[];

export interface TokenHubScenario {
  /** Keys the server accepts; any other gets 401/401002. */
  keys: string[];
  /** Chat models and how they answer. Models not named here are unknown. */
  models?: Record<string, Behaviour>;
  /** Models GET /models lists (default: every key of `models`). */
  listed?: string[];
  /** Per-model `status` in the list (default `online`). */
  listStatus?: Record<string, string>;
  /** How GET /models answers for an accepted key (default 'ok'). */
  modelList?: Behaviour;
  /** Put the presented key into error messages, as a careless gateway might: the client must not repeat it. */
  echoKey?: boolean;
  /** The assistant's answer to every chat request (default `ok`); streamed in pieces when the request streams. */
  answer?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FakeTokenHub {
  /** Base URL for clients, e.g. `http://127.0.0.1:41234/v1`. */
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

// Catalog section 5: observed body for a bad key (note the `gateway_error` type, where the doc says authentication_error).
export const INVALID_KEY: ErrorReply = {
  status: 401,
  type: 'gateway_error',
  code: '401002',
  message: 'The API Key does not exist or signature verification failed',
  source: 'gateway',
};
// 402 permission_error with one of 401007/401008/403004 and "endpoint is inactive: FREE_QUOTA_EXHAUSTED" (doc);
// which of the three codes goes with this message is an assumption.
export const FREE_QUOTA_EXHAUSTED: ErrorReply = {
  status: 402,
  type: 'permission_error',
  code: '401008',
  message: 'endpoint is inactive: FREE_QUOTA_EXHAUSTED',
  source: 'gateway',
};
// 403 permission_error 403001/403002/403005 is the IP allow-list family (doc); the message text is an assumption.
export const IP_NOT_ALLOWED: ErrorReply = {
  status: 403,
  type: 'permission_error',
  code: '403005',
  message: 'request ip is not in the allow list of this api key',
  source: 'gateway',
};
export const RATE_LIMITED: ErrorReply = { status: 429, type: 'rate_limit_error', code: '429001', message: 'rate limit exceeded', source: 'gateway' };
// The doc lists 502 upstream_error 502001; a bare 500 from the gateway is an assumption.
export const UPSTREAM_500: ErrorReply = { status: 500, type: 'upstream_error', code: '500001', message: 'internal error', source: 'upstream' };
export const UPSTREAM_502: ErrorReply = { status: 502, type: 'upstream_error', code: '502001', message: 'upstream service error', source: 'upstream' };
// TokenHub's answer for a model that is unknown or not enabled is not in the catalog: this follows OpenAI's 404.
export function modelNotFound(model: string): ErrorReply {
  return { status: 404, type: 'invalid_request_error', code: 'model_not_found', message: `The model \`${model}\` does not exist or is not enabled`, source: 'gateway' };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A streamed answer exactly as OpenAI sends one: a chunk with the role and empty content, one chunk per piece of
 * content, a final chunk whose delta has no content and carries the finish reason, then `data: [DONE]`.
 */
function streamAnswer(res: ServerResponse, model: string, answer: string): void {
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-request-id': randomUUID() });
  res.write(chunk({ role: 'assistant', content: '' }, null));
  for (const piece of answer.match(/\S+\s*/g) ?? []) res.write(chunk({ content: piece }, null));
  res.write(chunk({}, 'stop'));
  res.end('data: [DONE]\n\n');
}

export async function startTokenHub(scenario: TokenHubScenario): Promise<FakeTokenHub> {
  const requests: RecordedRequest[] = [];
  const counters = new Map<string, number>();
  const next = (key: string, behaviour: Behaviour): Reply => {
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    return Array.isArray(behaviour) ? behaviour[Math.min(n, behaviour.length - 1)]! : behaviour;
  };
  const models = scenario.models ?? {};
  const listed = scenario.listed ?? Object.keys(models);

  const sendError = (res: ServerResponse, reply: ErrorReply, presentedKey: string) => {
    const requestId = randomUUID();
    const message = scenario.echoKey ? `${reply.message} (key: ${presentedKey})` : reply.message;
    res.writeHead(reply.status, { 'content-type': 'application/json', 'x-request-id': requestId, ...reply.headers });
    res.end(JSON.stringify({ error: { type: reply.type, code: reply.code, message, source: reply.source ?? 'gateway', request_id: requestId } }));
  };
  const sendReply = (res: ServerResponse, reply: Reply, presentedKey: string, ok: () => unknown) => {
    if (reply === 'hang') return; // never answer; close() ends the socket
    if (reply === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"object":"list","data":[{"id":');
      return;
    }
    if (reply === 'ok') {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': randomUUID() });
      res.end(JSON.stringify(ok()));
      return;
    }
    sendError(res, reply, presentedKey);
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', path: url.pathname, headers: { ...req.headers }, body });
    const auth = req.headers.authorization ?? '';
    const presented = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!scenario.keys.includes(presented)) return sendError(res, INVALID_KEY, presented);

    if (req.method === 'GET' && url.pathname === '/v1/models') {
      return sendReply(res, next('models', scenario.modelList ?? 'ok'), presented, () => ({
        object: 'list',
        data: listed.map((id) => ({ id, object: 'model', created: 1767225600, owned_by: 'tokenhub', status: scenario.listStatus?.[id] ?? 'online' })),
      }));
    }
    if (req.method === 'POST' && url.pathname === '/v1/chat/completions') {
      let parsed: { model?: unknown; messages?: unknown; max_tokens?: unknown; stream?: unknown };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return sendError(res, { status: 400, type: 'invalid_request_error', code: '400001', message: 'invalid json body' }, presented);
      }
      const model = typeof parsed.model === 'string' ? parsed.model : '';
      if (!Array.isArray(parsed.messages) || parsed.messages.length === 0) {
        return sendError(res, { status: 400, type: 'invalid_request_error', code: '400002', message: 'messages is required' }, presented);
      }
      const behaviour = models[model];
      if (behaviour === undefined) return sendError(res, modelNotFound(model), presented);
      const answer = scenario.answer ?? 'ok';
      const reply = next(`chat:${model}`, behaviour);
      if (reply === 'ok' && parsed.stream === true) return streamAnswer(res, model, answer);
      return sendReply(res, reply, presented, () => ({
        id: `chatcmpl-${randomUUID()}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: scenario.answer ? 'stop' : 'length' }],
        usage: { prompt_tokens: 9, completion_tokens: 1, total_tokens: 10 },
      }));
    }
    sendError(res, { status: 404, type: 'invalid_request_error', code: '404000', message: `no route ${req.method} ${url.pathname}` }, presented);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
