import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkFiles, type ListOptions } from '../../src/scan/list-files.js';

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

  it('applies excludes as globs relative to the target and as gitignore lines relative to the root', () => {
    expect(list({ exclude: ['**/*.md', 'pkg/sub/gen/**'] })).not.toEqual(expect.arrayContaining(['docs/readme.md']));
    expect(list({ exclude: ['pkg/sub/gen/**'] })).not.toContain('pkg/sub/gen/g.ts');
    // Relative to the target folder, as fast-glob's ignore did.
    expect(list({ targets: [path.join(root, 'pkg')], exclude: ['sub/gen/**'] })).toEqual(['pkg/sub/.gitignore', 'pkg/sub/deeper/local.txt']);
  });

  it('keeps only included files, and a named file even when ignored', () => {
    expect(list({ include: ['*.ts'] })).toEqual(['pkg/sub/gen/g.ts', 'src/a.ts']);
    expect(list({ targets: [path.join(root, 'build', 'out.js')] })).toEqual(['build/out.js']);
    expect(list({ targets: [path.join(root, 'src'), path.join(root, 'src', 'a.ts')] })).toEqual(['src/.env', 'src/a.ts', 'src/keep.log']);
  });

  it('reports a named symbolic link as skipped', () => {
    const listing = walkFiles({ root, targets: [path.join(root, 'docs-link')] });
    expect([...listing.files]).toEqual([]);
    expect(listing.skipped).toEqual([{ path: 'docs-link', reason: 'symbolic link (not followed)' }]);
  });
});
