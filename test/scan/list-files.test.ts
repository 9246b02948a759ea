import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ignore from 'ignore';
import { IgnoreFile, matchesNameOnly, WalkRules, walkFiles, type DirTask, type ListOptions } from '../../src/scan/list-files.js';

let root: string;

function write(rel: string, content = 'x\n'): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

function list(opts: Partial<ListOptions> = {}): string[] {
  const listing = walkFiles({ root, ...opts });
  return [...listing.files].map((f) => f.rel).sort();
}

describe('walkFiles', () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-list-'));
    write('.gitignore', 'build/\n*.log\n!keep.log\n');
    write('.git/info/exclude', 'secret.txt\n');
    write('.git/config');
    write('src/a.ts');
    write('src/app.log');
    write('src/keep.log');
    write('src/.env');
    write('secret.txt');
    write('build/out.js');
    write('node_modules/x/index.js');
    write('pkg/vendor/lib.js');
    write('pkg/sub/.gitignore', 'tmp/\n/local.txt\n');
    write('pkg/sub/tmp/t.txt');
    write('pkg/sub/local.txt');
    write('pkg/sub/deeper/local.txt');
    write('pkg/sub/deeper/tmp/t.txt');
    write('pkg/sub/gen/g.ts');
    write('docs/readme.md');
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs-link'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('honours default excludes, .gitignore at every level, .git/info/exclude, and never follows links', () => {
    expect(list()).toEqual(['.gitignore', 'docs/readme.md', 'pkg/sub/.gitignore', 'pkg/sub/deeper/local.txt', 'pkg/sub/gen/g.ts', 'src/.env', 'src/a.ts', 'src/keep.log']);
  });

  it('lists ignored files with gitignore off, but still not default excludes', () => {
    expect(list({ gitignore: false })).toContain('build/out.js');
    expect(list({ gitignore: false })).not.toContain('node_modules/x/index.js');
  });

  it('applies excludes as .gitignore lines relative to the root, whatever the target', () => {
    expect(list({ exclude: ['*.md', 'pkg/sub/gen/**'] })).not.toEqual(expect.arrayContaining(['docs/readme.md']));
    expect(list({ exclude: ['pkg/sub/gen/**'] })).not.toContain('pkg/sub/gen/g.ts');
    // One meaning for a pattern: relative to the root, also when the scan starts lower (as in diff mode).
    expect(list({ targets: [path.join(root, 'pkg')], exclude: ['pkg/sub/gen/**'] })).toEqual(['pkg/sub/.gitignore', 'pkg/sub/deeper/local.txt']);
    expect(list({ targets: [path.join(root, 'pkg')], exclude: ['sub/gen/**'] })).toContain('pkg/sub/gen/g.ts');
    // A name without a slash matches at any depth; a leading slash anchors it to the root.
    expect(list({ exclude: ['local.txt'] })).not.toContain('pkg/sub/deeper/local.txt');
    expect(list({ exclude: ['/local.txt'] })).toContain('pkg/sub/deeper/local.txt');
  });

  it('keeps only included files, and a named file even when ignored', () => {
    expect(list({ include: ['*.ts'] })).toEqual(['pkg/sub/gen/g.ts', 'src/a.ts']);
    expect(list({ targets: [path.join(root, 'build', 'out.js')] })).toEqual(['build/out.js']);
    expect(list({ targets: [path.join(root, 'src'), path.join(root, 'src', 'a.ts')] })).toEqual(['src/.env', 'src/a.ts', 'src/keep.log']);
  });

  it('lists a folder named inside another named folder once, by its own entry', () => {
    const listing = walkFiles({ root, targets: [path.join(root, 'pkg'), path.join(root, 'pkg', 'sub')] });
    expect([...listing.files].map((f) => f.rel)).toEqual(['pkg/sub/.gitignore', 'pkg/sub/deeper/local.txt', 'pkg/sub/gen/g.ts']);
  });

  it('gives a thread that lists a deep folder the .gitignore files of its ancestors', () => {
    // One thread lists down to pkg/sub/deeper; another, which has seen none of it, lists that folder.
    const opts = { root };
    const first = new WalkRules(opts);
    const start = WalkRules.start(opts);
    const find = (dirs: DirTask[], rel: string) => dirs.find((d) => d.rel === rel)!;
    const pkg = find(first.readDir(start.dirs[0]!).dirs, 'pkg');
    const sub = find(first.readDir(pkg).dirs, 'pkg/sub');
    const deeper = find(first.readDir(sub).dirs, 'pkg/sub/deeper');
    expect(deeper.ignores).toEqual(['pkg/sub']);
    const other = new WalkRules(opts).readDir(structuredClone(deeper));
    // pkg/sub/.gitignore says tmp/: the other thread read it from the task's list and pruned the folder.
    expect(other.dirs.map((d) => d.rel)).toEqual([]);
    expect(other.files.map((f) => f.rel)).toEqual(['pkg/sub/deeper/local.txt']);
  });

  it('reports a named symbolic link as skipped', () => {
    const listing = walkFiles({ root, targets: [path.join(root, 'docs-link')] });
    expect([...listing.files]).toEqual([]);
    expect(listing.skipped).toEqual([{ path: 'docs-link', reason: 'symbolic link (not followed)' }]);
  });
});

describe('ignore files whose patterns match by name alone', () => {
  it('tells such lines from those that depend on the path', () => {
    for (const line of ['*.pyc', 'dist/', '!keep.log', '# a/b', '', '  ', '.DS_Store', '**', 'a b']) expect(matchesNameOnly(line), line).toBe(true);
    for (const line of ['/local.txt', 'pkg/gen', '**/tmp', 'docs/*.md', '!/x', 'a\\/b', '\\#x', '/']) expect(matchesNameOnly(line), line).toBe(false);
  });

  it('answer for a path below folders that are not ignored what they answer for its name (the walk remembers names)', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const names = ['a', 'b.log', 'keep.log', 'x.pyc', 'dist', 'build', '.env', 'Makefile', 'c.ts', 'tmp'];
    const patterns = ['*.log', '!keep.log', '*.pyc', 'dist/', 'build', '.env', '!.env', 'tmp/', '*', '!*.ts', 'c.*', '[ab]', '?.log'];
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(patterns));
      expect(lines.every(matchesNameOnly)).toBe(true);
      const ig = ignore().add(lines.join('\n'));
      for (let k = 0; k < 20; k++) {
        const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(names));
        const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/') + '/');
        if (folders.some((f) => ig.ignores(f))) continue; // the walk never reaches it
        for (const suffix of ['', '/']) {
          const rel = parts.join('/') + suffix;
          expect(ig.ignores(parts.at(-1)! + suffix), `${lines.join(' | ')} :: ${rel}`).toBe(ig.ignores(rel));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('give every entry the walk reaches the answer the package gives for its whole path, with literal paths and any other line', () => {
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const names = ['a', 'B.log', 'keep.log', 'x.pyc', 'dist', 'build', '.tokenhub-migration.yml', 'c.ts'];
    const lines = ['*.log', '!keep.log', 'dist/', 'build', '/.tokenhub-migration.yml', '/a/B.log', '/A/b.LOG', '/dist/', '/build/c.ts', 'a/x.pyc', '**/c.ts', '/a/*.ts', '!/a/keep.log', '#x'];
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      const chosen = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(lines));
      const reference = ignore().add(chosen);
      const file = new IgnoreFile(chosen);
      for (let k = 0; k < 20; k++) {
        const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(names));
        const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/') + '/');
        if (folders.some((f) => reference.ignores(f))) continue;
        for (const suffix of ['', '/'] as const) {
          const rel = parts.join('/');
          expect(file.ignoresEntry(rel, suffix), `${chosen.join(' | ')} :: ${rel}${suffix}`).toBe(reference.ignores(rel + suffix));
          expect(file.ignores(rel, suffix)).toBe(reference.ignores(rel + suffix));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(4000);
  });

  it('answer plain names and `*.suffix` lines without the package, as the package does', () => {
    let seed = 23;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const names = ['a', 'B.log', '.log', 'app.MIN.js', 'min.js', 'x.d', 'Dist', 'build', 'node_modules', '.env', 'c.ts', 'log'];
    const lines = ['*.log', '*.LOG', '*.min.js', '*.d/', 'dist/', 'build', 'NODE_MODULES/', '.env', '*log', '# comment', '', '*.ts', ' x', '!c.ts', '*.[oa]'];
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      const chosen = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(lines));
      const reference = ignore().add(chosen);
      const file = new IgnoreFile(chosen);
      for (let k = 0; k < 20; k++) {
        const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(names));
        const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/') + '/');
        if (folders.some((f) => reference.ignores(f))) continue;
        for (const suffix of ['', '/'] as const) {
          const rel = parts.join('/');
          expect(file.ignoresEntry(rel, suffix), `${chosen.join(' | ')} :: ${rel}${suffix}`).toBe(reference.ignores(rel + suffix));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(4000);
  });
});
