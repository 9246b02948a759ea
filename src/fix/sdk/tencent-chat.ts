/**
 * DATA: how Tencent Cloud's ChatCompletions (Hunyuan v20230901, LKE lkeap v20240522) maps onto OpenAI's chat
 * completions as TokenHub serves it. The language modules read these tables; they hold no rules of their own.
 * Source: the SDKs' models (ChatCompletionsRequest/Response, Message, Choice, Delta, Usage) named in
 * ../shared/catalog.md, and OpenAI's chat completion and chunk objects.
 */

export type Service = 'hunyuan' | 'lkeap';

export interface ServiceInfo {
  service: Service;
  /** The SDK package path segment and version, as in `tencentcloud.hunyuan.v20230901`. */
  module: string;
  version: string;
  /** Client class name, and the client modules (sync, async) of the Python SDK. */
  clientClass: string;
  pythonClientModule: string;
  pythonAsyncClientModule: string;
  /** The Node SDK package and its export path (`tencentcloud.hunyuan.v20230901.Client`). */
  nodePackages: readonly string[];
  /** The guidance a refusal points to: how to move this SDK's calls by hand. */
  guidance: string;
}

export const SERVICES: readonly ServiceInfo[] = [
  {
    service: 'hunyuan',
    module: 'hunyuan',
    version: 'v20230901',
    clientClass: 'HunyuanClient',
    pythonClientModule: 'hunyuan_client',
    pythonAsyncClientModule: 'hunyuan_client_async',
    nodePackages: ['tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-hunyuan', 'tencentcloud-sdk-nodejs-intl-en'],
    guidance: 'docs/rules/hunyuan-sdk.md',
  },
  {
    service: 'lkeap',
    module: 'lkeap',
    version: 'v20240522',
    clientClass: 'LkeapClient',
    pythonClientModule: 'lkeap_client',
    pythonAsyncClientModule: 'lkeap_client_async',
    nodePackages: ['tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-lkeap'],
    guidance: 'docs/rules/lke-sdk-chat.md',
  },
];

/** Request fields: the OpenAI parameter each becomes, `drop` (with a note), or the reason it is refused. */
export type RequestField =
  | { to: string }
  | { drop: string }
  /** Dropped only when its value is the literal false; any other value is refused with the reason. */
  | { dropIfFalse: string; refuse: string }
  | { refuse: string };

const SEARCH = 'online search (TokenHub has no equivalent of the legacy search; see the search guidance)';

export const REQUEST_FIELDS: Readonly<Record<string, RequestField>> = {
  Model: { to: 'model' },
  Messages: { to: 'messages' },
  Stream: { to: 'stream' },
  Temperature: { to: 'temperature' },
  TopP: { to: 'top_p' },
  MaxTokens: { to: 'max_tokens' },
  Seed: { to: 'seed' },
  StreamModeration: { drop: 'StreamModeration dropped: TokenHub streams without it' },
  EnableEnhancement: { dropIfFalse: 'EnableEnhancement=False dropped', refuse: 'EnableEnhancement turns on the legacy online search, which TokenHub does not have' },
  Tools: { refuse: 'tools (function calling) are not converted' },
  ToolChoice: { refuse: 'tools (function calling) are not converted' },
  CustomTool: { refuse: 'tools (function calling) are not converted' },
  SearchInfo: { refuse: SEARCH },
  Citation: { refuse: SEARCH },
  EnableSpeedSearch: { refuse: SEARCH },
  EnableMultimedia: { refuse: SEARCH },
  EnableDeepSearch: { refuse: SEARCH },
  ForceSearchEnhancement: { refuse: SEARCH },
  EnableRecommendedQuestions: { refuse: SEARCH },
  EnableDeepRead: { refuse: SEARCH },
  WebSearchOptions: { refuse: SEARCH },
};

/** Message fields. */
export const MESSAGE_FIELDS: Readonly<Record<string, RequestField>> = {
  Role: { to: 'role' },
  Content: { to: 'content' },
  Contents: { refuse: 'vision contents (Contents) are not converted' },
  ToolCalls: { refuse: 'tools (function calling) are not converted' },
  ToolCallId: { refuse: 'tools (function calling) are not converted' },
  FileIDs: { refuse: 'file references (FileIDs) have no OpenAI equivalent' },
  ReasoningContent: { refuse: 'reasoning content sent back in messages is not converted' },
};

/** The response as a tree of shapes: each field's OpenAI name and its own shape, or why it is refused. */
export type ShapeName = 'response' | 'choices' | 'choice' | 'message' | 'delta' | 'usage' | 'leaf' | 'nullableLeaf';

export type ResponseField = { to: string; shape: ShapeName } | { refuse: string };

const NO_FIELD = (name: string, why = 'has no OpenAI field'): { refuse: string } => ({ refuse: `the response's ${name} ${why}` });

export const RESPONSE_SHAPES: Readonly<Partial<Record<ShapeName, Readonly<Record<string, ResponseField>>>>> = {
  response: {
    Choices: { to: 'choices', shape: 'choices' },
    Usage: { to: 'usage', shape: 'usage' },
    Id: { to: 'id', shape: 'leaf' },
    Created: { to: 'created', shape: 'leaf' },
    Model: { to: 'model', shape: 'leaf' },
    RequestId: NO_FIELD('RequestId', 'is a Tencent Cloud API field (OpenAI clients expose the x-request-id header instead)'),
    Note: NO_FIELD('Note'),
    ErrorMsg: NO_FIELD('ErrorMsg', 'is a Tencent streaming error field'),
    ModerationLevel: NO_FIELD('ModerationLevel'),
    SearchInfo: NO_FIELD('SearchInfo', `belongs to ${SEARCH}`),
    Replaces: NO_FIELD('Replaces'),
    RecommendedQuestions: NO_FIELD('RecommendedQuestions'),
  },
  choice: {
    Message: { to: 'message', shape: 'message' },
    Delta: { to: 'delta', shape: 'delta' },
    FinishReason: { to: 'finish_reason', shape: 'leaf' },
    Index: { to: 'index', shape: 'leaf' },
  },
  // OpenAI's message content is null when the model answers with something else (a refusal, tool calls).
  message: {
    Role: { to: 'role', shape: 'leaf' },
    Content: { to: 'content', shape: 'nullableLeaf' },
    ReasoningContent: NO_FIELD('ReasoningContent', 'is not part of the OpenAI message'),
    ToolCalls: NO_FIELD('ToolCalls', 'belongs to tools (function calling), which are not converted'),
  },
  // A stream's role chunk and final chunk carry no content: OpenAI sends null where Tencent sent "".
  delta: {
    Role: { to: 'role', shape: 'leaf' },
    Content: { to: 'content', shape: 'nullableLeaf' },
    ReasoningContent: NO_FIELD('ReasoningContent', 'is not part of the OpenAI delta'),
    ToolCalls: NO_FIELD('ToolCalls', 'belongs to tools (function calling), which are not converted'),
  },
  usage: {
    PromptTokens: { to: 'prompt_tokens', shape: 'leaf' },
    CompletionTokens: { to: 'completion_tokens', shape: 'leaf' },
    TotalTokens: { to: 'total_tokens', shape: 'leaf' },
  },
};

export const ELEMENT_OF: Partial<Record<ShapeName, ShapeName>> = { choices: 'choice' };
