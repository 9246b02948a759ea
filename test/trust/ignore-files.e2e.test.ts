/**
 * Issue 15, items 2 and 11: ignore files are read only when they are regular files within a size cap. A committed
 * `.gitignore` that links to /dev/zero used to grow memory without bound; a FIFO made the scan hang. Both the action
 * (bundled, Node 24) and the CLI now skip such a file with a note and scan the rest.
 */
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushEvent } from '../support/events.js';
import { runAction } from '../support/run-action.js';

const CLI = path.resolve('dist/cli/index.js');
const LEGACY = 'BASE = "https://api.hunyuan.cloud.tencent.com/v1"\n';
let ws: string;

beforeEach(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-ignore-'));
  await fs.mkdir(path.join(ws, 'app'));
  await fs.mkdir(path.join(ws, 'lib'));
  await fs.mkdir(path.join(ws, 'big'));
  await fs.writeFile(path.join(ws, 'app/client.py'), LEGACY);
  await fs.writeFile(path.join(ws, 'lib/client.py'), LEGACY);
  await fs.writeFile(path.join(ws, 'big/client.py'), LEGACY);
  // A link to an endless device, a FIFO nobody writes to, and an ignore file far over any real one's size.
  await fs.symlink('/dev/zero', path.join(ws, '.gitignore'));
  execFileSync('mkfifo', [path.join(ws, 'lib/.gitignore')]);
  await fs.writeFile(path.join(ws, 'big/.gitignore'), '*.py\n' + '#'.repeat(2 * 1024 * 1024) + '\n');
});
afterEach(async () => fs.rm(ws, { recursive: true, force: true }));

/** The CLI, asynchronously, killed after `ms` (a hang must fail the test, not stall it). */
function cli(args: string[], cwd: string, ms = 30_000): Promise<{ code: number | null; stdout: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    let stdout = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, timedOut });
    });
  });
}

describe('hostile ignore files', () => {
  it('the action skips a linked, a FIFO and an oversized .gitignore with a note, and scans everything', async () => {
    const r = await runAction({ workspace: ws, inputs: { 'json-file': 'report.json' }, ...pushEvent({ after: 'b'.repeat(40) }), timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.outputs).toMatchObject({ findings: '3', result: 'fail' });
    const report = JSON.parse(await fs.readFile(path.join(ws, 'report.json'), 'utf8'));
    expect(report.findings.map((f: { path: string }) => f.path).sort()).toEqual(['app/client.py', 'big/client.py', 'lib/client.py']);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: '.gitignore', reason: 'ignore file not read: a symbolic link (not followed)' },
        { path: 'lib/.gitignore', reason: 'ignore file not read: not a regular file' },
        { path: 'big/.gitignore', reason: expect.stringMatching(/^ignore file not read: larger than 1\.0 MiB/) },
      ]),
    );
  });

  it('the CLI does not hang on a FIFO .gitignore', async () => {
    const r = await cli(['scan', '--format', 'json', '--fail-on', 'none'], ws);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toHaveLength(3);
  });
});
