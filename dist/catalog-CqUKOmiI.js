// src/catalog/sources.ts
/**
* The documents and code that make each rule true, as named in shared/catalog.md.
* Kept in one place so a rule cites a source by name and the link is written once.
*/
const SOURCES = {
	migrationGuideIntl: {
		ref: "https://www.tencentcloud.com/document/product/1300/79733",
		evidence: "confirmed"
	},
	migrationGuideMainland: {
		ref: "https://cloud.tencent.com/document/product/1823/131382",
		evidence: "confirmed"
	},
	hunyuanShutdownNotice: {
		ref: "https://cloud.tencent.com/document/product/1729/131925",
		evidence: "confirmed"
	},
	hunyuanCloudApiDoc: {
		ref: "https://cloud.tencent.com/document/api/1729/101837",
		evidence: "confirmed"
	},
	hunyuanOpenAiDoc: {
		ref: "https://cloud.tencent.com/document/product/1729/111007",
		evidence: "confirmed"
	},
	trtcHunyuanDoc: {
		ref: "https://www.tencentcloud.com/document/product/647/79679",
		evidence: "confirmed"
	},
	hyllmThirdParty: {
		ref: "public code (first-generation hyllm clients; old LangChain ChatHunyuan docs)",
		evidence: "third-party"
	},
	hunyuanIntlOpenAiClaim: {
		ref: "a single third-party note (no Tencent doc found)",
		evidence: "unverified"
	},
	lkeOpenAiDocMainland: {
		ref: "https://cloud.tencent.com/document/product/1772/115969",
		evidence: "confirmed"
	},
	lkeOpenAiDocIntl: {
		ref: "https://www.tencentcloud.com/document/product/1255/70381",
		evidence: "confirmed"
	},
	lkeCloudApiDoc: {
		ref: "https://cloud.tencent.com/document/api/1772/115963",
		evidence: "confirmed"
	},
	tokenPlanDoc: {
		ref: "https://cloud.tencent.com/document/product/1823/130119",
		evidence: "confirmed"
	},
	sdkPythonHunyuan: {
		ref: "TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/hunyuan_client.py",
		evidence: "confirmed"
	},
	sdkJavaHunyuan: {
		ref: "TencentCloud/tencentcloud-sdk-java com/tencentcloudapi/hunyuan/v20230901/HunyuanClient.java",
		evidence: "confirmed"
	},
	sdkNodeHunyuan: {
		ref: "TencentCloud/tencentcloud-sdk-nodejs examples/hunyuan/v20230901/chat_std.ts",
		evidence: "confirmed"
	},
	sdkJavaHunyuanSearch: {
		ref: "TencentCloud/tencentcloud-sdk-java hunyuan/v20230901/models/ChatCompletionsRequest.java",
		evidence: "confirmed"
	},
	sdkPythonLkeap: {
		ref: "TencentCloud/tencentcloud-sdk-python tencentcloud/lkeap/v20240522/lkeap_client.py",
		evidence: "confirmed"
	},
	sdkJavaLkeapSearch: {
		ref: "TencentCloud/tencentcloud-sdk-java lkeap/v20240522/models/ChatCompletionsRequest.java",
		evidence: "confirmed"
	},
	langchainPython: {
		ref: "langchain-ai/langchain libs/community/langchain_community/chat_models/hunyuan.py",
		evidence: "confirmed"
	},
	langchainJs: {
		ref: "https://docs.langchain.com/oss/javascript/integrations/chat/tencent_hunyuan",
		evidence: "confirmed"
	},
	lobeChatHunyuan: {
		ref: "lobehub/lobe-chat src/libs/agent-runtime/hunyuan/index.ts",
		evidence: "third-party"
	},
	lkeSearchThirdParty: {
		ref: "public code using enable_search / search_enabled with the LKE OpenAI-compatible API (no Tencent doc found)",
		evidence: "third-party"
	},
	tokenHubSearchDoc: {
		ref: "https://cloud.tencent.com/document/product/1823/132358",
		evidence: "confirmed"
	},
	tokenHubModelsIntl: {
		ref: "https://www.tencentcloud.com/document/product/1300/78941",
		evidence: "confirmed"
	},
	tokenHubModelsMainland: {
		ref: "https://cloud.tencent.com/document/product/1823/130078",
		evidence: "confirmed"
	},
	tokenHubGettingStarted: {
		ref: "https://www.tencentcloud.com/document/product/1300/78939",
		evidence: "confirmed"
	},
	tokenHubErrorCodes: {
		ref: "https://cloud.tencent.com/document/product/1823/131595",
		evidence: "confirmed"
	},
	tokenHubModelList: {
		ref: "GET /v1/models on TokenHub hosts, as probed by several independent third-party clients (no Tencent page found)",
		evidence: "third-party"
	},
	hyApiGuide: {
		ref: "https://www.tencentcloud.com/document/product/1300/80695",
		evidence: "confirmed"
	},
	hunyuanSdkModelDocs: {
		ref: "https://cloud.tencent.com/document/api/1729/101837 (Model parameter); tencentcloud-sdk-java ChatCompletionsRequest.java",
		evidence: "confirmed"
	},
	hunyuanEmbeddingThirdParty: {
		ref: "songquanpeng/one-api relay/adaptor/tencent/constants.go; CherryHQ/cherry-studio hunyuan provider",
		evidence: "third-party"
	},
	tokenHubEmbeddings: {
		ref: "https://cloud.tencent.com/document/product/1823/133515",
		evidence: "confirmed",
		date: "2026-12"
	},
	tencentdbAiMigration: {
		ref: "https://cloud.tencent.com/document/product/409/136469",
		evidence: "confirmed",
		date: "2026-08-20"
	},
	sdkLkeapIntl: {
		ref: "TencentCloud intl SDKs (Java, Node, C#, Python) LkeapClient _endpoint lkeap.intl.tencentcloudapi.com, region ap-jakarta",
		evidence: "confirmed",
		date: "2026-12"
	},
	lkeThirdPartyModelApi: {
		ref: "https://cloud.tencent.com/document/product/1772/130551",
		evidence: "confirmed",
		date: "2026-12"
	},
	lkeAnthropicApi: {
		ref: "https://cloud.tencent.com/document/product/1772/126272",
		evidence: "confirmed",
		date: "2026-12"
	},
	tokenPlanHostsThirdParty: {
		ref: "VicBilibily/GCMP#290; anomalyco/models.dev PR #5872 (Token Plan on both TokenHub hosts, /plan/v3 and /plan/anthropic)",
		evidence: "third-party",
		date: "2026-12"
	},
	hunyuanImageRetirement: {
		ref: "https://cloud.tencent.com/announce/detail/2405",
		evidence: "confirmed",
		date: "2026-09-30"
	},
	hunyuanImageCloudAi: {
		ref: "https://cloud.tencent.com/document/product/1668/129429",
		evidence: "confirmed",
		date: "2026-12"
	},
	aiartTextToImageJob: {
		ref: "https://cloud.tencent.com/document/product/1668/124632",
		evidence: "confirmed",
		date: "2026-12"
	},
	tokenHubImageApi: {
		ref: "https://cloud.tencent.com/document/product/1823/130080",
		evidence: "confirmed",
		date: "2026-12"
	},
	lobeHubHalfMigrated: {
		ref: "lobehub/lobehub packages/model-runtime/src/providers/hunyuan/index.ts (TokenHub base URL, still sends citation/enable_enhancement/search_info/enable_speed_search)",
		evidence: "third-party",
		date: "2026-12"
	},
	envVarsThirdParty: {
		ref: "public code naming TENCENT_HUNYUAN_*, LKEAP_* and TENCENT_LKEAP_* variables (shared/catalog-update-2026-12.md b)",
		evidence: "third-party",
		date: "2026-12"
	},
	sdkManifestNames: {
		ref: "TencentCloud SDK package names: tencentcloud-sdk-python-<product>, tencentcloud-sdk-nodejs-<product>, com.tencentcloudapi:tencentcloud-sdk-java-<product>, tencentcloud/<product> (Composer), TencentCloudSDK.<Product> (NuGet), tencentcloud-sdk-<product> (gem), github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/<product>",
		evidence: "confirmed",
		date: "2026-12"
	},
	rustHunyuanCrate: {
		ref: "https://docs.rs/tencentcloud-hunyuan-sdk (third-party Rust crate for Hunyuan v2023-09-01; Tencent publishes no Rust SDK)",
		evidence: "third-party",
		date: "2026-12-02"
	}
};
// src/catalog/patterns.ts
/**
* Small builders for the regular-expression sources in the catalog. They only assemble strings;
* every pattern they make is a flat alternation of literals (no nested quantifiers), so it runs in linear time.
*/
function escapeRegExp(literal) {
	return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
/** A model-ID token: not preceded by an ID or path character, not followed by one (a sentence's final dot is fine). */
function modelIdPattern(ids) {
	return `(?<![\\w./-])(?:${[...ids].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\w-]|\\.[A-Za-z0-9])`;
}
/** A host name, optionally with its scheme, not glued to a longer host name. */
function hostPattern(hostRegex) {
	return `(?<![\\w.-])(?:https?://)?${hostRegex}`;
}
// src/catalog/models.ts
/**
* Model-ID lists from shared/catalog.md section 2. Snapshots: the dates are those of the documents.
*/
/** 1729/131925 (updated 2026-05-20): stopped 2026-06-22 00:00 Beijing time; every row seen maps to hy3-preview. The stored list is truncated. */
const HUNYUAN_SHUTDOWN_2026_06_22 = [
	"hunyuan-2.0-thinking-dev-20251012",
	"hunyuan-t1-latest",
	"hunyuan-t1-20250321",
	"hunyuan-t1-20250403",
	"hunyuan-t1-20250521",
	"hunyuan-t1-20250529",
	"hunyuan-t1-20250711",
	"hunyuan-t1-20250822",
	"hunyuan-t1-dev-20250822",
	"hunyuan-turbos-latest",
	"hunyuan-turbos-20250226",
	"hunyuan-turbos-customized",
	"hunyuan-turbos-20250313",
	"hunyuan-turbos-20250416",
	"hunyuan-turbos-20250515",
	"hunyuan-turbos-20250604",
	"hunyuan-turbos-20250716",
	"hunyuan-turbos-20250926",
	"hunyuan-turbos-longtext-128k-20250325",
	"hunyuan-turbo-latest",
	"hunyuan-turbo",
	"hunyuan-customized",
	"hunyuan-turbo-customized",
	"hunyuan-turbo-20241120",
	"hunyuan-turbo-20241223",
	"hunyuan-standard",
	"hunyuan-standard-32K",
	"hunyuan-standard-32k",
	"hunyuan-standard-256K",
	"hunyuan-standard-256k",
	"hunyuan-code",
	"hunyuan-funcall",
	"hunyuan-large",
	"hunyuan-large-longcontext"
];
/** 1823/131382 (mainland migration guide): models TokenHub will not support. Translation ones have their own rule. */
const HUNYUAN_NOT_ON_TOKENHUB = [
	"hunyuan-a13b",
	"hunyuan-lite",
	"hunyuan-large-role-latest"
];
const HUNYUAN_TRANSLATION = ["hunyuan-translation", "hunyuan-translation-lite"];
/**
* Hunyuan IDs that TokenHub itself lists (mainland table 1823/130078): never a finding on their own.
* The two dated 2.0 IDs are also on the 1729/131925 shutdown list for the legacy platform; when they are called
* on a legacy endpoint, the endpoint finding covers it. (The Token Plan's own short IDs, such as `hunyuan-t1` and
* `hunyuan-turbos`, are handled by context: see the `token-plan` tag.)
*/
const HUNYUAN_ON_TOKENHUB = [
	"hunyuan-2.0-thinking-20251109",
	"hunyuan-2.0-instruct-20251111",
	"hunyuan-role-latest"
];
/** LKE DeepSeek API model IDs (1772/115969, 1772/115963). Several also exist on TokenHub, so they need LKE context. */
const LKE_DEEPSEEK_REASONING = ["deepseek-r1", "deepseek-r1-0528"];
const LKE_DEEPSEEK_CHAT = [
	"deepseek-v3",
	"deepseek-v3-0324",
	"deepseek-v3.1",
	"deepseek-v3.1-terminus",
	"deepseek-v3.2",
	"deepseek-v3.2-exp"
];
const TOKENHUB_BASE_URL_INTL = "https://tokenhub-intl.tencentcloudmaas.com/v1";
const TOKENHUB_BASE_URL_MAINLAND = "https://tokenhub.tencentmaas.com/v1";
// src/catalog/rules/hints.ts
/** Guidance sentences several rules share; each rule's own record says which one applies. */
const OPENAI_SWAP_HINT = "Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is https://tokenhub.tencentmaas.com/v1.";
const OPENAI_CLIENT_HINT = `Move to an OpenAI-compatible client on TokenHub: base URL ${TOKENHUB_BASE_URL_INTL} (mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.`;
const CLOUD_API_HINT = `Call TokenHub's OpenAI-compatible chat completions (${TOKENHUB_BASE_URL_INTL}) with a TokenHub API key instead of TC3-signed SecretId/SecretKey requests.`;
const SEARCH_HINT = "Remove it: there is no drop-in equivalent. TokenHub search is a separate product, `web_search_options` on Chat Completions or the `web_search` tool on the Responses API, enabled in the TokenHub console.";
const IMAGE_HINT = "Tencent names HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1 on TokenHub as the replacements (image jobs: `/v1/api/image/submit` and `/v1/api/image/query`; `hy-image-lite` on `/v1/api/image/lite`), called with a TokenHub API key.";
/**
* This tool's own rule ids (`hunyuan-model`, `hunyuan-vision-model`, `hunyuan-sdk`, ...) look like Hunyuan model IDs
* and appear in users' config files, ignore comments and docs; no real model ID ends like them.
*/
const OWN_RULE_ID = "^hunyuan-(?:model|sdk|search-param)$|^hunyuan-[a-z0-9.-]*-(?:endpoint|sdk|llm-call|model|search-param|signal|dependency|job|import)$|^hunyuan-(?:model|sdk)-";
/**
* Open-weights projects Tencent publishes under the Hunyuan name and people run themselves (HunyuanVideo,
* Hunyuan3D, HunyuanDiT, ...): their names are settings of a self-hosted server, not model IDs of the retiring API.
*/
const OPEN_WEIGHTS_NAME = "^hunyuan-(?:video|dit|3d|image-?\\d|motion|world|avatar|custom|foley|gamecraft|voyager|portrait|mt-\\d|a13b-instruct|large-instruct)";
const HUNYUAN_ACTIONS = "ChatCompletions|ChatStd|ChatPro|ChatTranslations|GetEmbedding|GroupChatCompletions|ImageQuestion|CreateThread|RunThread";
/**
* Where code writes a model ID: the rest of the line before the match ends in a `model` key, field, argument or
* setter (`model: "`, `"model": "`, `Model = common.StringPtr("`, `setModel("`, `--model `, `MODEL=`), or in a
* `models` list. Tested against the line's text before the match.
*/
const MODEL_POSITION = "(?:\\b|_|set|with)(?:model|Model|MODEL)(?:_?(?:id|Id|ID|name|Name|NAME))?[\"'`]?\\s*(?:[:=]|=>|\\(|,)\\s*(?:[\\w.:]+\\(\\s*)?[\"'`]?$|(?:\\b|_)(?:model|Model|MODEL)\\w*(?:\\s*,\\s*\\w+)+\\s*=[^=\\n]*[\"'`]$|--model[= ][\"']?$|\\b(?:models|Models|MODELS)\\b.*[\"'`]$";
// src/catalog/rules/examples.ts
/** A rule's examples, written per form: `examples({ python: { hit: [...], miss: [...] } })`. */
function examples(byForm) {
	const hits = [];
	const misses = [];
	for (const [form, { hit, miss }] of Object.entries(byForm)) {
		for (const h of hit) hits.push(typeof h === "string" ? {
			form,
			text: h
		} : {
			form,
			...h
		});
		for (const m of miss) misses.push(typeof m === "string" ? {
			form,
			text: m
		} : {
			form,
			...m
		});
	}
	return {
		hits,
		misses
	};
}
// src/catalog/rules/endpoints.ts
/** Hosts and routes of the retiring platforms, and the TokenHub ones that set context. */
const ENDPOINT_RULES = [
	{
		id: "hunyuan-hyllm-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "First-generation Hunyuan (hyllm) API",
		evidenceName: "Hunyuan endpoint",
		anchors: ["hunyuan.cloud.tencent.com/hyllm"],
		pattern: hostPattern("(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?"),
		provides: ["hunyuan", "llm-use"],
		shares: "package",
		message: "Legacy first-generation Hunyuan API (hyllm, app_id/secret_id signing) `{match}`; the Hunyuan platform is retired.",
		replacement: {
			hint: OPENAI_CLIENT_HINT,
			evidence: "confirmed"
		},
		sources: [SOURCES.hyllmThirdParty, SOURCES.migrationGuideIntl],
		examples: examples({
			python: {
				hit: [
					"URL = \"https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions\"",
					"requests.post(\"https://api.hunyuan.cloud.tencent.com/hyllm/v1/chat/completions\", json=body)",
					"HOST = \"hunyuan.cloud.tencent.com/hyllm\""
				],
				miss: [
					"URL = \"https://hunyuan.cloud.tencent.com/docs\"",
					"URL = \"https://xhunyuan.cloud.tencent.com.example.org/hy\"",
					"URL = \"https://tokenhub-intl.tencentcloudmaas.com/v1\""
				]
			},
			markdown: {
				hit: [
					"The old API at https://hunyuan.cloud.tencent.com/hyllm/v1 signs with app_id.",
					"Endpoint: `hunyuan.cloud.tencent.com/hyllm/v1/chat/completions`",
					"curl https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions"
				],
				miss: [
					"Hunyuan (hyllm) was the first generation.",
					"See https://cloud.tencent.com/document/product/1729",
					"Use https://tokenhub.tencentmaas.com/v1 instead."
				]
			}
		})
	},
	{
		id: "hunyuan-openai-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "Hunyuan OpenAI-compatible endpoint",
		evidenceName: "Hunyuan endpoint",
		anchors: ["api.hunyuan.cloud.tencent.com", "hunyuan.cloud.tencent.com/openai"],
		pattern: hostPattern("(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)"),
		provides: ["hunyuan", "llm-use"],
		shares: "package",
		message: "Legacy Hunyuan OpenAI-compatible endpoint `{match}`; the Hunyuan API is retired and TokenHub replaces it.",
		replacement: {
			hint: OPENAI_SWAP_HINT,
			evidence: "confirmed",
			rewrite: {
				from: "^(https?://)?(?:api\\.hunyuan\\.cloud\\.tencent\\.com(/v1)?|hunyuan\\.cloud\\.tencent\\.com/openai(/v1)?)$",
				to: "$1tokenhub-intl.tencentcloudmaas.com$2$3"
			}
		},
		sources: [
			SOURCES.hunyuanOpenAiDoc,
			SOURCES.trtcHunyuanDoc,
			SOURCES.migrationGuideIntl
		],
		examples: examples({
			python: {
				hit: [
					"client = OpenAI(base_url=\"https://api.hunyuan.cloud.tencent.com/v1\")",
					"BASE = \"https://hunyuan.cloud.tencent.com/openai/v1\"",
					"host = \"api.hunyuan.cloud.tencent.com\""
				],
				miss: [
					"client = OpenAI(base_url=\"https://tokenhub-intl.tencentcloudmaas.com/v1\")",
					"host = \"my-api.hunyuan.cloud.tencent.com.example.org\"",
					"doc = \"https://cloud.tencent.com/document/product/1729/111007\""
				]
			},
			yaml: {
				hit: [
					"base_url: https://api.hunyuan.cloud.tencent.com/v1",
					"endpoint: \"https://hunyuan.cloud.tencent.com/openai/v1/chat/completions\"",
					"api_base: HTTPS://API.HUNYUAN.CLOUD.TENCENT.COM/V1"
				],
				miss: [
					"base_url: https://tokenhub.tencentmaas.com/v1",
					"provider: hunyuan",
					"base_url: https://api.deepseek.com/v1"
				]
			}
		})
	},
	{
		id: "hunyuan-intl-openai-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "Claimed international Hunyuan OpenAI-compatible host",
		evidenceName: "Hunyuan endpoint",
		anchors: ["api.hunyuan.intl.cloud.tencent.com"],
		pattern: hostPattern("api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?"),
		provides: ["hunyuan", "llm-use"],
		shares: "package",
		message: "Hunyuan endpoint `{match}` (a host seen only in one third-party note, not in Tencent's docs); Hunyuan API usage must move to TokenHub.",
		replacement: {
			hint: OPENAI_SWAP_HINT,
			evidence: "confirmed",
			rewrite: {
				from: "^(https?://)?api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(/v1)?$",
				to: "$1tokenhub-intl.tencentcloudmaas.com$2"
			}
		},
		sources: [SOURCES.hunyuanIntlOpenAiClaim, SOURCES.migrationGuideIntl],
		examples: examples({ ts: {
			hit: [
				"const baseURL = 'https://api.hunyuan.intl.cloud.tencent.com/v1';",
				"fetch('https://api.hunyuan.intl.cloud.tencent.com/v1/chat/completions')",
				"const host = 'api.hunyuan.intl.cloud.tencent.com';"
			],
			miss: [
				"const baseURL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';",
				"const host = 'intl.cloud.tencent.com';",
				"const region = 'ap-jakarta';"
			]
		} })
	},
	{
		id: "hunyuan-cloudapi-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "Hunyuan Cloud API host",
		evidenceName: "Hunyuan Cloud API host",
		anchors: ["hunyuan.tencentcloudapi.com", "hunyuan.intl.tencentcloudapi.com"],
		pattern: hostPattern("hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com"),
		context: {
			anyOf: ["llm-use"],
			otherwise: "warning"
		},
		provides: ["hunyuan-cloudapi"],
		providesWhenReported: ["hunyuan"],
		shares: "package",
		message: "Legacy Hunyuan Cloud API host `{match}`; the Hunyuan LLM API is retired (its image, video and 3D jobs stop on 2026-09-30 too).",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.hunyuanCloudApiDoc,
			SOURCES.sdkPythonHunyuan,
			SOURCES.migrationGuideIntl,
			SOURCES.hunyuanImageRetirement
		],
		examples: examples({
			python: {
				hit: [
					"httpProfile.endpoint = \"hunyuan.tencentcloudapi.com\"",
					"ENDPOINT = \"https://hunyuan.intl.tencentcloudapi.com\"",
					"host = \"hunyuan.tencentcloudapi.com\"  # SubmitHunyuanImageJob"
				],
				miss: [
					"httpProfile.endpoint = \"lkeap.tencentcloudapi.com\"",
					"httpProfile.endpoint = \"xhunyuan.tencentcloudapi.com\"",
					"httpProfile.endpoint = \"tokenhub.intl.tencentcloudapi.com\""
				]
			},
			shell: {
				hit: [
					"curl -X POST https://hunyuan.tencentcloudapi.com -H \"X-TC-Action: ChatCompletions\"",
					"HOST=hunyuan.tencentcloudapi.com",
					"curl https://hunyuan.intl.tencentcloudapi.com"
				],
				miss: [
					"curl https://tokenhub.tencentmaas.com/v1/chat/completions",
					"HOST=cvm.tencentcloudapi.com",
					"echo hunyuan"
				]
			}
		})
	},
	{
		id: "hunyuan-image-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "Hunyuan image API (api.cloudai.tencent.com aiart)",
		evidenceName: "Hunyuan image API",
		anchors: ["api.cloudai.tencent.com/v1/aiart"],
		pattern: hostPattern("api\\.cloudai\\.tencent\\.com/v1/aiart(?:/(?:submit|query)\\b)?"),
		provides: ["hunyuan-image"],
		shares: "package",
		message: "Hunyuan image API `{match}`: Hunyuan image, video and 3D APIs stop on 2026-09-30.",
		replacement: {
			hint: IMAGE_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.hunyuanImageCloudAi,
			SOURCES.hunyuanImageRetirement,
			SOURCES.tokenHubImageApi
		],
		examples: examples({ python: {
			hit: [
				"SUBMIT = \"https://api.cloudai.tencent.com/v1/aiart/submit\"",
				"requests.post(\"https://api.cloudai.tencent.com/v1/aiart/query\", json={\"job_id\": j})",
				"BASE = \"api.cloudai.tencent.com/v1/aiart\""
			],
			miss: [
				"SUBMIT = \"https://tokenhub.tencentmaas.com/v1/api/image/submit\"",
				"BASE = \"https://api.cloudai.tencent.com/v1/other\"",
				"BASE = \"https://aiart.example.com/v1/aiart/submit\""
			]
		} })
	},
	{
		id: "lke-v3-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "LKE third-party model API (/v3)",
		evidenceName: "LKE endpoint",
		anchors: ["api.lkeap.cloud.tencent.com/v3", "api.lkeap.tencentcloud.com/v3"],
		pattern: hostPattern("api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3\\b"),
		provides: ["lke"],
		shares: "package",
		message: "Legacy LKE third-party model API `{match}` (GLM, MiniMax, Kimi); it no longer updates and moved to TokenHub.",
		replacement: {
			hint: OPENAI_SWAP_HINT,
			evidence: "confirmed",
			rewrite: {
				from: "^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3$",
				to: "$1tokenhub-intl.tencentcloudmaas.com/v1"
			}
		},
		sources: [SOURCES.lkeThirdPartyModelApi, SOURCES.migrationGuideIntl],
		examples: examples({ ts: {
			hit: [
				"const baseURL = 'https://api.lkeap.cloud.tencent.com/v3';",
				"fetch('https://api.lkeap.cloud.tencent.com/v3/chat/completions')",
				"const anthropicBase = 'https://api.lkeap.cloud.tencent.com/v3/anthropic';"
			],
			miss: [
				"const baseURL = 'https://api.lkeap.cloud.tencent.com/plan/v3';",
				"const baseURL = 'https://tokenhub.tencentmaas.com/plan/v3';",
				"const baseURL = 'https://api.lkeap.cloud.tencent.com/v1';"
			]
		} })
	},
	{
		id: "lke-anthropic-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "LKE DeepSeek Anthropic-compatible API",
		evidenceName: "LKE endpoint",
		anchors: ["api.lkeap.cloud.tencent.com/anthropic", "api.lkeap.tencentcloud.com/anthropic"],
		pattern: hostPattern("api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/anthropic\\b"),
		provides: ["lke"],
		shares: "package",
		message: "Legacy LKE DeepSeek Anthropic-compatible API `{match}`; the LKE DeepSeek API moves to TokenHub.",
		replacement: {
			hint: "Suggestion: TokenHub's Anthropic-compatible `/v1/messages` (seen in third-party clients, with the TokenHub key in `x-api-key`), or its OpenAI-compatible chat completions.",
			evidence: "third-party"
		},
		sources: [SOURCES.lkeAnthropicApi, SOURCES.migrationGuideIntl],
		examples: examples({ env: {
			hit: [
				"ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic",
				"ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic/v1/messages",
				"BASE=api.lkeap.tencentcloud.com/anthropic"
			],
			miss: [
				"ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/plan/anthropic",
				"ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/coding/anthropic",
				"ANTHROPIC_BASE_URL=https://tokenhub.tencentmaas.com/plan/anthropic"
			]
		} })
	},
	{
		id: "lke-openai-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "LKE DeepSeek OpenAI-compatible endpoint",
		evidenceName: "LKE endpoint",
		anchors: ["api.lkeap.cloud.tencent.com", "api.lkeap.tencentcloud.com"],
		pattern: hostPattern("api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?"),
		provides: ["lke"],
		shares: "package",
		message: "Legacy LKE DeepSeek API endpoint `{match}`; the LLM Knowledge Engine DeepSeek API moves to TokenHub.",
		replacement: {
			hint: OPENAI_SWAP_HINT,
			evidence: "confirmed",
			rewrite: {
				from: "^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(/v1)?$",
				to: "$1tokenhub-intl.tencentcloudmaas.com$2"
			}
		},
		sources: [
			SOURCES.lkeOpenAiDocMainland,
			SOURCES.lkeOpenAiDocIntl,
			SOURCES.migrationGuideIntl
		],
		examples: examples({
			js: {
				hit: [
					"baseURL: \"https://api.lkeap.cloud.tencent.com/v1\",",
					"const url = 'https://api.lkeap.tencentcloud.com/v1/chat/completions';",
					"apiHost: 'https://api.lkeap.cloud.tencent.com'"
				],
				miss: [
					"const url = 'https://api.lkeap.cloud.tencent.com/plan/v3';",
					"const url = 'https://api.lkeap.cloud.tencent.com/coding/v3';",
					"const url = 'https://api.deepseek.com/v1';"
				]
			},
			yaml: {
				hit: [
					"base_url: https://api.lkeap.cloud.tencent.com/v1",
					"endpoint: http://api.lkeap.cloud.tencent.com/v1/chat/completions",
					"host: api.lkeap.tencentcloud.com"
				],
				miss: [
					"base_url: https://api.lkeap.cloud.tencent.com/plan/v3",
					"base_url: https://tokenhub-intl.tencentcloudmaas.com/v1",
					"host: lkeap.example.com"
				]
			}
		})
	},
	{
		id: "lke-cloudapi-endpoint",
		category: "legacy-endpoint",
		severity: "error",
		title: "LKE Cloud API host used for DeepSeek chat",
		evidenceName: "LKE Cloud API host",
		anchors: ["lkeap.tencentcloudapi.com", "lkeap.intl.tencentcloudapi.com"],
		pattern: hostPattern("lkeap(?:\\.intl)?\\.tencentcloudapi\\.com"),
		context: {
			anyOf: ["chat-completions", "deepseek-model"],
			otherwise: "notice",
			reach: "file"
		},
		provides: ["lke-sdk"],
		providesWhenReported: ["lke"],
		shares: "package",
		message: "LKE Cloud API host `{match}` with DeepSeek chat in this file; the LKE DeepSeek API moves to TokenHub (rerank, embeddings and document parsing on lkeap are not affected; rerank has no TokenHub path).",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.lkeCloudApiDoc,
			SOURCES.sdkLkeapIntl,
			SOURCES.migrationGuideIntl,
			SOURCES.tencentdbAiMigration
		],
		examples: examples({ go: {
			hit: [
				"const host = \"lkeap.tencentcloudapi.com\" // ChatCompletions",
				"cpf.HttpProfile.Endpoint = \"lkeap.intl.tencentcloudapi.com\"\nreq.Model = common.StringPtr(\"deepseek-v3\")",
				"url := \"https://lkeap.tencentcloudapi.com\""
			],
			miss: [
				"cpf.HttpProfile.Endpoint = \"hunyuan.tencentcloudapi.com\"",
				"url := \"https://lkeap.example.com\"",
				"url := \"https://xlkeap.tencentcloudapi.com\""
			]
		} })
	},
	{
		id: "token-plan-route",
		category: "legacy-endpoint",
		severity: "notice",
		title: "TokenHub Token Plan / Coding Plan route (not legacy)",
		anchors: [
			"api.lkeap.cloud.tencent.com/plan",
			"api.lkeap.cloud.tencent.com/coding",
			"tencentmaas.com/plan",
			"tencentcloudmaas.com/plan",
			"tencentmaas.com/coding",
			"tencentcloudmaas.com/coding"
		],
		pattern: "(?:api\\.lkeap\\.cloud\\.tencent\\.com|tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.com)/(?:plan|coding)\\b",
		prefilter: false,
		signalOnly: true,
		provides: ["token-plan"],
		message: "Token Plan route (part of TokenHub).",
		replacement: {
			hint: "Nothing to do.",
			evidence: "confirmed"
		},
		sources: [SOURCES.tokenPlanDoc, SOURCES.tokenPlanHostsThirdParty]
	},
	{
		id: "tokenhub-host-signal",
		category: "legacy-endpoint",
		severity: "notice",
		title: "TokenHub model-call host (context only)",
		anchors: ["tokenhub"],
		pattern: hostPattern("tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.(?:com|tech)"),
		signalOnly: true,
		provides: ["tokenhub"],
		message: "TokenHub host.",
		replacement: {
			hint: "Nothing to do.",
			evidence: "confirmed"
		},
		sources: [SOURCES.tokenHubGettingStarted, SOURCES.lobeHubHalfMigrated]
	}
];
// src/catalog/rules/sdks.ts
/** The project manifests that can name an SDK as a dependency (base names). Mirrors MANIFEST_FILE in src/scan/context.ts. */
const MANIFESTS = "^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$";
/** Tencent Cloud SDKs, their legacy actions, LangChain's integration, and the variables that set context. */
/**
* Between a product and its API version in an SDK's names: Python, Node, Java and C# `.`, JavaScript's optional
* chaining `?.` (`sdk?.hunyuan?.v20230901?.Client`), Go's import path `/`, PHP `\` (doubled in a string), Ruby `::`.
*/
const SDK_PATH_SEP = "(?:\\?\\.|\\.|/|\\\\{1,2}|::)";
const SDK_RULES = [
	{
		id: "hunyuan-sdk-dependency",
		category: "legacy-sdk",
		severity: "warning",
		title: "Project depends on the Tencent Cloud Hunyuan SDK",
		evidenceName: "Hunyuan SDK dependency",
		anchors: ["hunyuan"],
		pattern: "(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?hunyuan|tencentcloud[-_]hunyuan[-_]sdk|TencentCloudSDK\\.Hunyuan|tencentcloud/hunyuan|TencentCloud\\.Hunyuan(?=\\.V20230901|[\"']))(?![\\w-])",
		files: MANIFESTS,
		provides: ["hunyuan-cloudapi"],
		shares: "project",
		message: "The project depends on the Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired and its image, video and 3D jobs stop on 2026-09-30; remove it once no code calls it.",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkManifestNames,
			SOURCES.sdkPythonHunyuan,
			SOURCES.sdkJavaHunyuan,
			SOURCES.migrationGuideIntl,
			SOURCES.hunyuanImageRetirement,
			SOURCES.rustHunyuanCrate
		],
		examples: examples({
			"go.mod": {
				hit: [
					{
						path: "go.mod",
						text: "require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120"
					},
					{
						path: "go.mod",
						text: "require (\n	github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan v3.0.1200\n)"
					},
					{
						path: "svc/go.mod",
						text: "	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.900 // indirect"
					}
				],
				miss: [
					{
						path: "go.mod",
						text: "require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.0.1120"
					},
					{
						path: "go.mod",
						text: "require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120"
					},
					{
						path: "notes.txt",
						text: "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120"
					}
				]
			},
			pip: {
				hit: [
					{
						path: "requirements.txt",
						text: "tencentcloud-sdk-python-hunyuan==3.0.1290"
					},
					{
						path: "requirements-dev.txt",
						text: "tencentcloud_sdk_python_hunyuan>=3.0"
					},
					{
						path: "pyproject.toml",
						text: "dependencies = [\"tencentcloud-sdk-python-hunyuan>=3.0.1200\"]"
					}
				],
				miss: [
					{
						path: "requirements.txt",
						text: "tencentcloud-sdk-python>=3.0.900"
					},
					{
						path: "requirements.txt",
						text: "tencentcloud-sdk-python-lkeap==3.0.1"
					},
					{
						path: "requirements.txt",
						text: "hunyuan-video-toolkit==0.1"
					}
				]
			},
			"package.json": {
				hit: [
					{
						path: "package.json",
						text: "{\"dependencies\": {\"tencentcloud-sdk-nodejs-hunyuan\": \"^4.0.3\"}}"
					},
					{
						path: "web/package.json",
						text: "\"tencentcloud-sdk-nodejs-hunyuan\": \"4.1.0\","
					},
					{
						path: "package.json",
						text: "{\"devDependencies\": {\"tencentcloud-sdk-nodejs-hunyuan\": \"*\"}}"
					}
				],
				miss: [
					{
						path: "package.json",
						text: "{\"dependencies\": {\"tencentcloud-sdk-nodejs\": \"^4.0.3\"}}"
					},
					{
						path: "package.json",
						text: "{\"dependencies\": {\"openai\": \"^5.0.0\"}}"
					},
					{
						path: "package.json",
						text: "{\"name\": \"hunyuan-chat-ui\"}"
					}
				]
			},
			jvm: {
				hit: [
					{
						path: "pom.xml",
						text: "<artifactId>tencentcloud-sdk-java-hunyuan</artifactId>"
					},
					{
						path: "build.gradle",
						text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200'"
					},
					{
						path: "build.gradle.kts",
						text: "implementation(\"com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200\")"
					}
				],
				miss: [
					{
						path: "pom.xml",
						text: "<artifactId>tencentcloud-sdk-java</artifactId>"
					},
					{
						path: "pom.xml",
						text: "<artifactId>tencentcloud-sdk-java-lkeap</artifactId>"
					},
					{
						path: "build.gradle",
						text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-common:3.1.1200'"
					}
				]
			},
			"other manifests": {
				hit: [
					{
						path: "composer.json",
						text: "{\"require\": {\"tencentcloud/hunyuan\": \"^3.0\"}}"
					},
					{
						path: "App.csproj",
						text: "<PackageReference Include=\"TencentCloudSDK.Hunyuan\" Version=\"3.0.1200\" />"
					},
					{
						path: "Gemfile",
						text: "gem 'tencentcloud-sdk-hunyuan', '~> 3.0'"
					}
				],
				miss: [
					{
						path: "composer.json",
						text: "{\"require\": {\"tencentcloud/tencentcloud-sdk-php\": \"^3.0\"}}"
					},
					{
						path: "App.csproj",
						text: "<PackageReference Include=\"TencentCloudSDK.Common\" Version=\"3.0.1200\" />"
					},
					{
						path: "Gemfile",
						text: "gem 'tencentcloud-sdk-common'"
					}
				]
			},
			"Cargo.toml": {
				hit: [
					{
						path: "Cargo.toml",
						text: "[dependencies]\ntencentcloud-hunyuan-sdk = \"0.1\""
					},
					{
						path: "crates/llm/Cargo.toml",
						text: "tencentcloud-hunyuan-sdk = { version = \"0.1.2\", features = [\"rustls\"] }"
					},
					{
						path: "Cargo.toml",
						text: "[workspace.dependencies]\ntencentcloud_hunyuan_sdk = { path = \"../vendor/hunyuan\" }"
					}
				],
				miss: [
					{
						path: "Cargo.toml",
						text: "[dependencies]\ntencent-sdk = \"0.1\""
					},
					{
						path: "Cargo.toml",
						text: "[package]\nname = \"hunyuan-chat\""
					},
					{
						path: "src/main.rs",
						text: "use tencentcloud_hunyuan_sdk::Client;"
					}
				]
			}
		})
	},
	{
		id: "lke-sdk-dependency",
		category: "legacy-sdk",
		severity: "notice",
		title: "Project depends on the Tencent Cloud LKE (lkeap) SDK",
		evidenceName: "LKE SDK dependency",
		anchors: ["lkeap"],
		pattern: "(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?lkeap|TencentCloudSDK\\.Lkeap|tencentcloud/lkeap)(?![\\w-])",
		files: MANIFESTS,
		provides: ["lke-sdk"],
		shares: "project",
		message: "The project depends on the Tencent Cloud LKE SDK `{match}`: its DeepSeek chat moves to TokenHub (rerank, embeddings and document parsing stay on lkeap; rerank has no TokenHub path).",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkManifestNames,
			SOURCES.sdkPythonLkeap,
			SOURCES.tencentdbAiMigration
		],
		examples: examples({ manifests: {
			hit: [
				{
					path: "requirements.txt",
					text: "tencentcloud-sdk-python-lkeap==3.0.1290"
				},
				{
					path: "go.mod",
					text: "require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120"
				},
				{
					path: "package.json",
					text: "{\"dependencies\": {\"tencentcloud-sdk-nodejs-lkeap\": \"^4.0.0\"}}"
				}
			],
			miss: [
				{
					path: "requirements.txt",
					text: "tencentcloud-sdk-python==3.0.1290"
				},
				{
					path: "go.mod",
					text: "require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120"
				},
				{
					path: "src/lke.py",
					text: "from tencentcloud.lkeap.v20240522 import lkeap_client"
				}
			]
		} })
	},
	{
		id: "hunyuan-sdk",
		category: "legacy-sdk",
		severity: "error",
		title: "Tencent Cloud SDK for Hunyuan (v20230901)",
		evidenceName: "Hunyuan SDK",
		anchors: ["v20230901", "hunyuan"],
		pattern: "(?<![\\w-])hunyuan" + SDK_PATH_SEP + "v20230901\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?hunyuan(?![\\w-])|\\btencentcloud_hunyuan_sdk\\b",
		context: {
			anyOf: ["llm-use"],
			otherwise: "warning"
		},
		provides: ["hunyuan-cloudapi"],
		providesWhenReported: ["hunyuan"],
		shares: "package",
		message: "Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired (its ChatCompletions also searched online by default, EnableEnhancement, and that search is gone), and its image, video and 3D jobs stop on 2026-09-30.",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkPythonHunyuan,
			SOURCES.sdkJavaHunyuan,
			SOURCES.sdkNodeHunyuan,
			SOURCES.migrationGuideIntl
		],
		examples: examples({
			python: {
				hit: [
					"from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nclient.ChatCompletions(req)",
					"import tencentcloud.hunyuan.v20230901.models as m",
					"from tencentcloud.hunyuan.v20230901 import hunyuan_client"
				],
				miss: [
					"from tencentcloud.lkeap.v20240522 import lkeap_client",
					"from tencentcloud.common import credential",
					"from openai import OpenAI  # was hunyuan before"
				]
			},
			go: {
				hit: [
					"import hunyuan \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901\"",
					"import \"github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan/v20230901\"",
					"_ \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901\""
				],
				miss: [
					"import lkeap \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522\"",
					"import \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common\"",
					"import \"example.com/myhunyuan/v20230901x\""
				]
			},
			rust: {
				hit: [
					{
						path: "src/main.rs",
						text: "use tencentcloud_hunyuan_sdk::{Client, Credential};"
					},
					{
						path: "src/chat.rs",
						text: "use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;"
					},
					{
						path: "src/main.rs",
						text: "let client = tencentcloud_hunyuan_sdk::ClientBuilder::new().build()?;"
					}
				],
				miss: [
					{
						path: "src/main.rs",
						text: "use tencent_sdk::Client;"
					},
					{
						path: "src/main.rs",
						text: "use hunyuan_video::pipeline::Pipeline;"
					},
					{
						path: "src/main.rs",
						text: "use tencentcloud_hunyuan_sdk_ext::Client;"
					}
				]
			},
			"java, js, php, csharp, ruby": {
				hit: [
					{
						path: "A.java",
						text: "import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;"
					},
					{
						path: "a.ts",
						text: "import * as tc from 'tencentcloud-sdk-nodejs-hunyuan';"
					},
					{
						path: "a.php",
						text: "use TencentCloud\\Hunyuan\\V20230901\\HunyuanClient;"
					},
					{
						path: "server.js",
						text: "const Client = sdk?.hunyuan?.v20230901?.Client;"
					}
				],
				miss: [
					{
						path: "A.java",
						text: "import com.tencentcloudapi.lkeap.v20240522.LkeapClient;"
					},
					{
						path: "a.ts",
						text: "import * as tc from 'tencentcloud-sdk-nodejs';"
					},
					{
						path: "a.rb",
						text: "require 'tencentcloud-sdk-common'"
					}
				]
			}
		})
	},
	{
		id: "hunyuan-sdk-project-import",
		category: "legacy-sdk",
		severity: "notice",
		title: "Project-wide import of the Hunyuan SDK (context only)",
		evidenceName: "project-wide Hunyuan SDK import",
		anchors: ["hunyuan"],
		pattern: "\\bglobal\\s+using\\s+(?:static\\s+)?(?:\\w+\\s*=\\s*)?TencentCloud\\.Hunyuan\\b|\\bexport\\s*(?:\\*(?:\\s*as\\s+\\w+)?|\\{[^}\\n]*\\})\\s*from\\s*[\"']tencentcloud-sdk-nodejs(?:-intl-en)?-hunyuan\\b|\\bexport\\s*\\{[^}\\n]*\\bhunyuan\\b[^}\\n]*\\}\\s*from\\s*[\"']tencentcloud-sdk-nodejs(?:-intl-en)?[\"']",
		signalOnly: true,
		provides: ["hunyuan-cloudapi"],
		shares: "project",
		message: "Project-wide Hunyuan SDK import.",
		replacement: {
			hint: "",
			evidence: "confirmed"
		},
		sources: [SOURCES.sdkNodeHunyuan, SOURCES.sdkJavaHunyuan]
	},
	{
		id: "hunyuan-sdk-package-object",
		category: "legacy-sdk",
		severity: "notice",
		title: "Scala package object importing the Hunyuan SDK (context only)",
		evidenceName: "Hunyuan SDK in a package object",
		anchors: ["v20230901"],
		pattern: "\\bhunyuan\\.v20230901\\b",
		files: "^package\\.scala$",
		signalOnly: true,
		provides: ["hunyuan-cloudapi"],
		shares: "project",
		message: "Hunyuan SDK in a package object.",
		replacement: {
			hint: "",
			evidence: "confirmed"
		},
		sources: [SOURCES.sdkJavaHunyuan]
	},
	{
		id: "hunyuan-sdk-llm-call",
		category: "legacy-sdk",
		severity: "error",
		title: "Hunyuan Cloud API client or LLM action",
		evidenceName: "Hunyuan Cloud API call",
		anchors: [
			"chatcompletions",
			"chatstd",
			"chatpro",
			"chattranslations",
			"getembedding",
			"imagequestion",
			"createthread",
			"runthread",
			"hunyuanclient",
			"newclient"
		],
		pattern: `\\b(?:New)?(?:${HUNYUAN_ACTIONS})(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["'])|(?<=\\bhunyuan_client\\.|\\bnew\\s+|\\bhunyuan\\.)(?:HunyuanClient|NewClient)(?=\\s*\\()`,
		caseSensitive: true,
		prefilter: false,
		context: {
			anyOf: ["hunyuan-cloudapi"],
			unlessOwn: ["lke-sdk"]
		},
		providesWhenReported: ["hunyuan"],
		shares: "package",
		message: "Hunyuan Cloud API `{match}`: its LLM API is retired, and its image, video and 3D jobs stop on 2026-09-30.",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [SOURCES.sdkJavaHunyuan, SOURCES.sdkPythonHunyuan],
		examples: examples({
			python: {
				hit: [
					"from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nresp = client.ChatCompletions(req)",
					"from tencentcloud.hunyuan.v20230901 import models\nreq = models.ChatStdRequest()",
					{
						text: "resp = self.client.ChatCompletions(req)",
						packageText: "from tencentcloud.hunyuan.v20230901 import hunyuan_client"
					}
				],
				miss: [
					"resp = client.ChatCompletions(req)",
					"from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)",
					{
						text: "resp = client.chat.completions.create(model=m)",
						packageText: "from tencentcloud.hunyuan.v20230901 import hunyuan_client"
					}
				]
			},
			"java, go": {
				hit: [
					{
						path: "A.java",
						text: "import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletionsResponse r = client.ChatCompletions(req);"
					},
					{
						path: "a.go",
						text: "import hunyuan \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901\"\nreq := hunyuan.NewChatCompletionsRequest()"
					},
					{
						path: "a.go",
						text: "import hunyuan \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901\"\nc, _ := hunyuan.NewClient(cred, \"ap-guangzhou\", cpf)"
					}
				],
				miss: [
					{
						path: "A.java",
						text: "client.ChatCompletions(req);"
					},
					{
						path: "a.go",
						text: "resp, err := client.CreateChatCompletion(ctx, req)"
					},
					{
						path: "a.go",
						text: "import lkeap \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522\"\nreq := lkeap.NewChatCompletionsRequest()"
					}
				]
			}
		})
	},
	{
		id: "hunyuan-image-job",
		category: "legacy-sdk",
		severity: "error",
		title: "Hunyuan image, video or 3D job (retiring 2026-09-30)",
		evidenceName: "Hunyuan image job",
		anchors: [
			"hunyuanimage",
			"hunyuanto3d",
			"texttoimage",
			"hunyuantexttovideo",
			"hunyuanimagetovideo"
		],
		pattern: "\\b(?:New)?(?:Submit|Query)(?:HunyuanImage(?:Chat)?|HunyuanTo3D(?:Pro|Rapid)?|TextToImage)Job(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|[\"'])|\\b(?:New)?(?:TextToImageLite|HunyuanTextToVideo|HunyuanImageToVideo|HunyuanImageChat)(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|[\"'])",
		caseSensitive: true,
		prefilter: false,
		context: { anyOf: ["hunyuan-cloudapi", "hunyuan-image"] },
		provides: ["hunyuan-image"],
		message: "Hunyuan image/video/3D API call `{match}`: these APIs stop taking new purchases on 2026-09-01 and stop on 2026-09-30.",
		replacement: {
			hint: IMAGE_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.hunyuanImageRetirement,
			SOURCES.aiartTextToImageJob,
			SOURCES.tokenHubImageApi
		],
		examples: examples({
			python: {
				hit: [
					"req = models.SubmitHunyuanImageJobRequest()",
					"res = client.QueryHunyuanImageJob(q)",
					"job = client.SubmitHunyuanTo3DJob(req)"
				],
				miss: [
					"res = client.GetImage(q)",
					"submit_image_job(prompt)",
					"TEXT_TO_IMAGE = \"tokenhub image\""
				]
			},
			ts: {
				hit: [
					{
						text: "const res = await client.TextToImageLite({ Prompt: p });",
						packageText: "import * as tencentcloud from 'tencentcloud-sdk-nodejs-aiart';"
					},
					{
						text: "await client.SubmitHunyuanImageChatJob(req);",
						packageText: "const host = 'aiart.tencentcloudapi.com';"
					},
					"import { aiart } from 'tencentcloud-sdk-nodejs-aiart';\nawait client.QueryHunyuanTo3DJob({ JobId: id });"
				],
				miss: [
					"await client.images.generate({ model: 'hy-image-lite', prompt });",
					"const textToImage = await generate(prompt);",
					"await client.SubmitJob(req);"
				]
			}
		})
	},
	{
		id: "aiart-sdk-signal",
		category: "legacy-sdk",
		severity: "notice",
		title: "Tencent Cloud AI art (aiart) SDK or host (context only)",
		anchors: ["aiart"],
		pattern: "(?<![\\w-])aiart" + SDK_PATH_SEP + "v20221229\\b|(?<![\\w.-])aiart(?:\\.intl)?\\.tencentcloudapi\\.com|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?aiart(?![\\w-])",
		caseSensitive: false,
		signalOnly: true,
		provides: ["hunyuan-image"],
		shares: "package",
		message: "AI art SDK or host.",
		replacement: {
			hint: "",
			evidence: "confirmed"
		},
		sources: [SOURCES.aiartTextToImageJob]
	},
	{
		id: "hunyuan-llm-action-signal",
		category: "legacy-sdk",
		severity: "notice",
		title: "Hunyuan LLM action name (context only)",
		evidenceName: "Hunyuan LLM action",
		anchors: [
			"chatcompletions",
			"chatstd",
			"chatpro",
			"chattranslations",
			"getembedding",
			"imagequestion",
			"createthread",
			"runthread"
		],
		pattern: `(?:${HUNYUAN_ACTIONS})`,
		caseSensitive: true,
		prefilter: false,
		signalOnly: true,
		provides: ["llm-use"],
		shares: "package",
		message: "LLM action name.",
		replacement: {
			hint: "",
			evidence: "confirmed"
		},
		sources: [SOURCES.sdkJavaHunyuan]
	},
	{
		id: "chat-completions-signal",
		category: "legacy-sdk",
		severity: "notice",
		title: "ChatCompletions action name (context only)",
		anchors: ["chatcompletions"],
		pattern: "ChatCompletions",
		caseSensitive: true,
		prefilter: false,
		signalOnly: true,
		provides: ["chat-completions"],
		message: "ChatCompletions action name.",
		replacement: {
			hint: "",
			evidence: "confirmed"
		},
		sources: [SOURCES.sdkPythonLkeap]
	},
	{
		id: "lke-sdk-chat",
		category: "legacy-sdk",
		severity: "error",
		title: "Tencent Cloud SDK for LKE (lkeap v20240522) used for DeepSeek chat",
		evidenceName: "LKE SDK",
		anchors: ["v20240522", "lkeap"],
		pattern: "(?<![\\w-])lkeap" + SDK_PATH_SEP + "v20240522\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?lkeap(?![\\w-])",
		context: {
			anyOf: ["chat-completions", "deepseek-model"],
			reach: "file"
		},
		provides: ["lke-sdk"],
		providesWhenReported: ["lke"],
		shares: "package",
		message: "Tencent Cloud LKE SDK `{match}` used for DeepSeek chat; the LKE DeepSeek API moves to TokenHub.",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkPythonLkeap,
			SOURCES.lkeCloudApiDoc,
			SOURCES.migrationGuideIntl
		],
		examples: examples({ python: {
			hit: [
				"from tencentcloud.lkeap.v20240522 import lkeap_client, models\nresp = client.ChatCompletions(req)",
				"from tencentcloud.lkeap.v20240522 import models\nreq.Model = \"deepseek-v3\"",
				"import tencentcloud.lkeap.v20240522.models as m\nm.ChatCompletionsRequest()"
			],
			miss: [
				"from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)",
				"from tencentcloud.lkeap.v20240522 import models\nreq = models.GetEmbeddingRequest()",
				"from tencentcloud.hunyuan.v20230901 import hunyuan_client\nclient.ChatCompletions(req)"
			]
		} })
	},
	{
		id: "lke-sdk-chat-call",
		category: "legacy-sdk",
		severity: "error",
		title: "LKE Cloud API ChatCompletions call",
		evidenceName: "LKE Cloud API call",
		anchors: ["chatcompletions"],
		pattern: "\\b(?:New)?ChatCompletions(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|[\"'])",
		caseSensitive: true,
		prefilter: false,
		context: {
			anyOf: ["lke-sdk"],
			noneOf: ["hunyuan-cloudapi"],
			unlessOwn: ["hunyuan-cloudapi"]
		},
		providesWhenReported: ["lke"],
		message: "LKE Cloud API call `{match}` (DeepSeek chat); the LKE DeepSeek API moves to TokenHub.",
		replacement: {
			hint: CLOUD_API_HINT,
			evidence: "confirmed"
		},
		sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc],
		examples: examples({ python: {
			hit: [
				"from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)",
				"from tencentcloud.lkeap.v20240522 import models\nreq = models.ChatCompletionsRequest()",
				{
					text: "resp = self.client.ChatCompletions(req)",
					packageText: "from tencentcloud.lkeap.v20240522 import lkeap_client"
				}
			],
			miss: [
				"resp = client.ChatCompletions(req)",
				"from tencentcloud.hunyuan.v20230901 import hunyuan_client\nresp = client.ChatCompletions(req)",
				"from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)"
			]
		} })
	},
	{
		id: "langchain-hunyuan",
		category: "legacy-sdk",
		severity: "error",
		title: "LangChain Hunyuan integration",
		evidenceName: "LangChain Hunyuan client",
		anchors: ["hunyuan"],
		pattern: "\\b(?:ChatHunyuan|HunyuanEmbeddings|ChatTencentHunyuan|TencentHunyuanEmbeddings)\\b|(?:chat_models|embeddings)/tencent_hunyuan\\b",
		caseSensitive: true,
		provides: ["hunyuan", "llm-use"],
		shares: "package",
		message: "LangChain Hunyuan integration `{match}` calls the retired Hunyuan API.",
		replacement: {
			hint: `Suggestion: LangChain's OpenAI chat model (ChatOpenAI) with the TokenHub base URL ${TOKENHUB_BASE_URL_INTL}, a TokenHub API key and a TokenHub model ID.`,
			evidence: "inferred"
		},
		sources: [SOURCES.langchainPython, SOURCES.langchainJs],
		examples: examples({
			python: {
				hit: [
					"from langchain_community.chat_models import ChatHunyuan",
					"llm = ChatHunyuan(hunyuan_app_id=1)",
					"from langchain_community.embeddings import HunyuanEmbeddings"
				],
				miss: [
					"from langchain_openai import ChatOpenAI",
					"class HunyuanLLM(LLM):",
					"llm = ChatOpenAI(model=\"hy4\")"
				]
			},
			ts: {
				hit: [
					"import { ChatTencentHunyuan } from '@langchain/community/chat_models/tencent_hunyuan';",
					"const model = new ChatTencentHunyuan({ model: 'hunyuan-pro' });",
					"import { TencentHunyuanEmbeddings } from '@langchain/community/embeddings/tencent_hunyuan';"
				],
				miss: [
					"import { ChatOpenAI } from '@langchain/openai';",
					"const chatHunyuanLabel = 'hunyuan';",
					"import { ChatDeepSeek } from '@langchain/deepseek';"
				]
			}
		})
	},
	{
		id: "hunyuan-env-signal",
		category: "legacy-sdk",
		severity: "notice",
		title: "Hunyuan credential variable (context only)",
		anchors: ["hunyuan_"],
		pattern: "\\b(?:TENCENT_|LIU_TENCENT_)?HUNYUAN_(?:API_KEY|APP_ID|SECRET_ID|SECRET_KEY|ENABLE_SPEED_SEARCH)\\b|\\b(?:LIU_)?TENCENT_HUNYUAN_BASE_URL\\b",
		caseSensitive: true,
		signalOnly: true,
		provides: ["hunyuan"],
		message: "Hunyuan credential variable.",
		replacement: {
			hint: "",
			evidence: "third-party"
		},
		sources: [
			SOURCES.hunyuanOpenAiDoc,
			SOURCES.lobeChatHunyuan,
			SOURCES.envVarsThirdParty
		]
	},
	{
		id: "lke-env-signal",
		category: "legacy-sdk",
		severity: "notice",
		title: "LKE DeepSeek API variable (context only)",
		anchors: ["lkeap_"],
		pattern: "\\b(?:LIU_)?TENCENT_LKEAP_(?:API_KEY|BASE_URL|MODEL)\\b|\\bLKEAP_(?:API_BASE|API_KEY|BASE_URL|MODEL)\\b",
		caseSensitive: true,
		signalOnly: true,
		provides: ["lke"],
		message: "LKE DeepSeek API variable.",
		replacement: {
			hint: "",
			evidence: "third-party"
		},
		sources: [SOURCES.envVarsThirdParty]
	}
];
// src/catalog/tokenhub-models.ts
const INTL = "tencentcloud.com/document/product/1300/78941 (2026-05-13)";
const MAINLAND = "cloud.tencent.com/document/product/1823/130078";
const HY_SUCCESSORS = "cloud.tencent.com/document/product/1729/131925; 1823/132358";
const HY_GUIDE_MAINLAND = "cloud.tencent.com/document/product/1823/132252 (2026-05-28)";
const HY_GUIDE_INTL = "tencentcloud.com/document/product/1300/80695 (2026-06-12)";
/** The newer Hy IDs: named by Tencent's CloudBase model list and by third-party routers, not by TokenHub's own pages. */
const HY_NEWER = "docs.cloudbase.net/ai/available-models (CloudBase, not TokenHub); openrouter.ai tencent/hy4-flash";
const LITELLM = "docs.litellm.ai/docs/providers/tencent";
function models(kind, evidence, source, ids, date) {
	return ids.map((id) => ({
		id,
		kind,
		evidence,
		source,
		...date ? { date } : {}
	}));
}
const TOKENHUB_MODELS = [
	...models("chat", "confirmed", INTL, [
		"deepseek-v4-flash",
		"deepseek-v4-pro",
		"deepseek-v3.2",
		"glm-5",
		"glm-5v-turbo",
		"glm-5-turbo",
		"glm-5.1",
		"kimi-k2.6",
		"kimi-k2.5",
		"minimax-m2.5",
		"minimax-m2.7"
	]),
	...models("chat", "confirmed", MAINLAND, [
		"hunyuan-2.0-thinking-20251109",
		"hunyuan-2.0-instruct-20251111",
		"hunyuan-role-latest",
		"deepseek-v3.1-terminus",
		"deepseek-r1-0528",
		"deepseek-v3-0324",
		"kimi-k2-thinking-turbo",
		"kimi-k2-turbo-preview"
	]),
	...models("image", "confirmed", MAINLAND, ["HY-Image-V3.0", "HY-Image-Lite"]),
	...models("video", "confirmed", MAINLAND, [
		"HY-Video-1.5",
		"YT-Video-2.0",
		"YT-Video-HumanActor",
		"YT-Video-FX"
	]),
	...models("3d", "confirmed", MAINLAND, [
		"HY-3D-3.0",
		"HY-3D-3.1",
		"HY-3D-Express"
	]),
	...models("chat", "confirmed", HY_SUCCESSORS, ["hy3-preview"]),
	...models("chat", "confirmed", HY_GUIDE_INTL, ["hy-mt2-plus"], "2026-12-02"),
	...models("chat", "confirmed", HY_GUIDE_MAINLAND, ["hy-mt2-pro"], "2026-12-02"),
	...models("chat", "third-party", HY_NEWER, [
		"hy3",
		"hy4",
		"hy4-preview",
		"hy4-flash"
	], "2026-12-02"),
	...models("chat", "third-party", LITELLM, ["deepseek-v4-flash-202605", "deepseek-v4-pro-202606"])
];
/** The chat models: what a chat completion can test, and what the cross-check looks for in code. */
const TOKENHUB_CHAT_MODEL_IDS = TOKENHUB_MODELS.filter((m) => m.kind === "chat").map((m) => m.id);
/** Tested when the code names no TokenHub model and none is configured: the model of TokenHub's own guide example. */
const DEFAULT_SMOKE_TEST_MODEL = "deepseek-v4-flash";
/**
* Hosts a TokenHub API key may be sent to. `tokenhub-us.tencentcloudmaas.com` is left out: only third-party code
* names it, no document does (catalog 1.3, marked unverified).
*/
const TOKENHUB_HOSTS = [
	{
		host: "tokenhub-intl.tencentcloudmaas.com",
		region: "international",
		evidence: "confirmed"
	},
	{
		host: "tokenhub.tencentcloudmaas.com",
		region: "mainland",
		evidence: "confirmed"
	},
	{
		host: "tokenhub-intl.tencentcloudmaas.tech",
		region: "international",
		backup: true,
		evidence: "confirmed"
	},
	{
		host: "tokenhub.tencentcloudmaas.tech",
		region: "mainland",
		backup: true,
		evidence: "confirmed"
	},
	{
		host: "tokenhub.tencentmaas.com",
		region: "mainland",
		evidence: "confirmed"
	},
	{
		host: "tokenhub-intl.tencentmaas.com",
		region: "international",
		evidence: "third-party"
	}
];
// src/catalog/rules/models.ts
/** LKE DeepSeek IDs that TokenHub does not list: a client already on TokenHub that still sends one gets 400004. */
const LKE_IDS_NOT_ON_TOKENHUB = [...LKE_DEEPSEEK_REASONING, ...LKE_DEEPSEEK_CHAT].filter((id) => !TOKENHUB_CHAT_MODEL_IDS.includes(id));
const ON_TOKENHUB = `^(?:${HUNYUAN_ON_TOKENHUB.map((id) => id.replace(/\./g, "\\.")).join("|")})$`;
/**
* Model IDs of the retiring platforms. Known IDs from the catalog are findings wherever they stand; an unknown
* `hunyuan-` string only where code sends it as a model (a `model` field, argument or list) or where the file
* talks to the legacy platform: a wrapper's type label, a provider id, a bucket name or a self-hosted
* HunyuanVideo setting is not a model ID.
*/
const MODEL_RULES = [
	{
		id: "hunyuan-translation-model",
		category: "legacy-model",
		severity: "error",
		title: "Hunyuan translation model",
		anchors: ["hunyuan-translation"],
		pattern: modelIdPattern(HUNYUAN_TRANSLATION),
		caseSensitive: true,
		provides: ["hunyuan", "llm-use"],
		message: "Model `{match}`: Hunyuan translation is not offered on TokenHub.",
		replacement: {
			value: "hy-mt2-plus",
			hint: "Tencent's guide only says to use a newer model; TokenHub's Hy-MT2 translation models are the natural candidates (`hy-mt2-plus` international, `hy-mt2-pro` mainland).",
			evidence: "inferred"
		},
		sources: [
			SOURCES.migrationGuideIntl,
			SOURCES.migrationGuideMainland,
			SOURCES.hyApiGuide
		],
		examples: examples({ any: {
			hit: [
				"model = \"hunyuan-translation\"",
				"translate({ model: 'hunyuan-translation-lite', text })",
				"TRANSLATION_MODEL=hunyuan-translation"
			],
			miss: [
				"model = \"hy-mt2-plus\"",
				"docs/hunyuan-translation/readme",
				"model = \"hunyuan-translation-v9x\""
			]
		} })
	},
	{
		id: "hunyuan-model-shutdown",
		category: "legacy-model",
		severity: "error",
		title: "Hunyuan model shut down on 2026-06-22",
		anchors: ["hunyuan-"],
		pattern: modelIdPattern(HUNYUAN_SHUTDOWN_2026_06_22),
		caseSensitive: true,
		provides: ["hunyuan", "llm-use"],
		message: "Model `{match}` was shut down on 2026-06-22 with the legacy Hunyuan platform.",
		replacement: {
			value: "hy3-preview",
			hint: "Enable it for pay-as-you-go in the TokenHub console. `hy3-preview` is the documented successor and is itself due to give way to `hy4`/`hy4-flash` (CloudBase, 2026-12): check the TokenHub model list.",
			evidence: "confirmed"
		},
		sources: [SOURCES.hunyuanShutdownNotice],
		examples: examples({ any: {
			hit: [
				"model=\"hunyuan-turbos-latest\"",
				"req.Model = common.StringPtr(\"hunyuan-standard-256K\")",
				"DEFAULT = \"hunyuan-large\""
			],
			miss: [
				"model=\"hy3-preview\"",
				"url = \"https://example.com/x/hunyuan-large\"",
				"model=\"hunyuan-turbos-latest-x\""
			]
		} })
	},
	{
		id: "hunyuan-model-not-on-tokenhub",
		category: "legacy-model",
		severity: "error",
		title: "Hunyuan model not supported on TokenHub",
		anchors: ["hunyuan-"],
		pattern: modelIdPattern(HUNYUAN_NOT_ON_TOKENHUB),
		caseSensitive: true,
		provides: ["hunyuan", "llm-use"],
		message: "Model `{match}` is not supported on TokenHub.",
		replacement: {
			value: "hy3-preview",
			hint: "`hy3-preview` is Tencent's named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.",
			evidence: "inferred"
		},
		sources: [SOURCES.migrationGuideMainland],
		examples: examples({ any: {
			hit: [
				"\"Model\": \"hunyuan-lite\"",
				"model: 'hunyuan-a13b'",
				"HUNYUAN_MODEL=hunyuan-large-role-latest"
			],
			miss: [
				"model: tencent/Hunyuan-A13B-Instruct",
				"model: hunyuan-role-latest",
				"const name = 'hunyuan-lite-x';"
			]
		} })
	},
	{
		id: "hunyuan-vision-model",
		category: "legacy-model",
		severity: "warning",
		title: "Hunyuan vision model",
		anchors: ["hunyuan-"],
		pattern: "(?<![\\w./-])hunyuan-(?:[a-z0-9]+-)?vision(?:-[a-z0-9]+)?(?![\\w-]|\\.[A-Za-z0-9])",
		unless: OWN_RULE_ID,
		caseSensitive: true,
		provides: ["hunyuan", "llm-use"],
		message: "Hunyuan vision model `{match}` belongs to the legacy platform; check what TokenHub offers for vision.",
		replacement: {
			hint: "A TokenHub model with visual understanding, such as `glm-5v-turbo` or `hy4`, if enabled for your key.",
			evidence: "inferred"
		},
		sources: [
			SOURCES.hunyuanSdkModelDocs,
			SOURCES.tokenHubModelsIntl,
			SOURCES.hyApiGuide
		],
		examples: examples({ any: {
			hit: [
				"model: hunyuan-vision",
				"model=\"hunyuan-turbos-vision-20250619\"",
				"{ model: 'hunyuan-t1-vision' }"
			],
			miss: [
				"rules:\n  hunyuan-vision-model: off",
				"model: glm-5v-turbo",
				"path = \"assets/hunyuan-vision\""
			]
		} })
	},
	{
		id: "hunyuan-embedding-model",
		category: "legacy-model",
		severity: "warning",
		title: "Hunyuan embedding model",
		anchors: ["hunyuan-embedding"],
		pattern: modelIdPattern(["hunyuan-embedding"]),
		caseSensitive: true,
		provides: ["hunyuan", "llm-use"],
		message: "Model `{match}` belongs to the legacy Hunyuan platform; stored vectors must be re-embedded with the new model.",
		replacement: {
			hint: "Suggestion: TokenHub has `POST /v1/embeddings` with `kinfra-text-embedding-0.6b` (1024 dimensions) or `kinfra-text-embedding-4b` (2560), and `kinfra-vl-embedding-2b`/`-8b` for images; vectors from another model are not comparable, so re-embed what you stored.",
			evidence: "inferred"
		},
		sources: [
			SOURCES.hunyuanEmbeddingThirdParty,
			SOURCES.tokenHubEmbeddings,
			SOURCES.tencentdbAiMigration
		],
		examples: examples({ any: {
			hit: [
				"model=\"hunyuan-embedding\"",
				"embed({ model: 'hunyuan-embedding', input })",
				"EMBEDDING_MODEL: hunyuan-embedding"
			],
			miss: [
				"model=\"kinfra-text-embedding-0.6b\"",
				"model=\"hunyuan-embedding-x\"",
				"path = \"cache/hunyuan-embedding\""
			]
		} })
	},
	{
		id: "hunyuan-model",
		category: "legacy-model",
		severity: "warning",
		title: "Other Hunyuan model ID",
		anchors: ["hunyuan-"],
		pattern: "(?<![\\w./-])hunyuan-[a-z0-9](?:[A-Za-z0-9-]|\\.(?=[0-9]))*(?![\\w-]|\\.[A-Za-z])",
		caseSensitive: true,
		unless: `${ON_TOKENHUB}|${OWN_RULE_ID}|${OPEN_WEIGHTS_NAME}`,
		context: {
			anyOf: ["hunyuan", "lke"],
			reach: "file",
			orAt: MODEL_POSITION,
			noneOf: ["token-plan"]
		},
		provides: ["llm-use"],
		message: "Model `{match}` is a legacy Hunyuan platform ID; check that TokenHub offers it for your key before migrating.",
		replacement: {
			value: "hy3-preview",
			hint: "`hy3-preview` is Tencent's named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.",
			evidence: "inferred"
		},
		sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsMainland],
		examples: examples({
			"model position": {
				hit: [
					"model: hunyuan-pro",
					"client.chat.completions.create(model=\"hunyuan-functioncall\", messages=m)",
					"model_name, out_dir = Client(), \"hunyuan-functioncall\""
				],
				miss: [
					"return \"hunyuan-chat\"",
					"{\"provider\": \"hunyuan-tokenhub\", \"model\": self.model}",
					"bucket = \"hunyuan-assets.cos.ap-guangzhou.myqcloud.com\""
				]
			},
			"legacy file": {
				hit: [
					"base_url = \"https://api.hunyuan.cloud.tencent.com/v1\"\nFALLBACK = \"hunyuan-pro\"",
					"from langchain_community.chat_models import ChatHunyuan\nNAMES = [\"hunyuan-role\"]",
					"LKE = \"https://api.lkeap.cloud.tencent.com/v1\"\nALIAS = \"hunyuan-turbo-x\""
				],
				miss: [
					"base_url = \"https://api.lkeap.cloud.tencent.com/plan/v3\"\nmodel: hunyuan-turbos",
					"base_url = \"https://api.hunyuan.cloud.tencent.com/v1\"\nname: hunyuan-video-t2v-720p",
					"base_url = \"https://api.hunyuan.cloud.tencent.com/v1\"\nnext = \"hunyuan-2.0-instruct-20251111\""
				]
			}
		})
	},
	{
		id: "lke-deepseek-r1-model",
		category: "legacy-model",
		severity: "error",
		title: "DeepSeek R1 on the LKE DeepSeek API",
		anchors: ["deepseek-r1"],
		pattern: modelIdPattern(LKE_DEEPSEEK_REASONING),
		caseSensitive: true,
		prefilter: false,
		provides: ["deepseek-model"],
		context: { anyOf: ["lke"] },
		message: "Model `{match}` called through the legacy LKE DeepSeek API (`deepseek-r1` itself went offline there on 2025-11-11).",
		replacement: {
			value: "deepseek-v4-pro",
			hint: "A TokenHub reasoning model (thinking on by default), enabled for your key; the dated `deepseek-v4-pro-202606` pins a version.",
			evidence: "inferred"
		},
		sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl],
		examples: examples({ any: {
			hit: [
				"base_url = \"https://api.lkeap.cloud.tencent.com/v1\"\nmodel = \"deepseek-r1\"",
				"LKEAP_MODEL=deepseek-r1-0528\nLKEAP_API_BASE=x",
				{
					text: "MODEL = \"deepseek-r1\"",
					packageText: "BASE = \"https://api.lkeap.cloud.tencent.com/v1\""
				}
			],
			miss: [
				"base_url = \"https://api.deepseek.com\"\nmodel = \"deepseek-r1\"",
				"model = \"deepseek/deepseek-r1\"",
				"base_url = \"https://api.lkeap.cloud.tencent.com/v1\"\nmodel = \"deepseek-r1-distill\""
			]
		} })
	},
	{
		id: "lke-deepseek-v3-model",
		category: "legacy-model",
		severity: "warning",
		title: "DeepSeek V3 family on the LKE DeepSeek API",
		anchors: ["deepseek-v3"],
		pattern: modelIdPattern(LKE_DEEPSEEK_CHAT),
		caseSensitive: true,
		prefilter: false,
		provides: ["deepseek-model"],
		context: { anyOf: ["lke"] },
		message: "Model `{match}` called through the legacy LKE DeepSeek API; choose the TokenHub model to use after the move.",
		replacement: {
			value: "deepseek-v4-flash",
			hint: "The migration guide's own example uses DeepSeek V4 Flash. That name is aging (DeepSeek now serves V4.1-Flash as `deepseek-flash`); the dated `deepseek-v4-flash-202605` pins a version. Enable the model you choose for pay-as-you-go.",
			evidence: "inferred"
		},
		sources: [
			SOURCES.lkeOpenAiDocMainland,
			SOURCES.tokenHubModelsIntl,
			SOURCES.migrationGuideIntl
		],
		examples: examples({ any: {
			hit: [
				"base_url = \"https://api.lkeap.cloud.tencent.com/v1\"\nmodel = \"deepseek-v3\"",
				"lkeap.tencentcloudapi.com\nreq.Model = \"deepseek-v3.1-terminus\"",
				{
					text: "MODEL = \"deepseek-v3.2\"",
					packageText: "BASE = \"https://api.lkeap.cloud.tencent.com/v1\""
				}
			],
			miss: [
				"base_url = \"https://api.deepseek.com\"\nmodel = \"deepseek-v3\"",
				"base_url = \"https://tokenhub.tencentmaas.com/v1\"\nmodel = \"deepseek-v3.2\"",
				"model = \"deepseek-v3\""
			]
		} })
	},
	{
		id: "tokenhub-unlisted-deepseek-model",
		category: "legacy-model",
		severity: "warning",
		title: "LKE DeepSeek model ID that TokenHub does not list",
		anchors: ["deepseek-r1", "deepseek-v3"],
		pattern: modelIdPattern(LKE_IDS_NOT_ON_TOKENHUB),
		caseSensitive: true,
		prefilter: false,
		context: {
			anyOf: ["tokenhub"],
			reach: "file"
		},
		message: "Model `{match}` is an LKE DeepSeek ID that TokenHub does not list (catalog snapshot): a TokenHub request with it fails with 400004 (model not found).",
		replacement: {
			hint: "Use a DeepSeek ID TokenHub lists and your key has enabled, such as `deepseek-v4-flash` or `deepseek-v4-pro` (or their dated `-202605`/`-202606` IDs); check the TokenHub model list, which changes.",
			evidence: "inferred"
		},
		sources: [
			SOURCES.tokenHubModelsIntl,
			SOURCES.tokenHubModelsMainland,
			SOURCES.tokenHubErrorCodes
		],
		examples: examples({ any: {
			hit: [
				"base_url = \"https://tokenhub.tencentmaas.com/v1\"\nmodel = \"deepseek-r1\"",
				"base_url = \"https://tokenhub-intl.tencentcloudmaas.com/v1\"\nmodel = \"deepseek-v3\"",
				"baseURL: 'https://tokenhub.tencentmaas.com/v1', model: 'deepseek-v3.2-exp'"
			],
			miss: [
				"base_url = \"https://tokenhub.tencentmaas.com/v1\"\nmodel = \"deepseek-v3.2\"",
				"base_url = \"https://tokenhub-intl.tencentcloudmaas.com/v1\"\nmodel = \"deepseek-v4-flash\"",
				"base_url = \"https://api.deepseek.com\"\nmodel = \"deepseek-r1\""
			]
		} })
	}
];
// src/catalog/rules/search.ts
/** Hunyuan's own search switches: the names exist in no other vendor's API. */
const HUNYUAN_ONLY_PASCAL = "EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo";
const HUNYUAN_ONLY_CAMEL = "enableEnhancement|forceSearchEnhancement|enableSpeedSearch|enableMultimedia|enableDeepSearch|enableRecommendedQuestions|enableDeepRead";
const HUNYUAN_ONLY_SNAKE = "enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|enable_deep_read";
/**
* A field name written the ways code writes one: a quoted key or tag (`"citation": true`, `json:"Citation,omitempty"`,
* `@JsonProperty("citation")`, `[JsonPropertyName("Citation")]`, `rename = "citation"`, `req["citation"]`), a key,
* keyword argument or field declaration (`citation: true`, `citation=True`, `citation?: boolean`, `pub citation:`),
* a member or setter (`req.Citation = true`, `setCitation(`, `withCitation(`, `->Citation`), or a Go struct field
* (`Citation *bool`).
*/
function fieldName(names) {
	return `(?<=["'\`])(?:${names})(?=\\\\?["'\`]\\s*(?:[:=,)\\]]|=>)|,omitempty|,string)|(?<![\\w.$-])(?:${names})(?=\\??\\s*[:=](?![=:]))|(?<=\\.|->|\\bset|\\bwith)(?:${names})(?=\\s*(?:[:=(](?!=)|=>))|(?<=(?:^|\\n)[ \\t]*)(?:${names})(?=[ \\t]+\\*?(?:bool|string|int64|\\[\\])\\b)`;
}
/** Online-search parameters of the retiring APIs, which TokenHub does not take. */
const SEARCH_RULES = [
	{
		id: "hunyuan-search-param",
		category: "legacy-search",
		severity: "error",
		title: "Hunyuan online-search parameter",
		anchors: [
			"enableenhancement",
			"enable_enhancement",
			"forcesearchenhancement",
			"force_search_enhancement",
			"enablespeedsearch",
			"enable_speed_search",
			"enablemultimedia",
			"enable_multimedia",
			"enabledeepsearch",
			"enable_deep_search",
			"enablerecommendedquestions",
			"enable_recommended_questions",
			"enabledeepread",
			"enable_deep_read",
			"searchinfo"
		],
		pattern: `(?:${HUNYUAN_ONLY_PASCAL})\\b|(?<![\\w$-])(?:${HUNYUAN_ONLY_CAMEL})\\b|(?<![\\w-])(?:${HUNYUAN_ONLY_SNAKE}|${HUNYUAN_ONLY_SNAKE.toUpperCase()})\\b`,
		caseSensitive: true,
		prefilter: false,
		context: {
			anyOf: [
				"hunyuan",
				"hunyuan-cloudapi",
				"tokenhub"
			],
			reach: "project"
		},
		message: "Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.",
		replacement: {
			hint: SEARCH_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkJavaHunyuanSearch,
			SOURCES.hunyuanOpenAiDoc,
			SOURCES.lobeChatHunyuan,
			SOURCES.tokenHubSearchDoc,
			SOURCES.migrationGuideIntl,
			SOURCES.lobeHubHalfMigrated
		],
		examples: examples({
			PascalCase: {
				hit: [
					{
						text: "EnableEnhancement *bool `json:\"EnableEnhancement,omitempty\"`",
						path: "pkg/types.go",
						packageText: "import hunyuan \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901\""
					},
					"from tencentcloud.hunyuan.v20230901 import models\nreq.ForceSearchEnhancement = True",
					{
						path: "A.java",
						text: "import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreq.setEnableSpeedSearch(true);"
					}
				],
				miss: [
					"req.EnableEnhancement = True",
					{
						text: "EnableEnhancement *bool",
						path: "pkg/types.go",
						packageText: "import \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312\""
					},
					"from tencentcloud.hunyuan.v20230901 import models\nreq.EnableEnhancementX = True"
				]
			},
			"C# and Rust attributes": {
				hit: [
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonProperty(\"EnableEnhancement\")]\npublic bool? Enhance { get; set; }",
						packageText: "using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);"
					},
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonPropertyName(\"ForceSearchEnhancement\")]\npublic bool? Force { get; set; }",
						packageText: "using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);"
					},
					{
						path: "src/chat/request.rs",
						text: "#[serde(rename = \"EnableSpeedSearch\")]\npub speed: Option<bool>,",
						packageText: "use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;"
					}
				],
				miss: [
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonProperty(\"EnableEnhancement\")]\npublic bool? Enhance { get; set; }",
						packageText: "using Newtonsoft.Json;"
					},
					{
						path: "src/chat/request.rs",
						text: "#[serde(rename = \"EnableSpeedSearch\")]\npub speed: Option<bool>,",
						packageText: "use reqwest::Client;"
					},
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonProperty(\"EnableEnhancements\")]\npublic bool? Enhance { get; set; }",
						packageText: "using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);"
					}
				]
			},
			lowerCamel: {
				hit: [
					"base: \"https://tokenhub.tencentmaas.com/v1\"\nenableEnhancement: true",
					{
						text: "private Boolean enableDeepSearch;",
						path: "pkg/Opts.java",
						packageText: "import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;"
					},
					{
						path: "c.json",
						text: "{\"url\": \"https://api.hunyuan.cloud.tencent.com/v1\", \"forceSearchEnhancement\": true}"
					}
				],
				miss: [
					"enableEnhancement: true",
					{
						path: "c.json",
						text: "{\"enableSpeedSearch\": true}"
					},
					"base: \"https://tokenhub.tencentmaas.com/v1\"\nmyenableEnhancement: true"
				]
			},
			snake_case: {
				hit: [
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nextra_body={\"enable_enhancement\": True}",
					"HUNYUAN_API_KEY\n{\"enable_speed_search\": true}",
					"baseURL: 'https://tokenhub.tencentmaas.com/v1',\nenable_deep_read: true,"
				],
				miss: [
					"extra_body={\"enable_enhancement\": True}",
					"base_url=\"https://api.deepseek.com\"\n{\"enable_multimedia\": true}",
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nmy_enable_enhancement_flag = 1"
				]
			},
			"UPPER_SNAKE constant": {
				hit: [
					"HUNYUAN_API_KEY = os.environ[\"K\"]\nENABLE_ENHANCEMENT = True",
					"from tencentcloud.hunyuan.v20230901 import models\nFORCE_SEARCH_ENHANCEMENT = \"ForceSearchEnhancement\"",
					"base = \"https://api.hunyuan.cloud.tencent.com/v1\"\nENABLE_RECOMMENDED_QUESTIONS = False"
				],
				miss: [
					"ENABLE_ENHANCEMENT = True",
					"base = \"https://api.deepseek.com\"\nENABLE_SPEED_SEARCH = 1",
					"base = \"https://api.hunyuan.cloud.tencent.com/v1\"\nENABLE_ENHANCEMENTS_UI = 1"
				]
			}
		})
	},
	{
		id: "hunyuan-shared-search-param",
		category: "legacy-search",
		severity: "error",
		title: "Search parameter Hunyuan shares with other vendors",
		anchors: [
			"citation",
			"search_info",
			"search_scene",
			"searchscene"
		],
		pattern: fieldName("Citation|citation|search_info|search_scene|SearchScene"),
		caseSensitive: true,
		prefilter: false,
		context: {
			anyOf: ["hunyuan", "tokenhub"],
			reach: "package"
		},
		message: "Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.",
		replacement: {
			hint: SEARCH_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkJavaHunyuanSearch,
			SOURCES.hunyuanOpenAiDoc,
			SOURCES.lobeChatHunyuan,
			SOURCES.tokenHubSearchDoc,
			SOURCES.lobeHubHalfMigrated
		],
		examples: examples({
			"quoted key or tag": {
				hit: [
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nextra_body={\"citation\": True}",
					{
						path: "pkg/types.go",
						text: "Citation bool `json:\"Citation,omitempty\"`",
						packageText: "import hunyuan \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901\"\nresp, err := c.ChatCompletions(req)"
					},
					{
						path: "pkg/Opts.java",
						text: "@SerializedName(\"search_info\")\nprivate Boolean s;",
						packageText: "import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreturn client.ChatCompletions(req);"
					}
				],
				miss: [
					"extra_body={\"citation\": True}",
					{
						path: "pkg/types.go",
						text: "Citation string `json:\"citation\"`",
						packageText: "package search"
					},
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nstyle = \"citation needed\""
				]
			},
			"key or keyword argument": {
				hit: [
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\ncreate(model=m, citation=True)",
					"baseURL: 'https://tokenhub.tencentmaas.com/v1',\ncitation: true,",
					"baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_info?: boolean;"
				],
				miss: [
					"citation: true,",
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nSee the citation below.",
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nif citation == other: pass"
				]
			},
			"C# and Rust attributes": {
				hit: [
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonProperty(\"Citation\")]\npublic bool? Cites { get; set; }",
						packageText: "using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);"
					},
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonPropertyName(\"search_info\")]\npublic bool? Info { get; set; }",
						packageText: "using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);"
					},
					{
						path: "src/chat/request.rs",
						text: "#[serde(rename = \"Citation\")]\npub cites: Option<bool>,",
						packageText: "use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;"
					}
				],
				miss: [
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonProperty(\"citation\")]\npublic string Cite { get; set; }",
						packageText: "using Newtonsoft.Json;"
					},
					{
						path: "src/chat/request.rs",
						text: "#[serde(rename = \"citation\")]\npub cite: String,",
						packageText: "use reqwest::Client;"
					},
					{
						path: "Chat/ChatRequest.cs",
						text: "[JsonPropertyName(\"citations\")]\npublic List<string> Cites { get; set; }",
						packageText: "using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);"
					}
				]
			},
			"member or setter": {
				hit: [
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nreq.Citation = True",
					{
						path: "A.java",
						text: "import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletions(req);\nreq.setCitation(true);"
					},
					"HUNYUAN_API_KEY\nreq.SearchScene = \"x\""
				],
				miss: [
					"req.Citation = True",
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nprint(ref.citation)",
					"base_url=\"https://api.hunyuan.cloud.tencent.com/v1\"\nformatCitation(x)"
				]
			}
		})
	},
	{
		id: "lke-search-param",
		category: "legacy-search",
		severity: "error",
		title: "LKE DeepSeek online-search parameter (Cloud API)",
		anchors: ["enablesearch"],
		pattern: "(?:(?<![A-Za-z0-9])|(?<=set))EnableSearch\\b",
		caseSensitive: true,
		prefilter: false,
		context: { anyOf: ["lke"] },
		message: "LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.",
		replacement: {
			hint: SEARCH_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.sdkJavaLkeapSearch,
			SOURCES.tokenHubSearchDoc,
			SOURCES.migrationGuideIntl
		],
		examples: examples({ "Cloud API field": {
			hit: [
				"from tencentcloud.lkeap.v20240522 import models\nclient.ChatCompletions(req)\nreq.EnableSearch = True",
				{
					path: "A.java",
					text: "import com.tencentcloudapi.lkeap.v20240522.LkeapClient;\nclient.ChatCompletions(req);\nreq.setEnableSearch(true);"
				},
				"base = \"https://api.lkeap.cloud.tencent.com/v1\"\n{\"EnableSearch\": true}"
			],
			miss: [
				"req.EnableSearch = True",
				"base = \"https://api.deepseek.com\"\nreq.EnableSearch = True",
				"base = \"https://api.lkeap.cloud.tencent.com/v1\"\nreq.EnableSearchUI = True"
			]
		} })
	},
	{
		id: "lke-openai-search-param",
		category: "legacy-search",
		severity: "error",
		title: "LKE DeepSeek online-search parameter (OpenAI-compatible API)",
		anchors: ["enable_search", "search_enabled"],
		pattern: fieldName("enable_search|search_enabled"),
		caseSensitive: true,
		prefilter: false,
		context: { anyOf: ["lke", "tokenhub"] },
		message: "LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.",
		replacement: {
			hint: SEARCH_HINT,
			evidence: "confirmed"
		},
		sources: [
			SOURCES.lkeSearchThirdParty,
			SOURCES.tokenHubSearchDoc,
			SOURCES.migrationGuideIntl
		],
		examples: examples({ "OpenAI-compatible field": {
			hit: [
				"base_url=\"https://api.lkeap.cloud.tencent.com/v1\"\nextra_body={\"enable_search\": True}",
				"base_url: https://api.lkeap.cloud.tencent.com/v1\nenable_search: true",
				"baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_enabled: true,"
			],
			miss: [
				"base_url=\"https://dashscope.aliyuncs.com/compatible-mode/v1\"\nextra_body={\"enable_search\": True}",
				"extra_body={\"enable_search\": True}",
				"base_url=\"https://api.lkeap.cloud.tencent.com/v1\"\nif enable_search == flag: pass"
			]
		} })
	}
];
// src/catalog/rules/smoke.ts
/** The rule of the key smoke test's cross-check; its findings exist only when a smoke test ran. */
const TOKENHUB_MODEL_NOT_ENABLED = "tokenhub-model-not-enabled";
const SMOKE_RULES = [{
	id: TOKENHUB_MODEL_NOT_ENABLED,
	category: "legacy-model",
	severity: "warning",
	title: "TokenHub model the API key cannot use",
	anchors: [
		"deepseek-",
		"glm-",
		"kimi-",
		"minimax-",
		"hunyuan-",
		"hy3",
		"hy4",
		"hy-mt2"
	],
	pattern: modelIdPattern(TOKENHUB_CHAT_MODEL_IDS),
	caseSensitive: true,
	smokeTestOnly: true,
	message: "Model `{match}` is not among the models the TokenHub API key can use.",
	replacement: {
		hint: "Enable the model for pay-as-you-go in the TokenHub console, include it in the key's Accessible Range, or change the code to a model the key lists.",
		evidence: "confirmed"
	},
	sources: [
		SOURCES.tokenHubGettingStarted,
		SOURCES.tokenHubModelsIntl,
		SOURCES.tokenHubModelsMainland,
		SOURCES.tokenHubModelList
	]
}];
// src/catalog/rules.ts
/**
* The rule catalog: what ties code to the retiring Hunyuan and LKE DeepSeek platforms, as data, one file per
* category under rules/. Facts and their markers come from shared/catalog.md and shared/catalog-update-2026-12.md.
* Order matters: where two rules of one category match the same text, the first one listed is reported, so
* specific rules come before general ones.
*/
const RULES = [
	...ENDPOINT_RULES,
	...SDK_RULES,
	...MODEL_RULES,
	...SEARCH_RULES,
	...SMOKE_RULES
];
// src/catalog/index.ts
/**
* The day the catalog was last checked against Tencent's documents (shared/catalog-update-2026-12.md). Shown by
* `--version`, in the JSON report (`tool.catalogDate`) and in the job summary, so a reader knows how old the facts are.
*/
const CATALOG_DATE = "2026-12-01";
export { TOKENHUB_HOSTS as a, TOKENHUB_BASE_URL_MAINLAND as c, DEFAULT_SMOKE_TEST_MODEL as i, escapeRegExp as l, RULES as n, TOKENHUB_MODELS as o, TOKENHUB_MODEL_NOT_ENABLED as r, TOKENHUB_BASE_URL_INTL as s, CATALOG_DATE as t };
