import type { Source } from './rule.js';

/**
 * The documents and code that make each rule true, as named in shared/catalog.md.
 * Kept in one place so a rule cites a source by name and the link is written once.
 */
export const SOURCES = {
  migrationGuideIntl: { ref: 'https://www.tencentcloud.com/document/product/1300/79733', evidence: 'confirmed' },
  migrationGuideMainland: { ref: 'https://cloud.tencent.com/document/product/1823/131382', evidence: 'confirmed' },
  hunyuanShutdownNotice: { ref: 'https://cloud.tencent.com/document/product/1729/131925', evidence: 'confirmed' },
  hunyuanCloudApiDoc: { ref: 'https://cloud.tencent.com/document/api/1729/101837', evidence: 'confirmed' },
  hunyuanOpenAiDoc: { ref: 'https://cloud.tencent.com/document/product/1729/111007', evidence: 'confirmed' },
  trtcHunyuanDoc: { ref: 'https://www.tencentcloud.com/document/product/647/79679', evidence: 'confirmed' },
  hyllmThirdParty: { ref: 'public code (first-generation hyllm clients; old LangChain ChatHunyuan docs)', evidence: 'third-party' },
  hunyuanIntlOpenAiClaim: { ref: 'a single third-party note (no Tencent doc found)', evidence: 'unverified' },
  lkeOpenAiDocMainland: { ref: 'https://cloud.tencent.com/document/product/1772/115969', evidence: 'confirmed' },
  lkeOpenAiDocIntl: { ref: 'https://www.tencentcloud.com/document/product/1255/70381', evidence: 'confirmed' },
  lkeCloudApiDoc: { ref: 'https://cloud.tencent.com/document/api/1772/115963', evidence: 'confirmed' },
  tokenPlanDoc: { ref: 'https://cloud.tencent.com/document/product/1823/130119', evidence: 'confirmed' },
  sdkPythonHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/hunyuan_client.py', evidence: 'confirmed' },
  sdkJavaHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-java com/tencentcloudapi/hunyuan/v20230901/HunyuanClient.java', evidence: 'confirmed' },
  sdkNodeHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-nodejs examples/hunyuan/v20230901/chat_std.ts', evidence: 'confirmed' },
  sdkJavaHunyuanSearch: { ref: 'TencentCloud/tencentcloud-sdk-java hunyuan/v20230901/models/ChatCompletionsRequest.java', evidence: 'confirmed' },
  sdkPythonLkeap: { ref: 'TencentCloud/tencentcloud-sdk-python tencentcloud/lkeap/v20240522/lkeap_client.py', evidence: 'confirmed' },
  sdkJavaLkeapSearch: { ref: 'TencentCloud/tencentcloud-sdk-java lkeap/v20240522/models/ChatCompletionsRequest.java', evidence: 'confirmed' },
  langchainPython: { ref: 'langchain-ai/langchain libs/community/langchain_community/chat_models/hunyuan.py', evidence: 'confirmed' },
  langchainJs: { ref: 'https://docs.langchain.com/oss/javascript/integrations/chat/tencent_hunyuan', evidence: 'confirmed' },
  lobeChatHunyuan: { ref: 'lobehub/lobe-chat src/libs/agent-runtime/hunyuan/index.ts', evidence: 'third-party' },
  lkeSearchThirdParty: { ref: 'public code using enable_search / search_enabled with the LKE OpenAI-compatible API (no Tencent doc found)', evidence: 'third-party' },
  tokenHubSearchDoc: { ref: 'https://cloud.tencent.com/document/product/1823/132358', evidence: 'confirmed' },
  tokenHubModelsIntl: { ref: 'https://www.tencentcloud.com/document/product/1300/78941', evidence: 'confirmed' },
  tokenHubModelsMainland: { ref: 'https://cloud.tencent.com/document/product/1823/130078', evidence: 'confirmed' },
  tokenHubGettingStarted: { ref: 'https://www.tencentcloud.com/document/product/1300/78939', evidence: 'confirmed' },
  tokenHubErrorCodes: { ref: 'https://cloud.tencent.com/document/product/1823/131595', evidence: 'confirmed' },
  tokenHubModelList: { ref: 'GET /v1/models on TokenHub hosts, as probed by several independent third-party clients (no Tencent page found)', evidence: 'third-party' },
  hyApiGuide: { ref: 'https://www.tencentcloud.com/document/product/1300/80695', evidence: 'confirmed' },
  hunyuanSdkModelDocs: { ref: 'https://cloud.tencent.com/document/api/1729/101837 (Model parameter); tencentcloud-sdk-java ChatCompletionsRequest.java', evidence: 'confirmed' },
  hunyuanEmbeddingThirdParty: { ref: 'songquanpeng/one-api relay/adaptor/tencent/constants.go; CherryHQ/cherry-studio hunyuan provider', evidence: 'third-party' },
} as const satisfies Record<string, Source>;
