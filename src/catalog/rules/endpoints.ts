import type { Rule } from '../rule.js';
import { SOURCES as S } from '../sources.js';
import { hostPattern } from '../patterns.js';
import { CLOUD_API_HINT, IMAGE_HINT, OPENAI_CLIENT_HINT, OPENAI_SWAP_HINT } from './hints.js';
import { examples } from './examples.js';

/** Hosts and routes of the retiring platforms, and the TokenHub ones that set context. */
export const ENDPOINT_RULES: readonly Rule[] = [
  {
    id: 'hunyuan-hyllm-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'First-generation Hunyuan (hyllm) API',
    evidenceName: 'Hunyuan endpoint',
    anchors: ['hunyuan.cloud.tencent.com/hyllm'],
    pattern: hostPattern('(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?'),
    provides: ['hunyuan', 'llm-use'],
    shares: 'package',
    message: 'Legacy first-generation Hunyuan API (hyllm, app_id/secret_id signing) `{match}`; the Hunyuan platform is retired.',
    // Not OpenAI-compatible: swapping the URL alone would not work, so there is no one-line replacement.
    replacement: { hint: OPENAI_CLIENT_HINT, evidence: 'confirmed' },
    sources: [S.hyllmThirdParty, S.migrationGuideIntl],
    examples: examples({
      python: {
        hit: ['URL = "https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions"', 'requests.post("https://api.hunyuan.cloud.tencent.com/hyllm/v1/chat/completions", json=body)', 'HOST = "hunyuan.cloud.tencent.com/hyllm"'],
        miss: ['URL = "https://hunyuan.cloud.tencent.com/docs"', 'URL = "https://xhunyuan.cloud.tencent.com.example.org/hy"', 'URL = "https://tokenhub-intl.tencentcloudmaas.com/v1"'],
      },
      markdown: {
        hit: ['The old API at https://hunyuan.cloud.tencent.com/hyllm/v1 signs with app_id.', 'Endpoint: `hunyuan.cloud.tencent.com/hyllm/v1/chat/completions`', 'curl https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions'],
        miss: ['Hunyuan (hyllm) was the first generation.', 'See https://cloud.tencent.com/document/product/1729', 'Use https://tokenhub.tencentmaas.com/v1 instead.'],
      },
    }),
  },
  {
    id: 'hunyuan-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Hunyuan OpenAI-compatible endpoint',
    evidenceName: 'Hunyuan endpoint',
    anchors: ['api.hunyuan.cloud.tencent.com', 'hunyuan.cloud.tencent.com/openai'],
    pattern: hostPattern('(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)'),
    provides: ['hunyuan', 'llm-use'],
    shares: 'package',
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
    examples: examples({
      python: {
        hit: ['client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")', 'BASE = "https://hunyuan.cloud.tencent.com/openai/v1"', 'host = "api.hunyuan.cloud.tencent.com"'],
        miss: ['client = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")', 'host = "my-api.hunyuan.cloud.tencent.com.example.org"', 'doc = "https://cloud.tencent.com/document/product/1729/111007"'],
      },
      yaml: {
        hit: ['base_url: https://api.hunyuan.cloud.tencent.com/v1', 'endpoint: "https://hunyuan.cloud.tencent.com/openai/v1/chat/completions"', 'api_base: HTTPS://API.HUNYUAN.CLOUD.TENCENT.COM/V1'],
        miss: ['base_url: https://tokenhub.tencentmaas.com/v1', 'provider: hunyuan', 'base_url: https://api.deepseek.com/v1'],
      },
    }),
  },
  {
    id: 'hunyuan-intl-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Claimed international Hunyuan OpenAI-compatible host',
    evidenceName: 'Hunyuan endpoint',
    anchors: ['api.hunyuan.intl.cloud.tencent.com'],
    pattern: hostPattern('api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?'),
    provides: ['hunyuan', 'llm-use'],
    shares: 'package',
    message: 'Hunyuan endpoint `{match}` (a host seen only in one third-party note, not in Tencent\'s docs); Hunyuan API usage must move to TokenHub.',
    replacement: {
      hint: OPENAI_SWAP_HINT,
      evidence: 'confirmed',
      rewrite: { from: '^(https?://)?api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
    },
    sources: [S.hunyuanIntlOpenAiClaim, S.migrationGuideIntl],
    examples: examples({
      ts: {
        hit: ["const baseURL = 'https://api.hunyuan.intl.cloud.tencent.com/v1';", "fetch('https://api.hunyuan.intl.cloud.tencent.com/v1/chat/completions')", "const host = 'api.hunyuan.intl.cloud.tencent.com';"],
        miss: ["const baseURL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';", "const host = 'intl.cloud.tencent.com';", "const region = 'ap-jakarta';"],
      },
    }),
  },
  {
    id: 'hunyuan-cloudapi-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Hunyuan Cloud API host',
    evidenceName: 'Hunyuan Cloud API host',
    anchors: ['hunyuan.tencentcloudapi.com', 'hunyuan.intl.tencentcloudapi.com'],
    pattern: hostPattern('hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com'),
    // The same host also serves Hunyuan image and 3D jobs (they have their own rule): an LLM action or model in the
    // file makes it an LLM error.
    context: { anyOf: ['llm-use'], otherwise: 'warning' },
    provides: ['hunyuan-cloudapi'],
    providesWhenReported: ['hunyuan'],
    shares: 'package',
    message: 'Legacy Hunyuan Cloud API host `{match}`; the Hunyuan LLM API is retired (its image, video and 3D jobs stop on 2026-09-30 too).',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.hunyuanCloudApiDoc, S.sdkPythonHunyuan, S.migrationGuideIntl, S.hunyuanImageRetirement],
    examples: examples({
      python: {
        hit: ['httpProfile.endpoint = "hunyuan.tencentcloudapi.com"', 'ENDPOINT = "https://hunyuan.intl.tencentcloudapi.com"', 'host = "hunyuan.tencentcloudapi.com"  # SubmitHunyuanImageJob'],
        miss: ['httpProfile.endpoint = "lkeap.tencentcloudapi.com"', 'httpProfile.endpoint = "xhunyuan.tencentcloudapi.com"', 'httpProfile.endpoint = "tokenhub.intl.tencentcloudapi.com"'],
      },
      shell: {
        hit: ['curl -X POST https://hunyuan.tencentcloudapi.com -H "X-TC-Action: ChatCompletions"', 'HOST=hunyuan.tencentcloudapi.com', 'curl https://hunyuan.intl.tencentcloudapi.com'],
        miss: ['curl https://tokenhub.tencentmaas.com/v1/chat/completions', 'HOST=cvm.tencentcloudapi.com', 'echo hunyuan'],
      },
    }),
  },
  {
    id: 'hunyuan-image-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'Hunyuan image API (api.cloudai.tencent.com aiart)',
    evidenceName: 'Hunyuan image API',
    anchors: ['api.cloudai.tencent.com/v1/aiart'],
    pattern: hostPattern('api\\.cloudai\\.tencent\\.com/v1/aiart(?:/(?:submit|query)\\b)?'),
    provides: ['hunyuan-image'],
    shares: 'package',
    message: 'Hunyuan image API `{match}`: Hunyuan image, video and 3D APIs stop on 2026-09-30.',
    replacement: { hint: IMAGE_HINT, evidence: 'confirmed' },
    sources: [S.hunyuanImageCloudAi, S.hunyuanImageRetirement, S.tokenHubImageApi],
    examples: examples({
      python: {
        hit: ['SUBMIT = "https://api.cloudai.tencent.com/v1/aiart/submit"', 'requests.post("https://api.cloudai.tencent.com/v1/aiart/query", json={"job_id": j})', 'BASE = "api.cloudai.tencent.com/v1/aiart"'],
        miss: ['SUBMIT = "https://tokenhub.tencentmaas.com/v1/api/image/submit"', 'BASE = "https://api.cloudai.tencent.com/v1/other"', 'BASE = "https://aiart.example.com/v1/aiart/submit"'],
      },
    }),
  },
  {
    id: 'lke-v3-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'LKE third-party model API (/v3)',
    evidenceName: 'LKE endpoint',
    anchors: ['api.lkeap.cloud.tencent.com/v3', 'api.lkeap.tencentcloud.com/v3'],
    pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3\\b'),
    provides: ['lke'],
    shares: 'package',
    message: 'Legacy LKE third-party model API `{match}` (GLM, MiniMax, Kimi); it no longer updates and moved to TokenHub.',
    replacement: {
      hint: OPENAI_SWAP_HINT,
      evidence: 'confirmed',
      rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3$', to: '$1tokenhub-intl.tencentcloudmaas.com/v1' },
    },
    sources: [S.lkeThirdPartyModelApi, S.migrationGuideIntl],
    examples: examples({
      ts: {
        hit: ["const baseURL = 'https://api.lkeap.cloud.tencent.com/v3';", "fetch('https://api.lkeap.cloud.tencent.com/v3/chat/completions')", "const anthropicBase = 'https://api.lkeap.cloud.tencent.com/v3/anthropic';"],
        miss: ["const baseURL = 'https://api.lkeap.cloud.tencent.com/plan/v3';", "const baseURL = 'https://tokenhub.tencentmaas.com/plan/v3';", "const baseURL = 'https://api.lkeap.cloud.tencent.com/v1';"],
      },
    }),
  },
  {
    id: 'lke-anthropic-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'LKE DeepSeek Anthropic-compatible API',
    evidenceName: 'LKE endpoint',
    anchors: ['api.lkeap.cloud.tencent.com/anthropic', 'api.lkeap.tencentcloud.com/anthropic'],
    pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/anthropic\\b'),
    provides: ['lke'],
    shares: 'package',
    message: 'Legacy LKE DeepSeek Anthropic-compatible API `{match}`; the LKE DeepSeek API moves to TokenHub.',
    // TokenHub's Anthropic route is /v1/messages with an x-api-key header, seen only in third-party code.
    replacement: {
      hint: 'Suggestion: TokenHub\'s Anthropic-compatible `/v1/messages` (seen in third-party clients, with the TokenHub key in `x-api-key`), or its OpenAI-compatible chat completions.',
      evidence: 'third-party',
    },
    sources: [S.lkeAnthropicApi, S.migrationGuideIntl],
    examples: examples({
      env: {
        hit: ['ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic', 'ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic/v1/messages', 'BASE=api.lkeap.tencentcloud.com/anthropic'],
        miss: ['ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/plan/anthropic', 'ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/coding/anthropic', 'ANTHROPIC_BASE_URL=https://tokenhub.tencentmaas.com/plan/anthropic'],
      },
    }),
  },
  {
    id: 'lke-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'LKE DeepSeek OpenAI-compatible endpoint',
    evidenceName: 'LKE endpoint',
    anchors: ['api.lkeap.cloud.tencent.com', 'api.lkeap.tencentcloud.com'],
    // The Token Plan (/plan/...) and Coding Plan (/coding/...) routes on the same host are TokenHub's own.
    pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?'),
    provides: ['lke'],
    shares: 'package',
    message: 'Legacy LKE DeepSeek API endpoint `{match}`; the LLM Knowledge Engine DeepSeek API moves to TokenHub.',
    replacement: {
      hint: OPENAI_SWAP_HINT,
      evidence: 'confirmed',
      rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
    },
    sources: [S.lkeOpenAiDocMainland, S.lkeOpenAiDocIntl, S.migrationGuideIntl],
    examples: examples({
      js: {
        hit: ['baseURL: "https://api.lkeap.cloud.tencent.com/v1",', "const url = 'https://api.lkeap.tencentcloud.com/v1/chat/completions';", "apiHost: 'https://api.lkeap.cloud.tencent.com'"],
        miss: ["const url = 'https://api.lkeap.cloud.tencent.com/plan/v3';", "const url = 'https://api.lkeap.cloud.tencent.com/coding/v3';", "const url = 'https://api.deepseek.com/v1';"],
      },
      yaml: {
        hit: ['base_url: https://api.lkeap.cloud.tencent.com/v1', 'endpoint: http://api.lkeap.cloud.tencent.com/v1/chat/completions', 'host: api.lkeap.tencentcloud.com'],
        miss: ['base_url: https://api.lkeap.cloud.tencent.com/plan/v3', 'base_url: https://tokenhub-intl.tencentcloudmaas.com/v1', 'host: lkeap.example.com'],
      },
    }),
  },
  {
    id: 'lke-cloudapi-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    title: 'LKE Cloud API host used for DeepSeek chat',
    evidenceName: 'LKE Cloud API host',
    anchors: ['lkeap.tencentcloudapi.com', 'lkeap.intl.tencentcloudapi.com'],
    pattern: hostPattern('lkeap(?:\\.intl)?\\.tencentcloudapi\\.com'),
    // The lkeap service also does rerank, embeddings and document parsing, which are not retiring.
    context: { anyOf: ['chat-completions', 'deepseek-model'], otherwise: 'notice', reach: 'file' },
    provides: ['lke-sdk'],
    providesWhenReported: ['lke'],
    shares: 'package',
    message: 'LKE Cloud API host `{match}` with DeepSeek chat in this file; the LKE DeepSeek API moves to TokenHub (rerank, embeddings and document parsing on lkeap are not affected; rerank has no TokenHub path).',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.lkeCloudApiDoc, S.sdkLkeapIntl, S.migrationGuideIntl, S.tencentdbAiMigration],
    examples: examples({
      go: {
        hit: ['const host = "lkeap.tencentcloudapi.com" // ChatCompletions', 'cpf.HttpProfile.Endpoint = "lkeap.intl.tencentcloudapi.com"\nreq.Model = common.StringPtr("deepseek-v3")', 'url := "https://lkeap.tencentcloudapi.com"'],
        miss: ['cpf.HttpProfile.Endpoint = "hunyuan.tencentcloudapi.com"', 'url := "https://lkeap.example.com"', 'url := "https://xlkeap.tencentcloudapi.com"'],
      },
    }),
  },
  {
    id: 'token-plan-route',
    category: 'legacy-endpoint',
    severity: 'notice',
    title: 'TokenHub Token Plan / Coding Plan route (not legacy)',
    anchors: ['api.lkeap.cloud.tencent.com/plan', 'api.lkeap.cloud.tencent.com/coding', 'tencentmaas.com/plan', 'tencentcloudmaas.com/plan', 'tencentmaas.com/coding', 'tencentcloudmaas.com/coding'],
    pattern: '(?:api\\.lkeap\\.cloud\\.tencent\\.com|tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.com)/(?:plan|coding)\\b',
    // Only quiets other rules, so it needs no place in the prefilter: a file it matters for has other anchors.
    prefilter: false,
    signalOnly: true,
    provides: ['token-plan'],
    message: 'Token Plan route (part of TokenHub).',
    replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
    sources: [S.tokenPlanDoc, S.tokenPlanHostsThirdParty],
  },
  {
    id: 'tokenhub-host-signal',
    category: 'legacy-endpoint',
    severity: 'notice',
    title: 'TokenHub model-call host (context only)',
    // One anchor for the four hosts (and their .tech twins, which the longer anchors missed): each anchor costs
    // every byte of every file a few more SIMD operations in the prefilter.
    anchors: ['tokenhub'],
    pattern: hostPattern('tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.(?:com|tech)'),
    signalOnly: true,
    provides: ['tokenhub'],
    message: 'TokenHub host.',
    replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
    sources: [S.tokenHubGettingStarted, S.lobeHubHalfMigrated],
  },
];
