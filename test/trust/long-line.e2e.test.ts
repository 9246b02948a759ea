/**
 * Issue 15, item 1: a PR adding one very long (minified) line with legacy URLs and `review-comments: true`. Each
 * review comment must stay within GitHub's 65,536-character body limit, the suggestion for a line too long to review
 * is left out (and the comment says so), and a refusal is reported with GitHub's reason, not "line not in the diff".
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { faults, FakeGitHub } from '../support/github-server.js';
import { runAction } from '../support/run-action.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_trustLongLineToken0123456';
const GITHUB_BODY_LIMIT = 65_536;

/** One minified line of about `bytes` characters with five legacy base URLs spread through it. */
function minifiedLine(bytes: number): string {
  const filler = 'var a=1;'.repeat(Math.ceil(bytes / 5 / 8));
  const urls = Array.from({ length: 5 }, (_, i) => `const c${i}=new OpenAI({baseURL:"https://api.hunyuan.cloud.tencent.com/v1"});`);
  return urls.map((u) => filler + u).join('');
}

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'README.md': '# app\n' },
    head: { add: { 'web/app.min.js': minifiedLine(200_000) + '\n' } },
    pullNumber: 3,
  });
});
afterAll(async () => fx.cleanup());
beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.addPull(REPO, { number: 3, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterEach(async () => {
  expect(gh.problems()).toBe('');
  await gh.close();
});

describe('review comments on a long single line', () => {
  it('posts every comment within the body limit, without a suggestion for the unreviewable line, and says why', async () => {
    const workspace = await fx.clone({ depth: 1 });
    const event = pullRequestEvent({ number: 3, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'review-comments': true, 'check-run': false }, ...event, timeoutMs: 90_000 });
    expect(r.timedOut).toBe(false);
    expect(r.outputs.result).toBe('fail');
    expect(Number(r.outputs['new-findings'])).toBeGreaterThanOrEqual(5);
    expect(r.summary).toContain('TokenHub');

    const comments = gh.repo(REPO).reviewComments;
    expect(comments.length).toBeGreaterThanOrEqual(5);
    for (const c of comments) {
      expect(c.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
      expect(c.body).not.toContain('```suggestion');
      expect(c.body).toMatch(/suggestion is left out.*too long/i);
    }
    // Every request the action sent stayed within the limit, so nothing was refused.
    for (const req of gh.requests) expect(req.rawBody.length).toBeLessThan(2 * GITHUB_BODY_LIMIT * 5);
    expect(r.stdout).not.toMatch(/line not in the diff/);
  });

  it("reports GitHub's own reason when it refuses a comment, not a guess", async () => {
    gh.failNext('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', faults.unprocessable('Unprocessable Entity', ['Body is too long (maximum is 65536 characters)']));
    gh.failNext('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', faults.unprocessable('Validation Failed', [{ resource: 'PullRequestReviewComment', code: 'custom', message: 'Body is too long (maximum is 65536 characters)' }]), { times: Infinity });
    const workspace = await fx.clone({ depth: 1 });
    const event = pullRequestEvent({ number: 3, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'review-comments': true, 'check-run': false }, ...event, timeoutMs: 90_000 });
    const warning = r.annotations.find((a) => a.level === 'warning' && /refused/.test(a.message))?.message;
    expect(warning).toMatch(/GitHub refused \d+ review comment\(s\): web\/app\.min\.js:1 \(HTTP 422: Validation Failed/);
    expect(warning).not.toMatch(/line not in the diff/);
    expect(r.outputs.result).toBe('fail');
  });
});
