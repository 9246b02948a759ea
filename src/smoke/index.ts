/**
 * The TokenHub key smoke test: prove that the key works and that the models the code will use are enabled for
 * pay-as-you-go, before the migration merges. The openai SDK is loaded only here, on demand.
 */
import type { Finding } from '../finding/finding.js';
import type { TokenHubEndpoint } from './base-url.js';
import { crossCheck } from './cross-check.js';
import type { ModelCheck, SmokeReport } from './report.js';
import { selectModels, type ModelSelection } from './select-models.js';

export { parseTokenHubBaseUrl, BaseUrlError, type TokenHubEndpoint } from './base-url.js';
export { findModelReferences, modelReferencesInText, withoutLegacy, type ReferenceScope } from './model-references.js';
export { selectModels, validateModelIds, ModelListError, MAX_SMOKE_TEST_MODELS, type ModelSelection } from './select-models.js';
export { redact } from './redact.js';
export { apiKeyProblem, MIN_KEY_CHARS } from './api-key.js';
export type { SmokeReport, ModelCheck, ModelStatus, SmokeOutcome } from './report.js';
export type { Problem, ProblemKind } from './problems.js';

export const DEFAULT_SMOKE_TIMEOUT_MS = 30_000;

export interface SmokeTestRequest {
  apiKey: string;
  endpoint: TokenHubEndpoint;
  /** Models asked for by name; empty: the models the code references, else the default. */
  models: readonly string[];
  /** Candidate cross-check findings: where the code names TokenHub models. */
  references: readonly Finding[];
  /** Per HTTP attempt. */
  timeoutMs?: number;
  maxModels?: number;
  maxRetries?: number;
}

export interface SmokeTestResult {
  report: SmokeReport;
  /** Cross-check findings: code lines naming a model the key cannot use. */
  findings: Finding[];
  selection: ModelSelection;
}

export async function runSmokeTest(req: SmokeTestRequest): Promise<SmokeTestResult> {
  const selection = selectModels(req.models, req.references, req.maxModels);
  const { checkKey } = await import('./check-key.js');
  const raw = await checkKey({
    apiKey: req.apiKey,
    endpoint: req.endpoint,
    models: selection.chat,
    timeoutMs: req.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS,
    ...(req.maxRetries !== undefined ? { maxRetries: req.maxRetries } : {}),
  });
  const { modelList } = raw;
  const listed = modelList.ok && modelList.ids ? new Set(modelList.ids) : undefined;
  const withListing = (m: ModelCheck): ModelCheck => {
    if (!listed) return m;
    const status = modelList.statuses?.[m.model];
    const out: ModelCheck = { ...m, listed: listed.has(m.model) };
    if (status) out.listStatus = status;
    if (status === 'pre-offline') out.note = [m.note, 'TokenHub marks it pre-offline: it is about to be retired'].filter(Boolean).join('; ');
    return out;
  };

  const models: ModelCheck[] = raw.models.map(withListing);
  for (const model of selection.listOnly) {
    if (!listed) {
      models.push({ model, status: 'not-tried', note: 'not a chat model, and the key\'s model list could not be read' });
    } else if (listed.has(model)) {
      models.push(withListing({ model, status: 'listed', note: 'not a chat model: found in the key\'s model list, not called' }));
    } else {
      models.push({
        model,
        status: 'failed',
        listed: false,
        problem: {
          kind: 'model-unavailable',
          fatal: false,
          message: `${model} is not in the key's model list: enable it in the TokenHub console, or check the key's Accessible Range.`,
        },
      });
    }
  }
  for (const model of selection.overLimit) {
    models.push(withListing({ model, status: 'not-tried', note: `over the limit of ${selection.chat.length} models per run; name the ones to test in smoke-test-models` }));
  }

  const failed = Boolean(modelList.problem?.fatal) || models.some((m) => m.status === 'failed');
  const report: SmokeReport = { outcome: failed ? 'failed' : 'passed', endpoint: req.endpoint, modelList, models, modelSource: selection.source };
  return { report, findings: crossCheck(req.references, report), selection };
}
