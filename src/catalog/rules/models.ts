import type { Rule } from '../rule.js';
import { SOURCES as S } from '../sources.js';
import { modelIdPattern } from '../patterns.js';
import {
  HUNYUAN_NOT_ON_TOKENHUB,
  HUNYUAN_ON_TOKENHUB,
  HUNYUAN_SHUTDOWN_2026_06_22,
  HUNYUAN_TRANSLATION,
  LKE_DEEPSEEK_CHAT,
  LKE_DEEPSEEK_REASONING,
} from '../models.js';
import { MODEL_POSITION, OPEN_WEIGHTS_NAME, OWN_RULE_ID } from './hints.js';
import { examples } from './examples.js';
import { TOKENHUB_CHAT_MODEL_IDS } from '../tokenhub-models.js';

/** LKE DeepSeek IDs that TokenHub does not list: a client already on TokenHub that still sends one gets 400004. */
const LKE_IDS_NOT_ON_TOKENHUB = [...LKE_DEEPSEEK_REASONING, ...LKE_DEEPSEEK_CHAT].filter((id) => !TOKENHUB_CHAT_MODEL_IDS.includes(id));

const ON_TOKENHUB = `^(?:${HUNYUAN_ON_TOKENHUB.map((id) => id.replace(/\./g, '\\.')).join('|')})$`;

/**
 * Model IDs of the retiring platforms. Known IDs from the catalog are findings wherever they stand; an unknown
 * `hunyuan-` string only where code sends it as a model (a `model` field, argument or list) or where the file
 * talks to the legacy platform: a wrapper's type label, a provider id, a bucket name or a self-hosted
 * HunyuanVideo setting is not a model ID.
 */
export const MODEL_RULES: readonly Rule[] = [
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
      hint: 'Tencent\'s guide only says to use a newer model; TokenHub\'s Hy-MT2 translation models are the natural candidates (`hy-mt2-plus` international, `hy-mt2-pro` mainland).',
      evidence: 'inferred',
    },
    sources: [S.migrationGuideIntl, S.migrationGuideMainland, S.hyApiGuide],
    examples: examples({
      any: {
        hit: ['model = "hunyuan-translation"', "translate({ model: 'hunyuan-translation-lite', text })", 'TRANSLATION_MODEL=hunyuan-translation'],
        miss: ['model = "hy-mt2-plus"', 'docs/hunyuan-translation/readme', 'model = "hunyuan-translation-v9x"'],
      },
    }),
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
    replacement: {
      value: 'hy3-preview',
      hint: 'Enable it for pay-as-you-go in the TokenHub console. `hy3-preview` is the documented successor and is itself due to give way to `hy4`/`hy4-flash` (CloudBase, 2026-12): check the TokenHub model list.',
      evidence: 'confirmed',
    },
    sources: [S.hunyuanShutdownNotice],
    examples: examples({
      any: {
        hit: ['model="hunyuan-turbos-latest"', 'req.Model = common.StringPtr("hunyuan-standard-256K")', 'DEFAULT = "hunyuan-large"'],
        miss: ['model="hy3-preview"', 'url = "https://example.com/x/hunyuan-large"', 'model="hunyuan-turbos-latest-x"'],
      },
    }),
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
    replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.', evidence: 'inferred' },
    sources: [S.migrationGuideMainland],
    examples: examples({
      any: {
        hit: ['"Model": "hunyuan-lite"', "model: 'hunyuan-a13b'", 'HUNYUAN_MODEL=hunyuan-large-role-latest'],
        miss: ['model: tencent/Hunyuan-A13B-Instruct', 'model: hunyuan-role-latest', "const name = 'hunyuan-lite-x';"],
      },
    }),
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
    examples: examples({
      any: {
        hit: ['model: hunyuan-vision', 'model="hunyuan-turbos-vision-20250619"', "{ model: 'hunyuan-t1-vision' }"],
        miss: ['rules:\n  hunyuan-vision-model: off', 'model: glm-5v-turbo', 'path = "assets/hunyuan-vision"'],
      },
    }),
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
    message: 'Model `{match}` belongs to the legacy Hunyuan platform; stored vectors must be re-embedded with the new model.',
    // No value: the fix must not swap it, since the vectors already stored would no longer compare.
    replacement: {
      hint: 'Suggestion: TokenHub has `POST /v1/embeddings` with `kinfra-text-embedding-0.6b` (1024 dimensions) or `kinfra-text-embedding-4b` (2560), and `kinfra-vl-embedding-2b`/`-8b` for images; vectors from another model are not comparable, so re-embed what you stored.',
      evidence: 'inferred',
    },
    sources: [S.hunyuanEmbeddingThirdParty, S.tokenHubEmbeddings, S.tencentdbAiMigration],
    examples: examples({
      any: {
        hit: ['model="hunyuan-embedding"', "embed({ model: 'hunyuan-embedding', input })", 'EMBEDDING_MODEL: hunyuan-embedding'],
        miss: ['model="kinfra-text-embedding-0.6b"', 'model="hunyuan-embedding-x"', 'path = "cache/hunyuan-embedding"'],
      },
    }),
  },
  {
    id: 'hunyuan-model',
    category: 'legacy-model',
    severity: 'warning',
    title: 'Other Hunyuan model ID',
    anchors: ['hunyuan-'],
    // Dots only before a digit (`hunyuan-2.0-...`), so a host or bucket name (`hunyuan-assets.cos...`) is no ID.
    pattern: '(?<![\\w./-])hunyuan-[a-z0-9](?:[A-Za-z0-9-]|\\.(?=[0-9]))*(?![\\w-]|\\.[A-Za-z])',
    caseSensitive: true,
    unless: `${ON_TOKENHUB}|${OWN_RULE_ID}|${OPEN_WEIGHTS_NAME}`,
    // Sent as a model (its position), or in a file that talks to the legacy platform. The Token Plan's own IDs
    // (hunyuan-t1, hunyuan-turbos, ...) are TokenHub's: quiet next to a Token Plan route.
    context: { anyOf: ['hunyuan', 'lke'], reach: 'file', orAt: MODEL_POSITION, noneOf: ['token-plan'] },
    provides: ['llm-use'],
    message: 'Model `{match}` is a legacy Hunyuan platform ID; check that TokenHub offers it for your key before migrating.',
    replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.', evidence: 'inferred' },
    sources: [S.hunyuanSdkModelDocs, S.tokenHubModelsMainland],
    examples: examples({
      'model position': {
        hit: ['model: hunyuan-pro', 'client.chat.completions.create(model="hunyuan-functioncall", messages=m)', 'model_name, out_dir = Client(), "hunyuan-functioncall"'],
        miss: ['return "hunyuan-chat"', '{"provider": "hunyuan-tokenhub", "model": self.model}', 'bucket = "hunyuan-assets.cos.ap-guangzhou.myqcloud.com"'],
      },
      'legacy file': {
        hit: ['base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nFALLBACK = "hunyuan-pro"', 'from langchain_community.chat_models import ChatHunyuan\nNAMES = ["hunyuan-role"]', 'LKE = "https://api.lkeap.cloud.tencent.com/v1"\nALIAS = "hunyuan-turbo-x"'],
        miss: ['base_url = "https://api.lkeap.cloud.tencent.com/plan/v3"\nmodel: hunyuan-turbos', 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nname: hunyuan-video-t2v-720p', 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nnext = "hunyuan-2.0-instruct-20251111"'],
      },
    }),
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
    replacement: { value: 'deepseek-v4-pro', hint: 'A TokenHub reasoning model (thinking on by default), enabled for your key; the dated `deepseek-v4-pro-202606` pins a version.', evidence: 'inferred' },
    sources: [S.lkeOpenAiDocMainland, S.tokenHubModelsIntl],
    examples: examples({
      any: {
        hit: ['base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1"', 'LKEAP_MODEL=deepseek-r1-0528\nLKEAP_API_BASE=x', { text: 'MODEL = "deepseek-r1"', packageText: 'BASE = "https://api.lkeap.cloud.tencent.com/v1"' }],
        miss: ['base_url = "https://api.deepseek.com"\nmodel = "deepseek-r1"', 'model = "deepseek/deepseek-r1"', 'base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1-distill"'],
      },
    }),
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
    replacement: {
      value: 'deepseek-v4-flash',
      hint: 'The migration guide\'s own example uses DeepSeek V4 Flash. That name is aging (DeepSeek now serves V4.1-Flash as `deepseek-flash`); the dated `deepseek-v4-flash-202605` pins a version. Enable the model you choose for pay-as-you-go.',
      evidence: 'inferred',
    },
    sources: [S.lkeOpenAiDocMainland, S.tokenHubModelsIntl, S.migrationGuideIntl],
    examples: examples({
      any: {
        hit: ['base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-v3"', 'lkeap.tencentcloudapi.com\nreq.Model = "deepseek-v3.1-terminus"', { text: 'MODEL = "deepseek-v3.2"', packageText: 'BASE = "https://api.lkeap.cloud.tencent.com/v1"' }],
        miss: ['base_url = "https://api.deepseek.com"\nmodel = "deepseek-v3"', 'base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-v3.2"', 'model = "deepseek-v3"'],
      },
    }),
  },
  {
    id: 'tokenhub-unlisted-deepseek-model',
    category: 'legacy-model',
    severity: 'warning',
    title: 'LKE DeepSeek model ID that TokenHub does not list',
    anchors: ['deepseek-r1', 'deepseek-v3'],
    pattern: modelIdPattern(LKE_IDS_NOT_ON_TOKENHUB),
    caseSensitive: true,
    prefilter: false,
    // Half-migrated code: the base URL already points at TokenHub, the model ID is still LKE's.
    context: { anyOf: ['tokenhub'], reach: 'file' },
    message: 'Model `{match}` is an LKE DeepSeek ID that TokenHub does not list (catalog snapshot): a TokenHub request with it fails with 400004 (model not found).',
    replacement: {
      hint: 'Use a DeepSeek ID TokenHub lists and your key has enabled, such as `deepseek-v4-flash` or `deepseek-v4-pro` (or their dated `-202605`/`-202606` IDs); check the TokenHub model list, which changes.',
      evidence: 'inferred',
    },
    sources: [S.tokenHubModelsIntl, S.tokenHubModelsMainland, S.tokenHubErrorCodes],
    examples: examples({
      any: {
        hit: ['base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-r1"', 'base_url = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nmodel = "deepseek-v3"', "baseURL: 'https://tokenhub.tencentmaas.com/v1', model: 'deepseek-v3.2-exp'"],
        miss: ['base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-v3.2"', 'base_url = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nmodel = "deepseek-v4-flash"', 'base_url = "https://api.deepseek.com"\nmodel = "deepseek-r1"'],
      },
    }),
  },
];
