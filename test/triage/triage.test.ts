import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';
import { createBaseline } from '../../src/triage/baseline.js';
import { triage } from '../../src/triage/triage.js';

const catalog = compileCatalog(RULES);
const URL = 'https://api.hunyuan.cloud.tencent.com/v1';
const TEXT = [
  `a = "${URL}"`,
  `b = "${URL}"  # tokenhub-migration-ignore -- the rollback script needs it`,
  '# tokenhub-migration-ignore-next-line',
  `c = "${URL}"`,
  `d = "${URL}"`,
].join('\n');
const findings = matchText(TEXT, 'app.py', catalog);
const lines = (list: readonly { line: number }[]) => list.map((f) => f.line);

describe('triage', () => {
  it('sets aside what an ignore comment covers, with its reason, and judges the rest', () => {
    const out = triage({ findings, failOn: 'error' });
    expect(lines(out.reported)).toEqual([1, 5]);
    expect(lines(out.judged)).toEqual([1, 5]);
    expect(out.suppressed.map((s) => [s.finding.line, s.reason])).toEqual([
      [2, 'the rollback script needs it'],
      [4, 'inline ignore comment (no reason given)'],
    ]);
    expect(out.verdict).toBe('fail');
    expect(lines(out.failing)).toEqual([1, 5]);
  });

  it('splits by the diff: added lines are judged, the rest of a touched file is pre-existing', () => {
    const out = triage({ findings, failOn: 'error', diff: { addedLines: new Map([['app.py', [5]]]), scope: 'added-lines' } });
    expect(lines(out.judged)).toEqual([5]);
    expect(lines(out.preExisting)).toEqual([1]);
    expect(out.suppressed).toHaveLength(2);
  });

  it('sets aside what the baseline knows and names its stale entries', () => {
    const baseline = createBaseline(matchText(`a = "${URL}"\nz = "${URL}"`, 'app.py', catalog), 'test');
    const out = triage({ findings, failOn: 'error', baseline: { file: 'base.json', baseline, inScope: () => true } });
    expect(lines(out.known)).toEqual([1]);
    expect(lines(out.judged)).toEqual([5]);
    expect(out.baseline?.stale.map((e) => e.line)).toEqual([2]);
    expect(out.baseline?.knownFingerprints.size).toBe(2);
  });

  it('passes when nothing judged reaches fail-on', () => {
    expect(triage({ findings, failOn: 'none' }).verdict).toBe('pass');
    expect(triage({ findings: [], failOn: 'notice' }).verdict).toBe('pass');
  });

  it('returns an outcome nobody can change', () => {
    const out = triage({ findings, failOn: 'error' });
    expect(Object.isFrozen(out)).toBe(true);
    expect(Object.isFrozen(out.judged)).toBe(true);
    expect(Object.isFrozen(out.suppressed[0])).toBe(true);
    expect(() => (out.judged as unknown[]).push(findings[0])).toThrow();
  });
});
