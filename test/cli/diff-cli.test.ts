import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { git } from '../support/git-fixture.js';

/** `scan --staged` and `scan --diff REF`, the scan root, and the argument parser's help and suggestions. */

async function cli(cwd: string, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await main(argv, { stdout, stderr, cwd, env: { NO_COLOR: '1' } });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

const URL = 'https://api.hunyuan.cloud.tencent.com/v1';
const LKE = 'https://api.lkeap.cloud.tencent.com/v1';

let repo: string;
beforeEach(async () => {
  repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'th-diff-cli-')));
  await git(repo, ['init', '-q', '-b', 'main']);
  await mkdir(path.join(repo, 'src'));
  await writeFile(path.join(repo, 'src/app.py'), `import os\nLEGACY = "${URL}"\n`);
  await git(repo, ['add', '.']);
  await git(repo, ['commit', '-q', '-m', 'base']);
});
afterEach(() => rm(repo, { recursive: true, force: true }));

type JsonFinding = { path: string; line: number; diffState?: string };
const states = (stdout: string) => (JSON.parse(stdout).findings as JsonFinding[]).map((f) => `${f.path}:${f.line}:${f.diffState}`);

describe('scan --staged', () => {
  it('judges what the index adds, read from the index, and not what is only in the working tree', async () => {
    await writeFile(path.join(repo, 'src/app.py'), `import os\nLEGACY = "${URL}"\nlke = "${LKE}"\n`);
    await git(repo, ['add', 'src/app.py']);
    // Unstaged on top: not part of the commit being made.
    await writeFile(path.join(repo, 'src/app.py'), `import os\nLEGACY = "${URL}"\nlke = "${LKE}"\nmore = "${URL}"\n`);
    const r = await cli(repo, 'scan', '--staged', '--format', 'json');
    expect(r.code).toBe(1);
    expect(states(r.stdout)).toEqual(['src/app.py:2:pre-existing', 'src/app.py:3:new']);
  });

  it('passes a commit that adds nothing legacy, even in a file that has old findings', async () => {
    await writeFile(path.join(repo, 'src/app.py'), `import os\nLEGACY = "${URL}"\nx = 1\n`);
    await git(repo, ['add', '.']);
    const r = await cli(repo, 'scan', '--staged');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 pre-existing finding elsewhere in the changed files is not counted.');
  });

  it('limits the check to the files given, as a pre-commit hook passes them', async () => {
    await writeFile(path.join(repo, 'src/app.py'), `import os\nLEGACY = "${URL}"\nlke = "${LKE}"\n`);
    await writeFile(path.join(repo, 'other.py'), `u = "${LKE}"\n`);
    await git(repo, ['add', '.']);
    const r = await cli(repo, 'scan', '--staged', '--format', 'json', 'other.py');
    expect(states(r.stdout)).toEqual(['other.py:1:new']);
  });
});

describe('scan --diff REF', () => {
  beforeEach(async () => {
    await git(repo, ['checkout', '-q', '-b', 'feature']);
    await writeFile(path.join(repo, 'src/app.py'), `import os\nLEGACY = "${URL}"\nlke = "${LKE}"\n`);
    await git(repo, ['commit', '-q', '-am', 'feature']);
  });

  it('judges what the branch and the working tree add since the merge base, untracked files included', async () => {
    await writeFile(path.join(repo, 'new.py'), `u = "${URL}"\n`);
    const r = await cli(repo, 'scan', '--diff', 'main', '--format', 'json');
    expect(r.code).toBe(1);
    expect(states(r.stdout)).toEqual(['new.py:1:new', 'src/app.py:2:pre-existing', 'src/app.py:3:new']);
  });

  it('gives the same result from any folder of the repository, with its config file', async () => {
    await mkdir(path.join(repo, '.github'));
    await writeFile(path.join(repo, '.github/tokenhub-migration.yml'), 'fail-on: none\n');
    const top = await cli(repo, 'scan', '--diff', 'main', '--format', 'json');
    const sub = await cli(path.join(repo, 'src'), 'scan', '--diff', 'main', '--format', 'json');
    expect(top.code).toBe(0);
    expect(sub.code).toBe(0);
    expect(JSON.parse(sub.stdout).root).toBe(repo);
    expect(states(sub.stdout)).toEqual(states(top.stdout));
    // A plain scan too: paths stay relative to the top level.
    expect(states((await cli(path.join(repo, 'src'), 'scan', '.', '--format', 'json')).stdout)).toEqual(['src/app.py:2:undefined', 'src/app.py:3:undefined']);
  });

  it('says what is wrong with a ref that is not there, or with --diff and --staged together', async () => {
    const bad = await cli(repo, 'scan', '--diff', 'no-such-branch');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'no-such-branch' is not a commit, branch or tag in this repository");
    const both = await cli(repo, 'scan', '--diff', 'main', '--staged');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--diff and --staged cannot be combined');
    expect(both.stderr).toContain("Run 'tokenhub-migration-check scan --help' for usage.");
  });
});

describe('arguments', () => {
  it('suggests the command or option that was meant', async () => {
    const cmd = await cli(repo, 'scna');
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain("unknown command 'scna'");
    expect(cmd.stderr).toContain('(Did you mean scan?)');
    const opt = await cli(repo, 'scan', '--baselin', 'b.json');
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('(Did you mean --baseline?)');
  });

  it('lists choices in each command\'s help, and points a usage error at that help', async () => {
    const help = await cli(repo, 'scan', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: tokenhub-migration-check scan [paths...] [options]');
    expect(help.stdout).toContain('choices: "text", "json", "sarif"');
    expect(help.stdout).toContain('--staged');
    const fix = await cli(repo, 'fix', '--region', 'moon');
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain("--region must be intl or mainland (got 'moon')");
    expect(fix.stderr).toContain("Run 'tokenhub-migration-check fix --help' for usage.");
  });
});
