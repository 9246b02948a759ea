/**
 * The CLI as users get it from npm: `npm pack` this repository, install the tarball into an empty folder with the
 * network turned off (the bundle must need no runtime dependency), and run the bin through npx as the README's quick
 * start does. The CLI's own hint for suggested model replacements is then pasted back as the user would.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-action.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'tmc-pack-'));
// npm with no registry: every install below must work from the tarball alone. Its own cache, so nothing leaks in
// from (or into) the user's.
const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_OPTIONS$|VITEST|GITHUB_|INPUT_)/i.test(k))),
  npm_config_offline: 'true',
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_cache: path.join(temp, 'npm-cache'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
};

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: npmEnv, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let tarball = '';
let packedFiles: string[] = [];

beforeAll(async () => {
  const packed = await run('npm', ['pack', '--json', '--pack-destination', temp], REPO_ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  const info = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(temp, info[0]!.filename);
  packedFiles = info[0]!.files.map((f) => f.path);
}, 180_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const LEGACY_APP =
  'from openai import OpenAI\n' +
  'client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n' +
  'resp = client.chat.completions.create(model="hunyuan-translation", messages=[])\n';

describe('the npm package', () => {
  it('is publishable and ships the bundles, the action and the docs, not the sources or tests', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const f of ['dist/cli/index.js', 'dist/index.js', 'dist/package.json', 'action.yml', 'README.md', 'LICENSE', 'package.json']) {
      expect(packedFiles, f).toContain(f);
    }
    expect(packedFiles.filter((f) => /^(src|test|bench|\.github|\.ci)\//.test(f))).toEqual([]);
  });

  it('installs offline into an empty folder with no other package, and npx runs the scan and the pasted fix hint', async () => {
    const dir = mkdtempSync(path.join(temp, 'project-'));
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "user-project", "private": true }\n');
    writeFileSync(path.join(dir, 'app.py'), LEGACY_APP);

    const install = await run('npm', ['install', '--no-save', tarball], dir);
    expect(install.code, install.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['tokenhub-migration-check']);

    const scan = await run('npx', ['tokenhub-migration-check', 'scan', '.'], dir);
    expect(scan.code, scan.stderr).toBe(1);
    expect(scan.stdout).toContain('app.py');
    expect(scan.stdout).toContain('hunyuan-openai-endpoint');

    const dry = await run('npx', ['tokenhub-migration-check', 'fix', '--dry-run', '.'], dir);
    const hint = (dry.stdout + dry.stderr).split('\n').find((l) => l.includes(' fix --models '))?.trim();
    expect(hint, dry.stdout + dry.stderr).toBe('npx tokenhub-migration-check fix --models hunyuan-translation=hy-mt2-plus');
    const [cmd, ...args] = hint!.split(/\s+/);
    const fixed = await run(cmd!, args, dir);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    const after = readFileSync(path.join(dir, 'app.py'), 'utf8');
    expect(after).toContain('model="hy-mt2-plus"');
    expect(after).toContain('https://tokenhub-intl.tencentcloudmaas.com/v1');

    // The README's husky hook, as .husky/pre-commit runs it: a staged legacy URL fails, a clean stage passes.
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const husky = readme.slice(readme.indexOf('(`.husky/pre-commit`)')).match(/```sh\n([\s\S]*?)```/)![1]!;
    const gitEnv = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];
    expect((await run('git', ['init', '-q'], dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'client.py'), 'BASE_URL = "https://api.lkeap.cloud.tencent.com/v1"\n');
    writeFileSync(path.join(dir, 'clean.py'), 'x = 1\n');
    await run('git', [...gitEnv, 'add', 'client.py', 'clean.py'], dir);
    const refused = await run('sh', ['-c', husky], dir);
    expect(refused.code, refused.stdout + refused.stderr).not.toBe(0);
    expect(refused.stdout).toContain('client.py');
    expect(refused.stdout).toContain('lke-openai-endpoint');
    await run('git', ['rm', '-q', '--cached', 'client.py'], dir);
    const passed = await run('sh', ['-c', husky], dir);
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
  }, 180_000);

  it('runs straight from the tarball with npx --package, as `npx tokenhub-migration-check` does from the registry', async () => {
    const dir = mkdtempSync(path.join(temp, 'bare-'));
    writeFileSync(path.join(dir, 'app.py'), LEGACY_APP);
    const res = await run('npx', ['--yes', '--package', tarball, 'tokenhub-migration-check', 'scan', '.', '--format', 'json'], dir);
    expect(res.code, res.stderr).toBe(1);
    const report = JSON.parse(res.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['hunyuan-openai-endpoint', 'hunyuan-translation-model']);
    expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
  }, 180_000);
});
