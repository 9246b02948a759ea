/**
 * Issue 15, item 11: the CLI in front of a hostile checkout (a CI job running `scan` on a pull request's tree).
 * Escape sequences in file names never reach the terminal raw; `--output` and `baseline` write through the safe
 * writer (no FIFO that blocks, no link followed out); a folder the scan cannot read is noted like a file it cannot.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli/index.js');
const LEGACY = 'from openai import OpenAI\nc = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n';
const ESC = '\x1b';

let ws: string;
let outside: string;
beforeEach(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-cli-hostile-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-cli-outside-'));
});
afterEach(async () => {
  await fs.chmod(path.join(ws, 'locked'), 0o755).catch(() => {});
  await fs.rm(ws, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** The CLI, asynchronously, killed after `ms` (a hang must fail the test, not stall it). */
function cli(args: string[], env: Record<string, string> = {}, ms = 30_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ws, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Every escape in `text` is one of the colour codes the CLI itself prints (`ESC [ digits m`). */
function onlyOwnColours(text: string): boolean {
  const sgr = new RegExp(`^${ESC}\\[[0-9;]*m`);
  return text.split('').every((c, i) => c !== ESC || sgr.test(text.slice(i, i + 12)));
}

describe('terminal control sequences from the repository', () => {
  const name = `${ESC}[32m✔ ALL CLEAN${ESC}[0m${ESC}]0;pwned${'\x07'}.py`;
  beforeEach(async () => {
    await fs.writeFile(path.join(ws, name), LEGACY);
    await fs.writeFile(path.join(ws, 'over\rwrite.py'), LEGACY);
    await fs.writeFile(path.join(ws, `trojan\u202e.py`), LEGACY);
  });

  it('are shown escaped in the text report, with colours off', async () => {
    const r = await cli(['scan', '.', '--fail-on', 'none'], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\r');
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).toContain('\\x1b[32m✔ ALL CLEAN\\x1b[0m\\x1b]0;pwned\\x07.py');
    expect(r.stdout).toContain('over\\rwrite.py');
    expect(r.stdout).toContain('trojan\\u202e.py');
  });

  it('and with colours on, the only escapes are the CLI\'s own colours', async () => {
    const r = await cli(['scan', '.', '--fail-on', 'none'], { FORCE_COLOR: '1' });
    expect(r.stdout).toContain(`${ESC}[`); // colours are on
    expect(onlyOwnColours(r.stdout)).toBe(true);
    expect(r.stdout).not.toContain(`${ESC}]0;`);
  });

  it('are escaped in the fix report too', async () => {
    const r = await cli(['fix', '.'], { NO_COLOR: '1' });
    expect(r.stdout + r.stderr).not.toContain(ESC);
    expect(r.stdout).toContain('\\x1b[32m✔ ALL CLEAN');
  });
});

describe('files the CLI writes', () => {
  beforeEach(async () => {
    await fs.writeFile(path.join(ws, 'app.py'), LEGACY);
  });

  it('--output naming a FIFO is refused at once, for scan and baseline', async () => {
    execFileSync('mkfifo', [path.join(ws, 'report.json')]);
    for (const args of [
      ['scan', '.', '--format', 'json', '--output', 'report.json'],
      ['baseline', '.', '--output', 'report.json'],
    ]) {
      const r = await cli(args, {}, 20_000);
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Cannot write the (json report|baseline) to report\.json: it is not a regular file/);
    }
  });

  it('--output that is a link inside the checkout is not followed out of it', async () => {
    const target = path.join(outside, 'victim.txt');
    await fs.writeFile(target, 'keep me\n');
    await fs.symlink(target, path.join(ws, 'report.json'));
    const r = await cli(['scan', '.', '--format', 'json', '--output', 'report.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/symbolic link, which is not followed/);
    expect(await fs.readFile(target, 'utf8')).toBe('keep me\n');
  });

  it('--output outside the working folder, named by the user, is written', async () => {
    const out = path.join(outside, 'reports', 'scan.json');
    const r = await cli(['scan', '.', '--format', 'json', '--output', out, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(JSON.parse(await fs.readFile(out, 'utf8')).findings).toHaveLength(1);
  });

  it('a baseline path from the config stays inside the repository, and a linked folder is not followed', async () => {
    await fs.mkdir(path.join(ws, '.github'));
    await fs.writeFile(path.join(ws, '.github/tokenhub-migration.yml'), 'baseline: ../escaped-baseline.json\n');
    let r = await cli(['baseline', '.']);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(path.dirname(ws), 'escaped-baseline.json'))).toBe(false);
    await fs.symlink(outside, path.join(ws, 'linked'));
    await fs.writeFile(path.join(ws, '.github/tokenhub-migration.yml'), 'baseline: linked/baseline.json\n');
    r = await cli(['baseline', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/linked is a symbolic link/);
    expect(await fs.readdir(outside)).toEqual([]);
  });
});

// Root reads every folder whatever its mode, so the unreadable case runs the CLI as an unprivileged user.
const canDropPrivileges = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
describe.runIf(canDropPrivileges || process.getuid?.() !== 0)('an unreadable folder', () => {
  it('is skipped with a note, like an unreadable file, and the rest is scanned', async () => {
    await fs.writeFile(path.join(ws, 'ok.py'), LEGACY);
    await fs.mkdir(path.join(ws, 'locked'));
    await fs.writeFile(path.join(ws, 'locked/hidden.py'), LEGACY);
    await fs.chmod(path.join(ws, 'locked'), 0o000);
    await fs.chmod(ws, 0o755);
    const args = [CLI, 'scan', ws, '--format', 'json', '--fail-on', 'none'];
    const out = canDropPrivileges
      ? execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' })
      : execFileSync(process.execPath, args, { encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report.findings.map((f: { path: string }) => f.path)).toEqual(['ok.py']);
    expect(report.skipped).toEqual([{ path: 'locked/', reason: 'unreadable folder (EACCES)' }]);
  });
});
