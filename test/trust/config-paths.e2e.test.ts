/**
 * Issue 15, item 4: the config file (the PR author's, on a pull request) names the baseline. A path that leaves the
 * workspace, a linked folder or file, or a device is not read, the error names the path and the reason and never
 * quotes what a file holds, and the default config file is not read through a linked `.github` folder.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushEvent } from '../support/events.js';
import { allOutputText, runAction, type ActionResult } from '../support/run-action.js';

const LEGACY = 'BASE = "https://api.hunyuan.cloud.tencent.com/v1"\n';
const SECRET_LINE = 'root:x:0:0:do-not-quote-me';
let ws: string;
let outside: string;

beforeEach(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-config-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-config-outside-'));
  await fs.writeFile(path.join(outside, 'passwd'), `${SECRET_LINE}\n`);
  await fs.mkdir(path.join(ws, '.github'));
  await fs.mkdir(path.join(ws, 'src'));
  await fs.writeFile(path.join(ws, 'src/client.py'), LEGACY);
});
afterEach(async () => {
  await fs.rm(ws, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

async function withBaseline(baseline: string): Promise<ActionResult> {
  await fs.writeFile(path.join(ws, '.github/tokenhub-migration.yml'), `baseline: ${JSON.stringify(baseline)}\n`);
  return runAction({ workspace: ws, ...pushEvent({ after: 'd'.repeat(40) }), timeoutMs: 30_000 });
}

const failure = (r: ActionResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');

describe('paths the config file names', () => {
  it.each([
    ['an absolute path elsewhere', () => path.join(outside, 'passwd'), /baseline file not read: .*passwd: it is outside the workspace/],
    ['a path up and out', () => path.relative(ws, path.join(outside, 'passwd')), /baseline file not read: \.\.\/.*passwd: it is outside the workspace/],
  ])('refuses %s, without quoting the file', async (_what, baseline, message) => {
    const r = await withBaseline(baseline());
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(message);
    expect(allOutputText(r)).not.toContain('do-not-quote-me');
  });

  it('refuses a linked baseline file and a baseline under a linked folder', async () => {
    await fs.symlink(path.join(outside, 'passwd'), path.join(ws, 'baseline.json'));
    await fs.symlink(outside, path.join(ws, 'linked'));
    const r1 = await withBaseline('baseline.json');
    expect(failure(r1)).toContain('cannot read the baseline file baseline.json: a symbolic link (not followed)');
    const r2 = await withBaseline('linked/passwd');
    expect(failure(r2)).toContain('baseline file not read: linked/passwd: linked is a symbolic link, which is not followed');
    for (const r of [r1, r2]) expect(allOutputText(r)).not.toContain('do-not-quote-me');
  });

  it('does not read /dev/zero or a FIFO as a baseline', async () => {
    await fs.symlink('/dev/zero', path.join(ws, 'zero.json'));
    const r = await withBaseline('zero.json');
    expect(r.timedOut).toBe(false);
    expect(failure(r)).toContain('cannot read the baseline file zero.json: a symbolic link (not followed)');
    execFileSync('mkfifo', [path.join(ws, 'fifo.json')]);
    const f = await withBaseline('fifo.json');
    expect(f.timedOut).toBe(false);
    expect(failure(f)).toContain('cannot read the baseline file fifo.json: not a regular file');
  });

  it('a baseline that is not JSON is named with a position, never its text', async () => {
    await fs.writeFile(path.join(ws, 'base.json'), `${SECRET_LINE}\n`);
    const r = await withBaseline('base.json');
    expect(failure(r)).toMatch(/base\.json: not a JSON baseline file \(invalid JSON( at line 1, column \d+)?\)/);
    expect(allOutputText(r)).not.toContain('do-not-quote-me');
    expect(allOutputText(r)).not.toContain('root:x');
  });

  it('does not read the default config file through a linked .github folder', async () => {
    await fs.rm(path.join(ws, '.github'), { recursive: true });
    await fs.writeFile(path.join(outside, 'tokenhub-migration.yml'), `${SECRET_LINE}: [\n`);
    await fs.symlink(outside, path.join(ws, '.github'));
    const r = await runAction({ workspace: ws, ...pushEvent({ after: 'd'.repeat(40) }), timeoutMs: 30_000 });
    expect(failure(r)).toContain('.github/tokenhub-migration.yml:1:1: not read: .github is a symbolic link, which is not followed');
    expect(allOutputText(r)).not.toContain('do-not-quote-me');
  });
});
