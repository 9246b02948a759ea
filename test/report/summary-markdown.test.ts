import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/summary-markdown.js';
import type { Finding, ScanResult } from '../../src/finding/finding.js';

const f = (path: string, line: number): Finding => ({
  ruleId: 'lke-openai-endpoint',
  category: 'legacy-endpoint',
  severity: 'error',
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  message: 'Legacy LKE endpoint.',
  match: 'https://api.lkeap.cloud.tencent.com/v1',
  replacement: 'https://tokenhub-intl.tencentcloudmaas.com/v1',
});
const result: ScanResult = { root: '/w', findings: [f('a.py', 2), f('a.py', 9)], skipped: [], stats: { files: 1, bytes: 10, durationMs: 5 } };
const links = { serverUrl: 'https://github.com', repository: 'octo/app', sha: 'h'.repeat(40) };
const diff = { source: 'git, abc1234…def5678', notes: ['Fetched abc1234 (depth 1), which the checkout did not include.'], changedFiles: 3, scannedFiles: 2, scope: 'added-lines', preExisting: 1 };

describe('job summary in diff mode', () => {
  it('counts and lists the new findings only, links them at the head commit, and says what else is there', () => {
    const md = renderSummary({ result, findings: [result.findings[1]!], failOn: 'error', failed: true, links, diff });
    expect(md).toContain('**1** new findings on lines this pull request adds: 1 errors');
    expect(md).toContain(`[a.py:9](https://github.com/octo/app/blob/${'h'.repeat(40)}/a.py#L9)`);
    expect(md).not.toContain('a.py:2');
    expect(md).toContain('1 pre-existing finding(s) elsewhere in the changed files');
    expect(md).toContain('Diff from git, abc1234…def5678: 3 changed files, 2 scanned');
    expect(md).toContain('- Fetched abc1234 (depth 1)');
    expect(md).toContain('### Migration steps');
  });

  it('says a clean PR adds nothing legacy', () => {
    const md = renderSummary({ result, findings: [], failOn: 'error', failed: false, links, diff });
    expect(md).toContain('This pull request adds no usage of the retiring Hunyuan or LKE DeepSeek APIs.');
    expect(md).not.toContain('### Findings');
  });
});
