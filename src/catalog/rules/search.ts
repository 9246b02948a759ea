import type { Rule } from '../rule.js';
import { SOURCES as S } from '../sources.js';
import { SEARCH_HINT } from './hints.js';
import { examples } from './examples.js';

/** Hunyuan's own search switches: the names exist in no other vendor's API. */
const HUNYUAN_ONLY_PASCAL = 'EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo';
const HUNYUAN_ONLY_CAMEL = 'enableEnhancement|forceSearchEnhancement|enableSpeedSearch|enableMultimedia|enableDeepSearch|enableRecommendedQuestions|enableDeepRead';
const HUNYUAN_ONLY_SNAKE = 'enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|enable_deep_read';

/**
 * A field name written the ways code writes one: a quoted key or tag (`"citation": true`, `json:"Citation,omitempty"`,
 * `@JsonProperty("citation")`, `[JsonPropertyName("Citation")]`, `rename = "citation"`, `req["citation"]`), a key,
 * keyword argument or field declaration (`citation: true`, `citation=True`, `citation?: boolean`, `pub citation:`),
 * a member or setter (`req.Citation = true`, `setCitation(`, `withCitation(`, `->Citation`), or a Go struct field
 * (`Citation *bool`).
 */
function fieldName(names: string): string {
  return (
    `(?<=["'\`])(?:${names})(?=\\\\?["'\`]\\s*(?:[:=,)\\]]|=>)|,omitempty|,string)` +
    `|(?<![\\w.$-])(?:${names})(?=\\??\\s*[:=](?![=:]))` +
    `|(?<=\\.|->|\\bset|\\bwith)(?:${names})(?=\\s*(?:[:=(](?!=)|=>))` +
    `|(?<=(?:^|\\n)[ \\t]*)(?:${names})(?=[ \\t]+\\*?(?:bool|string|int64|\\[\\])\\b)`
  );
}

/** Online-search parameters of the retiring APIs, which TokenHub does not take. */
export const SEARCH_RULES: readonly Rule[] = [
  {
    id: 'hunyuan-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'Hunyuan online-search parameter',
    anchors: [
      'enableenhancement', 'enable_enhancement', 'forcesearchenhancement', 'force_search_enhancement', 'enablespeedsearch',
      'enable_speed_search', 'enablemultimedia', 'enable_multimedia', 'enabledeepsearch', 'enable_deep_search',
      'enablerecommendedquestions', 'enable_recommended_questions', 'enabledeepread', 'enable_deep_read', 'searchinfo',
    ],
    // Names only Hunyuan's API has, in every spelling (PascalCase fields and setters, lowerCamel JSON/YAML keys,
    // snake_case OpenAI-compatible fields, UPPER_SNAKE constants): the Hunyuan SDK or a TokenHub client anywhere in
    // the project is context enough.
    pattern:
      `(?:${HUNYUAN_ONLY_PASCAL})\\b` +
      `|(?<![\\w$-])(?:${HUNYUAN_ONLY_CAMEL})\\b` +
      `|(?<![\\w-])(?:${HUNYUAN_ONLY_SNAKE}|${HUNYUAN_ONLY_SNAKE.toUpperCase()})\\b`,
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan', 'hunyuan-cloudapi', 'tokenhub'], reach: 'project' },
    message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuanSearch, S.hunyuanOpenAiDoc, S.lobeChatHunyuan, S.tokenHubSearchDoc, S.migrationGuideIntl, S.lobeHubHalfMigrated],
    examples: examples({
      PascalCase: {
        hit: [{ text: 'EnableEnhancement *bool `json:"EnableEnhancement,omitempty"`', path: 'pkg/types.go', packageText: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"' }, 'from tencentcloud.hunyuan.v20230901 import models\nreq.ForceSearchEnhancement = True', { path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreq.setEnableSpeedSearch(true);' }],
        miss: ['req.EnableEnhancement = True', { text: 'EnableEnhancement *bool', path: 'pkg/types.go', packageText: 'import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"' }, 'from tencentcloud.hunyuan.v20230901 import models\nreq.EnableEnhancementX = True'],
      },
      'C# and Rust attributes': {
        hit: [
          { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancement")]\npublic bool? Enhance { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
          { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("ForceSearchEnhancement")]\npublic bool? Force { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
          { path: 'src/chat/request.rs', text: '#[serde(rename = "EnableSpeedSearch")]\npub speed: Option<bool>,', packageText: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' },
        ],
        miss: [
          { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancement")]\npublic bool? Enhance { get; set; }', packageText: 'using Newtonsoft.Json;' },
          { path: 'src/chat/request.rs', text: '#[serde(rename = "EnableSpeedSearch")]\npub speed: Option<bool>,', packageText: 'use reqwest::Client;' },
          { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancements")]\npublic bool? Enhance { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
        ],
      },
      lowerCamel: {
        hit: ['base: "https://tokenhub.tencentmaas.com/v1"\nenableEnhancement: true', { text: 'private Boolean enableDeepSearch;', path: 'pkg/Opts.java', packageText: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;' }, { path: 'c.json', text: '{"url": "https://api.hunyuan.cloud.tencent.com/v1", "forceSearchEnhancement": true}' }],
        miss: ['enableEnhancement: true', { path: 'c.json', text: '{"enableSpeedSearch": true}' }, 'base: "https://tokenhub.tencentmaas.com/v1"\nmyenableEnhancement: true'],
      },
      snake_case: {
        hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nextra_body={"enable_enhancement": True}', 'HUNYUAN_API_KEY\n{"enable_speed_search": true}', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nenable_deep_read: true,"],
        miss: ['extra_body={"enable_enhancement": True}', 'base_url="https://api.deepseek.com"\n{"enable_multimedia": true}', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nmy_enable_enhancement_flag = 1'],
      },
      'UPPER_SNAKE constant': {
        hit: ['HUNYUAN_API_KEY = os.environ["K"]\nENABLE_ENHANCEMENT = True', 'from tencentcloud.hunyuan.v20230901 import models\nFORCE_SEARCH_ENHANCEMENT = "ForceSearchEnhancement"', 'base = "https://api.hunyuan.cloud.tencent.com/v1"\nENABLE_RECOMMENDED_QUESTIONS = False'],
        miss: ['ENABLE_ENHANCEMENT = True', 'base = "https://api.deepseek.com"\nENABLE_SPEED_SEARCH = 1', 'base = "https://api.hunyuan.cloud.tencent.com/v1"\nENABLE_ENHANCEMENTS_UI = 1'],
      },
    }),
  },
  {
    id: 'hunyuan-shared-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'Search parameter Hunyuan shares with other vendors',
    anchors: ['citation', 'search_info', 'search_scene', 'searchscene'],
    // `citation` and `search_info` belong to other vendors and to bibliographies too: only as a field, and only
    // where the file or its package talks to the legacy Hunyuan API, or the file's client points at TokenHub.
    pattern: fieldName('Citation|citation|search_info|search_scene|SearchScene'),
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan', 'tokenhub'], reach: 'package' },
    message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuanSearch, S.hunyuanOpenAiDoc, S.lobeChatHunyuan, S.tokenHubSearchDoc, S.lobeHubHalfMigrated],
    examples: examples({
      'quoted key or tag': {
        hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nextra_body={"citation": True}', { path: 'pkg/types.go', text: 'Citation bool `json:"Citation,omitempty"`', packageText: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nresp, err := c.ChatCompletions(req)' }, { path: 'pkg/Opts.java', text: '@SerializedName("search_info")\nprivate Boolean s;', packageText: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreturn client.ChatCompletions(req);' }],
        miss: ['extra_body={"citation": True}', { path: 'pkg/types.go', text: 'Citation string `json:"citation"`', packageText: 'package search' }, 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nstyle = "citation needed"'],
      },
      'key or keyword argument': {
        hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\ncreate(model=m, citation=True)', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\ncitation: true,", "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_info?: boolean;"],
        miss: ["citation: true,", 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nSee the citation below.', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nif citation == other: pass'],
      },
      'C# and Rust attributes': {
        hit: [
          { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("Citation")]\npublic bool? Cites { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
          { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("search_info")]\npublic bool? Info { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
          { path: 'src/chat/request.rs', text: '#[serde(rename = "Citation")]\npub cites: Option<bool>,', packageText: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' },
        ],
        miss: [
          { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("citation")]\npublic string Cite { get; set; }', packageText: 'using Newtonsoft.Json;' },
          { path: 'src/chat/request.rs', text: '#[serde(rename = "citation")]\npub cite: String,', packageText: 'use reqwest::Client;' },
          { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("citations")]\npublic List<string> Cites { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
        ],
      },
      'member or setter': {
        hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nreq.Citation = True', { path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletions(req);\nreq.setCitation(true);' }, 'HUNYUAN_API_KEY\nreq.SearchScene = "x"'],
        miss: ['req.Citation = True', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nprint(ref.citation)', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nformatCitation(x)'],
      },
    }),
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
    examples: examples({
      'Cloud API field': {
        hit: ['from tencentcloud.lkeap.v20240522 import models\nclient.ChatCompletions(req)\nreq.EnableSearch = True', { path: 'A.java', text: 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;\nclient.ChatCompletions(req);\nreq.setEnableSearch(true);' }, 'base = "https://api.lkeap.cloud.tencent.com/v1"\n{"EnableSearch": true}'],
        miss: ['req.EnableSearch = True', 'base = "https://api.deepseek.com"\nreq.EnableSearch = True', 'base = "https://api.lkeap.cloud.tencent.com/v1"\nreq.EnableSearchUI = True'],
      },
    }),
  },
  {
    id: 'lke-openai-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'LKE DeepSeek online-search parameter (OpenAI-compatible API)',
    anchors: ['enable_search', 'search_enabled'],
    pattern: fieldName('enable_search|search_enabled'),
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke', 'tokenhub'] },
    message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.lkeSearchThirdParty, S.tokenHubSearchDoc, S.migrationGuideIntl],
    examples: examples({
      'OpenAI-compatible field': {
        hit: ['base_url="https://api.lkeap.cloud.tencent.com/v1"\nextra_body={"enable_search": True}', 'base_url: https://api.lkeap.cloud.tencent.com/v1\nenable_search: true', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_enabled: true,"],
        miss: ['base_url="https://dashscope.aliyuncs.com/compatible-mode/v1"\nextra_body={"enable_search": True}', 'extra_body={"enable_search": True}', 'base_url="https://api.lkeap.cloud.tencent.com/v1"\nif enable_search == flag: pass'],
      },
    }),
  },
];
