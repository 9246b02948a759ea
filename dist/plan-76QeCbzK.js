import { i as ruleDocsUrl } from "./tool-DWkNUuOs.js";
/** The first rendering, in the order given, that fits; the last one tried when none does (the caller may cut it). */
function fitToSize(attempts, render, fits) {
	let text;
	for (const attempt of attempts) {
		text = render(attempt);
		if (fits(text)) return text;
	}
	if (text === void 0) throw new Error("fitToSize: no attempt to render");
	return text;
}
/** `start`, then half of it, down to 0: row counts to try. */
function* halvings(start) {
	let n = Math.max(0, start);
	for (;;) {
		yield n;
		if (n === 0) return;
		n = Math.floor(n / 2);
	}
}
/** Fewer table rows (from `startRows`, halving) until the report fits. */
function fitRows(render, fits, startRows = 200) {
	return fitToSize(halvings(startRows), render, fits);
}
/** Fits a limit counted in bytes (the job summary). */
function fitsBytes(limit) {
	return (text) => Buffer.byteLength(text) <= limit;
}
/** Fits a limit counted in characters (comment, issue and pull request bodies). */
function fitsChars(limit) {
	return (text) => text.length <= limit;
}
// src/guidance/languages.ts
const SNIPPET_LANGUAGES = [
	"python",
	"typescript",
	"go",
	"java",
	"http"
];
const LANGUAGE_LABEL = {
	python: "Python",
	typescript: "TypeScript / JavaScript",
	go: "Go",
	java: "Java (and other JVM languages)",
	http: "HTTP (curl)"
};
/** The info string of a Markdown code fence. */
const FENCE_LANGUAGE = {
	python: "python",
	typescript: "ts",
	go: "go",
	java: "java",
	http: "sh"
};
const BY_EXTENSION = {
	py: "python",
	pyi: "python",
	pyw: "python",
	ipynb: "python",
	ts: "typescript",
	tsx: "typescript",
	mts: "typescript",
	cts: "typescript",
	js: "typescript",
	jsx: "typescript",
	mjs: "typescript",
	cjs: "typescript",
	vue: "typescript",
	svelte: "typescript",
	go: "go",
	java: "java",
	kt: "java",
	kts: "java",
	scala: "java",
	groovy: "java"
};
function languageOfPath(path) {
	const base = path.slice(path.lastIndexOf("/") + 1);
	const dot = base.lastIndexOf(".");
	if (dot <= 0) return "http";
	return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? "http";
}
// src/guidance/snippets.ts
const PY_CHAT = `# pip install openai
import os
from openai import OpenAI

client = OpenAI(
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],  # a TokenHub API key (Bearer), not SecretId/SecretKey
)
completion = client.chat.completions.create(
    model="{{MODEL}}",
    messages=[{"role": "user", "content": "Hello"}],
)
print(completion.choices[0].message.content)`;
const TS_CHAT = `// npm install openai
import OpenAI from 'openai';

const client = new OpenAI({
  baseURL: '{{BASE_URL}}',
  apiKey: process.env.TOKENHUB_API_KEY, // a TokenHub API key (Bearer), not SecretId/SecretKey
});
const completion = await client.chat.completions.create({
  model: '{{MODEL}}',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(completion.choices[0]?.message.content);`;
const GO_CHAT = `// go get github.com/openai/openai-go/v3
import (
	"context"
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")), // a TokenHub API key (Bearer), not SecretId/SecretKey
)
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Hello")},
})
if err != nil {
	panic(err)
}
fmt.Println(completion.Choices[0].Message.Content)`;
const JAVA_CHAT = `// Maven/Gradle: com.openai:openai-java
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY")) // a TokenHub API key (Bearer), not SecretId/SecretKey
    .build();
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("Hello")
    .build();
ChatCompletion completion = client.chat().completions().create(params);
System.out.println(completion.choices().get(0).message().content().orElse(""));`;
const HTTP_CHAT = `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "Hello"}]}'`;
const CHAT_SNIPPETS = {
	python: PY_CHAT,
	typescript: TS_CHAT,
	go: GO_CHAT,
	java: JAVA_CHAT,
	http: HTTP_CHAT
};
const GUIDANCE = {
	"openai-endpoint": {
		title: "OpenAI-compatible client pointed at a legacy endpoint",
		summary: ["The client already speaks the OpenAI protocol, so only its configuration changes: the base URL (`tokenhub-migration-check fix` rewrites it), the API key (a new TokenHub key; Hunyuan and LKE keys do not work there) and the model ID (a model enabled for pay-as-you-go in the TokenHub console).", "Look for the key where the client is built (for example `HUNYUAN_API_KEY`, `LKEAP_API_KEY` or `TENCENT_CLOUD_API_KEY`) and point it at the TokenHub key."],
		snippets: CHAT_SNIPPETS
	},
	"cloud-api": {
		title: "Tencent Cloud SDK or signed Cloud API call",
		summary: [
			"The Cloud API (TC3-HMAC-SHA256 signing with SecretId/SecretKey, action `ChatCompletions` and friends) has no TokenHub equivalent: replace the SDK client with an OpenAI SDK client against TokenHub and a TokenHub API key. The signing code and the Tencent Cloud SDK dependency go away.",
			"Request fields move to their OpenAI names: `Model` → `model`, `Messages[].Role`/`Content` → `messages[].role`/`content`, `Stream` → `stream`, `Temperature` → `temperature`, `TopP` → `top_p`; the answer is in `choices[0].message.content` instead of `Choices[0].Message.Content`. Search fields (`EnableEnhancement`, `EnableSearch`, ...) have no equivalent: see the search guidance. Note that Hunyuan's `ChatCompletions` searched by default (`EnableEnhancement` defaults to true), so a call without the field may have relied on search.",
			"Not a code rewrite, so the fix never edits it."
		],
		snippets: CHAT_SNIPPETS
	},
	langchain: {
		title: "LangChain Hunyuan integration",
		summary: ["Replace the Hunyuan chat model with LangChain's OpenAI chat model pointed at TokenHub. The Hunyuan embeddings classes have no TokenHub replacement in the sources: plan another embedding model and re-embed stored vectors."],
		snippets: {
			python: `# pip install langchain-openai
import os
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(
    model="{{MODEL}}",
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],
)
print(llm.invoke("Hello").content)`,
			typescript: `// npm install @langchain/openai
import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: '{{MODEL}}',
  apiKey: process.env.TOKENHUB_API_KEY,
  configuration: { baseURL: '{{BASE_URL}}' },
});
console.log((await llm.invoke('Hello')).content);`,
			go: GO_CHAT,
			java: JAVA_CHAT,
			http: HTTP_CHAT
		}
	},
	search: {
		title: "Legacy online-search parameter",
		summary: [
			"The legacy platforms' online search is decommissioned with them; TokenHub search is a separate product with its own protocol and pricing. Remove the old parameters (`enable_enhancement`, `search_info`, `citation`, `force_search_enhancement`, `enable_speed_search`, `EnableSearch`, `enable_search`, ...): there is no field-by-field equivalent.",
			"Where the answer still needs web results, turn on TokenHub search: `web_search_options` on `/v1/chat/completions` (models `hy3`, `hy3-preview`, `deepseek-v4-pro`, `deepseek-v4-flash`; citations in `search_results`) or the `web_search` tool on `/v1/responses` (`hy3`, `hy3-preview`; citations in `annotations`). Enable search in the TokenHub console (tool management) first; the source can be `lite` or `standard` (`search_source`, default `standard`), and the documented limits are 5 QPS in the Guangzhou region.",
			"Code that read `SearchInfo` / `search_info` from the response must read the new citation fields instead."
		],
		snippets: {
			python: `import os
from openai import OpenAI

client = OpenAI(base_url="{{BASE_URL}}", api_key=os.environ["TOKENHUB_API_KEY"])

# Chat Completions: web_search_options turns TokenHub search on (citations come back in search_results).
completion = client.chat.completions.create(
    model="{{MODEL}}",
    messages=[{"role": "user", "content": "What is new in AI this week?"}],
    web_search_options={},
)

# Or the Responses API with the web_search tool (hy3 / hy3-preview; citations come back in annotations).
response = client.responses.create(
    model="hy3-preview",
    input="What is new in AI this week?",
    tools=[{"type": "web_search"}],
)
print(response.output_text)`,
			typescript: `import OpenAI from 'openai';

const client = new OpenAI({ baseURL: '{{BASE_URL}}', apiKey: process.env.TOKENHUB_API_KEY });

// Chat Completions: web_search_options turns TokenHub search on (citations come back in search_results).
const completion = await client.chat.completions.create({
  model: '{{MODEL}}',
  messages: [{ role: 'user', content: 'What is new in AI this week?' }],
  web_search_options: {},
});

// Or the Responses API with the web_search tool (hy3 / hy3-preview; citations come back in annotations).
const response = await client.responses.create({
  model: 'hy3-preview',
  input: 'What is new in AI this week?',
  tools: [{ type: 'web_search' }],
});
console.log(response.output_text);`,
			go: `client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")),
)
// web_search_options turns TokenHub search on. The SDK leaves an empty options struct out of the body,
// so set the field explicitly.
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("What is new in AI this week?")},
}, option.WithJSONSet("web_search_options", map[string]any{}))`,
			java: `OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY"))
    .build();
// web_search_options turns TokenHub search on (citations come back in search_results).
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("What is new in AI this week?")
    .webSearchOptions(ChatCompletionCreateParams.WebSearchOptions.builder().build())
    .build();
ChatCompletion completion = client.chat().completions().create(params);`,
			http: `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "What is new in AI this week?"}], "web_search_options": {}}'

curl "{{BASE_URL}}/responses" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "hy3-preview", "input": "What is new in AI this week?", "tools": [{"type": "web_search"}]}'`
		}
	},
	image: {
		title: "Hunyuan image, video and 3D jobs",
		summary: ["Tencent's announcement 2405 stops `TextToImage`, `TextToImageLite`, `HunyuanTextToVideo`, `HunyuanImageToVideo`, `HunyuanImageChat` and `HunyuanTo3D` on 2026-09-30 (no new purchases from 2026-09-01). Their TokenHub replacements are HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1, called with a TokenHub API key instead of SecretId/SecretKey.", "Image jobs on TokenHub: `POST /v1/api/image/submit` then `/v1/api/image/query` (seen in third-party code), or `/v1/api/image/lite` with model `hy-image-lite` (documented, 1823/130080). Check the request and result fields against TokenHub's documentation: they are not the Cloud API's."],
		snippets: {}
	},
	model: {
		title: "Legacy model ID",
		summary: ["Only a replacement that Tencent's documents name is applied by `tokenhub-migration-check fix` (today: the models shut down on 2026-06-22 become `hy3-preview`). Other replacements are suggestions, not official mappings: check that the model suits the task and is enabled for your key, then apply your choice with `--models legacy=new` (for example `--models hunyuan-translation=hy-mt2-plus`)."],
		snippets: {}
	}
};
function fillSnippet(snippet, values) {
	return snippet.replaceAll("{{BASE_URL}}", values.baseUrl).replaceAll("{{MODEL}}", values.model);
}
// src/guidance/markdown.ts
/** A topic's explanation and its snippets, each language folded in a `<details>` block. */
function topicMarkdown(guidance, languages, model, opts) {
	const out = [];
	if (opts.heading) out.push(opts.heading, "");
	for (const p of guidance.summary) out.push(p, "");
	for (const lang of languages) {
		const snippet = guidance.snippets[lang];
		if (!snippet) continue;
		out.push(`<details><summary>${LANGUAGE_LABEL[lang]}</summary>`, "");
		out.push("```" + FENCE_LANGUAGE[lang], fillSnippet(snippet, {
			baseUrl: opts.baseUrl,
			model
		}), "```", "");
		out.push("</details>", "");
	}
	return out;
}
/** The guidance sections of a report (job summary, PR description): one per topic, with links to the rule pages. */
function guidanceMarkdown(sections, opts) {
	const hashes = "#".repeat(opts.headingLevel);
	const out = [];
	for (const s of sections) {
		const rules = s.ruleIds.map((id) => `[\`${id}\`](${ruleDocsUrl(id)})`).join(", ");
		const heading = `${hashes} ${s.guidance.title}`;
		out.push(...topicMarkdown(s.guidance, s.languages, s.model, {
			baseUrl: opts.baseUrl,
			heading
		}));
		out.push(`${s.findings} finding${s.findings === 1 ? "" : "s"}; rules: ${rules}.`, "");
	}
	return out;
}
// src/guidance/rule-guidance.ts
const HUNYUAN = "hy3-preview";
const LKE = "deepseek-v4-flash";
const RULE_GUIDANCE = {
	"hunyuan-hyllm-endpoint": {
		topic: "cloud-api",
		model: HUNYUAN
	},
	"hunyuan-openai-endpoint": {
		topic: "openai-endpoint",
		model: HUNYUAN
	},
	"hunyuan-intl-openai-endpoint": {
		topic: "openai-endpoint",
		model: HUNYUAN
	},
	"hunyuan-cloudapi-endpoint": {
		topic: "cloud-api",
		model: HUNYUAN
	},
	"hunyuan-image-endpoint": {
		topic: "image",
		model: "HY-Image-V3.0"
	},
	"lke-v3-endpoint": {
		topic: "openai-endpoint",
		model: LKE
	},
	"lke-anthropic-endpoint": {
		topic: "openai-endpoint",
		model: LKE
	},
	"lke-openai-endpoint": {
		topic: "openai-endpoint",
		model: LKE
	},
	"lke-cloudapi-endpoint": {
		topic: "cloud-api",
		model: LKE
	},
	"hunyuan-sdk-dependency": {
		topic: "cloud-api",
		model: HUNYUAN
	},
	"lke-sdk-dependency": {
		topic: "cloud-api",
		model: LKE
	},
	"hunyuan-sdk": {
		topic: "cloud-api",
		model: HUNYUAN
	},
	"hunyuan-image-job": {
		topic: "image",
		model: "HY-Image-V3.0"
	},
	"hunyuan-sdk-llm-call": {
		topic: "cloud-api",
		model: HUNYUAN
	},
	"lke-sdk-chat": {
		topic: "cloud-api",
		model: LKE
	},
	"lke-sdk-chat-call": {
		topic: "cloud-api",
		model: LKE
	},
	"langchain-hunyuan": {
		topic: "langchain",
		model: HUNYUAN
	},
	"hunyuan-translation-model": {
		topic: "model",
		model: "hy-mt2-plus"
	},
	"hunyuan-model-shutdown": {
		topic: "model",
		model: HUNYUAN
	},
	"hunyuan-model-not-on-tokenhub": {
		topic: "model",
		model: HUNYUAN
	},
	"hunyuan-vision-model": {
		topic: "model",
		model: HUNYUAN
	},
	"hunyuan-embedding-model": {
		topic: "model",
		model: HUNYUAN
	},
	"hunyuan-model": {
		topic: "model",
		model: HUNYUAN
	},
	"lke-deepseek-r1-model": {
		topic: "model",
		model: "deepseek-v4-pro"
	},
	"lke-deepseek-v3-model": {
		topic: "model",
		model: LKE
	},
	"tokenhub-unlisted-deepseek-model": {
		topic: "model",
		model: LKE
	},
	"hunyuan-search-param": {
		topic: "search",
		model: HUNYUAN
	},
	"hunyuan-shared-search-param": {
		topic: "search",
		model: HUNYUAN
	},
	"lke-search-param": {
		topic: "search",
		model: LKE
	},
	"lke-openai-search-param": {
		topic: "search",
		model: LKE
	}
};
function guidanceForRule(ruleId) {
	return RULE_GUIDANCE[ruleId];
}
// src/guidance/plan.ts
/** Heaviest work first: code that must be rewritten, then search, then configuration and model IDs. */
const TOPIC_ORDER = [
	"cloud-api",
	"langchain",
	"search",
	"openai-endpoint",
	"model"
];
function planGuidance(findings) {
	const byTopic = /* @__PURE__ */ new Map();
	for (const f of findings) {
		const rg = guidanceForRule(f.ruleId);
		if (!rg) continue;
		const entry = byTopic.get(rg.topic) ?? {
			ruleIds: /* @__PURE__ */ new Set(),
			languages: /* @__PURE__ */ new Set(),
			models: /* @__PURE__ */ new Map(),
			count: 0
		};
		entry.ruleIds.add(f.ruleId);
		const snippets = GUIDANCE[rg.topic].snippets;
		const lang = languageOfPath(f.path);
		if (Object.keys(snippets).length) entry.languages.add(snippets[lang] ? lang : "http");
		entry.models.set(rg.model, (entry.models.get(rg.model) ?? 0) + 1);
		entry.count++;
		byTopic.set(rg.topic, entry);
	}
	return TOPIC_ORDER.filter((t) => byTopic.has(t)).map((topic) => {
		const e = byTopic.get(topic);
		const model = [...e.models].sort((a, b) => b[1] - a[1])[0][0];
		return {
			topic,
			guidance: GUIDANCE[topic],
			model,
			languages: SNIPPET_LANGUAGES.filter((l) => e.languages.has(l)),
			ruleIds: [...e.ruleIds].sort(),
			findings: e.count
		};
	});
}
export { fitsBytes as a, fitToSize as i, guidanceMarkdown as n, fitsChars as o, fitRows as r, halvings as s, planGuidance as t };
