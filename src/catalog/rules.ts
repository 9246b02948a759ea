import type { Rule } from './rule.js';
import { SOURCES as S } from './sources.js';
import { hostPattern, modelIdPattern } from './patterns.js';
import {
  HUNYUAN_NOT_ON_TOKENHUB,
  HUNYUAN_ON_TOKENHUB,
  HUNYUAN_SHUTDOWN_2026_06_22,
  HUNYUAN_TRANSLATION,
  LKE_DEEPSEEK_CHAT,
  LKE_DEEPSEEK_REASONING,
  TOKENHUB_BASE_URL_INTL,
} from './models.js';
import { TOKENHUB_CHAT_MODEL_IDS } from './tokenhub-models.js';

/** The rule of the key smoke test's cross-check; its findings exist only when a smoke test ran. */
export const TOKENHUB_MODEL_NOT_ENABLED = 'tokenhub-model-not-enabled';

/**
 * The rule catalog: what ties code to the retiring Hunyuan and LKE DeepSeek platforms, as data.
 * Facts and their markers come from shared/catalog.md. Order matters: where two rules of one category
 * match the same line, the first one listed here is reported, so specific rules come before general ones.
 */

const OPENAI_SWAP_HINT =
  'Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is ' +
  'https://tokenhub.tencentmaas.com/v1.';

const OPENAI_CLIENT_HINT =
  `Move to an OpenAI-compatible client on TokenHub: base URL ${TOKENHUB_BASE_URL_INTL} ` +
  '(mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.';

const CLOUD_API_HINT =
  `Call TokenHub's OpenAI-compatible chat completions (${TOKENHUB_BASE_URL_INTL}) with a TokenHub API key ` +
  'instead of TC3-signed SecretId/SecretKey requests.';

const SEARCH_HINT =
  'Remove it: there is no drop-in equivalent. TokenHub search is a separate product, `web_search_options` on ' +
  'Chat Completions or the `web_search` tool on the Responses API, enabled in the TokenHub console.';

/**
 * This tool's own rule ids (`hunyuan-model`, `hunyuan-vision-model`, `hunyuan-sdk`, ...) look like Hunyuan model IDs
 * and appear in users' config files, ignore comments and docs; no real model ID ends like them.
 */
const OWN_RULE_ID =
  '^hunyuan-(?:model|sdk|search-param)$|^hunyuan-[a-z0-9.-]*-(?:endpoint|sdk|llm-call|model|search-param|signal)$|^hunyuan-(?:model|sdk)-';

const HUNYUAN_ACTIONS = 'ChatCompletions|ChatStd|ChatPro|ChatTranslations|GetEmbedding|GroupChatCompletions|ImageQuestion|CreateThread|RunThread';

export const RULES: readonly Rule[] = [
  // ───────────── Endpoints ─────────────
  {
    id: 'hunyuan-hyllm-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'First-generation Hunyuan (hyllm) API',
    anchors: ['hunyuan.cloud.tencent.com/hyllm'],
    pattern: hostPattern('(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?'),
    provides: ['hunyuan', 'llm-use'],
    message: 'Legacy first-generation Hunyuan API (hyllm, app_id/secret_id signing) `{match}`; the Hunyuan platform is retired.',
    // Not OpenAI-compatible: swapping the URL alone would not work, so there is no one-line replacement.
    replacement: { hint: OPENAI_CLIENT_HINT, evidence: 'confirmed' },
    sources: [S.hyllmThirdParty, S.migrationGuideIntl],
  },
  {
    id: 'hunyuan-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Hunyuan OpenAI-compatible endpoint',
    anchors: ['api.hunyuan.cloud.tencent.com', 'hunyuan.cloud.tencent.com/openai'],
    pattern: hostPattern('(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)'),
    provides: ['hunyuan', 'llm-use'],
    message: 'Legacy Hunyuan OpenAI-compatible endpoint `{match}`; the Hunyuan API is retired and TokenHub replaces it.',
    replacement: {
      hint: OPENAI_SWAP_HINT,
      evidence: 'confirmed',
      rewrite: {
        from: '^(https?://)?(?:api\\.hunyuan\\.cloud\\.tencent\\.com(/v1)?|hunyuan\\.cloud\\.tencent\\.com/openai(/v1)?)$',
        to: '$1tokenhub-intl.tencentcloudmaas.com$2$3',
      },
    },
    sources: [S.hunyuanOpenAiDoc, S.trtcHunyuanDoc, S.migrationGuideIntl],
  },
  {
    id: 'hunyuan-intl-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Claimed international Hunyuan OpenAI-compatible host',
    anchors: ['api.hunyuan.intl.cloud.tencent.com'],
    pattern: hostPattern('api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?'),
    provides: ['hunyuan', 'llm-use'],
    message: 'Hunyuan endpoint `{match}` (a host seen only in one third-party note, not in Tencent\'s docs); Hunyuan API usage must move to TokenHub.',
    replacement: {
      hint: OPENAI_SWAP_HINT,
      evidence: 'confirmed',
      rewrite: { from: '^(https?://)?api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
    },
    sources: [S.hunyuanIntlOpenAiClaim, S.migrationGuideIntl],
  },
  {
    id: 'hunyuan-cloudapi-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Hunyuan Cloud API host',
    anchors: ['hunyuan.tencentcloudapi.com', 'hunyuan.intl.tencentcloudapi.com'],
    pattern: hostPattern('hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com'),
    // The same host also serves Hunyuan image and 3D jobs: only an LLM action or model in the file makes it an error.
    context: { anyOf: ['llm-use'], otherwise: 'warning' },
    provides: ['hunyuan-cloudapi'],
    providesWhenReported: ['hunyuan'],
    message: 'Legacy Hunyuan Cloud API host `{match}`; the Hunyuan LLM API is retired (if this file only runs image or 3D jobs, those moved to other services and this is not an LLM call).',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.hunyuanCloudApiDoc, S.sdkPythonHunyuan, S.migrationGuideIntl],
  },
  {
    id: 'lke-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'LKE DeepSeek OpenAI-compatible endpoint',
    anchors: ['api.lkeap.cloud.tencent.com', 'api.lkeap.tencentcloud.com'],
    // The Token Plan (/plan/...) and Coding Plan (/coding/...) routes on the same host are TokenHub's own.
    pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?'),
    provides: ['lke'],
    message: 'Legacy LKE DeepSeek API endpoint `{match}`; the LLM Knowledge Engine DeepSeek API moves to TokenHub.',
    replacement: {
      hint: OPENAI_SWAP_HINT,
      evidence: 'confirmed',
      rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
    },
    sources: [S.lkeOpenAiDocMainland, S.lkeOpenAiDocIntl, S.migrationGuideIntl],
  },
  {
    id: 'lke-cloudapi-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'LKE Cloud API host used for DeepSeek chat',
    anchors: ['lkeap.tencentcloudapi.com', 'lkeap.intl.tencentcloudapi.com'],
    pattern: hostPattern('lkeap(?:\\.intl)?\\.tencentcloudapi\\.com'),
    // The lkeap service also does rerank, embeddings and document parsing, which are not retiring.
    context: { anyOf: ['chat-completions', 'deepseek-model'], otherwise: 'notice' },
    provides: ['lke-sdk'],
    providesWhenReported: ['lke'],
    message: 'LKE Cloud API host `{match}` with DeepSeek chat in this file; the LKE DeepSeek API moves to TokenHub (rerank, embeddings and document parsing on lkeap are not affected).',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.lkeCloudApiDoc, S.migrationGuideIntl],
  },
  {
    id: 'token-plan-route',
    category: 'legacy-endpoint',
    severity: 'notice',
    title: 'TokenHub Token Plan / Coding Plan route (not legacy)',
    anchors: ['api.lkeap.cloud.tencent.com/plan', 'api.lkeap.cloud.tencent.com/coding'],
    pattern: 'api\\.lkeap\\.cloud\\.tencent\\.com/(?:plan|coding)\\b',
    signalOnly: true,
    provides: ['token-plan'],
    message: 'Token Plan route (part of TokenHub).',
    replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
    sources: [S.tokenPlanDoc],
  },

  // ───────────── SDKs ─────────────
  {
    id: 'hunyuan-sdk',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Tencent Cloud SDK for Hunyuan (v20230901)',
    anchors: ['v20230901', 'hunyuan'],
    // Python/Node/Java `hunyuan.v20230901`, Go `hunyuan/v20230901` (also the intl SDK), PHP `Hunyuan\V20230901`,
    // C# `Hunyuan.V20230901`, Ruby `Hunyuan::V20230901`; packages tencentcloud-sdk-nodejs-hunyuan, -java-hunyuan, gem tencentcloud-sdk-hunyuan.
    pattern: '(?<![\\w-])hunyuan(?:\\.|/|\\\\{1,2}|::)v20230901\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?hunyuan(?![\\w-])|\\btencentcloud_hunyuan_sdk\\b',
    context: { anyOf: ['llm-use'], otherwise: 'warning' },
    provides: ['hunyuan-cloudapi'],
    providesWhenReported: ['hunyuan'],
    message: 'Tencent Cloud Hunyuan SDK `{match}` used for LLM calls; the Hunyuan API is retired (its ChatCompletions also searched online by default, EnableEnhancement, and that search is gone).',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkPythonHunyuan, S.sdkJavaHunyuan, S.sdkNodeHunyuan, S.migrationGuideIntl],
  },
  {
    id: 'hunyuan-sdk-llm-call',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Hunyuan Cloud API LLM action',
    anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
    pattern: `\\b(?:New)?(?:${HUNYUAN_ACTIONS})(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["'])`,
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan-cloudapi'] },
    message: 'Hunyuan Cloud API call `{match}`; the Hunyuan LLM API is retired.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuan, S.sdkPythonHunyuan],
  },
  {
    id: 'hunyuan-llm-action-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Hunyuan LLM action name (context only)',
    anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
    pattern: `(?:${HUNYUAN_ACTIONS})`,
    caseSensitive: true,
    prefilter: false,
    signalOnly: true,
    provides: ['llm-use'],
    message: 'LLM action name.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuan],
  },
  {
    id: 'chat-completions-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'ChatCompletions action name (context only)',
    anchors: ['chatcompletions'],
    pattern: 'ChatCompletions',
    caseSensitive: true,
    prefilter: false,
    signalOnly: true,
    provides: ['chat-completions'],
    message: 'ChatCompletions action name.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.sdkPythonLkeap],
  },
  {
    id: 'lke-sdk-chat',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Tencent Cloud SDK for LKE (lkeap v20240522) used for DeepSeek chat',
    anchors: ['v20240522', 'lkeap'],
    pattern: '(?<![\\w-])lkeap(?:\\.|/|\\\\{1,2}|::)v20240522\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?lkeap(?![\\w-])',
    // Importing lkeap alone is not legacy: it also serves rerank, embeddings and document parsing.
    context: { anyOf: ['chat-completions', 'deepseek-model'] },
    provides: ['lke-sdk'],
    providesWhenReported: ['lke'],
    message: 'Tencent Cloud LKE SDK `{match}` used for DeepSeek chat; the LKE DeepSeek API moves to TokenHub.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkPythonLkeap, S.lkeCloudApiDoc, S.migrationGuideIntl],
  },
  {
    id: 'lke-sdk-chat-call',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'LKE Cloud API ChatCompletions call',
    anchors: ['chatcompletions'],
    pattern: '\\b(?:New)?ChatCompletions(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke-sdk'], noneOf: ['hunyuan-cloudapi'] },
    message: 'LKE Cloud API call `{match}` (DeepSeek chat); the LKE DeepSeek API moves to TokenHub.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkPythonLkeap, S.lkeCloudApiDoc],
  },
  {
    id: 'langchain-hunyuan',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'LangChain Hunyuan integration',
    anchors: ['hunyuan'],
    pattern: '\\b(?:ChatHunyuan|HunyuanEmbeddings|ChatTencentHunyuan|TencentHunyuanEmbeddings)\\b|(?:chat_models|embeddings)/tencent_hunyuan\\b',
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    message: 'LangChain Hunyuan integration `{match}` calls the retired Hunyuan API.',
    replacement: {
      hint: 'Suggestion: LangChain\'s OpenAI chat model (ChatOpenAI) with the TokenHub base URL ' +
        `${TOKENHUB_BASE_URL_INTL}, a TokenHub API key and a TokenHub model ID.`,
      evidence: 'inferred',
    },
    sources: [S.langchainPython, S.langchainJs],
  },
  {
    id: 'hunyuan-env-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Hunyuan credential variable (context only)',
    anchors: ['hunyuan_'],
    // Env var names are weak signals: they set context for search parameters but are never findings themselves.
    pattern: '\\bHUNYUAN_(?:API_KEY|APP_ID|SECRET_ID|SECRET_KEY|ENABLE_SPEED_SEARCH)\\b',
    caseSensitive: true,
    signalOnly: true,
    provides: ['hunyuan'],
    message: 'Hunyuan credential variable.',
    replacement: { hint: '', evidence: 'third-party' },
    sources: [S.hunyuanOpenAiDoc, S.lobeChatHunyuan],
  },

  // ───────────── Models ─────────────
  {
    id: 'hunyuan-translation-model',
    category: 'legacy-model',
    severity: 'error',
    title: 'Hunyuan translation model',
    anchors: ['hunyuan-translation'],
    pattern: modelIdPattern(HUNYUAN_TRANSLATION),
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    message: 'Model `{match}`: Hunyuan translation is not offered on TokenHub.',
    replacement: {
      value: 'hy-mt2-plus',
      hint: 'Tencent\'s guide only says to use a newer model; TokenHub\'s Hy-MT2 translation model is the natural candidate.',
      evidence: 'inferred',
    },
    sources: [S.migrationGuideIntl, S.migrationGuideMainland, S.hyApiGuide],
  },
  {
    id: 'hunyuan-model-shutdown',
    category: 'legacy-model',
    severity: 'error',
    title: 'Hunyuan model shut down on 2026-06-22',
    anchors: ['hunyuan-'],
    pattern: modelIdPattern(HUNYUAN_SHUTDOWN_2026_06_22),
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    message: 'Model `{match}` was shut down on 2026-06-22 with the legacy Hunyuan platform.',
    replacement: { value: 'hy3-preview', hint: 'Enable it for pay-as-you-go in the TokenHub console.', evidence: 'confirmed' },
    sources: [S.hunyuanShutdownNotice],
  },
  {
    id: 'hunyuan-model-not-on-tokenhub',
    category: 'legacy-model',
    severity: 'error',
    title: 'Hunyuan model not supported on TokenHub',
    anchors: ['hunyuan-'],
    pattern: modelIdPattern(HUNYUAN_NOT_ON_TOKENHUB),
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    message: 'Model `{match}` is not supported on TokenHub.',
    replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models; use any TokenHub model enabled for your key.', evidence: 'inferred' },
    sources: [S.migrationGuideMainland],
  },
  {
    id: 'hunyuan-vision-model',
    category: 'legacy-model',
    severity: 'warning',
    title: 'Hunyuan vision model',
    anchors: ['hunyuan-'],
    pattern: '(?<![\\w./-])hunyuan-(?:[a-z0-9]+-)?vision(?:-[a-z0-9]+)?(?![\\w-]|\\.[A-Za-z0-9])',
    unless: OWN_RULE_ID,
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    message: 'Hunyuan vision model `{match}` belongs to the legacy platform; check what TokenHub offers for vision.',
    replacement: { hint: 'A TokenHub model with visual understanding, such as `glm-5v-turbo` or `hy4`, if enabled for your key.', evidence: 'inferred' },
    sources: [S.hunyuanSdkModelDocs, S.tokenHubModelsIntl, S.hyApiGuide],
  },
  {
    id: 'hunyuan-embedding-model',
    category: 'legacy-model',
    severity: 'warning',
    title: 'Hunyuan embedding model',
    anchors: ['hunyuan-embedding'],
    pattern: modelIdPattern(['hunyuan-embedding']),
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    message: 'Model `{match}` belongs to the legacy Hunyuan platform; no TokenHub embedding model was found in the sources.',
    replacement: { hint: 'Plan another embedding model or provider; re-embed stored vectors with it.', evidence: 'unverified' },
    sources: [S.hunyuanEmbeddingThirdParty],
  },
  {
    id: 'hunyuan-model',
    category: 'legacy-model',
    severity: 'warning',
    title: 'Other Hunyuan model ID',
    anchors: ['hunyuan-'],
    pattern: '(?<![\\w./-])hunyuan-[a-z0-9](?:[A-Za-z0-9-]|\\.(?=[A-Za-z0-9]))*',
    caseSensitive: true,
    unless: `^(?:${HUNYUAN_ON_TOKENHUB.map((id) => id.replace(/\./g, '\\.')).join('|')})$|${OWN_RULE_ID}`,
    // The Token Plan's own IDs (hunyuan-t1, hunyuan-turbos, ...) are TokenHub's: quiet next to a Token Plan route.
    context: { noneOf: ['token-plan'] },
    provides: ['llm-use'],
    message: 'Model `{match}` is a legacy Hunyuan platform ID; check that TokenHub offers it for your key before migrating.',
    replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models; use any TokenHub model enabled for your key.', evidence: 'inferred' },
    sources: [S.hunyuanSdkModelDocs, S.tokenHubModelsMainland],
  },
  {
    id: 'lke-deepseek-r1-model',
    category: 'legacy-model',
    severity: 'error',
    title: 'DeepSeek R1 on the LKE DeepSeek API',
    anchors: ['deepseek-r1'],
    pattern: modelIdPattern(LKE_DEEPSEEK_REASONING),
    caseSensitive: true,
    prefilter: false,
    provides: ['deepseek-model'],
    context: { anyOf: ['lke'] },
    message: 'Model `{match}` called through the legacy LKE DeepSeek API (`deepseek-r1` itself went offline there on 2025-11-11).',
    replacement: { value: 'deepseek-v4-pro', hint: 'A TokenHub reasoning model (thinking on by default), enabled for your key.', evidence: 'inferred' },
    sources: [S.lkeOpenAiDocMainland, S.tokenHubModelsIntl],
  },
  {
    id: 'lke-deepseek-v3-model',
    category: 'legacy-model',
    severity: 'warning',
    title: 'DeepSeek V3 family on the LKE DeepSeek API',
    anchors: ['deepseek-v3'],
    pattern: modelIdPattern(LKE_DEEPSEEK_CHAT),
    caseSensitive: true,
    prefilter: false,
    provides: ['deepseek-model'],
    context: { anyOf: ['lke'] },
    message: 'Model `{match}` called through the legacy LKE DeepSeek API; choose the TokenHub model to use after the move.',
    replacement: { value: 'deepseek-v4-flash', hint: 'The migration guide\'s own example uses DeepSeek V4 Flash; enable the model you choose for pay-as-you-go.', evidence: 'inferred' },
    sources: [S.lkeOpenAiDocMainland, S.tokenHubModelsIntl, S.migrationGuideIntl],
  },

  // ───────────── Online search ─────────────
  {
    id: 'hunyuan-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'Hunyuan online-search parameter',
    anchors: ['enhancement', 'speedsearch', 'speed_search', 'multimedia', 'deepsearch', 'deep_search', 'recommendedquestions', 'recommended_questions', 'search_scene', 'searchinfo', 'search_info', 'citation', 'deepread'],
    // `citation` is common elsewhere (bibliographies), so only its key/setter form counts; all need Hunyuan context.
    pattern:
      '(?:EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo)\\b' +
      '|(?<![\\w-])(?:enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|search_scene|search_info)\\b' +
      '|(?<=\\bset|\\.|["\'])Citation\\b(?=\\s*(?:[:=(]|=>)|["\'])' +
      '|(?<=["\'])citation(?=["\']\\s*(?:[:=,]|=>))|(?<![\\w.-])citation(?=\\s*[:=](?!=))',
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan'] },
    message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuanSearch, S.hunyuanOpenAiDoc, S.lobeChatHunyuan, S.tokenHubSearchDoc, S.migrationGuideIntl],
  },
  {
    id: 'lke-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'LKE DeepSeek online-search parameter (Cloud API)',
    anchors: ['enablesearch'],
    pattern: '(?:(?<![A-Za-z0-9])|(?<=set))EnableSearch\\b',
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke'] },
    message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaLkeapSearch, S.tokenHubSearchDoc, S.migrationGuideIntl],
  },
  {
    id: 'lke-openai-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'LKE DeepSeek online-search parameter (OpenAI-compatible API)',
    anchors: ['enable_search', 'search_enabled'],
    pattern: '(?<![\\w-])(?:enable_search|search_enabled)\\b',
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke'] },
    message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.lkeSearchThirdParty, S.tokenHubSearchDoc, S.migrationGuideIntl],
  },

  // ───────────── Key smoke test (cross-check) ─────────────
  {
    id: TOKENHUB_MODEL_NOT_ENABLED,
    category: 'legacy-model',
    // A warning, not an error: glm-5, kimi-k2.5 and the DeepSeek IDs also name models of other providers.
    severity: 'warning',
    title: 'TokenHub model the API key cannot use',
    anchors: ['deepseek-', 'glm-', 'kimi-', 'minimax-', 'hunyuan-', 'hy3', 'hy4', 'hy-mt2'],
    pattern: modelIdPattern(TOKENHUB_CHAT_MODEL_IDS),
    caseSensitive: true,
    smokeTestOnly: true,
    message: 'Model `{match}` is not among the models the TokenHub API key can use.',
    replacement: {
      hint: 'Enable the model for pay-as-you-go in the TokenHub console, include it in the key\'s Accessible Range, ' +
        'or change the code to a model the key lists.',
      evidence: 'confirmed',
    },
    sources: [S.tokenHubGettingStarted, S.tokenHubModelsIntl, S.tokenHubModelsMainland, S.tokenHubModelList],
  },
];
