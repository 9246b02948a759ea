import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FakeGitHub } from '../support/github-server.js';

async function cli(cwd: string, env: Record<string, string>, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await main(argv, { stdout, stderr, cwd, env: { NO_COLOR: '1', ...env } });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

const report = (repository: string) =>
  JSON.stringify({
    version: 1,
    tool: { name: 'tokenhub-migration-check', version: '0.1.0' },
    root: '/w',
    findings: [{ ruleId: 'hunyuan-openai-endpoint', category: 'legacy-endpoint', severity: 'error', path: 'a.py', line: 1, column: 1, endLine: 1, endColumn: 5, message: 'm', match: 'x' }],
    skipped: [],
    stats: { files: 1, bytes: 1, durationMs: 1 },
    run: { repository, sha: 'a'.repeat(40), event: 'schedule', mode: 'full' },
  });

describe('CLI: aggregate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'th-agg-'));
    await writeFile(path.join(dir, 'a.json'), report('acme/a'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('prints the board when no summary file is set, and refuses bad usage with exit 2', async () => {
    const ok = await cli(dir, {}, 'aggregate', 'a.json');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('| [acme/a](https://github.com/acme/a) | 1 |');
    expect((await cli(dir, {}, 'aggregate')).code).toBe(2);
    expect((await cli(dir, {}, 'aggregate', 'a.json', '--issue-repo', 'acme/.github')).stderr).toMatch(/needs a token/);
    expect((await cli(dir, { GITHUB_TOKEN: 'x' }, 'aggregate', 'a.json', '--issue-repo', '../etc')).code).toBe(2);
  });

  it('writes every file, then exits 1 with the permission to add when the token may not write the issue', async () => {
    const gh = await FakeGitHub.start({ tokens: { ghs_readonly: 'read' } });
    try {
      gh.repo('acme/.github');
      const r = await cli(dir, { GITHUB_TOKEN: 'ghs_readonly', GITHUB_API_URL: gh.url }, 'aggregate', 'a.json', '--issue-repo', 'acme/.github', '--author', 'audit-bot', '--csv', 'b.csv', '--summary', 's.md');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/board issue was not updated: .*issues: write/);
      expect(await readFile(path.join(dir, 'b.csv'), 'utf8')).toContain('acme/a,1,1,0,0');
      expect(await readFile(path.join(dir, 's.md'), 'utf8')).toContain('## TokenHub migration board');
      expect(r.stderr + r.stdout).not.toContain('ghs_readonly');
    } finally {
      await gh.close();
    }
  });

  it('says how to name the author when the token cannot (an app installation token)', async () => {
    const gh = await FakeGitHub.start();
    try {
      gh.repo('acme/.github');
      const r = await cli(dir, { GITHUB_TOKEN: 'ghs_app', GITHUB_API_URL: gh.url }, 'aggregate', 'a.json', '--issue-repo', 'acme/.github', '--summary', 's.md');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/pass the account with --author/);
      expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues')).toHaveLength(0);
    } finally {
      await gh.close();
    }
  });
});
