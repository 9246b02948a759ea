import { getOctokit } from '@actions/github';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitFixture, git, hasCommit, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';

let fx: GitFixture;
beforeAll(async () => {
  fx = await createGitFixture({
    base: {
      'src/client.py': 'import os\nHOST = "hunyuan.tencentcloudapi.com"\n',
      'docs/old-name.md': '# Guide\n\nUse the Hunyuan API.\n\nMore text that keeps the rename similar.\n',
      'gone.txt': 'to be deleted\n',
      'run.sh': '#!/bin/sh\necho hi\n',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
    },
    head: {
      add: { 'src/new.ts': 'export const url = "https://tokenhub-intl.tencentcloudmaas.com/v1";\n' },
      change: { 'src/client.py': 'import os\nHOST = "tokenhub-intl.tencentcloudmaas.com"\n', 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]) },
      delete: ['gone.txt'],
      rename: { 'docs/old-name.md': 'docs/new-name.md' },
      chmod: { 'run.sh': true },
    },
    baseAfter: { add: { 'unrelated.txt': 'main moved on\n' } },
    pullNumber: 5,
  });
});
afterAll(() => fx.cleanup());

describe('git fixture', () => {
  it('makes base, head and a GitHub-like merge ref on a bare remote', async () => {
    expect(fx.headSha).toMatch(/^[0-9a-f]{40}$/);
    expect(fx.baseSha).not.toBe(fx.mergeBaseSha);
    expect(fx.remoteUrl).toMatch(/^file:\/\//);
    const refs = await git(fx.remote, ['for-each-ref', '--format=%(refname) %(objectname)']);
    expect(refs).toContain(`refs/heads/main ${fx.baseSha}`);
    expect(refs).toContain(`refs/heads/feature ${fx.headSha}`);
    expect(refs).toContain(`refs/pull/5/head ${fx.headSha}`);
    expect(refs).toContain(`refs/pull/5/merge ${fx.mergeSha}`);
    const parents = (await git(fx.remote, ['rev-list', '--parents', '-n', '1', fx.mergeSha!])).trim().split(' ');
    expect(parents.slice(1)).toEqual([fx.baseSha, fx.headSha]);
  });

  it('clones depth 1 like actions/checkout, without the base commit, which can then be fetched', async () => {
    const clone = await fx.clone();
    expect((await git(clone, ['rev-parse', 'HEAD'])).trim()).toBe(fx.mergeSha);
    expect((await git(clone, ['rev-parse', '--is-shallow-repository'])).trim()).toBe('true');
    expect(await hasCommit(clone, fx.baseSha)).toBe(false);
    expect(await hasCommit(clone, fx.mergeBaseSha)).toBe(false);
    expect(await hasCommit(clone, fx.headSha)).toBe(false);
    // git diff base...head cannot work until history is fetched: the product's diff code must fetch it.
    await expect(git(clone, ['diff', `${fx.mergeBaseSha}...${fx.headSha}`])).rejects.toThrow();
    await git(clone, ['fetch', '-q', '--depth=2', 'origin', fx.headSha, fx.baseSha]);
    expect(await hasCommit(clone, fx.mergeBaseSha)).toBe(true);
    expect((await git(clone, ['merge-base', fx.baseSha, fx.headSha])).trim()).toBe(fx.mergeBaseSha);
    expect((await git(clone, ['config', 'user.email'])).trim()).toBe('author@example.com');
    expect(await fs.readFile(path.join(clone, 'unrelated.txt'), 'utf8')).toBe('main moved on\n');
  });

  it('clones the head branch when asked', async () => {
    const clone = await fx.clone({ ref: 'refs/heads/feature' });
    expect((await git(clone, ['rev-parse', 'HEAD'])).trim()).toBe(fx.headSha);
    expect((await fs.stat(path.join(clone, 'run.sh'))).mode & 0o111).not.toBe(0);
  });

  it("lists the PR's files as GitHub's pulls/files does", async () => {
    const files = await fx.pullFiles();
    const by = Object.fromEntries(files.map((f) => [f.filename, f]));
    expect(Object.keys(by).sort()).toEqual(['docs/new-name.md', 'gone.txt', 'logo.png', 'run.sh', 'src/client.py', 'src/new.ts']);
    expect(by['src/new.ts']).toMatchObject({ status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+export const url = "https://tokenhub-intl.tencentcloudmaas.com/v1";' });
    expect(by['src/client.py']).toMatchObject({ status: 'modified', additions: 1, deletions: 1 });
    expect(by['src/client.py']!.patch).toMatch(/^@@ -1,2 \+1,2 @@\n import os\n-HOST/);
    expect(by['gone.txt']).toMatchObject({ status: 'removed', deletions: 1 });
    expect(by['docs/new-name.md']).toMatchObject({ status: 'renamed', previous_filename: 'docs/old-name.md', additions: 0, deletions: 0 });
    expect(by['logo.png']).toMatchObject({ status: 'modified' });
    expect(by['logo.png']!.patch).toBeUndefined();
    expect(by['run.sh']).toMatchObject({ status: 'changed', additions: 0, deletions: 0 });
    // unrelated.txt came to main after the fork: a three-dot diff leaves it out.
    expect(by['unrelated.txt']).toBeUndefined();
  });
});

describe('git fixture with the fake GitHub server', () => {
  it("serves the fixture's files so review comments land exactly on the lines git says were added", async () => {
    const gh = await FakeGitHub.start();
    try {
      gh.addPull('octo/app', { number: 5, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, files: await fx.pullFiles() });
      const octokit = getOctokit('ghs_test', { baseUrl: gh.url });
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: 'octo', repo: 'app', pull_number: 5 });
      expect(files.find((f) => f.filename === 'src/client.py')?.patch).toContain('+HOST = "tokenhub-intl.tencentcloudmaas.com"');
      const comment = { owner: 'octo', repo: 'app', pull_number: 5, commit_id: fx.headSha, path: 'src/client.py', body: 'x' };
      await expect(octokit.rest.pulls.createReviewComment({ ...comment, line: 2, side: 'RIGHT' })).resolves.toMatchObject({ status: 201 });
      // A binary file has no patch, so no line of it can carry a comment.
      await expect(octokit.rest.pulls.createReviewComment({ ...comment, path: 'logo.png', line: 1 })).rejects.toMatchObject({ status: 422 });
      expect(gh.violations, gh.problems()).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
