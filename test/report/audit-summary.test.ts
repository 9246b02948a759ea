import { describe, expect, it } from 'vitest';
import { renderAuditSummary } from '../../src/report/audit-summary.js';
import type { Finding, ScanResult } from '../../src/finding/finding.js';

function f(path: string, line: number, severity: Finding['severity'], category: Finding['category'], ruleId = 'r'): Finding {
  return { ruleId, category, severity, path, line, column: 1, endLine: line, endColumn: 5, message: `msg ${path}:${line}`, match: 'x|y', fingerprint: `${path}${line}`.padEnd(32, '0') };
}

const findings = [
  f('src/a.py', 3, 'error', 'legacy-endpoint'),
  f('src/a.py', 9, 'warning', 'legacy-model'),
  f('src/b.ts', 1, 'error', 'legacy-search'),
  f('docs/x.md', 2, 'notice', 'legacy-model'),
];
const result: ScanResult = { root: '/r', findings, skipped: [{ path: 'big.bin', reason: 'binary' }], stats: { files: 12, bytes: 100, durationMs: 250 } };
const links = { serverUrl: 'https://github.com', repository: 'octo/app', sha: 'abc' };

describe('audit job summary', () => {
  it('counts by category and severity, lists top files and the checklist', () => {
    const md = renderAuditSummary({ result, counted: findings, failOn: 'error', failed: true, links });
    expect(md).toContain('❌ Failing: findings at or above `error`. **4** usages left in 3 files: 2 errors, 1 warnings, 1 notices.');
    expect(md).toContain('| legacy-endpoint | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| legacy-model | 0 | 1 | 1 | 2 |');
    expect(md).toContain('| **Total** | **2** | **1** | **1** | **4** |');
    expect(md).toContain('| [src/a.py](https://github.com/octo/app/blob/abc/src/a.py) | 2 | 🔴 error |');
    expect(md).toContain('- [ ] Create a TokenHub API key');
    expect(md).toContain('`x\\|y`');
    expect(md).toContain('1 files skipped');
  });

  it('puts new findings first under a baseline, marks them, and lists stale entries', () => {
    const md = renderAuditSummary({
      result,
      counted: [findings[3]!],
      failOn: 'error',
      failed: false,
      baseline: { file: '.github/b.json', new: 1, known: 3, stale: [{ fingerprint: 'f'.repeat(32), ruleId: 'hunyuan-model', path: 'old.py', line: 4, match: 'hunyuan-pro' }] },
      sarif: { file: 'tokenhub.sarif', included: 4, omitted: 0, warnings: [] },
      tracking: { action: 'updated', number: 7, url: 'https://github.com/octo/app/issues/7' },
    });
    expect(md).toContain('**1** new since the baseline.');
    expect(md).toContain('`.github/b.json`: **1** new, 3 known (not counted).');
    expect(md).toContain('1 baseline entry no longer matches');
    expect(md).toContain('- `old.py:4` `hunyuan-model`: `hunyuan-pro`');
    const rows = md.split('\n').filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟡') || l.startsWith('| 🔵'));
    expect(rows[0]).toContain('🔵 🆕 | `docs/x.md:2`');
    expect(md).toContain('- Tracking issue: [#7](https://github.com/octo/app/issues/7) (updated).');
    expect(md).toContain('- SARIF for code scanning: `tokenhub.sarif` (4 results).');
  });

  it('says when nothing is left', () => {
    const md = renderAuditSummary({ result: { ...result, findings: [], skipped: [] }, counted: [], failOn: 'error', failed: false, tracking: { warning: "Give the workflow's token 'issues: write'" } });
    expect(md).toContain('✅ No usage of the retiring Hunyuan or LKE DeepSeek APIs is left');
    expect(md).not.toContain('Migration checklist');
    expect(md).toContain("- Tracking issue: ⚠️ Give the workflow's token 'issues: write'");
  });
});
