import type { Evidence } from '../catalog/rule.js';

/**
 * TokenHub's business error codes (`error.code`) that the smoke test explains, each with what it means, what to do,
 * and how sure we are. Tencent's error page (1823/131595, checked 2026-12-02) groups the codes by HTTP status:
 * 400 `invalid_request_error` 400001/400002/400004, 401 `authentication_error` 401002 ("invalid api key"), 402
 * 401007/401008/403004 ("endpoint is inactive: FREE_QUOTA_EXHAUSTED", plan or billing limits), 403 403001/403002/
 * 403005 (access denied, allow-lists). What each single code means beyond its group comes from third-party
 * transcriptions and observed answers (catalog-update-2026-12.md), and is marked so.
 */
export interface ErrorCodeFact {
  /** What the code says, in a few words. */
  meaning: string;
  evidence: Evidence;
  /** When it was last checked (YYYY-MM-DD). */
  date: string;
  source: string;
}

const ERROR_PAGE = 'https://cloud.tencent.com/document/product/1823/131595';

export const TOKENHUB_ERROR_CODES: Readonly<Record<string, ErrorCodeFact>> = {
  '400004': { meaning: 'the model ID does not exist on TokenHub', evidence: 'third-party', date: '2026-12-02', source: `${ERROR_PAGE} (groups it with invalid parameters); its meaning from observed answers ("The model or service ID ... does not exist")` },
  '401002': { meaning: 'invalid API key', evidence: 'confirmed', date: '2026-12-02', source: ERROR_PAGE },
  '401007': { meaning: 'the model is not enabled for pay-as-you-go, or its free quota is used up', evidence: 'confirmed', date: '2026-12-02', source: `${ERROR_PAGE} (402, plan or billing limits)` },
  '401008': { meaning: 'the model is not enabled for pay-as-you-go, or its free quota is used up', evidence: 'confirmed', date: '2026-12-02', source: `${ERROR_PAGE} (402, plan or billing limits)` },
  '403002': { meaning: "the key's Accessible Range does not include this model", evidence: 'third-party', date: '2026-12-02', source: `${ERROR_PAGE} (403, permissions); the single code's meaning from third-party transcriptions` },
};

/** The code's meaning as a message says it, marked when Tencent's own page does not say it. */
export function explainCode(code: string | undefined): string | undefined {
  const fact = code ? TOKENHUB_ERROR_CODES[code] : undefined;
  if (!fact) return undefined;
  return fact.evidence === 'confirmed' ? fact.meaning : `${fact.meaning} (per third-party reports, ${fact.date})`;
}
