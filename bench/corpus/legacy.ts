/**
 * What the corpus's "legacy" files carry: the usages the catalog is about, written the way real code writes
 * them (OpenAI clients pointed at the old hosts, Cloud API SDK imports, config and docs), and near misses that
 * must stay quiet (TokenHub itself, the Token Plan route, DeepSeek models on other providers, prose).
 * Each line holds at most one host, so that a per-line comparison with ripgrep is exact.
 */
import type { Lang } from './content.js';
import type { Random } from './random.js';

const LEGACY: Partial<Record<Lang, string[]>> = {
  py: [
    `\nfrom openai import OpenAI\n\nclient = OpenAI(\n    api_key=os.environ["HUNYUAN_API_KEY"],\n    base_url="https://api.hunyuan.cloud.tencent.com/v1",\n)\nresp = client.chat.completions.create(model="hunyuan-turbos-latest", messages=messages, extra_body={"enable_enhancement": True})\n`,
    `\nfrom tencentcloud.hunyuan.v20230901 import hunyuan_client, models\n\nreq = models.ChatCompletionsRequest()\nreq.Model = "hunyuan-lite"\nclient = hunyuan_client.HunyuanClient(cred, "ap-guangzhou")\nresp = client.ChatCompletions(req)\n`,
    `\nLKE_BASE_URL = "https://api.lkeap.cloud.tencent.com/v1"\nclient = OpenAI(api_key=os.getenv("LKEAP_API_KEY"), base_url=LKE_BASE_URL)\nanswer = client.chat.completions.create(model="deepseek-r1", messages=history)\n`,
    `\nfrom tencentcloud.lkeap.v20240522 import lkeap_client, models\n\nreq = models.ChatCompletionsRequest()\nreq.Model = "deepseek-v3"\nresp = lkeap_client.LkeapClient(cred, "ap-guangzhou").ChatCompletions(req)\n`,
  ],
  ts: [
    `\nconst hunyuan = new OpenAI({\n  apiKey: process.env.HUNYUAN_API_KEY,\n  baseURL: 'https://api.hunyuan.cloud.tencent.com/v1',\n});\nconst reply = await hunyuan.chat.completions.create({ model: 'hunyuan-turbo', messages });\n`,
    `\nexport const DEEPSEEK_ENDPOINT = 'https://api.lkeap.tencentcloud.com/v1/chat/completions';\nexport const DEEPSEEK_MODEL = 'deepseek-v3.1';\n`,
    `\nimport * as tencentcloud from 'tencentcloud-sdk-nodejs-hunyuan';\nconst HunyuanClient = tencentcloud.hunyuan.v20230901.Client;\nconst res = await new HunyuanClient(clientConfig).ChatCompletions({ Model: 'hunyuan-standard', Messages: msgs });\n`,
  ],
  js: [
    `\nconst HUNYUAN_URL = "https://hunyuan.cloud.tencent.com/openai/v1/chat/completions";\nfetch(HUNYUAN_URL, { method: "POST", body: JSON.stringify({ model: "hunyuan-large", messages }) });\n`,
    `\nconst endpoint = 'hunyuan.tencentcloudapi.com';\nconst headers = { 'X-TC-Action': 'ChatCompletions', 'X-TC-Version': '2023-09-01', Host: endpoint };\n`,
  ],
  go: [
    `\nimport hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\n\nfunc chat(c *hunyuan.Client) {\n\treq := hunyuan.NewChatCompletionsRequest()\n\treq.Model = common.StringPtr("hunyuan-pro")\n\t_, _ = c.ChatCompletions(req)\n}\n`,
    `\nconst lkeHost = "lkeap.tencentcloudapi.com" // DeepSeek chat via ChatCompletions\n`,
  ],
  java: [
    `\n    private static final String ENDPOINT = "hunyuan.intl.tencentcloudapi.com";\n    // uses com.tencentcloudapi.hunyuan.v20230901.HunyuanClient for ChatCompletions\n    ChatCompletionsRequest req = new ChatCompletionsRequest();\n`,
  ],
  yaml: [
    `llm:\n  provider: openai\n  base_url: https://api.hunyuan.cloud.tencent.com/v1\n  model: hunyuan-turbos-latest\n  api_key: \${HUNYUAN_API_KEY}\n`,
    `deepseek:\n  base_url: https://api.lkeap.cloud.tencent.com/v1\n  model: deepseek-r1\n  enable_search: true\n`,
  ],
  md: [
    `\n## Calling the model\n\nSet \`OPENAI_BASE_URL=https://api.hunyuan.cloud.tencent.com/v1\` and use the \`hunyuan-turbo\` model.\nThe first-generation API at https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions is also supported.\n`,
    `\nDeepSeek is served by Tencent Cloud at \`https://api.lkeap.cloud.tencent.com/v1\` (model \`deepseek-r1\`).\n`,
  ],
  env: [`HUNYUAN_API_KEY=sk-placeholder\nOPENAI_BASE_URL=https://api.hunyuan.cloud.tencent.com/v1\nMODEL=hunyuan-lite\n`],
  json: [`  "llm": { "baseUrl": "https://api.lkeap.cloud.tencent.com/v1", "model": "deepseek-v3" },\n`],
  php: [`\n    const HUNYUAN_HOST = 'hunyuan.tencentcloudapi.com';\n    // use TencentCloud\\Hunyuan\\V20230901\\HunyuanClient; ChatCompletions\n`],
  rb: [`\n  HUNYUAN_BASE = "https://api.hunyuan.cloud.tencent.com/v1".freeze\n`],
};

/** Strings that mention the names without being legacy usage: the prefilter lets them through, the rules must not report them. */
const NEAR_MISS: string[] = [
  `\n// Migrated to TokenHub: https://tokenhub-intl.tencentcloudmaas.com/v1 (model hunyuan-2.0-instruct-20251111)\n`,
  `\n# Token Plan route, part of TokenHub\nTOKEN_PLAN_URL = "https://api.lkeap.cloud.tencent.com/plan/v3"\n`,
  `\n// deepseek-r1 via another provider\nconst model = 'deepseek-r1';\nconst baseURL = 'https://api.deepseek.com/v1';\n`,
  `\nWe compared several model families (Hunyuan, Qwen, DeepSeek) on internal benchmarks.\n`,
  `\nconst searchOptions = { enable_search: false, citation: 'apa' };\n`,
  `\n# lkeap rerank (not legacy)\nfrom tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)\n`,
];

export function legacySnippet(lang: Lang, r: Random): string | undefined {
  const list = LEGACY[lang];
  return list ? r.pick(list) : undefined;
}

export function nearMissSnippet(r: Random): string {
  return r.pick(NEAR_MISS);
}

export function hasLegacyTemplates(lang: Lang): boolean {
  return LEGACY[lang] !== undefined;
}

/** A URL string for a minified bundle. */
export const BUNDLE_LEGACY = 'var e="https://api.hunyuan.cloud.tencent.com/v1",t={model:"hunyuan-turbos-latest"};';
