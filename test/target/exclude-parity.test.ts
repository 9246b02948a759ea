import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/scan/list-files.js';
import { selectFilesToScan } from '../../src/target/select-files.js';
import type { PullDiff } from '../../src/target/types.js';

/**
 * `exclude` has one meaning (.gitignore lines relative to the root) in both modes: a full scan's walk and a diff
 * mode run whose change adds every file of the tree select the same files.
 */

const FILES = [
  'README.md',
  'docs/guide.md',
  'docs/api/index.html',
  'src/app.ts',
  'src/gen/client.ts',
  'src/gen/keep.ts',
  'src/fixtures/sample.py',
  'pkg/a.ts',
  'pkg/src/gen/other.ts',
  'pkg/docs/notes.md',
  'root-only.txt',
  'pkg/root-only.txt',
  'vendor/lib.js',
  'pkg/node_modules/dep/index.js',
  'build.log',
  'deep/er/build.log',
];

const PATTERNS: string[][] = [
  ['*.md'],
  ['docs/'],
  ['src/gen/**', '!src/gen/keep.ts'],
  ['src/gen/'],
  ['pkg/a.ts'],
  ['**/fixtures/**'],
  ['/root-only.txt'],
  ['root-only.txt'],
  ['*.log', 'pkg/'],
  ['gen'],
  ['**/*.ts'],
  ['src/**/*.ts', '!src/app.ts'],
];

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-exclude-'));
  for (const rel of FILES) {
    mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(root, rel), 'x\n');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fullScan(exclude: string[]): string[] {
  return [...walkFiles({ root, exclude, gitignore: false }).files].map((f) => f.rel).sort();
}

function diffMode(exclude: string[]): string[] {
  const diff: PullDiff = { source: 'git', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), notes: [], files: FILES.map((p) => ({ path: p, status: 'added', addedLines: [1] })) };
  return selectFilesToScan(diff, { exclude }).map((f) => f.path).sort();
}

describe('exclude: one glob semantics for the full scan and diff mode', () => {
  for (const exclude of PATTERNS) {
    it(`${exclude.join(', ')}`, () => {
      const full = fullScan(exclude);
      expect(full).toEqual(diffMode(exclude));
      // Each pattern set leaves something out (else the comparison proves little), and the defaults hold in both.
      expect(full.length).toBeLessThan(FILES.length - 2);
      expect(full).not.toContain('vendor/lib.js');
      expect(full).not.toContain('pkg/node_modules/dep/index.js');
    });
  }

  it('relative to the root also when the run looks at one folder (paths / scan targets)', () => {
    const exclude = ['src/gen/**', '*.md'];
    const full = [...walkFiles({ root, targets: [path.join(root, 'pkg')], exclude, gitignore: false }).files].map((f) => f.rel).sort();
    const diff: PullDiff = { source: 'git', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), notes: [], files: FILES.map((p) => ({ path: p, status: 'added', addedLines: [1] })) };
    expect(full).toEqual(selectFilesToScan(diff, { paths: ['pkg'], exclude }).map((f) => f.path).sort());
    expect(full).toEqual(['pkg/a.ts', 'pkg/root-only.txt', 'pkg/src/gen/other.ts']);
  });
});
