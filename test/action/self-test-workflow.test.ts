/**
 * The CI workflow's self-test job (`uses: ./` on test/fixtures/legacy-repo), run here step by step as the runner
 * would: the bundled action on Node 24 with the job's inputs, then the job's own bash checks on its outputs. If this
 * passes, the job passes on GitHub for the same commit; if the fixture's findings change, both fail together.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type FileMap } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { REPO_ROOT } from '../support/run-action.js';
import { runShell, runSteps, workflowJob, type StepContext, type StepRecord } from '../support/workflow-steps.js';

const FIXTURE = 'test/fixtures/legacy-repo';
const TOKEN = 'ghs_selfTestToken0123456789';
const steps = workflowJob('ci.yml', 'self-test');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function filesUnder(dir: string, rel = ''): FileMap {
  const out: FileMap = {};
  for (const name of readdirSync(path.join(dir, rel))) {
    const r = path.posix.join(rel, name);
    if (statSync(path.join(dir, r)).isDirectory()) Object.assign(out, filesUnder(dir, r));
    else out[r] = readFileSync(path.join(dir, r), 'utf8');
  }
  return out;
}

function failures(records: StepRecord[]): string {
  const out: string[] = [];
  for (const r of records) {
    if (r.kind === 'run' && r.exitCode !== 0) out.push(`${r.step.name ?? r.step.run}: ${r.stdout}${r.stderr}`);
    if (r.kind === 'action' && r.result.exitCode !== 0) out.push(`${r.step.name ?? r.step.uses}: ${r.result.stdout}${r.result.stderr}`);
  }
  return out.join('\n');
}

describe('CI self-test job', () => {
  it('runs the action on the fixture in full mode and its checks pass (outside pull requests the PR steps are skipped)', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'tmc-self-test-'));
    temps.push(workspace);
    cpSync(path.join(REPO_ROOT, FIXTURE), path.join(workspace, FIXTURE), { recursive: true });
    const ctx: StepContext = { eventName: 'push', token: TOKEN, steps: {} };
    const records = await runSteps(steps, { workspace, ctx, alreadyDone: /^actions\/checkout@/ });

    expect(failures(records)).toBe('');
    const byName = Object.fromEntries(records.map((r) => [r.step.name ?? r.step.uses, r]));
    expect(byName['Full scan of the fixture']!.kind).toBe('action');
    const check = byName["Check the full scan's result"]!;
    expect(check.kind).toBe('run');
    if (check.kind === 'run') expect(check.stdout).toContain('self-test (full): 10 findings, as expected');
    expect(byName['Scan what the pull request adds to the fixture']!.kind).toBe('skipped');
    expect(byName["Check the pull request scan's result"]!.kind).toBe('skipped');
    expect(ctx.steps.full).toMatchObject({ mode: 'full', result: 'pass', findings: '10', errors: '9', warnings: '1' });

    // The check step really checks: the same script fails when the action reports a different count.
    const checkStep = steps.find((s) => s.name === "Check the full scan's result")!;
    const env = Object.fromEntries(Object.entries(checkStep.env!).map(([k, v]) => [k, String(v)]));
    const wrong = await runShell(checkStep.run!, { ...env, MODE: 'full', RESULT: 'pass', FINDINGS: '11', ERRORS: '9', WARNINGS: '1', JSON_FILE: '/nonexistent' }, workspace);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toContain("::error::self-test: findings is '11', expected 10");
  });

  it('on a pull request scans only what the pull request adds to the fixture, and its checks pass', async () => {
    // The pull request rewrites one legacy line of the fixture (so the full count stays what the job expects) and
    // touches a file outside it: the diff scan must report that line only.
    const base = Object.fromEntries(Object.entries(filesUnder(path.join(REPO_ROOT, FIXTURE))).map(([k, v]) => [`${FIXTURE}/${k}`, v]));
    const chat = String(base[`${FIXTURE}/src/chat.py`]);
    const edited = chat.replace('base_url="https://api.hunyuan.cloud.tencent.com/v1",', 'base_url="https://api.hunyuan.cloud.tencent.com/v1",  # region: default');
    expect(edited).not.toBe(chat);
    const fx = await createGitFixture({
      base: { ...base, 'README.md': '# app\n' },
      head: { change: { 'README.md': '# app\n\nMore docs.\n', [`${FIXTURE}/src/chat.py`]: edited } },
      pullNumber: 5,
    });
    const gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
    try {
      gh.repo('octo/app');
      gh.addPull('octo/app', { number: 5, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
      const event = pullRequestEvent({ number: 5, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha });
      const ctx: StepContext = { eventName: 'pull_request', token: TOKEN, steps: {} };
      const records = await runSteps(steps, { workspace: await fx.clone(), ctx, action: { ...event, apiUrl: gh.url }, alreadyDone: /^actions\/checkout@/ });

      expect(failures(records)).toBe('');
      expect(records.filter((r) => r.kind === 'skipped' && r.step.uses !== undefined && r.step.uses !== './')).toHaveLength(1); // checkout only
      const check = records.find((r) => r.step.name === "Check the pull request scan's result")!;
      expect(check.kind).toBe('run');
      if (check.kind === 'run') expect(check.stdout).toContain('self-test (pull request): 1 new findings in the fixture');
      expect(ctx.steps.pr).toMatchObject({ mode: 'diff', findings: '1', 'new-findings': '1', result: 'pass' });
      expect(gh.problems()).toBe('');
    } finally {
      await gh.close();
      await fx.cleanup();
    }
  });
});
