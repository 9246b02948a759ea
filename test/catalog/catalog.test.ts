import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog } from '../../src/scan/index.js';
import { matchText } from '../../src/scan/match-text.js';

describe('the rule catalog', () => {
  it('has unique kebab-case ids and compiles', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(() => compileCatalog(RULES)).not.toThrow();
  });

  it('gives every reported rule a message, a fix hint and a source', () => {
    for (const r of RULES.filter((x) => !x.signalOnly)) {
      expect(r.message, r.id).toContain('{match}');
      expect(r.replacement.hint.length, r.id).toBeGreaterThan(10);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
  });

  it('keeps anchors lower-case, and opts only context-bound rules out of the prefilter', () => {
    for (const r of RULES) {
      for (const a of r.anchors) expect(a, r.id).toBe(a.toLowerCase());
      if (r.prefilter === false) expect(Boolean(r.signalOnly || (r.context?.anyOf?.length && !r.context.otherwise)), r.id).toBe(true);
    }
  });

  it('only matches text that contains one of the rule anchors (the prefilter is sound)', () => {
    const samples = [
      'https://api.hunyuan.cloud.tencent.com/v1 hunyuan.tencentcloudapi.com hunyuan.intl.tencentcloudapi.com',
      'https://hunyuan.cloud.tencent.com/openai/v1 https://hunyuan.cloud.tencent.com/hyllm/v1 api.hunyuan.intl.cloud.tencent.com',
      'https://api.lkeap.cloud.tencent.com/v1 api.lkeap.tencentcloud.com lkeap.tencentcloudapi.com ChatCompletions',
      'from tencentcloud.hunyuan.v20230901 import x; lkeap.v20240522 deepseek-r1 deepseek-v3.2 EnableSearch',
      'hunyuan-lite hunyuan-turbos-latest hunyuan-translation hunyuan-vision hunyuan-embedding hunyuan-pro',
      '"enable_enhancement": true, "citation": true, SearchInfo = true, req.setCitation(true) HUNYUAN_API_KEY',
    ].join('\n');
    const catalog = compileCatalog(RULES);
    for (const c of catalog.rules) {
      c.re.lastIndex = 0;
      for (const m of samples.matchAll(c.re)) {
        expect(c.rule.anchors.some((a) => m[0].toLowerCase().includes(a)), `${c.rule.id}: ${m[0]}`).toBe(true);
      }
    }
    expect(matchText(samples, 'x', catalog).length).toBeGreaterThan(10);
  });

  it('matches in linear time on adversarial input (no catastrophic backtracking)', () => {
    const catalog = compileCatalog(RULES);
    const evil = ['hunyuan-' + 'a-'.repeat(20000), 'api.hunyuan.cloud.tencent.com' + '/v1'.repeat(5000), 'a.'.repeat(50000) + ' hunyuan.tencentcloudapi.com'];
    // Counted, not timed: the scan must simply finish and find what is there.
    for (const text of evil) expect(() => matchText(text, 'x', catalog)).not.toThrow();
    expect(matchText(evil[2]!, 'x', catalog).map((f) => f.ruleId)).toEqual(['hunyuan-cloudapi-endpoint']);
  });
});
