import { UsageError } from '../errors.js';
import { apiKeyProblem } from './api-key.js';
import { BaseUrlError, parseTokenHubBaseUrl, type TokenHubEndpoint } from './base-url.js';
import { ModelListError, validateModelIds } from './select-models.js';
import { DEFAULT_SMOKE_TIMEOUT_MS } from './index.js';

/**
 * The smoke test as a command asks for it (`smoke-test`): the key from TOKENHUB_API_KEY (never an argument: it would
 * land in shell history and the process list), --model, --base-url and --timeout. Every value is checked here, so a
 * bad one is a usage error before any request is made.
 */
export interface GivenSmokeTest {
  key: string | undefined;
  models: readonly string[];
  baseUrl: string;
  timeoutSeconds?: number;
}

export interface CheckedSmokeTest {
  apiKey: string;
  endpoint: TokenHubEndpoint;
  models: string[];
  timeoutMs: number;
}

export function checkSmokeTestArguments(given: GivenSmokeTest): CheckedSmokeTest {
  const apiKey = (given.key ?? '').trim();
  if (!apiKey) throw new UsageError('set TOKENHUB_API_KEY to the TokenHub API key to test (create one in the TokenHub console)');
  const keyIssue = apiKeyProblem(apiKey);
  if (keyIssue) throw new UsageError(`TOKENHUB_API_KEY: ${keyIssue}`);
  const timeoutMs = given.timeoutSeconds !== undefined ? Math.round(given.timeoutSeconds * 1000) : DEFAULT_SMOKE_TIMEOUT_MS;
  try {
    const models = validateModelIds(given.models, '--model');
    return { apiKey, endpoint: parseTokenHubBaseUrl(given.baseUrl), models, timeoutMs };
  } catch (err) {
    if (err instanceof ModelListError || err instanceof BaseUrlError) throw new UsageError(err.message.replace(/^tokenhub-base-url/, '--base-url'));
    throw err;
  }
}
