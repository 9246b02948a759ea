import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/summary-markdown.js';
import type { Finding, ScanResult } from '../../src/finding/finding.js';

const endpoint = (line: number): Finding => ({
  ruleId: 'lke-openai-endpoint',
  category: 'legacy-endpoint',
  severity: 'error',
  path: 'a.py',
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  message: 'Legacy LKE endpoint.',
  match: 'https://api.lkeap.cloud.tencent.com/v1',
  replacement: 'https://tokenhub-intl.tencentcloudmaas.com/v1',
});
const search: Finding = {
  ruleId: 'hunyuan-search-param',
  category: 'legacy-search',
  severity: 'error',
  path: 'b.py',
  line: 4,
  column: 1,
  endLine: 4,
  endColumn: 19,
  message: 'Hunyuan online-search parameter.',
  match: 'enable_enhancement',
};

describe('job summary in diff mode: How to migrate', () => {
  it("counts and links only the pull request's findings, not the pre-existing ones", () => {
    const result: ScanResult = { root: '/w', findings: [endpoint(2), endpoint(9), search], skipped: [], stats: { files: 2, bytes: 10, durationMs: 5 } };
    const diff = { source: 'git', notes: [], changedFiles: 2, scannedFiles: 2, scope: 'added-lines', preExisting: 2 };
    const md = renderSummary({ result, findings: [endpoint(9)], failOn: 'error', failed: true, diff });
    const howTo = md.slice(md.indexOf('### How to migrate'));
    expect(howTo).toContain('lke-openai-endpoint');
    expect(howTo).toContain('1 finding; rules:');
    expect(howTo).not.toContain('hunyuan-search-param');
    expect(howTo).not.toContain('online-search');
  });
});
