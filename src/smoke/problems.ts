/**
 * What went wrong in a smoke-test call, and what the user should do about it. TokenHub's error envelope is
 * `{"error":{"type","code","message","source","request_id",...}}` (catalog section 5). The documented `type`
 * and the observed one disagree (`authentication_error` vs `gateway_error` for 401002), so the decision rests
 * on the HTTP status and `code` only.
 */

import { explainCode } from './error-codes.js';

export type ProblemKind =
  | 'invalid-key'
  | 'billing'
  | 'forbidden'
  | 'model-unavailable'
  | 'bad-request'
  | 'rate-limited'
  | 'upstream'
  | 'no-model-list'
  | 'timeout'
  | 'dns'
  | 'connection'
  | 'malformed'
  | 'http-error';

export interface Problem {
  kind: ProblemKind;
  /** HTTP status, when the server answered. */
  status?: number;
  /** TokenHub's error code as sent (e.g. `401002`). */
  code?: string;
  requestId?: string;
  /** What went wrong and what to do. Never contains the key. */
  message: string;
  /** Further calls are pointless (bad key, host unreachable, rate limit): stop and report. */
  fatal: boolean;
}

/** A failed call, reduced to plain data (the SDK's error classes stay in the lazily loaded module). */
export type Failure =
  | {
      type: 'http';
      status: number;
      code?: string;
      /** The server's own message: already redacted and shortened. */
      detail?: string;
      /** TokenHub's Chinese message (`message_zh`, sent with `type: gateway_error`), redacted and shortened. */
      detailZh?: string;
      requestId?: string;
      source?: string;
    }
  | { type: 'timeout' }
  | { type: 'network'; errno?: string; detail: string }
  | { type: 'malformed'; detail: string };

export interface CallContext {
  phase: 'list' | 'chat';
  model?: string;
  host: string;
  attempts: number;
  timeoutMs: number;
}

const DNS_ERRNOS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

function answered(f: Extract<Failure, { type: 'http' }>): string {
  const parts = [`HTTP ${f.status}`];
  const meaning = explainCode(f.code);
  if (f.code) parts.push(meaning ? `code ${f.code}: ${meaning}` : `code ${f.code}`);
  if (f.source) parts.push(`source ${f.source}`);
  return parts.join(', ');
}

function tail(f: Extract<Failure, { type: 'http' }>): string {
  const bits: string[] = [];
  if (f.detail) bits.push(`TokenHub said: "${f.detail}".`);
  if (f.detailZh && f.detailZh !== f.detail) bits.push(`(message_zh: "${f.detailZh}".)`);
  if (f.requestId) bits.push(`Request ID ${f.requestId}.`);
  return bits.length ? ' ' + bits.join(' ') : '';
}

function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n} attempts`;
}

export function classify(failure: Failure, ctx: CallContext): Problem {
  const what = ctx.phase === 'list' ? 'the model list (GET /models)' : `model ${ctx.model}`;
  switch (failure.type) {
    case 'timeout':
      return {
        kind: 'timeout',
        fatal: true,
        message:
          `No answer from ${ctx.host} for ${what} within ${ctx.timeoutMs / 1000}s (${attempts(ctx.attempts)}). ` +
          'Check that the runner can reach the host (firewall, proxy settings such as HTTPS_PROXY), or raise smoke-test-timeout.',
      };
    case 'network': {
      const dns = failure.errno !== undefined && DNS_ERRNOS.has(failure.errno);
      return dns
        ? {
            kind: 'dns',
            fatal: true,
            message:
              `Could not resolve ${ctx.host} (${failure.errno}). Check the spelling of tokenhub-base-url and that the runner ` +
              'has DNS and outbound network access (self-hosted runners may need an allow rule).',
          }
        : {
            kind: 'connection',
            fatal: true,
            message:
              `Could not connect to ${ctx.host} (${failure.errno ?? failure.detail}) after ${attempts(ctx.attempts)}. ` +
              'Check the runner\'s outbound network access and proxy settings.',
          };
    }
    case 'malformed':
      return {
        kind: 'malformed',
        fatal: false,
        message:
          `${ctx.host} answered ${what} with a body that is not an OpenAI-compatible response (${failure.detail}). ` +
          'Check that tokenhub-base-url is TokenHub\'s API (ending in /v1) and that no proxy rewrites the response.',
      };
    case 'http':
      return classifyHttp(failure, ctx, what);
  }
}

function classifyHttp(f: Extract<Failure, { type: 'http' }>, ctx: CallContext, what: string): Problem {
  const base = { status: f.status, ...(f.code ? { code: f.code } : {}), ...(f.requestId ? { requestId: f.requestId } : {}) };
  const s = f.status;
  if (s === 401) {
    return {
      ...base,
      kind: 'invalid-key',
      fatal: true,
      message:
        `TokenHub rejected the API key (${answered(f)}). The key does not exist, ` +
        `was deleted, or was created for another region than ${ctx.host}. Create a key in the TokenHub console for this ` +
        'region and store it in the repository secret.' + tail(f),
    };
  }
  if (s === 402) {
    return {
      ...base,
      kind: 'billing',
      fatal: false,
      message:
        `TokenHub will not bill ${what} (${answered(f)}): the free quota is used up or pay-as-you-go is not enabled for it. ` +
        'Enable pay-as-you-go for the model in the TokenHub console (TokenHub sells no prepaid token packages).' + tail(f),
    };
  }
  if (s === 403 && f.code === '403002') {
    return {
      ...base,
      kind: 'forbidden',
      fatal: false,
      message:
        `TokenHub refused ${what} for this key (${answered(f)}). Add the model to the key's Accessible Range in the TokenHub ` +
        'console, or create a key whose range includes it.' + tail(f),
    };
  }
  if (s === 403) {
    return {
      ...base,
      kind: 'forbidden',
      // Refused for the model list too means the key itself is refused (IP allow-list): nothing else can pass.
      fatal: ctx.phase === 'list',
      message:
        `TokenHub refused ${what} (${answered(f)}): the key's IP allow-list does not include this runner's address, or the ` +
        'key\'s Accessible Range leaves the model out. GitHub-hosted runners change addresses: clear the allow-list or use a ' +
        'runner with a fixed egress IP, and check the Accessible Range in the TokenHub console.' + tail(f),
    };
  }
  if (s === 429) {
    return {
      ...base,
      kind: 'rate-limited',
      fatal: true,
      message:
        `TokenHub kept rate-limiting ${what} (${answered(f)}) after ${attempts(ctx.attempts)}. Another job may be using the ` +
        'same key: re-run later, or raise the key\'s limits in the TokenHub console.' + tail(f),
    };
  }
  if (s >= 500) {
    return {
      ...base,
      kind: 'upstream',
      fatal: false,
      message:
        `TokenHub or the model's upstream failed for ${what} (${answered(f)}) on all ${attempts(ctx.attempts)}. ` +
        'This says nothing against the key; re-run later.' + tail(f),
    };
  }
  if (ctx.phase === 'list') {
    // The model list is a convenience (not documented by Tencent): without it the chat calls still decide.
    return {
      ...base,
      kind: 'no-model-list',
      fatal: false,
      message: `${ctx.host} did not list the key's models (${answered(f)}); the cross-check with the code is skipped.` + tail(f),
    };
  }
  if (s === 404 || (s === 400 && (f.code === '400004' || /model/i.test(f.detail ?? '')))) {
    return {
      ...base,
      kind: 'model-unavailable',
      fatal: false,
      message:
        `TokenHub does not offer ${what} to this key (${answered(f)}). Check the model ID against the TokenHub model list for ` +
        'this region, and enable the model for pay-as-you-go in the TokenHub console.' + tail(f),
    };
  }
  if (s === 400) {
    return {
      ...base,
      kind: 'bad-request',
      fatal: false,
      message:
        `TokenHub refused the one-token test request for ${what} (${answered(f)}). If the model ID is right, check that it ` +
        'is a chat model enabled for this key.' + tail(f),
    };
  }
  return { ...base, kind: 'http-error', fatal: false, message: `TokenHub answered ${what} with ${answered(f)}.` + tail(f) };
}
