import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';
import { lineFix, suggestionBlock } from '../../src/report/suggestion.js';

const catalog = compileCatalog(RULES);
const rule = (id: string) => RULES.find((r) => r.id === id);

function fixOf(text: string, ruleId: string) {
  const f = matchText(text, 'app.py', catalog).find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} finding in ${text}`);
  return lineFix(f, rule(ruleId), text.split('\n')[f.line - 1]!);
}

describe('lineFix', () => {
  it('rewrites an OpenAI-compatible base URL, keeping the rest of the line (confirmed by Tencent)', () => {
    const fix = fixOf('client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1", api_key=key)', 'hunyuan-openai-endpoint');
    expect(fix).toEqual({ fixed: 'client = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1", api_key=key)', evidence: 'confirmed' });
    expect(suggestionBlock(fix!)).toContain("Tencent's migration documents");
    expect(suggestionBlock(fix!)).toContain('```suggestion\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1", api_key=key)\n```');
  });

  it('swaps a model ID, labelled as our suggestion when the catalog only infers it', () => {
    const text = 'BASE = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1"';
    const fix = fixOf(text, 'lke-deepseek-r1-model');
    expect(fix?.fixed).toBe('model = "deepseek-v4-pro"');
    expect(fix?.evidence).not.toBe('confirmed');
    expect(suggestionBlock(fix!)).toContain('not an official mapping');
  });

  it('offers nothing where one line cannot carry the fix (SDK calls, Cloud API hosts)', () => {
    const sdk = 'from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nreq = models.ChatCompletionsRequest()';
    for (const f of matchText(sdk, 'a.py', catalog)) {
      expect(lineFix(f, rule(f.ruleId), sdk.split('\n')[f.line - 1]!)).toBeUndefined();
    }
  });

  it('offers nothing when the line no longer holds the match where the finding says', () => {
    const text = 'url = "https://api.hunyuan.cloud.tencent.com/v1"';
    const f = matchText(text, 'a.py', catalog)[0]!;
    expect(lineFix(f, rule(f.ruleId), 'url = "something else entirely, shifted"')).toBeUndefined();
  });
});
