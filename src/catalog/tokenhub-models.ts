/**
 * TokenHub's own model IDs and endpoints (shared/catalog.md sections 1.3 and 2.4): the IDs code will call after
 * the move. These are not legacy, so no scan rule reports them; the key smoke test uses them to find which models
 * the code relies on, and to check that the key can use them. Snapshots: the dates are those of the documents.
 */
import type { Evidence } from './rule.js';

export type TokenHubModelKind = 'chat' | 'image' | 'video' | '3d';

export interface TokenHubModel {
  id: string;
  /** Only chat models answer a chat completion; the others are only looked for in the key's model list. */
  kind: TokenHubModelKind;
  evidence: Evidence;
  /** Where the ID is listed. */
  source: string;
  /** When the source was last checked for it (YYYY-MM-DD); unset: the catalog's first edition. */
  date?: string;
}

const INTL = 'tencentcloud.com/document/product/1300/78941 (2026-05-13)';
const MAINLAND = 'cloud.tencent.com/document/product/1823/130078';
const HY_SUCCESSORS = 'cloud.tencent.com/document/product/1729/131925; 1823/132358';
const HY_GUIDE_MAINLAND = 'cloud.tencent.com/document/product/1823/132252 (2026-05-28)';
const HY_GUIDE_INTL = 'tencentcloud.com/document/product/1300/80695 (2026-06-12)';
/** The newer Hy IDs: named by Tencent's CloudBase model list and by third-party routers, not by TokenHub's own pages. */
const HY_NEWER = 'docs.cloudbase.net/ai/available-models (CloudBase, not TokenHub); openrouter.ai tencent/hy4-flash';
const LITELLM = 'docs.litellm.ai/docs/providers/tencent';

function models(kind: TokenHubModelKind, evidence: Evidence, source: string, ids: string[], date?: string): TokenHubModel[] {
  return ids.map((id) => ({ id, kind, evidence, source, ...(date ? { date } : {}) }));
}

export const TOKENHUB_MODELS: readonly TokenHubModel[] = [
  ...models('chat', 'confirmed', INTL, [
    'deepseek-v4-flash', 'deepseek-v4-pro', 'deepseek-v3.2', 'glm-5', 'glm-5v-turbo', 'glm-5-turbo',
    'glm-5.1', 'kimi-k2.6', 'kimi-k2.5', 'minimax-m2.5', 'minimax-m2.7',
  ]),
  ...models('chat', 'confirmed', MAINLAND, [
    'hunyuan-2.0-thinking-20251109', 'hunyuan-2.0-instruct-20251111', 'hunyuan-role-latest',
    'deepseek-v3.1-terminus', 'deepseek-r1-0528', 'deepseek-v3-0324', 'kimi-k2-thinking-turbo', 'kimi-k2-turbo-preview',
  ]),
  ...models('image', 'confirmed', MAINLAND, ['HY-Image-V3.0', 'HY-Image-Lite']),
  ...models('video', 'confirmed', MAINLAND, ['HY-Video-1.5', 'YT-Video-2.0', 'YT-Video-HumanActor', 'YT-Video-FX']),
  ...models('3d', 'confirmed', MAINLAND, ['HY-3D-3.0', 'HY-3D-3.1', 'HY-3D-Express']),
  ...models('chat', 'confirmed', HY_SUCCESSORS, ['hy3-preview']),
  ...models('chat', 'confirmed', HY_GUIDE_INTL, ['hy-mt2-plus'], '2026-12-02'),
  ...models('chat', 'confirmed', HY_GUIDE_MAINLAND, ['hy-mt2-pro'], '2026-12-02'),
  // The catalog once cited 1300/80695 for these; its copy of 2026-06-12 lists only hy-mt2-plus (checked 2026-12-02).
  ...models('chat', 'third-party', HY_NEWER, ['hy3', 'hy4', 'hy4-preview', 'hy4-flash'], '2026-12-02'),
  ...models('chat', 'third-party', LITELLM, ['deepseek-v4-flash-202605', 'deepseek-v4-pro-202606']),
];

/** The chat models: what a chat completion can test, and what the cross-check looks for in code. */
export const TOKENHUB_CHAT_MODEL_IDS: readonly string[] = TOKENHUB_MODELS.filter((m) => m.kind === 'chat').map((m) => m.id);

/** Tested when the code names no TokenHub model and none is configured: the model of TokenHub's own guide example. */
export const DEFAULT_SMOKE_TEST_MODEL = 'deepseek-v4-flash';

export interface TokenHubHost {
  host: string;
  region: 'international' | 'mainland';
  backup?: boolean;
  evidence: Evidence;
}

/**
 * Hosts a TokenHub API key may be sent to. `tokenhub-us.tencentcloudmaas.com` is left out: only third-party code
 * names it, no document does (catalog 1.3, marked unverified).
 */
export const TOKENHUB_HOSTS: readonly TokenHubHost[] = [
  { host: 'tokenhub-intl.tencentcloudmaas.com', region: 'international', evidence: 'confirmed' },
  { host: 'tokenhub.tencentcloudmaas.com', region: 'mainland', evidence: 'confirmed' },
  { host: 'tokenhub-intl.tencentcloudmaas.tech', region: 'international', backup: true, evidence: 'confirmed' },
  { host: 'tokenhub.tencentcloudmaas.tech', region: 'mainland', backup: true, evidence: 'confirmed' },
  { host: 'tokenhub.tencentmaas.com', region: 'mainland', evidence: 'confirmed' },
  { host: 'tokenhub-intl.tencentmaas.com', region: 'international', evidence: 'third-party' },
];
