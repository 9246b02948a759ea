import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { allOutputText, runAction, type ActionResult } from '../support/run-action.js';

/**
 * The fork pattern end to end: a fork's pull_request run (read-only token, no secrets) scans and writes its report;
 * the companion workflow_run run (write token, mode report, nothing of the PR checked out) reads that report and
 * posts the check run, review comments and PR comment. Tampered artifacts are refused and post nothing.
 */

const REPO = 'octo/app';
const FORK = 'mallory/app';
const READ_TOKEN = 'ghs_forkReadOnly0123456789';
const WRITE_TOKEN = 'ghs_workflowRunWrite0123456789';
const BASE = ['import os', 'from openai import OpenAI', '', 'def client():', '    return OpenAI(base_url=os.environ["BASE"])', ''].join('\n');
const HEAD = BASE + 'lke = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1", api_key=os.environ["KEY"])\nMODEL = "deepseek-r1"\n';

let fx: GitFixture;
let gh: FakeGitHub;
let tmp: string;
let artifact: string;
let firstHalf: ActionResult;

const writes = () => gh.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

beforeAll(async () => {
  fx = await createGitFixture({ base: { 'app.py': BASE, 'README.md': '# app\n' }, head: { change: { 'app.py': HEAD } }, pullNumber: 5 });
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'th-fork-'));
});
afterAll(async () => {
  await fx.cleanup();
  await fs.rm(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  gh?.close();
  gh = await FakeGitHub.start({ tokens: { [READ_TOKEN]: 'read', [WRITE_TOKEN]: 'write' } });
  gh.repo(REPO);
  gh.addPull(REPO, { number: 5, head: { ref: 'feature', sha: fx.headSha, repo: FORK }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});

/** The companion run: workflow_run after the pull_request run, the artifact downloaded into an empty workspace. */
async function secondHalf(report: string | Buffer, opts: { headSha?: string } = {}): Promise<ActionResult> {
  const workspace = await fs.mkdtemp(path.join(tmp, 'ws-'));
  await fs.mkdir(path.join(workspace, 'report'));
  await fs.writeFile(path.join(workspace, 'report', 'tokenhub-report.json'), report);
  return runAction({
    workspace,
    apiUrl: gh.url,
    repository: REPO,
    eventName: 'workflow_run',
    sha: 'a'.repeat(40),
    event: { action: 'completed', workflow_run: { id: 77, event: 'pull_request', head_sha: opts.headSha ?? fx.headSha, head_repository: { full_name: FORK }, pull_requests: [], conclusion: 'success' } },
    inputs: { mode: 'report', 'report-file': 'report/tokenhub-report.json', 'github-token': WRITE_TOKEN, 'review-comments': true, comment: true },
    timeoutMs: 90_000,
  });
}

describe('fork pull requests: two workflows', () => {
  it('first half: on a fork with a read-only token it makes no write request, and writes the report', async () => {
    const event = pullRequestEvent({ number: 5, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha, repo: FORK }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    firstHalf = await runAction({
      workspace: await fx.clone({ depth: 0 }),
      apiUrl: gh.url,
      inputs: { 'github-token': READ_TOKEN, 'review-comments': true, comment: true, 'json-file': 'tokenhub-report.json' },
      ...event,
      timeoutMs: 90_000,
    });
    expect(firstHalf.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    artifact = await fs.readFile(firstHalf.outputs['json-file']!, 'utf8');
    const report = JSON.parse(artifact) as { findings: { path: string; line: number }[]; run: { pullRequest: { number: number; headSha: string } } };
    expect(report.run.pullRequest).toMatchObject({ number: 5, headSha: fx.headSha });
    expect(report.findings.map((f) => `${f.path}:${f.line}`).sort()).toEqual(['app.py:6', 'app.py:7']);
  }, 120_000);

  it('second half: posts exactly the review comments the first found, the check run and the PR comment', async () => {
    const r = await secondHalf(artifact);
    expect(r.exitCode, r.stdout).toBe(1);
    const state = gh.repo(REPO);
    expect(state.reviewComments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['app.py:6', 'app.py:7']);
    expect(state.reviewComments.every((c) => c.commit_id === fx.headSha)).toBe(true);
    expect(state.checkRuns).toHaveLength(1);
    expect(state.checkRuns[0]).toMatchObject({ head_sha: fx.headSha, conclusion: 'failure' });
    expect(state.issueComments).toHaveLength(1);
    expect(state.issueComments[0]!.body).toContain('tokenhub-migration-check:sticky');
    expect(gh.problems()).toBe('');
    const visible = allOutputText(r).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(visible).not.toContain(WRITE_TOKEN);
    expect(gh.sentText()).not.toContain(READ_TOKEN);
  }, 120_000);

  const tampered: [string, () => string | Buffer, RegExp][] = [
    [
      'a finding on a path outside the diff',
      () => {
        const r = JSON.parse(artifact);
        r.findings[0].path = 'README.md';
        r.findings[0].line = 1;
        return JSON.stringify(r);
      },
      /not on a line this pull request adds/,
    ],
    ['a 100 MB report', () => Buffer.alloc(100 * 1024 * 1024, 0x20), /over the 10485760-byte cap/],
    [
      'a message with Markdown that would break the table',
      () => {
        const r = JSON.parse(artifact);
        r.findings[0].message = 'x | y |\n| [click](https://evil.example) | <img src=x onerror=alert(1)> |';
        return JSON.stringify(r);
      },
      /the message is not the rule's/,
    ],
    [
      'a report for another commit',
      () => {
        const r = JSON.parse(artifact);
        r.run.pullRequest.headSha = fx.baseSha;
        return JSON.stringify(r);
      },
      /the report is about commit/,
    ],
  ];
  for (const [what, make, why] of tampered) {
    it(`refuses ${what} with a warning and posts nothing`, async () => {
      const r = await secondHalf(make());
      expect(r.exitCode).toBe(0);
      const warning = r.annotations.find((a) => a.level === 'warning')?.message ?? '';
      expect(warning).toMatch(/^Refused the report artifact: /);
      expect(warning).toMatch(why);
      expect(warning).toMatch(/Nothing was posted\.$/);
      expect(writes()).toEqual([]);
      expect(r.summary).toContain('was refused');
    }, 120_000);
  }
});
