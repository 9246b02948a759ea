/**
 * The pre-commit hook as a user gets it: the real `pre-commit` tool (pip-installed into a virtualenv here, from the
 * package index pip is configured with) installs this repository's hook from a git repository holding the current
 * working tree, then guards `git commit` in a temporary project. A commit adding a legacy URL is refused with the
 * finding; a clean commit passes.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { REPO_ROOT } from '../support/run-action.js';

const VENV = path.join(REPO_ROOT, 'node_modules/.cache/pre-commit-venv');
const PRE_COMMIT = path.join(VENV, 'bin/pre-commit');
const temp = mkdtempSync(path.join(os.tmpdir(), 'tmc-pre-commit-'));
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_OPTIONS$|VITEST|GITHUB_|INPUT_|GIT_)/i.test(k))),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  // pre-commit's cache (hook repositories and their environments) stays inside this test.
  PRE_COMMIT_HOME: path.join(temp, 'pre-commit-home'),
  // npm may not reach a registry: the hook must install from its own repository alone.
  npm_config_offline: 'true',
  npm_config_cache: path.join(temp, 'npm-cache'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
};

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 300_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, out: stdout + stderr });
    });
  });
}
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();

let project = '';

beforeAll(async () => {
  // The test's own setup installs pre-commit (CI machines have Python but not pre-commit).
  if (!existsSync(PRE_COMMIT)) {
    const venv = await run('python3', ['-m', 'venv', VENV], REPO_ROOT);
    expect(venv.code, venv.out).toBe(0);
    const pip = await run(path.join(VENV, 'bin/pip'), ['install', '--quiet', '--disable-pip-version-check', '--retries', '0', 'pre-commit'], REPO_ROOT);
    expect(pip.code, pip.out).toBe(0);
  }

  // The hook repository: this working tree (tracked and new files, as git would see them), committed.
  const hookRepo = path.join(temp, 'hook-repo');
  mkdirSync(hookRepo);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(path.join(REPO_ROOT, f)) && !f.startsWith('test/') && !f.startsWith('bench/'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(hookRepo, f)), { recursive: true });
    cpSync(path.join(REPO_ROOT, f), path.join(hookRepo, f));
  }
  git(hookRepo, 'init', '-q', '-b', 'main');
  git(hookRepo, 'add', '-A');
  git(hookRepo, 'commit', '-qm', 'hook under test');
  const rev = git(hookRepo, 'rev-parse', 'HEAD');

  project = path.join(temp, 'project');
  mkdirSync(project);
  git(project, 'init', '-q', '-b', 'main');
  // The README's snippet, pointed at the hook repository under test.
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const snippet = YAML.parse(readme.slice(readme.indexOf('(`.pre-commit-config.yaml`')).match(/```yaml\n([\s\S]*?)```/)![1]!) as {
    repos: { repo: string; rev: string; hooks: { id: string }[] }[];
  };
  expect(snippet.repos[0]!.repo).toBe('https://github.com/tokenhub-migration-check/tokenhub-migration-check');
  snippet.repos[0]!.repo = hookRepo;
  snippet.repos[0]!.rev = rev;
  writeFileSync(path.join(project, '.pre-commit-config.yaml'), YAML.stringify(snippet));
  writeFileSync(path.join(project, 'README.md'), '# project\n');
  git(project, 'add', '-A');
  git(project, 'commit', '-qm', 'start', '--no-verify');
  const install = await run(PRE_COMMIT, ['install', '--install-hooks'], project);
  expect(install.code, install.out).toBe(0);
}, 600_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('pre-commit hook', () => {
  it('refuses a commit that adds a legacy URL, naming the finding', async () => {
    writeFileSync(path.join(project, 'client.py'), 'BASE_URL = "https://api.hunyuan.cloud.tencent.com/v1"\n');
    git(project, 'add', 'client.py');
    const before = git(project, 'rev-parse', 'HEAD');
    const commit = await run('git', ['commit', '-m', 'add client'], project);
    expect(commit.code).not.toBe(0);
    expect(commit.out).toContain('TokenHub migration check');
    expect(commit.out).toMatch(/Failed/);
    expect(commit.out).toContain('client.py');
    expect(commit.out).toContain('hunyuan-openai-endpoint');
    expect(git(project, 'rev-parse', 'HEAD')).toBe(before);
    git(project, 'reset', '-q', 'HEAD', 'client.py');
    rmSync(path.join(project, 'client.py'));
  }, 300_000);

  it('lets a clean commit through', async () => {
    writeFileSync(path.join(project, 'client.py'), 'BASE_URL = "https://tokenhub-intl.tencentcloudmaas.com/v1"\n');
    git(project, 'add', 'client.py');
    const before = git(project, 'rev-parse', 'HEAD');
    const commit = await run('git', ['commit', '-m', 'add client'], project);
    expect(commit.code, commit.out).toBe(0);
    expect(commit.out).toMatch(/TokenHub migration check\.+Passed/);
    expect(git(project, 'rev-parse', 'HEAD')).not.toBe(before);
  }, 300_000);
});
