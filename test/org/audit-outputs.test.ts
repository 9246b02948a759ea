import { describe, expect, it } from 'vitest';
import { selectionJson, selectionLine, selectionOutputs } from '../../src/org/audit-outputs.js';

/** What `org-repos` says about its selection: a log line, JSON, and the step outputs the reusable workflow reads. */

describe('audit outputs', () => {
  const selection = { repos: ['octo/a', 'octo/b'], chunks: [['octo/a', 'octo/b'], [], [], []] };

  it('counts repositories and the matrices that have any', () => {
    expect(selectionLine(selection)).toBe('2 repositories to audit, in 1 matrix.');
    expect(selectionLine({ repos: ['octo/a'], chunks: [['octo/a'], [], [], []] })).toBe('1 repository to audit, in 1 matrix.');
    expect(selectionLine({ repos: [], chunks: [[], [], [], []] })).toBe('0 repositories to audit, in 0 matrices.');
  });

  it('prints the selection as one JSON document', () => {
    expect(JSON.parse(selectionJson(selection))).toEqual({ count: 2, repositories: ['octo/a', 'octo/b'], chunks: selection.chunks });
  });

  it('writes count, repositories and one chunk output per matrix, each on one line', () => {
    const lines = selectionOutputs(selection).trimEnd().split('\n');
    expect(lines).toEqual(['count=2', 'repositories=["octo/a","octo/b"]', 'chunk-1=["octo/a","octo/b"]', 'chunk-2=[]', 'chunk-3=[]', 'chunk-4=[]']);
  });
});
