import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import {
  fixabilityOf,
  fixLine,
  fixText,
  forRegion,
  ModelMapError,
  parseModelMap,
} from '../../src/fix/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';

const catalog = compileCatalog(RULES);

function fix(text: string, opts: Parameters<typeof fixText>[3] = { region: 'intl' }) {
  return fixText(text, matchText(text, 'x.py', catalog), catalog, opts);
}

describe('fixability', () => {
  it('treats exactly the confirmed, deterministic replacements as safe', () => {
    const safe = RULES.filter((r) => fixabilityOf(r) === 'safe').map((r) => r.id);
    expect(safe).toEqual(['hunyuan-openai-endpoint', 'hunyuan-intl-openai-endpoint', 'lke-v3-endpoint', 'lke-openai-endpoint', 'hunyuan-model-shutdown']);
  });

  it('keeps inferred model replacements as suggestions', () => {
    const suggested = RULES.filter((r) => fixabilityOf(r) === 'suggested').map((r) => r.id);
    expect(suggested).toEqual([
      'hunyuan-translation-model',
      'hunyuan-model-not-on-tokenhub',
      'hunyuan-model',
      'lke-deepseek-r1-model',
      'lke-deepseek-v3-model',
    ]);
    for (const id of suggested) expect(RULES.find((r) => r.id === id)!.replacement.evidence).not.toBe('confirmed');
  });

  it('never fixes the hyllm endpoint, whose protocol differs', () => {
    const hyllm = RULES.find((r) => r.id === 'hunyuan-hyllm-endpoint')!;
    expect(fixabilityOf(hyllm)).toBe('manual');
    const out = fix('url = "https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions"\n');
    expect(out.applied).toEqual([]);
    expect(out.remaining.map((r) => r.finding.ruleId)).toEqual(['hunyuan-hyllm-endpoint']);
  });
});

describe('region', () => {
  it('swaps the international host for the mainland one and upgrades http', () => {
    expect(forRegion('https://tokenhub-intl.tencentcloudmaas.com/v1', 'mainland')).toBe('https://tokenhub.tencentmaas.com/v1');
    expect(forRegion('http://tokenhub-intl.tencentcloudmaas.com/v1', 'intl')).toBe('https://tokenhub-intl.tencentcloudmaas.com/v1');
    expect(forRegion('tokenhub-intl.tencentcloudmaas.com', 'mainland')).toBe('tokenhub.tencentmaas.com');
  });

  it('keeps a URL without scheme without scheme', () => {
    const out = fix('host = api.lkeap.cloud.tencent.com\n', { region: 'intl' });
    expect(out.text).toBe('host = tokenhub-intl.tencentcloudmaas.com\n');
  });
});

describe('fixText', () => {
  it('replaces in place, keeping the path after the base URL', () => {
    const out = fix('u = "https://api.hunyuan.cloud.tencent.com/v1/chat/completions"; m = "hunyuan-t1-latest"\n');
    expect(out.text).toBe('u = "https://tokenhub-intl.tencentcloudmaas.com/v1/chat/completions"; m = "hy3-preview"\n');
    expect(out.applied.map((a) => [a.from, a.to])).toEqual([
      ['https://api.hunyuan.cloud.tencent.com/v1', 'https://tokenhub-intl.tencentcloudmaas.com/v1'],
      ['hunyuan-t1-latest', 'hy3-preview'],
    ]);
  });

  it('leaves ignored lines alone', () => {
    const text = 'old = "https://api.hunyuan.cloud.tencent.com/v1" # tokenhub-migration-ignore -- history\n';
    expect(fix(text).text).toBe(text);
  });

  it('lets the user mapping win over the catalog replacement', () => {
    const models = parseModelMap(['hunyuan-turbo=hy4'], RULES);
    const out = fix('model = "hunyuan-turbo"\n', { region: 'intl', models });
    expect(out.text).toBe('model = "hy4"\n');
    expect(out.applied[0]!.origin).toBe('mapping');
  });

  it('never applies a finding that does not describe the text', () => {
    const text = 'model = "hunyuan-turbo"\n';
    const [finding] = matchText(text, 'x.py', catalog);
    const stale = { ...finding!, column: finding!.column + 1, endColumn: finding!.endColumn + 1 };
    const out = fixText(text, [stale], catalog, { region: 'intl' });
    expect(out.text).toBe(text);
    expect(out.remaining).toHaveLength(1);
  });
});

describe('fixLine (review suggestions)', () => {
  it('fixes one line with the same replacements as the file fix', () => {
    const file = 'import os\nclient = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1", model="hunyuan-large")\n';
    const findings = matchText(file, 'x.py', catalog).filter((f) => f.line === 2);
    const line = file.split('\n')[1]!;
    const out = fixLine(line, findings, catalog, { region: 'intl' });
    expect(out?.line).toBe(fixText(file, findings, catalog, { region: 'intl' }).text.split('\n')[1]);
    expect(out?.applied.map((a) => a.finding.line)).toEqual([2, 2]);
  });

  it('returns nothing for a line without a safe fix', () => {
    const file = 'x = "https://api.lkeap.cloud.tencent.com/v1"\nenable_search = True\n';
    const findings = matchText(file, 'x.py', catalog).filter((f) => f.line === 2);
    expect(findings.map((f) => f.ruleId)).toEqual(['lke-openai-search-param']);
    expect(fixLine('enable_search = True', findings, catalog, { region: 'intl' })).toBeUndefined();
  });
});

describe('parseModelMap', () => {
  it('reads comma-separated and repeated pairs', () => {
    const map = parseModelMap(['hunyuan-translation=hy-mt2-plus, hunyuan-lite=hy3-preview', 'deepseek-r1=deepseek-v4-pro'], RULES);
    expect([...map]).toEqual([
      ['hunyuan-translation', 'hy-mt2-plus'],
      ['hunyuan-lite', 'hy3-preview'],
      ['deepseek-r1', 'deepseek-v4-pro'],
    ]);
  });

  it.each([
    ['hunyuan-lite', /legacy=new pairs/],
    ['=hy3', /legacy=new pairs/],
    ['hunyuan-lite=', /legacy=new pairs/],
    ['hunyuan-lite=hy 3', /not a model ID/],
    ['hunyuan-lite=hunyuan-lite', /mapped to itself/],
    ['gpt-4o=hy3-preview', /not a legacy model ID/],
    ['hunyuan-role-latest=hy3-preview', /not a legacy model ID/],
    ['hunyuan-lite=hunyuan-standard', /itself a legacy model ID/],
  ])('rejects %s', (spec, message) => {
    expect(() => parseModelMap([spec], RULES)).toThrow(ModelMapError);
    expect(() => parseModelMap([spec], RULES)).toThrow(message);
  });

  it('rejects one model mapped two ways', () => {
    expect(() => parseModelMap(['hunyuan-lite=hy3-preview', 'hunyuan-lite=hy4'], RULES)).toThrow(/mapped twice/);
  });
});
