/**
 * Model-ID lists from shared/catalog.md section 2. Snapshots: the dates are those of the documents.
 */

/** 1729/131925 (updated 2026-05-20): stopped 2026-06-22 00:00 Beijing time; every row seen maps to hy3-preview. The stored list is truncated. */
export const HUNYUAN_SHUTDOWN_2026_06_22 = [
  'hunyuan-2.0-thinking-dev-20251012',
  'hunyuan-t1-latest', 'hunyuan-t1-20250321', 'hunyuan-t1-20250403', 'hunyuan-t1-20250521',
  'hunyuan-t1-20250529', 'hunyuan-t1-20250711', 'hunyuan-t1-20250822', 'hunyuan-t1-dev-20250822',
  'hunyuan-turbos-latest', 'hunyuan-turbos-20250226', 'hunyuan-turbos-customized',
  'hunyuan-turbos-20250313', 'hunyuan-turbos-20250416', 'hunyuan-turbos-20250515',
  'hunyuan-turbos-20250604', 'hunyuan-turbos-20250716', 'hunyuan-turbos-20250926',
  'hunyuan-turbos-longtext-128k-20250325', 'hunyuan-turbo-latest', 'hunyuan-turbo', 'hunyuan-customized',
  'hunyuan-turbo-customized', 'hunyuan-turbo-20241120', 'hunyuan-turbo-20241223', 'hunyuan-standard',
  'hunyuan-standard-32K', 'hunyuan-standard-32k', 'hunyuan-standard-256K', 'hunyuan-standard-256k',
  'hunyuan-code', 'hunyuan-funcall', 'hunyuan-large', 'hunyuan-large-longcontext',
] as const;

/** 1823/131382 (mainland migration guide): models TokenHub will not support. Translation ones have their own rule. */
export const HUNYUAN_NOT_ON_TOKENHUB = [
  'hunyuan-a13b', 'hunyuan-lite', 'hunyuan-large-role-latest',
] as const;

export const HUNYUAN_TRANSLATION = ['hunyuan-translation', 'hunyuan-translation-lite'] as const;

/**
 * Hunyuan IDs that TokenHub itself lists (mainland table 1823/130078): never a finding on their own.
 * The two dated 2.0 IDs are also on the 1729/131925 shutdown list for the legacy platform; when they are called
 * on a legacy endpoint, the endpoint finding covers it. (The Token Plan's own short IDs, such as `hunyuan-t1` and
 * `hunyuan-turbos`, are handled by context: see the `token-plan` tag.)
 */
export const HUNYUAN_ON_TOKENHUB = [
  'hunyuan-2.0-thinking-20251109', 'hunyuan-2.0-instruct-20251111', 'hunyuan-role-latest',
] as const;

/** LKE DeepSeek API model IDs (1772/115969, 1772/115963). Several also exist on TokenHub, so they need LKE context. */
export const LKE_DEEPSEEK_REASONING = ['deepseek-r1', 'deepseek-r1-0528'] as const;
export const LKE_DEEPSEEK_CHAT = [
  'deepseek-v3', 'deepseek-v3-0324', 'deepseek-v3.1', 'deepseek-v3.1-terminus', 'deepseek-v3.2', 'deepseek-v3.2-exp',
] as const;

export const TOKENHUB_BASE_URL_INTL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';
export const TOKENHUB_BASE_URL_MAINLAND = 'https://tokenhub.tencentmaas.com/v1';
