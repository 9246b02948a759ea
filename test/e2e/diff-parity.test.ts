/**
 * One pipeline, two faces: for the same repository and base, `scan --diff` (the CLI bundle) and the action in PR
 * mode (the action bundle on Node 24) judge the same findings new, the same ones pre-existing, and give the same
 * verdict.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { NODE24, REPO_ROOT, runAction } from '../support/run-action.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_parityToken0123456789abc';

const BASE = ['import os', 'from openai import OpenAI', '', 'LEGACY = "https://api.hunyuan.cloud.tencent.com/v1"', 'MODEL = "hunyuan-lite"', ''].join('\n');
// What the PR adds: an LKE endpoint and an LKE DeepSeek model on new lines, a new file, and one ignored line.
const HEAD =
  BASE +
  'lke = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1", api_key=os.environ["KEY"])\n' +
  'R1 = "deepseek-r1"\n' +
  'old = "https://api.hunyuan.cloud.tencent.com/v1"  # tokenhub-migration-ignore -- rollback\n';

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'app.py': BASE, 'README.md': '# app\n' },
    head: { change: { 'app.py': HEAD }, add: { 'docs/setup.md': 'Endpoint: https://hunyuan.tencentcloudapi.com\n' } },
    // main moves on in the same file: the merge commit's line numbers differ from the head's.
    baseAfter: { change: { 'app.py': '# header added on main\n' + BASE } },
    pullNumber: 7,
  });
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.repo(REPO);
  gh.addPull(REPO, { number: 7, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterAll(async () => {
  await gh?.close();
  await fx?.cleanup();
});

interface Judged {
  key: string;
  diffState: string;
}

function judged(report: { findings: { path: string; line: number; ruleId: string; diffState?: string }[] }): Judged[] {
  return report.findings.map((f) => ({ key: `${f.path}:${f.line}:${f.ruleId}`, diffState: f.diffState ?? 'none' })).sort((a, b) => a.key.localeCompare(b.key));
}

function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NODE24, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

describe('scan --diff and the action in PR mode', () => {
  it('report the same new and pre-existing findings and the same verdict', async () => {
    // The action: a depth-1 checkout of the test merge commit, as actions/checkout leaves it.
    const workspace = await fx.clone({ depth: 1 });
    const event = pullRequestEvent({ number: 7, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    const action = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'json-file': 'report.json' }, ...event, timeoutMs: 90_000 });
    expect(action.timedOut, action.stderr).toBe(false);
    const actionReport = JSON.parse(await fs.readFile(path.join(workspace, 'report.json'), 'utf8'));

    // The CLI: a developer's clone on the head branch, checking what it adds relative to main.
    // It runs from a subfolder: the root is the repository's top level all the same.
    const dev = await fx.clone({ depth: 0, ref: `refs/heads/${fx.headBranch}` });
    await git(dev, ['fetch', '-q', 'origin', `+refs/heads/${fx.baseBranch}:refs/remotes/origin/${fx.baseBranch}`]);
    const cli = await runCli(['scan', '--diff', `origin/${fx.baseBranch}`, '--format', 'json'], path.join(dev, 'docs'));
    expect(cli.stderr).toBe('');
    const cliReport = JSON.parse(cli.stdout);

    const fromAction = judged(actionReport);
    const where = (list: Judged[]) => [...new Set(list.map((f) => f.key.split(':').slice(0, 2).join(':')))];
    expect(where(fromAction.filter((f) => f.diffState === 'new'))).toEqual(['app.py:6', 'app.py:7', 'docs/setup.md:1']);
    expect(fromAction.filter((f) => f.diffState === 'pre-existing').length).toBeGreaterThan(0);
    expect(judged(cliReport)).toEqual(fromAction);

    // The same verdict, and the same counts the action's outputs give.
    expect(action.outputs.result).toBe('fail');
    expect(action.exitCode).not.toBe(0);
    expect(cli.code).toBe(1);
    const newCount = fromAction.filter((f) => f.diffState === 'new').length;
    expect(Number(action.outputs['new-findings'])).toBe(newCount);
    expect(Number(action.outputs['pre-existing-findings'])).toBe(fromAction.length - newCount);
    // The ignored line is set aside by both, with its reason.
    expect(actionReport.suppressed.map((s: { line: number; reason: string }) => [s.line, s.reason])).toEqual([[8, 'rollback']]);
    expect(cliReport.suppressed).toEqual(actionReport.suppressed);
  });
});
