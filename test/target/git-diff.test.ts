import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBlobs } from '../../src/target/blobs.js';
import { checkedOutCommit, diffWithGit, GitDiffUnavailable } from '../../src/target/git-diff.js';
import type { ChangedFile } from '../../src/target/types.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';

let fx: GitFixture;
beforeAll(async () => {
  fx = await createGitFixture({
    base: {
      'app.py': 'import os\nBASE = "https://api.hunyuan.cloud.tencent.com/v1"\nx = 1\ny = 2\n',
      'docs/old-name.md': '# Guide\n\nUse the Hunyuan API.\n\nMore text that keeps the rename similar.\nAnd more.\n',
      'gone.txt': 'to be deleted\n',
      'run.sh': '#!/bin/sh\necho hi\n',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      'nonl.txt': 'a\nb',
      'ünï cödé.txt': 'one\n',
    },
    head: {
      add: { 'src/new.ts': 'export const a = 1;\nexport const b = 2;\n' },
      change: {
        'app.py': 'import os\nBASE = "https://api.hunyuan.cloud.tencent.com/v1"\nx = 1\nMODEL = "hunyuan-lite"\ny = 2\n',
        'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]),
        'nonl.txt': 'a\nb\nc',
        'ünï cödé.txt': 'one\ntwo\n',
      },
      delete: ['gone.txt'],
      rename: { 'docs/old-name.md': { to: 'docs/new-name.md', content: '# Guide\n\nUse the Hunyuan API.\n\nMore text that keeps the rename similar.\nAnd more.\nAdded line.\n' } },
      chmod: { 'run.sh': true },
    },
    // The base branch moves on after the fork, in a file the PR also touches: its lines must not count as added.
    baseAfter: { change: { 'app.py': '# header added on main\nimport os\nBASE = "https://api.hunyuan.cloud.tencent.com/v1"\nx = 1\ny = 2\n' } },
    pullNumber: 3,
  });
});
afterAll(() => fx.cleanup());

function byPath(files: ChangedFile[]): Record<string, ChangedFile> {
  return Object.fromEntries(files.map((f) => [f.path, f]));
}

function expectPullFiles(files: ChangedFile[]): void {
  const f = byPath(files);
  expect(Object.keys(f).sort()).toEqual(['app.py', 'docs/new-name.md', 'gone.txt', 'logo.png', 'nonl.txt', 'run.sh', 'src/new.ts', 'ünï cödé.txt']);
  expect(f['app.py']).toEqual({ path: 'app.py', status: 'modified', addedLines: [4] });
  expect(f['src/new.ts']).toEqual({ path: 'src/new.ts', status: 'added', addedLines: [1, 2] });
  expect(f['docs/new-name.md']).toMatchObject({ status: 'renamed', previousPath: 'docs/old-name.md', addedLines: [7] });
  expect(f['gone.txt']).toMatchObject({ status: 'deleted', addedLines: [] });
  expect(f['logo.png']).toMatchObject({ status: 'modified', binary: true, addedLines: [] });
  expect(f['run.sh']).toMatchObject({ status: 'modified', addedLines: [], modeChange: { from: '100644', to: '100755' } });
  // "b" lost its missing final newline, so git shows it as rewritten.
  expect(f['nonl.txt']).toMatchObject({ addedLines: [2, 3] });
  expect(f['ünï cödé.txt']).toMatchObject({ addedLines: [2] });
}

describe('diffWithGit', () => {
  it('reads merge-base..head from a full clone without fetching', async () => {
    const ws = await fx.clone({ depth: 0 });
    const diff = await diffWithGit({ cwd: ws, baseSha: fx.baseSha, headSha: fx.headSha });
    expect(diff).toMatchObject({ source: 'git', baseSha: fx.mergeBaseSha, headSha: fx.headSha, notes: [] });
    expectPullFiles(diff.files);
  });

  it('fetches the missing commits and deepens a depth-1 clone (as actions/checkout leaves it) until the merge base shows', async () => {
    const ws = await fx.clone();
    expect(await checkedOutCommit(ws)).toBe(fx.mergeSha);
    const log: string[] = [];
    const diff = await diffWithGit({ cwd: ws, baseSha: fx.baseSha, headSha: fx.headSha, deepenSteps: [1, 2, 50], log: (m) => log.push(m) });
    expect(diff.baseSha).toBe(fx.mergeBaseSha);
    expect(diff.notes.join('\n')).toMatch(/Fetched .* \(depth 1\)/);
    expect(diff.notes.join('\n')).toMatch(/Deepened the shallow clone to depth \d+/);
    expect(log.some((l) => l.startsWith('Fetching'))).toBe(true);
    expectPullFiles(diff.files);
  });

  it('says why when git cannot answer: no repository, or a remote that cannot be fetched from', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'not-git-'));
    await expect(diffWithGit({ cwd: empty, baseSha: fx.baseSha, headSha: fx.headSha })).rejects.toThrow(/not a git repository.*actions\/checkout/);
    const ws = await fx.clone();
    await git(ws, ['remote', 'set-url', 'origin', 'file:///nonexistent/repo.git']);
    const err = await diffWithGit({ cwd: ws, baseSha: fx.baseSha, headSha: fx.headSha }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitDiffUnavailable);
    expect((err as Error).message).toMatch(/could not fetch/);
    await fs.rm(empty, { recursive: true });
  });
});

describe('readBlobs', () => {
  it("reads the head commit's files, whatever is checked out, and reports missing ones", async () => {
    const ws = await fx.clone({ depth: 0 });
    const got: Record<string, string | undefined> = {};
    await readBlobs(ws, fx.headSha, ['app.py', 'ünï cödé.txt', 'gone.txt', 'logo.png'], (b) => (got[b.path] = b.bytes?.toString('latin1')));
    expect(got['app.py']).toContain('MODEL = "hunyuan-lite"');
    expect(got['app.py']).not.toContain('header added on main');
    expect(Buffer.from(got['ünï cödé.txt']!, 'latin1').toString('utf8')).toBe('one\ntwo\n');
    expect(got['gone.txt']).toBeUndefined();
    expect(Buffer.from(got['logo.png']!, 'latin1')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]));
  });
});
