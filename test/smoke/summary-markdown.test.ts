import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding/finding.js';
import { crossCheck } from '../../src/smoke/cross-check.js';
import type { SmokeReport } from '../../src/smoke/report.js';
import { formatDuration, renderSmokeSummary, smokeVerdict } from '../../src/smoke/summary-markdown.js';

const endpoint = { url: 'https://tokenhub-intl.tencentcloudmaas.com/v1', host: 'tokenhub-intl.tencentcloudmaas.com', kind: 'tokenhub' as const, region: 'international' as const };

function report(over: Partial<SmokeReport> = {}): SmokeReport {
  return {
    outcome: 'failed',
    endpoint,
    modelSource: 'code',
    modelList: { ok: true, ids: ['deepseek-v4-flash'], durationMs: 80, attempts: 1 },
    models: [
      { model: 'deepseek-v4-flash', status: 'enabled', listed: true, listStatus: 'online', durationMs: 1520, attempts: 2, totalTokens: 10 },
      {
        model: 'glm-5',
        status: 'failed',
        listed: false,
        durationMs: 40,
        attempts: 1,
        problem: { kind: 'billing', fatal: false, status: 402, message: 'TokenHub said: "a | b <script>"' },
      },
    ],
    ...over,
  };
}

const ref = (match: string, line: number): Finding => ({
  ruleId: 'tokenhub-model-not-enabled', category: 'legacy-model', severity: 'warning', path: 'src/a.ts', line, column: 5,
  endLine: line, endColumn: 5 + match.length, message: `Model \`${match}\` is not among the models the TokenHub API key can use. Enable it.`, match,
});

describe('renderSmokeSummary', () => {
  it('has one row per model with status, latency, attempts and listing, escaped for Markdown tables', () => {
    const md = renderSmokeSummary(report(), []);
    expect(md).toContain('| `deepseek-v4-flash` | ✅ enabled | 1.5 s (2 attempts) | yes (online) | 10 tokens billed |');
    expect(md).toContain('| `glm-5` | ❌ failed | 40 ms | no | TokenHub said: "a \\| b &lt;script>" |');
    expect(md).toContain('Key check (GET /models): 1 model visible, 80 ms.');
  });

  it('lists cross-check findings by place', () => {
    const findings = crossCheck([ref('glm-5', 3), ref('deepseek-v4-flash', 4)], report());
    expect(findings.map((f) => f.line)).toEqual([3]);
    expect(findings[0]!.message).toBe('Model `glm-5` is not among the models the TokenHub API key can use. Enable it. Its test call failed too (HTTP 402, billing; see the smoke test results).');
    expect(renderSmokeSummary(report(), findings)).toContain('- `src/a.ts:3`: `glm-5`');
  });

  it('makes no cross-check findings without a model list', () => {
    expect(crossCheck([ref('glm-5', 3)], report({ modelList: { ok: false, durationMs: 1, attempts: 1 } }))).toEqual([]);
  });
});

describe('smokeVerdict and formatDuration', () => {
  it('says what passed, or the first problem', () => {
    expect(smokeVerdict(report({ outcome: 'passed', models: [report().models[0]!] }))).toBe(
      'The TokenHub key works at tokenhub-intl.tencentcloudmaas.com: 1 model answered a one-token chat completion.',
    );
    expect(smokeVerdict(report())).toMatch(/^The TokenHub smoke test failed at tokenhub-intl\.tencentcloudmaas\.com: TokenHub said/);
    expect(smokeVerdict(report(), false)).toBe('The TokenHub smoke test failed at tokenhub-intl.tencentcloudmaas.com: 1 of 2 models failed.');
  });

  it('formats durations', () => {
    expect(formatDuration(undefined)).toBe('–');
    expect(formatDuration(999)).toBe('999 ms');
    expect(formatDuration(2500, 3)).toBe('2.5 s (3 attempts)');
  });
});
