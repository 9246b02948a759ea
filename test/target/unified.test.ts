import { describe, expect, it } from 'vitest';
import { addedLinesOfHunks, parsePatch, unescapeGitPath } from '../../src/target/unified.js';

// `git -c core.quotePath=false diff --unified=0 -M` output covering the awkward cases.
const PATCH = [
  'diff --git a/b.bin b/b.bin',
  'new file mode 100644',
  'index 0000000..badc806',
  'Binary files /dev/null and b/b.bin differ',
  'diff --git a/d/sp ace.txt b/d/sp ace.txt',
  'old mode 100644',
  'new mode 100755',
  'diff --git a/f.txt b/g.txt',
  'similarity index 66%',
  'rename from f.txt',
  'rename to g.txt',
  'index 422c2b7..de98044 100644',
  '--- a/f.txt',
  '+++ b/g.txt',
  '@@ -2,0 +3 @@ b',
  '+c',
  'diff --git a/nonl.txt b/nonl.txt',
  'index c1b0730..1b32298 100644',
  '--- a/nonl.txt',
  '+++ b/nonl.txt',
  '@@ -1 +1,2 @@',
  '-x',
  '\\ No newline at end of file',
  '+x',
  '+y',
  '\\ No newline at end of file',
  'diff --git "a/q\\"uote.txt" "b/q\\"uote.txt"',
  'index bca70f3..62f8f1d 100644',
  '--- "a/q\\"uote.txt"',
  '+++ "b/q\\"uote.txt"',
  '@@ -1,0 +2,2 @@ q',
  '+diff --git a/looks b/like-a-header',
  '+@@ -1 +1 @@',
  'diff --git a/中文.md b/中文.md',
  'new file mode 100644',
  'index 0000000..74088ef',
  '--- /dev/null',
  '+++ b/中文.md',
  '@@ -0,0 +1 @@',
  '+中',
  '',
].join('\n');

describe('parsePatch', () => {
  const files = parsePatch(PATCH);
  const byPath = new Map(files.map((f) => [f.path, f]));

  it('reads added lines per file, in head line numbers', () => {
    expect(byPath.get('g.txt')).toMatchObject({ previousPath: 'f.txt', addedLines: [3], hasHunks: true });
    expect(byPath.get('中文.md')?.addedLines).toEqual([1]);
  });

  it('does not count the "No newline at end of file" marker as a line', () => {
    expect(byPath.get('nonl.txt')?.addedLines).toEqual([1, 2]);
  });

  it('reads content that looks like a header as content', () => {
    expect(byPath.get('q"uote.txt')?.addedLines).toEqual([2, 3]);
    expect(files.some((f) => f.path === 'like-a-header')).toBe(false);
  });

  it('gives binary files and mode changes no added lines', () => {
    expect(byPath.get('b.bin')).toMatchObject({ addedLines: [], hasHunks: false });
    expect(byPath.get('d/sp ace.txt')).toMatchObject({ addedLines: [], hasHunks: false });
  });
});

describe('addedLinesOfHunks (REST patch field)', () => {
  it('counts only + lines, with context lines advancing the numbering', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' a', '-b', '+B', ' c', '+d', ' e', '@@ -20,2 +21,3 @@ def f():', ' x', '+y', ' z'].join('\n');
    expect(addedLinesOfHunks(patch)).toEqual([2, 4, 22]);
  });

  it('handles an empty patch', () => {
    expect(addedLinesOfHunks('')).toEqual([]);
  });
});

describe('unescapeGitPath', () => {
  it('undoes C escapes and octal UTF-8 bytes', () => {
    expect(unescapeGitPath('q\\"uote.txt')).toBe('q"uote.txt');
    expect(unescapeGitPath('t\\303\\251st\\tx.txt')).toBe('tést\tx.txt');
    expect(unescapeGitPath('back\\\\slash')).toBe('back\\slash');
  });
});
