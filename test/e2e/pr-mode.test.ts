/**
 * Pull-request mode end to end: the bundled action on Node 24, in clones made like actions/checkout's, against the
 * fake GitHub REST server (every request checked against GitHub's OpenAPI description).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';
import { faults, FakeGitHub } from '../support/github-server.js';
import { runAction, type ActionResult, type RunActionOptions } from '../support/run-action.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_e2eWriteToken0123456789';
const READ_TOKEN = 'ghs_e2eForkReadToken012345';

const APP_BASE = [
  'import os',
  'from openai import OpenAI',
  '',
  'LEGACY = "https://api.hunyuan.cloud.tencent.com/v1"',
  'def client():',
  '    return OpenAI(base_url=os.environ["BASE"])',
  '',
].join('\n');
// Lines 7 and 8 are what the PR adds: an LKE endpoint and an LKE DeepSeek model.
const APP_HEAD = APP_BASE + 'lke = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1", api_key=os.environ["KEY"])\nMODEL = "deepseek-r1"\n';
const NEW_LINES = ['app.py:7', 'app.py:8'];

let gh: FakeGitHub;
let small: GitFixture;
let clean: GitFixture;
let big: GitFixture;

beforeAll(async () => {
  [small, clean, big] = await Promise.all([
    createGitFixture({
      base: { 'app.py': APP_BASE, 'README.md': '# app\n' },
      head: { change: { 'app.py': APP_HEAD, 'README.md': '# app\n\nNow with more docs.\n' } },
      // main moves on in the same file: the test merge commit's line numbers are one higher than the head's.
      baseAfter: { change: { 'app.py': '# header added on main\n' + APP_BASE } },
      pullNumber: 1,
    }),
    createGitFixture({
      base: { 'app.py': APP_BASE + 'x = 1\n' },
      head: { change: { 'app.py': APP_BASE + 'x = 2\n' }, add: { 'docs/notes.md': 'Uses TokenHub at https://tokenhub-intl.tencentcloudmaas.com/v1\n' } },
      pullNumber: 2,
    }),
    createGitFixture({
      base: { 'README.md': '# app\n' },
      head: { add: { 'config/endpoints.txt': Array.from({ length: 60 }, (_, i) => `region_${i} = https://api.hunyuan.cloud.tencent.com/v1`).join('\n') + '\n' } },
      pullNumber: 4,
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([small.cleanup(), clean.cleanup(), big.cleanup()]);
});

beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write', [READ_TOKEN]: 'read' } });
  gh.repo(REPO);
  for (const fx of [small, clean, big]) {
    gh.addPull(REPO, { number: fx.pullNumber, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
  }
});
afterEach(async () => {
  // Whatever else a test checks: nothing the action sent may be invalid for GitHub's real API.
  expect(gh.problems()).toBe('');
  await gh.close();
});

async function runPr(fx: GitFixture, opts: { depth?: number; ref?: string; inputs?: RunActionOptions['inputs']; env?: Record<string, string>; forkRepo?: string; workspace?: string } = {}): Promise<ActionResult> {
  const workspace = opts.workspace ?? (await fx.clone({ depth: opts.depth ?? 1, ...(opts.ref ? { ref: opts.ref } : {}) }));
  const event = pullRequestEvent({
    number: fx.pullNumber!,
    base: { ref: 'main', sha: fx.baseSha },
    head: { ref: 'feature', sha: fx.headSha, ...(opts.forkRepo ? { repo: opts.forkRepo } : {}) },
    mergeSha: fx.mergeSha,
    apiUrl: gh.url,
  });
  const result = await runAction({
    workspace,
    apiUrl: gh.url,
    inputs: { 'github-token': TOKEN, ...opts.inputs },
    ...event,
    env: { ...event.env, ...opts.env },
    timeoutMs: 90_000,
  });
  expect(result.timedOut, result.stderr).toBe(false);
  return result;
}

const located = (r: ActionResult) => r.annotations.filter((a) => a.file).map((a) => `${a.file}:${a.line}`);
const warnings = (r: ActionResult) => r.annotations.filter((a) => a.level === 'warning' && !a.file).map((a) => a.message);
const notices = (r: ActionResult) => r.annotations.filter((a) => a.level === 'notice' && !a.file).map((a) => a.message);

describe('pull request mode', () => {
  it('annotates only the added lines, at the head commit, and blocks the merge (depth-1 clone of the merge commit)', async () => {
    const r = await runPr(small, { inputs: { 'review-comments': true, comment: true } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', mode: 'diff', 'new-findings': '2', findings: '2', errors: '2', 'pre-existing-findings': '1' });
    // The test merge commit has a line more above these (main moved on); findings point at the head's lines.
    expect(located(r).sort()).toEqual(NEW_LINES);
    expect(r.stdout).toMatch(/Fetching .* from origin/);
    expect(r.annotations.find((a) => a.level === 'error' && !a.file)?.message).toMatch(/2 finding\(s\) on lines this pull request adds at or above 'error'.*tokenhub-intl/);

    // Check run on the head commit with every finding.
    const [run] = gh.repo(REPO).checkRuns;
    expect(run).toMatchObject({ head_sha: small.headSha, conclusion: 'failure', name: 'TokenHub migration check' });
    expect(gh.repo(REPO).checkRunAnnotations.get(run!.id)!.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(NEW_LINES);

    // One review with a comment on each added line; the base URL comes with a suggestion block.
    const comments = gh.repo(REPO).reviewComments;
    expect(comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(NEW_LINES);
    const urlComment = comments.find((c) => c.line === 7)!;
    expect(urlComment.commit_id).toBe(small.headSha);
    expect(urlComment.body).toContain('```suggestion\nlke = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1", api_key=os.environ["KEY"])\n```');
    expect(urlComment.body).toContain('the same one `tokenhub-migration-check fix` writes');
    // A replacement that is only our suggestion is named, never offered as a commit (the fix does not write it either).
    expect(comments.find((c) => c.line === 8)!.body).toContain('not an official mapping');
    expect(comments.find((c) => c.line === 8)!.body).not.toContain('```suggestion');

    // Sticky comment and job summary, with links to the head commit's lines.
    const sticky = gh.repo(REPO).issueComments;
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('<!-- tokenhub-migration-check:sticky -->');
    expect(r.summary).toContain(`https://github.com/${REPO}/blob/${small.headSha}/app.py#L7`);
    expect(r.summary).toMatch(/1 pre-existing finding/);
    expect(r.summary).toMatch(/Fetched .* \(depth 1\)/);
    // The token goes to the API in a header; it is masked at once and never printed otherwise.
    expect(r.masked).toContain(TOKEN);
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '') + r.stderr + r.summary).not.toContain(TOKEN);
  });

  it('on a re-run updates in place instead of duplicating, and resolves comments whose finding is gone', async () => {
    const workspace = await small.clone({ depth: 0 });
    // A comment an earlier run left on a finding that no longer exists.
    const stale = gh.addReviewComment(REPO, 1, {
      path: 'app.py',
      line: 7,
      body: 'old finding\n\n<!-- tokenhub-migration-check:review fp=deadbeefdeadbeefdeadbeefdeadbeef state=open -->',
    });
    const first = await runPr(small, { workspace, inputs: { 'review-comments': true, comment: true } });
    expect(first.exitCode).toBe(1);
    const afterFirst = gh.repo(REPO).reviewComments.map((c) => c.id);
    expect(afterFirst).toHaveLength(3);
    expect(gh.repo(REPO).reviewComments.find((c) => c.id === stale.id)!.body).toMatch(/^✅ \*\*Resolved\*\*.*state=resolved/s);

    const second = await runPr(small, { workspace, inputs: { 'review-comments': true, comment: true } });
    expect(second.exitCode).toBe(1);
    expect(gh.repo(REPO).reviewComments.map((c) => c.id)).toEqual(afterFirst);
    expect(gh.repo(REPO).reviews).toHaveLength(1);
    expect(gh.repo(REPO).issueComments).toHaveLength(1);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toHaveLength(1);
    expect(second.stdout).toContain('Review comments: 0 new, 0 updated, 0 resolved, 2 unchanged');
  });

  it("keeps within GitHub's 10 annotations per level, says how many more, and puts all of them on the check run", async () => {
    const r = await runPr(big, { depth: 0 });
    expect(r.outputs).toMatchObject({ 'new-findings': '60', errors: '60' });
    expect(r.annotations.filter((a) => a.file && a.level === 'error')).toHaveLength(10);
    const [run] = gh.repo(REPO).checkRuns;
    // The smoke test's skip notice (no key given) comes after the scan's and is the one GitHub would drop.
    expect(notices(r).filter((m) => !m.startsWith('TokenHub smoke test skipped'))).toEqual([expect.stringMatching(new RegExp(`^50 more findings are not annotated here .*the check run \\(${run!.html_url}\\)`))]);
    // 50 annotations with the create request, the other 10 appended by an update.
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/check-runs')).toHaveLength(1);
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')).toHaveLength(1);
    expect(gh.repo(REPO).checkRunAnnotations.get(run!.id)).toHaveLength(60);
  });

  it('passes a PR that adds nothing legacy, even when the file it changes holds old usage elsewhere', async () => {
    const r = await runPr(clean, { depth: 0, inputs: { 'review-comments': true, comment: true } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', 'new-findings': '0', 'pre-existing-findings': '1' });
    expect(located(r)).toEqual([]);
    expect(r.summary).toContain('This pull request adds no usage of the retiring');
    // Nothing to say: no check run, no review, no comment.
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('scope changed-files counts every finding in a touched file as new', async () => {
    const r = await runPr(clean, { depth: 0, inputs: { scope: 'changed-files', 'check-run': false } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ 'new-findings': '1', 'pre-existing-findings': '0' });
    expect(located(r)).toEqual(['app.py:4']);
  });

  it('on a fork PR skips API writes with one notice, keeps the annotations, and still fails', async () => {
    const r = await runPr(small, { depth: 0, forkRepo: 'someone/app', inputs: { 'github-token': READ_TOKEN, 'review-comments': true, comment: true } });
    expect(r.exitCode).toBe(1);
    expect(located(r).sort()).toEqual(NEW_LINES);
    expect(notices(r).filter((m) => m.startsWith('Skipping'))).toEqual([
      expect.stringMatching(/^Skipping the check run, review comments, PR comment: this pull request comes from a fork/),
    ]);
    expect(warnings(r)).toEqual([]);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('falls back to the REST files list when git cannot fetch, and says so', async () => {
    const workspace = await small.clone();
    await git(workspace, ['remote', 'set-url', 'origin', 'file:///nonexistent/remote.git']);
    const r = await runPr(small, { workspace, inputs: { 'check-run': false } });
    expect(r.exitCode).toBe(1);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(1);
    expect(r.summary).toContain("the REST API's pull request file list");
    expect(r.summary).toMatch(/Git could not give the diff \(could not fetch/);
    // The workspace holds the merge commit, whose lines are one further down: the summary says so.
    expect(r.summary).toMatch(/Line numbers come from the checked-out commit/);
  });

  it('runs on merge_group, diffing the queue entry against its base', async () => {
    const workspace = await small.clone({ depth: 1, ref: 'refs/heads/feature' });
    const r = await runAction({
      workspace,
      apiUrl: gh.url,
      eventName: 'merge_group',
      repository: REPO,
      sha: small.headSha,
      ref: 'refs/heads/gh-readonly-queue/main/pr-1-' + small.baseSha,
      event: { action: 'checks_requested', merge_group: { head_sha: small.headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1', base_sha: small.baseSha, base_ref: 'refs/heads/main' } },
      inputs: { 'github-token': TOKEN },
      timeoutMs: 90_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ mode: 'diff', 'new-findings': '2' });
    expect(located(r).sort()).toEqual(NEW_LINES);
    expect(gh.repo(REPO).checkRuns[0]).toMatchObject({ head_sha: small.headSha });
  });
});

describe('pull request mode when the API refuses or fails', () => {
  it('403 on the check run: a warning naming checks: write; annotations, review comments and summary still there', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/check-runs', faults.forbidden());
    const r = await runPr(small, { depth: 0, inputs: { 'review-comments': true } });
    expect(r.exitCode).toBe(1);
    expect(warnings(r)).toEqual([expect.stringMatching(/Could not create the check run.*HTTP 403.*'checks: write'/)]);
    expect(located(r).sort()).toEqual(NEW_LINES);
    expect(gh.repo(REPO).reviewComments).toHaveLength(2);
    expect(r.summary).toContain('app.py:7');
    expect(r.outputs.result).toBe('fail');
  });

  it('422 on the review: posts the comments one by one, and reports the ones GitHub refuses', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', faults.unprocessable('Unprocessable Entity', ['Line could not be resolved']));
    gh.failNext('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', faults.unprocessable('Validation Failed'));
    const r = await runPr(small, { depth: 0, inputs: { 'review-comments': true, 'check-run': false } });
    expect(r.exitCode).toBe(1);
    expect(gh.repo(REPO).reviewComments).toHaveLength(1);
    expect(warnings(r)).toEqual([expect.stringMatching(/GitHub refused 1 review comment\(s\): app.py:7 \(HTTP 422: Validation Failed/)]);
    expect(located(r).sort()).toEqual(NEW_LINES);
  });

  it('500 then success: the request is retried and the check run is created once', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/check-runs', faults.serverError(500));
    const r = await runPr(small, { depth: 0 });
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/check-runs').map((q) => q.status)).toEqual([500, 201]);
    expect(gh.repo(REPO).checkRuns).toHaveLength(1);
    expect(warnings(r)).toEqual([]);
  });

  it('secondary rate limit with retry-after: waits and retries, then posts the PR comment', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.secondaryRateLimit({ retryAfter: 1 }));
    const r = await runPr(small, { depth: 0, inputs: { comment: true, 'check-run': false } });
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((q) => q.status)).toEqual([403, 201]);
    expect(gh.repo(REPO).issueComments).toHaveLength(1);
    expect(warnings(r)).toEqual([expect.stringMatching(/secondary rate limit on POST .*retrying in 1 s/)]);
  });

  it('a request that hangs times out, is retried, and the run completes', async () => {
    gh.failNext('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.hang());
    const r = await runPr(small, { depth: 0, inputs: { comment: true, 'check-run': false }, env: { TOKENHUB_MIGRATION_CHECK_API_TIMEOUT: '2' } });
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(2);
    expect(gh.repo(REPO).issueComments).toHaveLength(1);
    expect(r.exitCode).toBe(1);
    expect(located(r).sort()).toEqual(NEW_LINES);
  });

  it('a request that keeps failing costs only its own channel', async () => {
    gh.failNext('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.serverError(502), { times: Infinity });
    const r = await runPr(small, { depth: 0, inputs: { comment: true, 'review-comments': true } });
    expect(warnings(r)).toEqual([expect.stringMatching(/Could not list the PR comments: HTTP 502/)]);
    expect(gh.repo(REPO).checkRuns).toHaveLength(1);
    expect(gh.repo(REPO).reviewComments).toHaveLength(2);
    expect(r.summary).toContain('app.py:8');
    expect(r.exitCode).toBe(1);
  });
});
