import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding/finding.js';
import { splitByDiff } from '../../src/triage/diff-scope.js';

const finding = (path: string, line: number): Finding => ({
  ruleId: 'hunyuan-openai-endpoint',
  category: 'legacy-endpoint',
  severity: 'error',
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 10,
  message: 'm',
  match: 'x',
});

describe('splitByDiff', () => {
  const findings = [finding('a.py', 1), finding('a.py', 5), finding('big.json', 9), finding('untouched.py', 3)];
  const added = new Map<string, number[] | 'unknown'>([
    ['a.py', [5, 6]],
    ['big.json', 'unknown'],
  ]);

  it('added-lines: new only on added lines; the rest of a touched file is pre-existing', () => {
    const { newFindings, preExisting } = splitByDiff(findings, added, 'added-lines');
    expect(newFindings.map((f) => `${f.path}:${f.line}`)).toEqual(['a.py:5', 'big.json:9']);
    expect(preExisting.map((f) => `${f.path}:${f.line}`)).toEqual(['a.py:1']);
  });

  it('changed-files: every finding in a touched file is new', () => {
    const { newFindings, preExisting } = splitByDiff(findings, added, 'changed-files');
    expect(newFindings.map((f) => `${f.path}:${f.line}`)).toEqual(['a.py:1', 'a.py:5', 'big.json:9']);
    expect(preExisting).toEqual([]);
  });
});
