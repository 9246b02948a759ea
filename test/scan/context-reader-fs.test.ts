import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceContextReader } from '../../src/scan/context-reader-fs.js';

/**
 * The pull request's context comes from its own head tree: a sibling may be a link to a file outside the workspace
 * (or to a secret inside the runner), a FIFO that would block a read, or a file too large to hold.
 */
describe('workspaceContextReader (a pull request\'s head tree is hostile)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-ctx-reader-'));
  const root = path.join(tmp, 'ws');
  const outside = path.join(tmp, 'outside.go');
  mkdirSync(path.join(root, 'pkg'), { recursive: true });
  writeFileSync(outside, 'package x // https://hunyuan.tencentcloudapi.com\n');
  writeFileSync(path.join(root, 'pkg/client.go'), 'package pkg\n');
  writeFileSync(path.join(root, 'pkg/big.go'), 'x'.repeat(4096));
  symlinkSync(outside, path.join(root, 'pkg/linked.go'));
  symlinkSync(tmp, path.join(root, 'escape'));
  execFileSync('mkfifo', [path.join(root, 'pkg/pipe.go')]);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists only regular files, and no folder reached through a link', async () => {
    const reader = workspaceContextReader(root);
    const listed = await reader.listFiles(['pkg', 'escape']);
    expect(listed.get('pkg')?.sort()).toEqual(['pkg/big.go', 'pkg/client.go']);
    expect(listed.has('escape')).toBe(false);
  });

  it('reads a regular file within the cap, and nothing through a link, a FIFO, a path outside or past the cap', async () => {
    const reader = workspaceContextReader(root);
    const got = new Map<string, string | undefined>();
    await reader.read(['pkg/client.go', 'pkg/linked.go', 'pkg/pipe.go', 'pkg/big.go', '../outside.go', 'escape/outside.go'], 1024, (p, bytes) =>
      got.set(p, bytes && Buffer.from(bytes).toString('utf8')),
    );
    expect(Object.fromEntries(got)).toEqual({
      'pkg/client.go': 'package pkg\n',
      'pkg/linked.go': undefined,
      'pkg/pipe.go': undefined,
      'pkg/big.go': undefined,
      '../outside.go': undefined,
      'escape/outside.go': undefined,
    });
  });
});
