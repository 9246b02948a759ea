/**
 * Issue 15, item 5: comments are recognised by who wrote them, not by their hidden marker alone. Anyone who can
 * comment can paste the sticky marker or a review-comment marker; the action must leave such comments alone. A marker
 * pasted into an added line of code must not confuse a comment's own fingerprint across runs.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { runAction, type ActionResult } from '../support/run-action.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_trustOwnershipToken01234567';
const PAT = 'ghp_trustMaintainerPat0123456789';
const STICKY = '<!-- tokenhub-migration-check:sticky -->';
const FAKE_FP = 'f'.repeat(32);

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'README.md': '# app\n' },
    head: {
      add: {
        'app.py': [
          'from openai import OpenAI',
          'a = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")',
          // A line that carries a review marker of its own, next to a finding.
          `b = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")  # <!-- tokenhub-migration-check:review fp=${FAKE_FP} state=open -->`,
          '',
        ].join('\n'),
      },
    },
    pullNumber: 5,
  });
});
afterAll(async () => fx.cleanup());
beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write', [PAT]: 'write' }, identities: { [PAT]: 'octo-maintainer' } });
  gh.addPull(REPO, { number: 5, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterEach(async () => {
  expect(gh.problems()).toBe('');
  await gh.close();
});

async function run(token = TOKEN, inputs: Record<string, string | boolean> = {}): Promise<ActionResult> {
  const workspace = await fx.clone({ depth: 1 });
  const event = pullRequestEvent({ number: 5, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
  const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': token, 'review-comments': true, comment: true, 'check-run': false, ...inputs }, ...event, timeoutMs: 90_000 });
  expect(r.timedOut).toBe(false);
  return r;
}

describe('comment ownership', () => {
  it("leaves alone another person's comments that carry our markers, and posts its own", async () => {
    const theirSticky = gh.addIssueComment(REPO, 5, { body: `${STICKY}\nI pasted the marker`, user: 'mallory' });
    const theirReview = gh.addReviewComment(REPO, 5, { path: 'app.py', line: 2, body: `nice\n\n<!-- tokenhub-migration-check:review fp=${'a'.repeat(32)} state=open -->`, user: 'mallory' });
    await run();
    const repo = gh.repo(REPO);
    expect(repo.issueComments.find((c) => c.id === theirSticky.id)!.body).toBe(`${STICKY}\nI pasted the marker`);
    expect(repo.reviewComments.find((c) => c.id === theirReview.id)!.body).toBe(theirReview.body);
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toEqual([]);
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}')).toEqual([]);
    // Ours: a new sticky comment and one review comment per finding, all by the workflow's bot.
    const ours = repo.issueComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(repo.reviewComments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(2);
  });

  it('a marker in an added line does not make a second comment over three runs', async () => {
    for (let i = 0; i < 3; i++) await run();
    const repo = gh.repo(REPO);
    expect(repo.reviewComments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['app.py:2', 'app.py:3']);
    expect(repo.issueComments).toHaveLength(1);
    for (const c of repo.reviewComments) expect(c.body).not.toContain('Resolved');
  });

  it("with a user's token, recognises that user's comments (GET /user) and no one else's", async () => {
    await run(PAT);
    await run(PAT);
    const repo = gh.repo(REPO);
    expect(gh.requestsTo('GET /user').map((q) => q.status)).toEqual([200, 200]);
    expect(repo.issueComments.map((c) => c.user.login)).toEqual(['octo-maintainer']);
    expect(repo.reviewComments.map((c) => c.user.login)).toEqual(['octo-maintainer', 'octo-maintainer']);
    // The workflow's token does not take the maintainer's comments for its own.
    await run(TOKEN);
    expect(repo.issueComments.map((c) => c.user.login).sort()).toEqual(['github-actions[bot]', 'octo-maintainer']);
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}').filter((q) => q.token === TOKEN)).toEqual([]);
  });

  it('comment-author names an app bot the token writes as', async () => {
    gh.addIssueComment(REPO, 5, { body: `${STICKY}\nold status`, user: 'my-app[bot]' });
    const r = await run(TOKEN, { 'comment-author': 'my-app[bot]' });
    expect(r.stdout).toMatch(/Updated the PR comment/);
    expect(gh.requestsTo('GET /user')).toEqual([]);
  });
});
