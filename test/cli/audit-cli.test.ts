import { cp, mkdir, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { schemaErrors } from '../support/sarif-validate.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/legacy-repo');

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

describe('CLI: config, baseline and SARIF', () => {
  let repo: string;
  beforeEach(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'th-cli-'));
    await cp(FIXTURE, repo, { recursive: true });
  });
  afterEach(() => rm(repo, { recursive: true, force: true }));

  const writeConfig = async (text: string, file = '.github/tokenhub-migration.yml') => {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  };

  it('writes schema-valid SARIF with --format sarif', async () => {
    const r = await cli(repo, 'scan', '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results.length).toBeGreaterThan(5);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('loads .github/tokenhub-migration.yml by default, and an explicit --config', async () => {
    await writeConfig('rules:\n  legacy-endpoint: off\n  legacy-search: off\n  legacy-model: notice\nfail-on: warning\n');
    const r = await cli(repo, 'scan', '--format', 'json');
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'notice')).toBe(true);
    expect(r.code).toBe(0);
    // An explicit --fail-on overrides the file.
    expect((await cli(repo, 'scan', '--fail-on', 'notice')).code).toBe(1);

    await writeConfig('exclude: [docs/, config/, src/]\n', 'other.yml');
    const other = await cli(repo, 'scan', '--config', 'other.yml', '--format', 'json');
    expect((JSON.parse(other.stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(other.code).toBe(0);
  });

  it('reports the config\'s extra endpoints, but never the config file itself', async () => {
    await writeConfig('extra:\n  endpoints: [llm-gw.corp.example.com]\n');
    await writeFile(path.join(repo, 'src', 'gw.py'), 'URL = "https://llm-gw.corp.example.com/v1"\n');
    const r = await cli(repo, 'scan', '--format', 'json');
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[] };
    expect(report.findings.filter((f) => f.ruleId === 'custom-endpoint').map((f) => f.path)).toEqual(['src/gw.py']);
    // The built CLI's worker threads get the config's catalog too.
    const built = await promisify(execFile)(process.execPath, [path.resolve(import.meta.dirname, '../../dist/cli/index.js'), 'scan', '--format', 'json', '--threads', '3'], { cwd: repo }).catch(
      (err: { stdout: string }) => err,
    );
    const threaded = JSON.parse(built.stdout) as typeof report;
    expect(threaded.findings).toEqual(report.findings);
  });

  it('fails with exit 2 and file:line:key on a bad config file', async () => {
    await writeConfig('rules:\n  hunyuan-model: warning\n  hunyuan-modle: off\nexclude:\n  - docs/\n  - no-such-dir/\n');
    let r = await cli(repo, 'scan');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".github/tokenhub-migration.yml:3:3: rules.hunyuan-modle: unknown key in rules (did you mean 'hunyuan-model'?)");
    await writeConfig('exclude:\n  - docs/\n  - no-such-dir/\n');
    r = await cli(repo, 'scan');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.github\/tokenhub-migration\.yml:3:5: exclude\[1\]: 'no-such-dir\/' matches no file/);
    await writeConfig('fail-on: [error\n');
    r = await cli(repo, 'scan');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.github\/tokenhub-migration\.yml:2:1: YAML syntax error/);
    await writeConfig('include: 3\n');
    expect((await cli(repo, 'scan')).stderr).toContain('.github/tokenhub-migration.yml:1:10: include: must be an array');
  });

  it('baseline: a later state with the same findings passes, a new finding fails, fixed ones are stale', async () => {
    const made = await cli(repo, 'baseline');
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/Wrote a baseline of \d+ finding\(s\) to \.github\/tokenhub-migration-baseline\.json/);
    const baselineFile = path.join(repo, '.github', 'tokenhub-migration-baseline.json');
    const baseline = JSON.parse(await readFile(baselineFile, 'utf8')) as { findings: unknown[] };
    expect(baseline.findings.length).toBeGreaterThan(5);

    // Same findings, moved down and re-indented: passes, and the baseline file itself is not scanned.
    const chat = path.join(repo, 'src', 'chat.py');
    await writeFile(chat, '"""Chat helpers."""\n\n\n' + (await readFile(chat, 'utf8')));
    let r = await cli(repo, 'scan', '--baseline', '.github/tokenhub-migration-baseline.json', '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { baseline: { new: number; known: number; stale: unknown[] }; findings: { baselineState: string }[] };
    expect(report.baseline).toMatchObject({ new: 0, known: baseline.findings.length, stale: [] });
    expect(report.findings.every((f) => f.baselineState === 'unchanged')).toBe(true);

    // A new finding fails; a fixed one is reported as stale.
    await appendFile(path.join(repo, 'src', 'util.py'), '\nMODEL = "hunyuan-code"\n');
    const models = path.join(repo, 'config', 'models.yaml');
    await writeFile(models, (await readFile(models, 'utf8')).replace('hunyuan-lite', 'hy3-preview'));
    r = await cli(repo, 'scan', '--baseline', '.github/tokenhub-migration-baseline.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/util.py');
    expect(r.stdout).not.toContain('src/chat.py');
    expect(r.stdout).toMatch(/1 baseline entry no longer matches/);
    expect(r.stdout).toContain('config/models.yaml:4  hunyuan-model-not-on-tokenhub  hunyuan-lite');

    // The config file can name the baseline instead.
    await writeConfig('baseline: .github/tokenhub-migration-baseline.json\n');
    expect((await cli(repo, 'scan')).code).toBe(1);
  });

  it('refuses a missing or broken baseline with exit 2', async () => {
    let r = await cli(repo, 'scan', '--baseline', 'nope.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('baseline file not found: ');
    await writeFile(path.join(repo, 'b.json'), '{"version": 2}');
    r = await cli(repo, 'scan', '--baseline', 'b.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid baseline at version/);
  });
});
