import { describe, expect, it } from 'vitest';
import { annotationBatches, checkConclusion, checkRunOutput, toCheckAnnotation } from '../../src/report/check-run.js';
import type { Finding } from '../../src/finding/finding.js';

const f = (i: number, severity: Finding['severity'] = 'error', multiLine = false): Finding => ({
  ruleId: 'hunyuan-openai-endpoint',
  category: 'legacy-endpoint',
  severity,
  path: `f${String(i).padStart(3, '0')}.py`,
  line: 1,
  column: 5,
  endLine: multiLine ? 2 : 1,
  endColumn: 9,
  message: 'msg',
  match: 'x',
  docsUrl: 'https://example.invalid/doc',
});

describe('check run annotations', () => {
  it('maps severities to GitHub levels and drops columns on multi-line spans', () => {
    expect(toCheckAnnotation(f(1))).toMatchObject({ annotation_level: 'failure', start_column: 5, end_column: 9, raw_details: 'How to fix, with per-language guidance and sources: https://example.invalid/doc' });
    expect(toCheckAnnotation(f(1, 'notice', true))).not.toHaveProperty('start_column');
    expect(toCheckAnnotation(f(1, 'warning')).annotation_level).toBe('warning');
  });

  it('sends 50 per request, most severe first, up to the cap', () => {
    const findings = [...Array.from({ length: 120 }, (_, i) => f(i, 'notice')), f(999, 'error')];
    const { batches, omitted } = annotationBatches(findings, 110);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 10]);
    expect(batches[0]![0]!.annotation_level).toBe('failure');
    expect(omitted).toBe(11);
  });

  it('concludes failure, neutral or success, and says what was left out', () => {
    expect(checkConclusion({ findings: [f(1)], failed: true })).toBe('failure');
    expect(checkConclusion({ findings: [f(1, 'notice')], failed: false })).toBe('neutral');
    expect(checkConclusion({ findings: [], failed: false })).toBe('success');
    const out = checkRunOutput({ findings: [f(1)], preExisting: [f(2)], failOn: 'error', failed: true, mode: 'diff' }, 3);
    expect(out.title).toBe('1 new finding(s) on lines this pull request adds');
    expect(out.summary).toContain('1 pre-existing');
    expect(out.summary).toContain('3 more finding(s)');
  });
});
