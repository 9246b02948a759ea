import { describe, expect, it } from 'vitest';
import { diffFromRestFiles, REST_PULL_FILES_CAP, type RestDiffEntry } from '../../src/target/rest-diff.js';
import { selectFilesToScan } from '../../src/target/select-files.js';

const entry = (e: Partial<RestDiffEntry> & { filename: string }): RestDiffEntry => ({ status: 'modified', additions: 0, deletions: 0, changes: 0, ...e });
const meta = { source: 'rest-pull-files' as const, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), cap: REST_PULL_FILES_CAP };

describe('diffFromRestFiles', () => {
  it('maps statuses and reads added lines from each patch', () => {
    const diff = diffFromRestFiles(
      [
        entry({ filename: 'a.py', additions: 1, changes: 1, patch: '@@ -1,2 +1,3 @@\n x\n+y\n z' }),
        entry({ filename: 'new.py', status: 'renamed', previous_filename: 'old.py' }),
        entry({ filename: 'gone.py', status: 'removed', deletions: 3, changes: 3, patch: '@@ -1,3 +0,0 @@\n-a\n-b\n-c' }),
        entry({ filename: 'logo.png', status: 'added' }),
        entry({ filename: 'huge.json', additions: 90000, changes: 90000 }),
      ],
      meta,
    );
    expect(diff.files).toEqual([
      { path: 'a.py', status: 'modified', addedLines: [2] },
      { path: 'new.py', status: 'renamed', previousPath: 'old.py', addedLines: [] },
      { path: 'gone.py', status: 'deleted', addedLines: [] },
      { path: 'logo.png', status: 'added', addedLines: [], binary: true },
      { path: 'huge.json', status: 'modified', addedLines: 'unknown' },
    ]);
    expect(diff.notes.join(' ')).toContain('left out the diff of 1 large file');
    expect(diff.truncated).toBeUndefined();
  });

  it("says when GitHub's 3,000-file cap was reached", () => {
    const many = Array.from({ length: REST_PULL_FILES_CAP }, (_, i) => entry({ filename: `f${i}.txt` }));
    const diff = diffFromRestFiles(many, meta);
    expect(diff.truncated).toBe(true);
    expect(diff.notes.join(' ')).toMatch(/at most 3000 files.*fetch-depth: 0/);
  });
});

describe('selectFilesToScan', () => {
  const diff = diffFromRestFiles(
    [
      entry({ filename: 'src/app.py', patch: '@@ -0,0 +1 @@\n+x', additions: 1 }),
      entry({ filename: 'node_modules/lib/index.js', status: 'added', patch: '@@ -0,0 +1 @@\n+x', additions: 1 }),
      entry({ filename: 'vendor/x.go', status: 'added', patch: '@@ -0,0 +1 @@\n+x', additions: 1 }),
      entry({ filename: 'docs/guide.md', patch: '@@ -0,0 +1 @@\n+x', additions: 1 }),
      entry({ filename: 'old.txt', status: 'removed' }),
    ],
    meta,
  );

  it('leaves out deleted files and the default excludes', () => {
    expect(selectFilesToScan(diff, {}).map((f) => f.path)).toEqual(['src/app.py', 'docs/guide.md']);
  });

  it('keeps to the `paths` input and honours `exclude`', () => {
    expect(selectFilesToScan(diff, { paths: ['./src/'] }).map((f) => f.path)).toEqual(['src/app.py']);
    expect(selectFilesToScan(diff, { exclude: ['docs/**'] }).map((f) => f.path)).toEqual(['src/app.py']);
    expect(selectFilesToScan(diff, { paths: ['.'] }).map((f) => f.path)).toEqual(['src/app.py', 'docs/guide.md']);
  });
});
