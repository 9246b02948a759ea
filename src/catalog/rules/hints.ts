import { TOKENHUB_BASE_URL_INTL } from '../models.js';

/** Guidance sentences several rules share; each rule's own record says which one applies. */

export const OPENAI_SWAP_HINT =
  'Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is ' +
  'https://tokenhub.tencentmaas.com/v1.';

export const OPENAI_CLIENT_HINT =
  `Move to an OpenAI-compatible client on TokenHub: base URL ${TOKENHUB_BASE_URL_INTL} ` +
  '(mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.';

export const CLOUD_API_HINT =
  `Call TokenHub's OpenAI-compatible chat completions (${TOKENHUB_BASE_URL_INTL}) with a TokenHub API key ` +
  'instead of TC3-signed SecretId/SecretKey requests.';

export const SEARCH_HINT =
  'Remove it: there is no drop-in equivalent. TokenHub search is a separate product, `web_search_options` on ' +
  'Chat Completions or the `web_search` tool on the Responses API, enabled in the TokenHub console.';

export const IMAGE_HINT =
  'Tencent names HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1 on TokenHub as the replacements (image jobs: ' +
  '`/v1/api/image/submit` and `/v1/api/image/query`; `hy-image-lite` on `/v1/api/image/lite`), called with a TokenHub API key.';

/**
 * This tool's own rule ids (`hunyuan-model`, `hunyuan-vision-model`, `hunyuan-sdk`, ...) look like Hunyuan model IDs
 * and appear in users' config files, ignore comments and docs; no real model ID ends like them.
 */
export const OWN_RULE_ID =
  '^hunyuan-(?:model|sdk|search-param)$|^hunyuan-[a-z0-9.-]*-(?:endpoint|sdk|llm-call|model|search-param|signal|dependency|job|import)$|^hunyuan-(?:model|sdk)-';

/**
 * Open-weights projects Tencent publishes under the Hunyuan name and people run themselves (HunyuanVideo,
 * Hunyuan3D, HunyuanDiT, ...): their names are settings of a self-hosted server, not model IDs of the retiring API.
 */
export const OPEN_WEIGHTS_NAME = '^hunyuan-(?:video|dit|3d|image-?\\d|motion|world|avatar|custom|foley|gamecraft|voyager|portrait|mt-\\d|a13b-instruct|large-instruct)';

export const HUNYUAN_ACTIONS = 'ChatCompletions|ChatStd|ChatPro|ChatTranslations|GetEmbedding|GroupChatCompletions|ImageQuestion|CreateThread|RunThread';

/**
 * Where code writes a model ID: the rest of the line before the match ends in a `model` key, field, argument or
 * setter (`model: "`, `"model": "`, `Model = common.StringPtr("`, `setModel("`, `--model `, `MODEL=`), or in a
 * `models` list. Tested against the line's text before the match.
 */
export const MODEL_POSITION =
  '(?:\\b|_|set|with)(?:model|Model|MODEL)(?:_?(?:id|Id|ID|name|Name|NAME))?["\'`]?\\s*(?:[:=]|=>|\\(|,)\\s*(?:[\\w.:]+\\(\\s*)?["\'`]?$' +
  // A tuple assignment whose left side names a model: `model_name, out_dir = Client(), "hunyuan-x"`.
  '|(?:\\b|_)(?:model|Model|MODEL)\\w*(?:\\s*,\\s*\\w+)+\\s*=[^=\\n]*["\'`]$' +
  '|--model[= ]["\']?$' +
  '|\\b(?:models|Models|MODELS)\\b.*["\'`]$';
