import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { fixText } from '../../src/fix/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';
import { lineFix, suggestionBlock } from '../../src/report/suggestion.js';

const catalog = compileCatalog(RULES);

function fixOf(text: string, ruleId: string, region: 'intl' | 'mainland' = 'intl') {
  const findings = matchText(text, 'app.py', catalog);
  const f = findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} finding in ${text}`);
  return lineFix(f, findings, text.split('\n')[f.line - 1]!, region);
}

describe('lineFix (review-comment suggestions)', () => {
  it('rewrites an OpenAI-compatible base URL, keeping the rest of the line', () => {
    const fix = fixOf('client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1", api_key=key)', 'hunyuan-openai-endpoint');
    expect(fix?.fixed).toBe('client = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1", api_key=key)');
    expect(suggestionBlock(fix!)).toContain("the replacement Tencent's migration documents name, the same one `tokenhub-migration-check fix` writes");
    expect(suggestionBlock(fix!)).toContain('```suggestion\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1", api_key=key)\n```');
  });

  it('offers exactly what the fix writes, line by line', () => {
    const file = [
      'BASE = "http://api.lkeap.cloud.tencent.com/v1"',
      'client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1/", model="hunyuan-turbos-latest")',
      'translator = "hunyuan-translation"',
      'old = "https://api.hunyuan.cloud.tencent.com/v1"  # tokenhub-migration-ignore -- kept',
    ].join('\n');
    const findings = matchText(file, 'app.py', catalog);
    const fixedLines = fixText(file, findings, catalog, { region: 'intl' }).text.split('\n');
    const lines = file.split('\n');
    const suggested = lines.map((text, i) => {
      const fixes = findings.filter((f) => f.line === i + 1).map((f) => lineFix(f, findings, text));
      return fixes.find((x) => x !== undefined)?.fixed ?? text;
    });
    // What GitHub would commit, suggestion by suggestion, is the file the fix writes.
    expect(suggested).toEqual(fixedLines);
    expect(suggested).not.toEqual(lines);
    // Two fixes on one line make one suggestion that carries both.
    const both = lineFix(findings.find((f) => f.line === 2)!, findings, lines[1]!);
    expect(both?.replacements.map((r) => r.to)).toEqual(['https://tokenhub-intl.tencentcloudmaas.com/v1', 'hy3-preview']);
    expect(both?.fixed).toBe('client = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1/", model="hy3-preview")');
  });

  it('never offers a replacement that is only our suggestion', () => {
    expect(fixOf('BASE = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1"', 'lke-deepseek-r1-model')).toBeUndefined();
    expect(fixOf('t = "hunyuan-translation"', 'hunyuan-translation-model')).toBeUndefined();
  });

  it('points base URLs at the mainland site with region mainland', () => {
    expect(fixOf('url = "https://api.hunyuan.cloud.tencent.com/v1"', 'hunyuan-openai-endpoint', 'mainland')?.fixed).toBe('url = "https://tokenhub.tencentmaas.com/v1"');
  });

  it('offers nothing where one line cannot carry the fix (SDK calls, Cloud API hosts)', () => {
    const sdk = 'from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nreq = models.ChatCompletionsRequest()';
    const findings = matchText(sdk, 'a.py', catalog);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(lineFix(f, findings, sdk.split('\n')[f.line - 1]!)).toBeUndefined();
  });

  it('offers nothing when the line no longer holds the match where the finding says', () => {
    const text = 'url = "https://api.hunyuan.cloud.tencent.com/v1"';
    const f = matchText(text, 'a.py', catalog)[0]!;
    expect(lineFix(f, [f], 'url = "something else entirely, shifted"')).toBeUndefined();
  });
});
