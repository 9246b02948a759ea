import type { SnippetLanguage } from './languages.js';

/**
 * Guidance for what a person has to migrate, as data: per topic, a short explanation and the equivalent
 * OpenAI-SDK call against TokenHub in each language. `{{BASE_URL}}` and `{{MODEL}}` are filled in when shown.
 * Facts come from shared/catalog.md (sections 1.3, 3.4 and 5); the SDK calls follow each official OpenAI SDK.
 */
export type GuidanceTopic = 'openai-endpoint' | 'cloud-api' | 'langchain' | 'search' | 'model' | 'image';

export interface TopicGuidance {
  title: string;
  /** Paragraphs (Markdown inline syntax) shown before the snippets. */
  summary: string[];
  snippets: Partial<Record<SnippetLanguage, string>>;
}

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

const CHAT_SNIPPETS = { python: PY_CHAT, typescript: TS_CHAT, go: GO_CHAT, java: JAVA_CHAT, http: HTTP_CHAT };

const PY_SEARCH = `import os
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
print(response.output_text)`;

const TS_SEARCH = `import OpenAI from 'openai';

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
console.log(response.output_text);`;

const GO_SEARCH = `client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")),
)
// web_search_options turns TokenHub search on. The SDK leaves an empty options struct out of the body,
// so set the field explicitly.
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("What is new in AI this week?")},
}, option.WithJSONSet("web_search_options", map[string]any{}))`;

const JAVA_SEARCH = `OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY"))
    .build();
// web_search_options turns TokenHub search on (citations come back in search_results).
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("What is new in AI this week?")
    .webSearchOptions(ChatCompletionCreateParams.WebSearchOptions.builder().build())
    .build();
ChatCompletion completion = client.chat().completions().create(params);`;

const HTTP_SEARCH = `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "What is new in AI this week?"}], "web_search_options": {}}'

curl "{{BASE_URL}}/responses" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "hy3-preview", "input": "What is new in AI this week?", "tools": [{"type": "web_search"}]}'`;

const PY_LANGCHAIN = `# pip install langchain-openai
import os
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(
    model="{{MODEL}}",
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],
)
print(llm.invoke("Hello").content)`;

const TS_LANGCHAIN = `// npm install @langchain/openai
import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: '{{MODEL}}',
  apiKey: process.env.TOKENHUB_API_KEY,
  configuration: { baseURL: '{{BASE_URL}}' },
});
console.log((await llm.invoke('Hello')).content);`;

export const GUIDANCE: Record<GuidanceTopic, TopicGuidance> = {
  'openai-endpoint': {
    title: 'OpenAI-compatible client pointed at a legacy endpoint',
    summary: [
      'The client already speaks the OpenAI protocol, so only its configuration changes: the base URL ' +
        '(`tokenhub-migration-check fix` rewrites it), the API key (a new TokenHub key; Hunyuan and LKE keys do not work there) ' +
        'and the model ID (a model enabled for pay-as-you-go in the TokenHub console).',
      'Look for the key where the client is built (for example `HUNYUAN_API_KEY`, `LKEAP_API_KEY` or `TENCENT_CLOUD_API_KEY`) and point it at the TokenHub key.',
    ],
    snippets: CHAT_SNIPPETS,
  },
  'cloud-api': {
    title: 'Tencent Cloud SDK or signed Cloud API call',
    summary: [
      'The Cloud API (TC3-HMAC-SHA256 signing with SecretId/SecretKey, action `ChatCompletions` and friends) has no TokenHub ' +
        'equivalent: replace the SDK client with an OpenAI SDK client against TokenHub and a TokenHub API key. The signing code and ' +
        'the Tencent Cloud SDK dependency go away.',
      'Request fields move to their OpenAI names: `Model` → `model`, `Messages[].Role`/`Content` → `messages[].role`/`content`, ' +
        '`Stream` → `stream`, `Temperature` → `temperature`, `TopP` → `top_p`; the answer is in `choices[0].message.content` ' +
        'instead of `Choices[0].Message.Content`. Search fields (`EnableEnhancement`, `EnableSearch`, ...) have no equivalent: ' +
        'see the search guidance. Note that Hunyuan\'s `ChatCompletions` searched by default (`EnableEnhancement` defaults to true), ' +
        'so a call without the field may have relied on search.',
      'Not a code rewrite, so the fix never edits it.',
    ],
    snippets: CHAT_SNIPPETS,
  },
  langchain: {
    title: 'LangChain Hunyuan integration',
    summary: [
      'Replace the Hunyuan chat model with LangChain\'s OpenAI chat model pointed at TokenHub. The Hunyuan embeddings classes ' +
        'have no TokenHub replacement in the sources: plan another embedding model and re-embed stored vectors.',
    ],
    snippets: { python: PY_LANGCHAIN, typescript: TS_LANGCHAIN, go: GO_CHAT, java: JAVA_CHAT, http: HTTP_CHAT },
  },
  search: {
    title: 'Legacy online-search parameter',
    summary: [
      'The legacy platforms\' online search is decommissioned with them; TokenHub search is a separate product with its own ' +
        'protocol and pricing. Remove the old parameters (`enable_enhancement`, `search_info`, `citation`, `force_search_enhancement`, ' +
        '`enable_speed_search`, `EnableSearch`, `enable_search`, ...): there is no field-by-field equivalent.',
      'Where the answer still needs web results, turn on TokenHub search: `web_search_options` on `/v1/chat/completions` ' +
        '(models `hy3`, `hy3-preview`, `deepseek-v4-pro`, `deepseek-v4-flash`; citations in `search_results`) or the `web_search` tool on ' +
        '`/v1/responses` (`hy3`, `hy3-preview`; citations in `annotations`). Enable search in the TokenHub console (tool management) first; ' +
        'the source can be `lite` or `standard` (`search_source`, default `standard`), and the documented limits are 5 QPS in the Guangzhou region.',
      'Code that read `SearchInfo` / `search_info` from the response must read the new citation fields instead.',
    ],
    snippets: { python: PY_SEARCH, typescript: TS_SEARCH, go: GO_SEARCH, java: JAVA_SEARCH, http: HTTP_SEARCH },
  },
  image: {
    title: 'Hunyuan image, video and 3D jobs',
    summary: [
      'Tencent\'s announcement 2405 stops `TextToImage`, `TextToImageLite`, `HunyuanTextToVideo`, `HunyuanImageToVideo`, ' +
        '`HunyuanImageChat` and `HunyuanTo3D` on 2026-09-30 (no new purchases from 2026-09-01). Their TokenHub replacements are ' +
        'HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1, called with a TokenHub API key instead of SecretId/SecretKey.',
      'Image jobs on TokenHub: `POST /v1/api/image/submit` then `/v1/api/image/query` (seen in third-party code), or ' +
        '`/v1/api/image/lite` with model `hy-image-lite` (documented, 1823/130080). Check the request and result fields against ' +
        'TokenHub\'s documentation: they are not the Cloud API\'s.',
    ],
    snippets: {},
  },
  model: {
    title: 'Legacy model ID',
    summary: [
      'Only a replacement that Tencent\'s documents name is applied by `tokenhub-migration-check fix` (today: the models shut down on ' +
        '2026-06-22 become `hy3-preview`). Other replacements are suggestions, not official mappings: check that the model suits the task ' +
        'and is enabled for your key, then apply your choice with `--models legacy=new` (for example `--models hunyuan-translation=hy-mt2-plus`).',
    ],
    snippets: {},
  },
};

export function fillSnippet(snippet: string, values: { baseUrl: string; model: string }): string {
  return snippet.replaceAll('{{BASE_URL}}', values.baseUrl).replaceAll('{{MODEL}}', values.model);
}
