import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';

const catalog = compileCatalog(RULES);
const find = (text: string) => matchText(text, 'f', catalog).map((f) => `${f.ruleId}:${f.severity}:${f.match}`);

describe('endpoints', () => {
  it('matches hosts case-insensitively, with or without scheme and path', () => {
    expect(find('HTTPS://API.HUNYUAN.CLOUD.TENCENT.COM/V1/chat/completions')).toEqual([
      'hunyuan-openai-endpoint:error:HTTPS://API.HUNYUAN.CLOUD.TENCENT.COM/V1',
    ]);
    expect(find('host = "api.hunyuan.cloud.tencent.com"')).toEqual(['hunyuan-openai-endpoint:error:api.hunyuan.cloud.tencent.com']);
    expect(find("apiHost: 'https://api.lkeap.cloud.tencent.com'")).toEqual(['lke-openai-endpoint:error:https://api.lkeap.cloud.tencent.com']);
    expect(find('http://api.lkeap.cloud.tencent.com/v1')).toEqual(['lke-openai-endpoint:error:http://api.lkeap.cloud.tencent.com/v1']);
  });

  it('does not match inside a longer host name', () => {
    expect(find('https://xhunyuan.tencentcloudapi.com')).toEqual([]);
    expect(find('https://my-api.hunyuan.cloud.tencent.com.example.org')).toEqual([]);
  });

  it('rewrites the OpenAI-compatible base URLs keeping scheme and /v1', () => {
    const f = matchText('base_url="https://hunyuan.cloud.tencent.com/openai/v1/chat/completions"', 'f', catalog);
    expect(f.map((x) => [x.match, x.replacement])).toEqual([
      ['https://hunyuan.cloud.tencent.com/openai/v1', 'https://tokenhub-intl.tencentcloudmaas.com/v1'],
    ]);
    const g = matchText('api.lkeap.tencentcloud.com', 'f', catalog);
    expect(g[0]!.replacement).toBe('tokenhub-intl.tencentcloudmaas.com');
  });

  it('leaves the Token Plan and Coding Plan routes alone', () => {
    expect(find('https://api.lkeap.cloud.tencent.com/plan/v3/chat/completions')).toEqual([]);
    expect(find('https://api.lkeap.cloud.tencent.com/plan/anthropic')).toEqual([]);
    expect(find('https://api.lkeap.cloud.tencent.com/coding/v3')).toEqual([]);
  });

  it('lowers the Hunyuan Cloud API host to a warning when no LLM use is in the file (image and 3D jobs have their own rule)', () => {
    expect(find('endpoint = "hunyuan.intl.tencentcloudapi.com"\nSubmitHunyuanTo3DJob(req)')).toEqual([
      'hunyuan-cloudapi-endpoint:warning:hunyuan.intl.tencentcloudapi.com',
      'hunyuan-image-job:error:SubmitHunyuanTo3DJob',
    ]);
    expect(find('endpoint = "hunyuan.tencentcloudapi.com"\nclient.ChatCompletions(req)')).toEqual([
      'hunyuan-cloudapi-endpoint:error:hunyuan.tencentcloudapi.com',
      'hunyuan-sdk-llm-call:error:ChatCompletions',
    ]);
  });

  it('lowers the lkeap Cloud API host to a notice unless DeepSeek chat is in the file', () => {
    expect(find('lkeap.tencentcloudapi.com RunRerank')).toEqual(['lke-cloudapi-endpoint:notice:lkeap.tencentcloudapi.com']);
    expect(find('lkeap.tencentcloudapi.com\nreq.Model = "deepseek-v3.2"')).toEqual([
      'lke-cloudapi-endpoint:error:lkeap.tencentcloudapi.com',
      'lke-deepseek-v3-model:warning:deepseek-v3.2',
    ]);
  });
});

describe('SDKs', () => {
  it('flags the lkeap SDK only when it is used for chat', () => {
    expect(find('import { lkeap } from "tencentcloud-sdk-nodejs"; new lkeap.v20240522.Client(c).RunRerank(r)')).toEqual([]);
    expect(find('const c = new lkeap.v20240522.Client(cfg);\nawait c.ChatCompletions({ Model: "deepseek-v3" })')).toEqual([
      'lke-sdk-chat:error:lkeap.v20240522',
      'lke-sdk-chat-call:error:ChatCompletions',
      'lke-deepseek-v3-model:warning:deepseek-v3',
    ]);
  });

  it('flags the Hunyuan SDK as a warning in a manifest and an error with an LLM call', () => {
    expect(find('"tencentcloud-sdk-nodejs-hunyuan": "4.0.0"')).toEqual(['hunyuan-sdk:warning:tencentcloud-sdk-nodejs-hunyuan']);
    expect(find('import { hunyuan } from "tencentcloud-sdk-nodejs-hunyuan";\nclient.ChatStd({})')).toEqual([
      'hunyuan-sdk:error:tencentcloud-sdk-nodejs-hunyuan',
      'hunyuan-sdk-llm-call:error:ChatStd',
    ]);
  });

  it('recognises LangChain Python and JS classes', () => {
    expect(find('from langchain_community.chat_models import ChatHunyuan')).toEqual(['langchain-hunyuan:error:ChatHunyuan']);
    expect(find('import { TencentHunyuanEmbeddings } from "@langchain/community/embeddings/tencent_hunyuan"')).toEqual([
      'langchain-hunyuan:error:TencentHunyuanEmbeddings',
    ]);
  });
});

describe('models', () => {
  it('grades Hunyuan IDs by list membership', () => {
    expect(find('model: hunyuan-a13b')).toEqual(['hunyuan-model-not-on-tokenhub:error:hunyuan-a13b']);
    expect(find('model: hunyuan-standard-256k')).toEqual(['hunyuan-model-shutdown:error:hunyuan-standard-256k']);
    expect(find('model: hunyuan-functioncall')).toEqual(['hunyuan-model:warning:hunyuan-functioncall']);
    expect(find('model: hunyuan-t1-vision')).toEqual(['hunyuan-vision-model:warning:hunyuan-t1-vision']);
  });

  it('ends an ID at a sentence dot but keeps dotted versions', () => {
    expect(find('Switch off hunyuan-lite.')).toEqual(['hunyuan-model-not-on-tokenhub:error:hunyuan-lite']);
    expect(find('uses hunyuan-2.0-thinking-dev-20251012 now')).toEqual(['hunyuan-model-shutdown:error:hunyuan-2.0-thinking-dev-20251012']);
  });

  it('never flags TokenHub IDs, OpenRouter or Hugging Face names, prose, or package names', () => {
    expect(find('hunyuan-role-latest hunyuan-2.0-instruct-20251111 hy3-preview hy-mt2-plus')).toEqual([]);
    expect(find('"tencent/hunyuan-a13b-instruct:free" and tencent/Hunyuan-A13B-Instruct')).toEqual([]);
    expect(find('Hunyuan-Large is an open model.')).toEqual([]);
    expect(find('pip install langchain-hunyuan')).toEqual([]);
  });

  it('flags DeepSeek IDs only with LKE context', () => {
    expect(find('model="deepseek-r1"\nbase_url="https://api.deepseek.com"')).toEqual([]);
    // On TokenHub a DeepSeek ID is fine when TokenHub lists it; an LKE-only one fails there (half-migrated code).
    expect(find('model="deepseek-v3.2"\nbase_url="https://tokenhub-intl.tencentcloudmaas.com/v1"')).toEqual([]);
    expect(find('model="deepseek-r1"\nbase_url="https://tokenhub-intl.tencentcloudmaas.com/v1"')).toEqual(['tokenhub-unlisted-deepseek-model:warning:deepseek-r1']);
    expect(find('model="deepseek-r1"\nbase_url="https://api.lkeap.cloud.tencent.com/v1"')).toEqual([
      'lke-deepseek-r1-model:error:deepseek-r1',
      'lke-openai-endpoint:error:https://api.lkeap.cloud.tencent.com/v1',
    ]);
  });

  it('does not flag Token Plan model IDs next to a Token Plan route', () => {
    expect(find('base: https://api.lkeap.cloud.tencent.com/plan/v3\nmodel: hunyuan-turbos')).toEqual([]);
    expect(find('model: hunyuan-turbos')).toEqual(['hunyuan-model:warning:hunyuan-turbos']);
  });
});

describe('search parameters', () => {
  it('are findings only in legacy context', () => {
    expect(find('extra_body={"enable_search": True}')).toEqual([]);
    expect(find('base_url="https://api.lkeap.cloud.tencent.com/v1"\nextra_body={"enable_search": True}')).toEqual([
      'lke-openai-endpoint:error:https://api.lkeap.cloud.tencent.com/v1',
      'lke-openai-search-param:error:enable_search',
    ]);
    expect(find('{"enable_enhancement": true}')).toEqual([]);
    expect(find('HUNYUAN_API_KEY\n{"enable_enhancement": true, "force_search_enhancement": true}')).toEqual([
      'hunyuan-search-param:error:enable_enhancement',
      'hunyuan-search-param:error:force_search_enhancement',
    ]);
  });

  it('takes citation only as a parameter, never as prose', () => {
    const ctx = 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\n';
    expect(find(ctx + 'See the citation below.').slice(1)).toEqual([]);
    expect(find(ctx + 'citation=True').slice(1)).toEqual(['hunyuan-shared-search-param:error:citation']);
    expect(find(ctx + 'req.Citation = true').slice(1)).toEqual(['hunyuan-shared-search-param:error:Citation']);
    expect(find(ctx + '"Citation": True').slice(1)).toEqual(['hunyuan-shared-search-param:error:Citation']);
  });
});

describe('LKE Cloud API search flag', () => {
  it('is found as a field and as a Java setter, in LKE context only', () => {
    const ctx = 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;\nclient.ChatCompletions(req);\n';
    expect(find(ctx + 'req.setEnableSearch(true);').slice(-1)).toEqual(['lke-search-param:error:EnableSearch']);
    expect(find(ctx + 'req.EnableSearch = True').slice(-1)).toEqual(['lke-search-param:error:EnableSearch']);
    expect(find('req.EnableSearch = True')).toEqual([]);
  });
});

describe("this tool's own rule ids", () => {
  it('are not mistaken for Hunyuan model IDs', () => {
    expect(find('rules:\n  hunyuan-model: off\n  hunyuan-vision-model: warning\n  hunyuan-sdk-llm-call: off\n  hunyuan-openai-endpoint: error')).toEqual([]);
    expect(find('// see the hunyuan-model-... rules and hunyuan-search-param')).toEqual([]);
  });

  it('still leave real model IDs as findings', () => {
    expect(find('model: hunyuan-pro')).toEqual(['hunyuan-model:warning:hunyuan-pro']);
    expect(find('model: hunyuan-turbos-vision-20250619')).toEqual(['hunyuan-vision-model:warning:hunyuan-turbos-vision-20250619']);
    expect(find('model: hunyuan-vision')).toEqual(['hunyuan-vision-model:warning:hunyuan-vision']);
  });
});
