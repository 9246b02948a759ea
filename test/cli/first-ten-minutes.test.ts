/**
 * What a new user meets in the first minutes with the CLI (issue 13, item 4), run on the bundle as
 * `node dist/cli/index.js` runs on a fresh clone. Each case failed before its change.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli/index.js');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tmc-first-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function cli(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' }, encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LEGACY_URL = 'https://api.hunyuan.cloud.tencent.com/v1';
const APP = `from openai import OpenAI\nclient = OpenAI(base_url="${LEGACY_URL}")\nresp = client.chat.completions.create(model="hunyuan-translation", messages=[])\n`;

describe('scan - and /dev/stdin', () => {
  it('`scan -` scans standard input, named by --stdin-filename', () => {
    const dir = project({});
    const r = cli(['scan', '-', '--stdin-filename', 'src/app.py'], dir, APP);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('src/app.py');
    expect(r.stdout).toContain('hunyuan-openai-endpoint');
    expect(r.stdout).toContain('1 file scanned');
  });

  it('`scan /dev/stdin` is standard input too, not a skipped symbolic link with exit 0', () => {
    const dir = project({});
    const r = cli(['scan', '/dev/stdin', '--format', 'json'], dir, APP);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[]; skipped: unknown[] };
    expect(report.skipped).toEqual([]);
    expect(report.findings.map((f) => `${f.path} ${f.ruleId}`)).toContain('stdin hunyuan-openai-endpoint');
  });

  it('refuses standard input mixed with paths, clearly', () => {
    const dir = project({ 'a.py': 'x = 1\n' });
    const r = cli(['scan', '-', 'a.py'], dir, APP);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'-' (standard input) cannot be combined with other paths");
  });
});

describe('a selection that matches nothing', () => {
  it('an --include that matches no file is an error naming it', () => {
    const dir = project({ 'src/app.py': APP });
    const r = cli(['scan', '.', '--include', 'scr/**'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--include 'scr/**' matches no file");
    expect(r.stdout).toBe('');
  });

  it('a folder with nothing to scan in it is an error naming it', () => {
    const dir = project({ 'build/out.js': `x = "${LEGACY_URL}"\n`, '.gitignore': 'build/\n' });
    mkdirSync(path.join(dir, 'empty'));
    const r = cli(['scan', 'empty'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'empty' has no file to scan");
  });

  it('files named explicitly but excluded are not an error (a hook passes whatever is staged)', () => {
    const dir = project({ 'docs/a.md': 'nothing legacy here\n' });
    const r = cli(['scan', 'docs/a.md', '--exclude', 'docs/'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('no file to scan');
  });

  it('a glob with Windows separators is refused with a hint', () => {
    const dir = project({ 'src/app.py': APP });
    const r = cli(['scan', '.', '--include', 'src\\*.py'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--include 'src\\*.py': use / as the path separator");
  });
});

describe("the tool's own reports and baselines", () => {
  it('are recognised by their content and not scanned again, whatever their name', () => {
    const dir = project({ 'src/app.py': APP });
    const first = cli(['scan', '.', '--format', 'json'], dir);
    const count = (JSON.parse(first.stdout) as { findings: unknown[] }).findings.length;
    expect(count).toBeGreaterThan(0);
    expect(cli(['scan', '.', '-f', 'sarif', '-o', 'report.sarif'], dir).code).toBe(1);
    expect(cli(['scan', '.', '-f', 'json', '-o', 'out/findings.txt'], dir).code).toBe(1);
    expect(cli(['baseline', '.', '-o', 'known.json'], dir).code).toBe(0);
    const again = cli(['scan', '.', '--format', 'json'], dir);
    const report = JSON.parse(again.stdout) as { findings: { path: string }[]; skipped: { path: string; reason: string }[] };
    expect(report.findings.length).toBe(count);
    expect(report.skipped.map((s) => s.path).sort()).toEqual(['known.json', 'out/findings.txt', 'report.sarif']);
    expect(new Set(report.skipped.map((s) => s.reason))).toEqual(new Set(['written by tokenhub-migration-check']));
  });
});

describe('with a baseline that holds every finding', () => {
  it('the headline says the findings are known, not that there is no legacy usage', () => {
    const dir = project({ 'src/app.py': APP });
    expect(cli(['baseline', '.'], dir).code).toBe(0);
    const r = cli(['scan', '.', '--baseline', '.github/tokenhub-migration-baseline.json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('No legacy Hunyuan or LKE usage found');
    expect(r.stdout).toMatch(/No new findings: 2 known findings? in the baseline/);
  });
});

describe('the text report', () => {
  it('is one line per finding by default, each rule explained once; --verbose shows everything', () => {
    const dir = project({ 'a.py': APP, 'b.py': APP });
    const short = cli(['scan', '.'], dir);
    const verbose = cli(['scan', '.', '--verbose'], dir);
    expect(short.code).toBe(1);
    const explanation = 'the Hunyuan API is retired and TokenHub replaces it';
    expect(short.stdout.split(explanation).length - 1).toBe(1);
    expect(verbose.stdout.split(explanation).length - 1).toBe(2);
    expect(short.stdout).not.toContain('pip install openai');
    expect(verbose.stdout).toContain('pip install openai');
    expect(short.stdout).toContain('--verbose');
    expect(short.stdout.split('\n').length).toBeLessThan(verbose.stdout.split('\n').length / 2);
  });

  it('shows a suggested replacement differently from a safe fix', () => {
    const dir = project({ 'a.py': APP });
    for (const args of [['scan', '.'], ['scan', '.', '--verbose']]) {
      const out = cli(args, dir).stdout;
      const fixLine = out.split('\n').find((l) => l.includes(`${LEGACY_URL} → `))!;
      const suggestLine = out.split('\n').find((l) => l.includes('hunyuan-translation → '))!;
      expect(fixLine).toMatch(/\bfix\b/);
      expect(suggestLine).toMatch(/\bsuggestion\b/);
      expect(suggestLine).not.toMatch(/\bfix\b/);
    }
  });
});

describe('fix', () => {
  it('--dry-run keeps a UTF-8 BOM, so its diff applies with git apply', () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`URL = "${LEGACY_URL}"\nx = 1\n`)]);
    const dir = project({ 'a.py': content });
    const dry = cli(['fix', '--dry-run', 'a.py'], dir);
    const diff = dry.stdout;
    expect(diff).toContain('+++ b/a.py');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'fix.patch'), diff);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    const patched = readFileSync(path.join(dir, 'a.py'));
    writeFileSync(path.join(dir, 'a.py'), content);
    expect(cli(['fix', 'a.py'], dir).code).toBe(0);
    expect(patched.equals(readFileSync(path.join(dir, 'a.py')))).toBe(true);
    expect(patched.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
  });

  it('does not edit model IDs or endpoints in a file that calls the Tencent SDK', () => {
    const sdk =
      'from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\n' +
      'req = models.ChatCompletionsRequest()\n' +
      'req.Model = "hunyuan-turbos-latest"\n' +
      'resp = client.ChatCompletions(req)\n';
    const dir = project({ 'sdk.py': sdk });
    const r = cli(['fix', 'sdk.py'], dir);
    expect(readFileSync(path.join(dir, 'sdk.py'), 'utf8')).toBe(sdk);
    expect(r.stdout + r.stderr).toContain('Tencent SDK');
  });
});
