import { CATALOG_DATE } from '../../src/catalog/index.js';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The bundle, exactly as `node dist/cli/index.js` runs it on a fresh clone.
const CLI = path.resolve('dist/cli/index.js');
// The fixtures live inside this repository, whose top level would be the scan root: --root . reports their paths
// as the user's own repository would.
const ROOT = ['--root', '.'];
const LEGACY = path.resolve('test/fixtures/legacy');
const TRAPS = path.resolve('test/fixtures/traps');

function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? process.cwd(), env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tokenhub-migration-check scan', () => {
  it('prints findings grouped by file with the fix, and a one-line total; exit 1 on errors', () => {
    const r = cli(['scan', 'python', ...ROOT], { cwd: LEGACY });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('python/hunyuan_openai.py');
    expect(lines[1]).toMatch(/^ {2}6:15 {3}error {4}fix {8}https:\/\/api\.hunyuan\.cloud\.tencent\.com\/v1 → https:\/\/tokenhub-intl\.tencentcloudmaas\.com\/v1 {2}hunyuan-openai-endpoint$/);
    const verbose = cli(['scan', 'python', '--verbose'], { cwd: LEGACY }).stdout.split('\n');
    expect(verbose[1]).toMatch(/^ {2}6:15 {3}error {4}Legacy Hunyuan OpenAI-compatible endpoint/);
    expect(verbose[2]).toContain('fix        https://api.hunyuan.cloud.tencent.com/v1 → https://tokenhub-intl.tencentcloudmaas.com/v1');
    expect(r.stdout).not.toContain('\x1b[');
    expect(lines.at(-2)).toMatch(/^✖ 16 findings \(16 errors, 0 warnings, 0 notices\) in 3 files; 3 files scanned in \d+\.\d\ds\.$/);
  });

  it('colours text only when asked or on a terminal', () => {
    expect(cli(['scan', 'python', ...ROOT], { cwd: LEGACY, env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(cli(['scan', 'python', '--no-color', ...ROOT], { cwd: LEGACY, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('exits 0 when nothing is found', () => {
    const r = cli(['scan', TRAPS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No legacy Hunyuan or LKE usage found; 6 files scanned/);
  });

  it('writes the JSON report of the contract', () => {
    const r = cli(['scan', LEGACY, '--format', 'json', '--root', LEGACY]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'root', 'findings', 'skipped', 'stats']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'tokenhub-migration-check', version: expect.stringMatching(/^\d+\.\d+\.\d+$/), catalogDate: CATALOG_DATE });
    expect(report.root).toBe(LEGACY);
    expect(Object.keys(report.stats).sort()).toEqual(['bytes', 'durationMs', 'files']);
    const f = report.findings.find((x: { path: string }) => x.path === 'config/.env');
    expect(f).toEqual({
      ruleId: 'hunyuan-openai-endpoint',
      category: 'legacy-endpoint',
      severity: 'error',
      path: 'config/.env',
      line: 2,
      column: 17,
      endLine: 2,
      endColumn: 57,
      message: expect.stringContaining('Legacy Hunyuan OpenAI-compatible endpoint'),
      match: 'https://api.hunyuan.cloud.tencent.com/v1',
      replacement: 'https://tokenhub-intl.tencentcloudmaas.com/v1',
      docsUrl: 'https://github.com/tokenhub-migration-check/tokenhub-migration-check/blob/main/docs/rules/hunyuan-openai-endpoint.md',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      contentFingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('writes SARIF to --output and says where', async () => {
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'thm-cli-')), 'r.sarif');
    const r = cli(['scan', '.', '--format', 'sarif', '--output', out, ...ROOT], { cwd: LEGACY });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Wrote sarif report to ${out}`);
    const sarif = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(76);
  });

  it('applies --fail-on, --include and --exclude', () => {
    // config/models.json has warnings and errors; with only warnings in scope, fail-on decides.
    const warnOnly = ['scan', '.', '--include', 'config/app.yaml', '--include', 'ts/lke.js', '--format', 'json', ...ROOT];
    const base = cli(warnOnly, { cwd: LEGACY });
    const sev = JSON.parse(base.stdout).findings.map((f: { severity: string }) => f.severity);
    expect(sev).toContain('warning');
    expect(cli(['scan', '.', '--include', '**/*.yaml', '--fail-on', 'none', ...ROOT], { cwd: LEGACY }).code).toBe(0);
    // Excluding everything leaves nothing to scan: a selection mistake, not a clean result.
    const nothing = cli(['scan', '.', '--exclude', '**/*', '--fail-on', 'notice', ...ROOT], { cwd: LEGACY });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("'.' has no file to scan");
    const onlyVision = cli(['scan', 'config/app.yaml', '--format', 'json', '--fail-on', 'warning', ...ROOT], { cwd: LEGACY });
    expect(onlyVision.code).toBe(1);
  });

  it('exits 2 with a clear message on usage errors and missing paths', () => {
    const missing = cli(['scan', 'does/not/exist'], { cwd: LEGACY });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('path does not exist');
    const badFormat = cli(['scan', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be text, json or sarif (got 'xml')");
    expect(cli(['scan', '--fail-on', 'fatal']).code).toBe(2);
    expect(cli(['scan', '--bogus']).code).toBe(2);
    expect(cli(['frobnicate']).stderr).toContain("unknown command 'frobnicate'");
    expect(cli([]).code).toBe(2);
  });

  it('prints help and version', () => {
    expect(cli(['--help']).stdout).toContain('Usage:');
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+ \(catalog as of \d{4}-\d{2}-\d{2}\)\n$/);
    expect(cli(['--version']).stdout).toContain(`(catalog as of ${CATALOG_DATE})`);
  });
});
