import { describe, expect, it } from 'vitest';
import { catalogFor, parseConfig } from '../../src/config/index.js';
import { matchText } from '../../src/scan/index.js';

function catalogOf(yaml: string) {
  return catalogFor(parseConfig(yaml, '.github/tokenhub-migration.yml').config, '.github/tokenhub-migration.yml').catalog;
}

describe('extra endpoints and model IDs', () => {
  const catalog = catalogOf(
    'extra:\n  endpoints:\n    - https://llm-gw.corp.example.com/hunyuan/\n    - "*.hy-proxy.example.net"\n  models:\n    - acme-hunyuan-ft-*\n    - acme.chat:v1\n',
  );

  it('reports the listed endpoints as literals, with * as exactly one host label', () => {
    const text = [
      'base = "https://llm-gw.corp.example.com/hunyuan/v1"',
      'other = "https://llm-gw.corp.example.com/openai"',
      'eu = "http://eu1.hy-proxy.example.net/v1"',
      'bad = "https://hy-proxy.example.network"',
      'deep = "a.b.hy-proxy.example.net"',
    ].join('\n');
    const found = matchText(text, 'app.py', catalog).filter((f) => f.ruleId === 'custom-endpoint');
    expect(found.map((f) => [f.line, f.match])).toEqual([
      [1, 'https://llm-gw.corp.example.com/hunyuan'],
      [3, 'http://eu1.hy-proxy.example.net'],
    ]);
    expect(found[0]).toMatchObject({ category: 'legacy-endpoint', severity: 'error' });
    expect(found[0]!.message).toContain('listed as legacy in the configuration');
    expect(found[0]!.message).not.toMatch(/third-party|Unverified/);
  });

  it('treats regex characters in an entry as text', () => {
    const found = matchText('m1 = "acme.chat:v1"\nm2 = "acmeXchat:v1"\nm3 = "acme-hunyuan-ft-0612"', 'a.py', catalog);
    expect(found.filter((f) => f.ruleId === 'custom-model').map((f) => f.match)).toEqual(['acme.chat:v1', 'acme-hunyuan-ft-0612']);
  });

  it('gives the file legacy context, so a DeepSeek model ID next to the gateway is reported', () => {
    const found = matchText('url = "https://llm-gw.corp.example.com/hunyuan"\nmodel = "deepseek-r1"\n', 'a.py', catalog);
    expect(found.map((f) => f.ruleId)).toEqual(['custom-endpoint', 'lke-deepseek-r1-model']);
  });

  it('stays fast on hostile input (no catastrophic backtracking)', () => {
    const hostile = 'a'.repeat(200_000) + '.hy-proxy.example.nex ' + 'acme-hunyuan-ft-'.repeat(20_000);
    const started = process.hrtime.bigint();
    matchText(hostile, 'x.txt', catalog);
    // A generous bound on a correctness property (linear time), not a speed benchmark.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});

describe('rule overrides', () => {
  const text = 'client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\nmodel = "hunyuan-pro"\n';

  it('switches rules and categories off and changes severities; a rule id wins over its category', () => {
    const ids = (yaml: string) => matchText(text, 'a.py', catalogOf(yaml)).map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids('')).toEqual(['hunyuan-openai-endpoint:error', 'hunyuan-model:warning']);
    expect(ids('rules:\n  hunyuan-model: off\n')).toEqual(['hunyuan-openai-endpoint:error']);
    expect(ids('rules:\n  legacy-endpoint: false\n  hunyuan-model: error\n')).toEqual(['hunyuan-model:error']);
    expect(ids('rules:\n  legacy-model: off\n  hunyuan-model: on\n')).toEqual(['hunyuan-openai-endpoint:error', 'hunyuan-model:warning']);
    expect(ids('rules:\n  legacy-endpoint: notice\n')).toEqual(['hunyuan-openai-endpoint:notice', 'hunyuan-model:warning']);
  });
});
