import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeData, terminalSafePatch } from '../../src/report/terminal-text.js';

describe('terminalSafeData', () => {
  it('escapes every string in plain objects and arrays, at any depth, and leaves the input as it was', () => {
    const input = {
      path: 'src/\u001b[32mok.py',
      changes: [{ applied: [{ from: 'a\u202eb', to: 'c' }], diff: 'x\ry' }, { applied: [], diff: '' }],
      counts: { files: 2, ratio: Number.NaN, ok: true, none: null, gone: undefined },
      names: new Map([['k', '\u001b']]),
    };
    const before = structuredClone(input);
    const out = terminalSafeData(input);
    expect(out.path).toBe('src/\\x1b[32mok.py');
    expect(out.changes[0]!.applied[0]).toEqual({ from: 'a\\u202eb', to: 'c' });
    expect(out.changes[0]!.diff).toBe('x\\ry');
    expect(out.counts).toEqual(input.counts);
    // A Map is not plain data: kept as it is.
    expect(out.names).toBe(input.names);
    expect(input).toEqual(before);
    // Copy on write: only what holds a changed string is new.
    expect(out).not.toBe(input);
    expect(out.changes).not.toBe(input.changes);
    expect(out.changes[1]).toBe(input.changes[1]);
    expect(out.counts).toBe(input.counts);
  });

  it('returns clean data as it is, and gives what a full copy with terminalSafe would give', () => {
    const clean = { a: ['x', 'y', { b: 'z', n: 1 }], c: 'plain text with a tab-free line' };
    expect(terminalSafeData(clean)).toBe(clean);
    const dirty = { a: ['x', '\u0007', { b: 'z\u2066', n: 1 }], c: 'ok' };
    const deep = (v: unknown): unknown =>
      typeof v === 'string' ? terminalSafe(v) : Array.isArray(v) ? v.map(deep) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) : v;
    expect(terminalSafeData(dirty)).toEqual(deep(dirty));
  });
});

describe('terminalSafePatch', () => {
  it('keeps line breaks and tabs, and escapes every other control character and bidirectional control', () => {
    const patch = '--- a/x.yaml\n+++ b/x.yaml\n@@ -1 +1 @@\n-\turl: a # \u001b]0;pwned\u0007\r\n+\turl: b \u202e\u009b2J\n';
    expect(terminalSafePatch(patch)).toBe('--- a/x.yaml\n+++ b/x.yaml\n@@ -1 +1 @@\n-\turl: a # \\x1b]0;pwned\\x07\\r\n+\turl: b \\u202e\\x9b2J\n');
    const clean = '@@ -1 +1 @@\n-\ta\n+\tb\n';
    expect(terminalSafePatch(clean)).toBe(clean);
  });
});
