import type { TokenHubEndpoint } from './base-url.js';
import type { Problem } from './problems.js';

export interface CallRecord {
  /** Wall time of the call, retries and back-off included. */
  durationMs: number;
  /** HTTP attempts the SDK made (1 plus its retries). */
  attempts: number;
  problem?: Problem;
}

export interface ModelListCheck extends CallRecord {
  ok: boolean;
  /** The model IDs the key can see, when the list was read. */
  ids?: string[];
  /** TokenHub's per-model `status` (`online`, `pre-offline`), where it sends one. */
  statuses?: Record<string, string>;
}

/**
 * enabled: a one-token chat completion succeeded, so the model is enabled and billable for the key.
 * listed: a non-chat model (image, video, 3D) found in the key's model list; no call is made for it.
 */
export type ModelStatus = 'enabled' | 'listed' | 'failed' | 'not-tried';

export interface ModelCheck {
  model: string;
  status: ModelStatus;
  /** Whether the key's model list contains it (unset when the list could not be read). */
  listed?: boolean;
  listStatus?: string;
  durationMs?: number;
  attempts?: number;
  /** Tokens TokenHub counted for the test call, when it says. */
  totalTokens?: number;
  problem?: Problem;
  /** Why it was not tried, or what else to know. */
  note?: string;
}

export type SmokeOutcome = 'passed' | 'failed';

export interface SmokeReport {
  outcome: SmokeOutcome;
  endpoint: TokenHubEndpoint;
  modelList: ModelListCheck;
  models: ModelCheck[];
  /** Where the tested models came from. */
  modelSource: 'input' | 'code' | 'default';
}

/** What the lazily loaded SDK part returns: the raw checks, before selection notes and the verdict. */
export interface KeyCheck {
  modelList: ModelListCheck;
  models: ModelCheck[];
}
