import { RULES, TOKENHUB_BASE_URL_INTL, TOKENHUB_BASE_URL_MAINLAND, TOKENHUB_HOSTS } from '../catalog/index.js';
import { compileCatalog } from '../scan/compile.js';
import { matchText } from '../scan/match-text.js';
import { UserError } from '../errors.js';
import { notIgnored } from '../finding/finding.js';

/** Where the smoke test sends the key: a TokenHub host, or a server on this machine (a local gateway or a test). */
export interface TokenHubEndpoint {
  /** Base URL for the OpenAI SDK, ending in the API version (`.../v1`), no trailing slash. */
  url: string;
  host: string;
  kind: 'tokenhub' | 'loopback';
  region?: 'international' | 'mainland';
}

/** A base URL the key must not be sent to. The message names the host only, never the whole URL. */
export class BaseUrlError extends UserError {}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const WHERE_TO =
  `Use ${TOKENHUB_BASE_URL_INTL} (international) or ${TOKENHUB_BASE_URL_MAINLAND} (mainland); ` +
  `accepted TokenHub hosts: ${TOKENHUB_HOSTS.map((h) => h.host).join(', ')}.`;

/**
 * Checks a base URL before any request is made, so that a TokenHub key never reaches a legacy Hunyuan or LKE
 * host, a typo, or a third party. Empty means the international endpoint.
 */
export function parseTokenHubBaseUrl(raw: string): TokenHubEndpoint {
  const input = raw.trim() || TOKENHUB_BASE_URL_INTL;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new BaseUrlError(`tokenhub-base-url is not a URL. ${WHERE_TO}`);
  }
  const host = url.hostname.toLowerCase();
  if (url.username || url.password) {
    throw new BaseUrlError(`tokenhub-base-url must not carry credentials (host ${host}); the key goes in tokenhub-api-key.`);
  }
  if (url.search || url.hash) {
    throw new BaseUrlError(`tokenhub-base-url must not have a query or fragment (host ${host}).`);
  }
  const path = url.pathname.replace(/\/+$/, '');

  if (LOOPBACK_HOSTS.has(host)) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BaseUrlError(`tokenhub-base-url must use http or https (host ${host}).`);
    return { url: `${url.protocol}//${url.host}${path}`, host, kind: 'loopback' };
  }

  const known = TOKENHUB_HOSTS.find((h) => h.host === host);
  if (!known) throw new BaseUrlError(notTokenHub(input, host));
  if (url.protocol !== 'https:') throw new BaseUrlError(`tokenhub-base-url must use https for ${host}.`);
  if (url.port) throw new BaseUrlError(`tokenhub-base-url must not name a port for ${host}.`);
  if (path !== '' && path !== '/v1') {
    throw new BaseUrlError(`tokenhub-base-url path must be /v1 for ${host} (got ${path}): TokenHub's OpenAI-compatible API lives there.`);
  }
  return { url: `https://${host}/v1`, host, kind: 'tokenhub', region: known.region };
}

function notTokenHub(input: string, host: string): string {
  // The catalog's endpoint rules say whether this is one of the retiring platforms, and which.
  const legacy = notIgnored(matchText(input, 'tokenhub-base-url', compileCatalog(RULES))).find((f) => f.category === 'legacy-endpoint');
  if (legacy) {
    const rule = RULES.find((r) => r.id === legacy.ruleId);
    return `tokenhub-base-url points at ${host}, a legacy endpoint (${rule?.title ?? legacy.ruleId}); a TokenHub key is never sent there. ${WHERE_TO}`;
  }
  return `tokenhub-base-url points at ${host}, which is not a TokenHub endpoint; the key is not sent there. ${WHERE_TO}`;
}
