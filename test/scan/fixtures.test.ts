import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

type Row = [path: string, line: number, column: number, ruleId: string, severity: string, match: string];

/** Every finding expected in test/fixtures/legacy, reviewed by hand against shared/catalog.md. */
const EXPECTED: Row[] = [
    ['config/.env', 2, 17, 'hunyuan-openai-endpoint', 'error', "https://api.hunyuan.cloud.tencent.com/v1"],
    ['config/.env', 3, 11, 'hunyuan-model-not-on-tokenhub', 'error', "hunyuan-lite"],
    ['config/app.yaml', 3, 13, 'hunyuan-openai-endpoint', 'error', "https://api.hunyuan.cloud.tencent.com/v1"],
    ['config/app.yaml', 4, 10, 'hunyuan-model-shutdown', 'error', "hunyuan-large"],
    ['config/app.yaml', 5, 19, 'hunyuan-vision-model', 'warning', "hunyuan-vision"],
    ['config/models.json', 2, 30, 'hunyuan-translation-model', 'error', "hunyuan-translation-lite"],
    ['config/models.json', 2, 70, 'hunyuan-cloudapi-endpoint', 'error', "hunyuan.tencentcloudapi.com"],
    ['config/models.json', 3, 28, 'hunyuan-embedding-model', 'warning', "hunyuan-embedding"],
    ['config/models.json', 4, 29, 'lke-openai-endpoint', 'error', "https://api.lkeap.tencentcloud.com/v1"],
    ['config/models.json', 4, 79, 'lke-deepseek-v3-model', 'warning', "deepseek-v3.1-terminus"],
    ['csharp/Hunyuan.cs', 2, 20, 'hunyuan-sdk', 'error', "Hunyuan.V20230901"],
    ['csharp/Hunyuan.cs', 3, 20, 'hunyuan-sdk', 'error', "Hunyuan.V20230901"],
    ['csharp/Hunyuan.cs', 5, 18, 'hunyuan-sdk-llm-call', 'error', "HunyuanClient"],
    ['csharp/Hunyuan.cs', 6, 15, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['csharp/Hunyuan.cs', 6, 49, 'hunyuan-model-shutdown', 'error', "hunyuan-turbo"],
    ['csharp/Hunyuan.cs', 6, 65, 'hunyuan-search-param', 'error', "SearchInfo"],
    ['csharp/Hunyuan.cs', 7, 19, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['docs/setup.md', 6, 6, 'hunyuan-openai-endpoint', 'error', "https://api.hunyuan.cloud.tencent.com/v1"],
    ['docs/setup.md', 8, 18, 'hunyuan-model-shutdown', 'error', "hunyuan-turbos-latest"],
    ['docs/setup.md', 11, 26, 'hunyuan-hyllm-endpoint', 'error', "https://hunyuan.cloud.tencent.com/hyllm/v1"],
    ['go/hunyuan.go', 5, 68, 'hunyuan-sdk', 'error', "hunyuan/v20230901"],
    ['go/hunyuan.go', 9, 23, 'hunyuan-sdk-llm-call', 'error', "NewClient"],
    ['go/hunyuan.go', 10, 21, 'hunyuan-sdk-llm-call', 'error', "NewChatCompletions"],
    ['go/hunyuan.go', 11, 36, 'hunyuan-model-shutdown', 'error', "hunyuan-standard-256K"],
    ['go/hunyuan.go', 12, 10, 'hunyuan-search-param', 'error', "EnableEnhancement"],
    ['go/hunyuan.go', 13, 26, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['java/HunyuanDemo.java', 4, 28, 'hunyuan-sdk', 'error', "hunyuan.v20230901"],
    ['java/HunyuanDemo.java', 5, 28, 'hunyuan-sdk', 'error', "hunyuan.v20230901"],
    ['java/HunyuanDemo.java', 9, 36, 'hunyuan-sdk-llm-call', 'error', "HunyuanClient"],
    ['java/HunyuanDemo.java', 10, 9, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['java/HunyuanDemo.java', 11, 23, 'hunyuan-model-shutdown', 'error', "hunyuan-t1-latest"],
    ['java/HunyuanDemo.java', 12, 16, 'hunyuan-search-param', 'error', "EnableEnhancement"],
    ['java/HunyuanDemo.java', 13, 16, 'hunyuan-shared-search-param', 'error', "Citation"],
    ['java/HunyuanDemo.java', 14, 16, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['notebooks/demo.ipynb', 17, 33, 'lke-openai-endpoint', 'error', "https://api.lkeap.cloud.tencent.com/v1"],
    ['notebooks/demo.ipynb', 18, 49, 'lke-deepseek-r1-model', 'error', "deepseek-r1-0528"],
    ['notebooks/demo.ipynb', 18, 95, 'lke-openai-search-param', 'error', "enable_search"],
    ['php/hunyuan.php', 3, 18, 'hunyuan-sdk', 'error', "Hunyuan\\V20230901"],
    ['php/hunyuan.php', 4, 18, 'hunyuan-sdk', 'error', "Hunyuan\\V20230901"],
    ['php/hunyuan.php', 6, 15, 'hunyuan-sdk-llm-call', 'error', "HunyuanClient"],
    ['php/hunyuan.php', 7, 12, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['php/hunyuan.php', 8, 47, 'hunyuan-model-not-on-tokenhub', 'error', "hunyuan-lite"],
    ['php/hunyuan.php', 8, 63, 'hunyuan-search-param', 'error', "ForceSearchEnhancement"],
    ['php/hunyuan.php', 9, 18, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['python/hunyuan_openai.py', 6, 15, 'hunyuan-openai-endpoint', 'error', "https://api.hunyuan.cloud.tencent.com/v1"],
    ['python/hunyuan_openai.py', 10, 12, 'hunyuan-model-shutdown', 'error', "hunyuan-turbos-latest"],
    ['python/hunyuan_openai.py', 13, 10, 'hunyuan-search-param', 'error', "enable_enhancement"],
    ['python/hunyuan_openai.py', 14, 10, 'hunyuan-shared-search-param', 'error', "citation"],
    ['python/hunyuan_openai.py', 15, 10, 'hunyuan-shared-search-param', 'error', "search_info"],
    ['python/hunyuan_sdk.py', 3, 19, 'hunyuan-sdk', 'error', "hunyuan.v20230901"],
    ['python/hunyuan_sdk.py', 6, 25, 'hunyuan-sdk-llm-call', 'error', "HunyuanClient"],
    ['python/hunyuan_sdk.py', 8, 14, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['python/hunyuan_sdk.py', 10, 15, 'hunyuan-model-not-on-tokenhub', 'error', "hunyuan-lite"],
    ['python/hunyuan_sdk.py', 12, 6, 'hunyuan-search-param', 'error', "EnableEnhancement"],
    ['python/hunyuan_sdk.py', 15, 15, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['python/lke_sdk_chat.py', 1, 19, 'lke-sdk-chat', 'error', "lkeap.v20240522"],
    ['python/lke_sdk_chat.py', 4, 14, 'lke-sdk-chat-call', 'error', "ChatCompletions"],
    ['python/lke_sdk_chat.py', 5, 14, 'lke-deepseek-r1-model', 'error', "deepseek-r1"],
    ['python/lke_sdk_chat.py', 6, 5, 'lke-search-param', 'error', "EnableSearch"],
    ['python/lke_sdk_chat.py', 7, 15, 'lke-sdk-chat-call', 'error', "ChatCompletions"],
    ['ruby/hunyuan.rb', 1, 10, 'hunyuan-sdk', 'error', "tencentcloud-sdk-hunyuan"],
    ['ruby/hunyuan.rb', 3, 24, 'hunyuan-sdk', 'error', "Hunyuan::V20230901"],
    ['ruby/hunyuan.rb', 4, 21, 'hunyuan-sdk', 'error', "Hunyuan::V20230901"],
    ['ruby/hunyuan.rb', 5, 14, 'hunyuan-model-shutdown', 'error', "hunyuan-code"],
    ['scripts/call.sh', 2, 14, 'hunyuan-cloudapi-endpoint', 'error', "https://hunyuan.tencentcloudapi.com"],
    ['scripts/call.sh', 3, 20, 'hunyuan-sdk-llm-call', 'error', "ChatCompletions"],
    ['scripts/call.sh', 5, 17, 'hunyuan-model-shutdown', 'error', "hunyuan-standard"],
    ['ts/hunyuan.ts', 2, 10, 'langchain-hunyuan', 'error', "ChatTencentHunyuan"],
    ['ts/hunyuan.ts', 6, 13, 'hunyuan-openai-endpoint', 'error', "https://api.hunyuan.cloud.tencent.com/v1"],
    ['ts/hunyuan.ts', 11, 13, 'hunyuan-translation-model', 'error', "hunyuan-translation"],
    ['ts/hunyuan.ts', 14, 5, 'hunyuan-search-param', 'error', "enable_enhancement"],
    ['ts/hunyuan.ts', 18, 23, 'langchain-hunyuan', 'error', "ChatTencentHunyuan"],
    ['ts/hunyuan.ts', 18, 52, 'hunyuan-model', 'warning', "hunyuan-pro"],
    ['ts/lke.js', 1, 26, 'lke-openai-endpoint', 'error', "https://api.lkeap.cloud.tencent.com/v1"],
    ['ts/lke.js', 4, 34, 'lke-deepseek-v3-model', 'warning', "deepseek-v3"],
    ['ts/lke.js', 4, 58, 'lke-openai-search-param', 'error', "enable_search"],
];

describe('fixtures in many languages and formats', () => {
  it('finds exactly the expected legacy usage, with category, line and column', async () => {
    const result = await scan({ root: path.join(fixtures, 'legacy') });
    const rows = result.findings.map((f): Row => [f.path, f.line, f.column, f.ruleId, f.severity, f.match]);
    expect(rows).toEqual(EXPECTED);
    expect(result.skipped).toEqual([]);
    // Every language/format of the fixture set is covered.
    const exts = new Set(result.findings.map((f) => path.extname(f.path) || path.basename(f.path)));
    expect([...exts].sort()).toEqual(['.cs', '.env', '.go', '.ipynb', '.java', '.js', '.json', '.md', '.php', '.py', '.rb', '.sh', '.ts', '.yaml']);
  });

  it('gives each finding its category and the end of the match', async () => {
    const result = await scan({ root: path.join(fixtures, 'legacy') });
    for (const f of result.findings) {
      expect(f.endLine).toBe(f.line);
      expect(f.endColumn - f.column).toBe(f.match.length);
      expect(f.category).toMatch(/^legacy-(endpoint|sdk|model|search)$/);
    }
    const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id).map((f) => f.category);
    expect(new Set(byRule('hunyuan-openai-endpoint'))).toEqual(new Set(['legacy-endpoint']));
    expect(new Set(byRule('hunyuan-sdk'))).toEqual(new Set(['legacy-sdk']));
    expect(new Set(byRule('hunyuan-model-shutdown'))).toEqual(new Set(['legacy-model']));
    expect(new Set(byRule('hunyuan-search-param'))).toEqual(new Set(['legacy-search']));
  });

  it('reports nothing for the traps: TokenHub, Token Plan, other vendors, bibliographies, lkeap rerank', async () => {
    const result = await scan({ root: path.join(fixtures, 'traps') });
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(6);
  });

  it('says whether a replacement is official or only a suggestion', async () => {
    const result = await scan({ root: path.join(fixtures, 'legacy') });
    const shutdown = result.findings.find((f) => f.ruleId === 'hunyuan-model-shutdown')!;
    expect(shutdown.replacement).toBe('hy3-preview');
    expect(shutdown.message).toContain('per Tencent');
    const translation = result.findings.find((f) => f.ruleId === 'hunyuan-translation-model')!;
    expect(translation.replacement).toBe('hy-mt2-plus');
    expect(translation.message).toContain('not an official mapping');
    const endpoint = result.findings.find((f) => f.ruleId === 'hunyuan-openai-endpoint')!;
    expect(endpoint.replacement).toBe('https://tokenhub-intl.tencentcloudmaas.com/v1');
    const hyllm = result.findings.find((f) => f.ruleId === 'hunyuan-hyllm-endpoint')!;
    expect(hyllm.replacement).toBeUndefined();
    expect(hyllm.message).toContain('OpenAI-compatible client');
  });
});
