/**
 * Issue 15, item 9: a list GitHub (or a proxy) answers badly is a failure of the channel that reads it, never an
 * empty list. A body cut off on the way used to read as "no comment of ours yet" (a second sticky comment); a
 * `rel="next"` that never ends kept the step requesting pages for as long as the job ran.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub, faults } from '../support/github-server.js';
import { runAction, type ActionResult } from '../support/run-action.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_trustListsToken0123456789abc';
const STICKY = '<!-- tokenhub-migration-check:sticky -->';
const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const REVIEW_COMMENTS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments';

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'README.md': '# app\n' },
    head: { add: { 'app.py': 'from openai import OpenAI\nc = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n' } },
    pullNumber: 7,
  });
});
afterAll(async () => fx.cleanup());
beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.addPull(REPO, { number: 7, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterEach(async () => {
  expect(gh.problems()).toBe('');
  await gh.close();
});

async function run(inputs: Record<string, string | boolean>): Promise<ActionResult> {
  const workspace = await fx.clone({ depth: 1 });
  const event = pullRequestEvent({ number: 7, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
  const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'check-run': false, 'fail-on': 'none', ...inputs }, ...event, timeoutMs: 90_000 });
  expect(r.timedOut).toBe(false);
  expect(r.exitCode).toBe(0);
  // The other channels and the outputs are untouched by one list's failure.
  expect(r.outputs.findings).toBe('1');
  expect(r.summary).toContain('app.py');
  return r;
}

const warnings = (r: ActionResult) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('a list body that does not parse', () => {
  it('is retried, and when it stays cut off the PR comment is not posted a second time', async () => {
    const ours = gh.addIssueComment(REPO, 7, { body: `${STICKY}\nold status`, user: 'github-actions[bot]' });
    const page = gh.repo(REPO).issueComments;
    gh.failNext(COMMENTS, faults.truncated(page, 40), { times: Infinity });
    const r = await run({ comment: true });
    expect(gh.repo(REPO).issueComments.map((c) => c.id)).toEqual([ours.id]);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toEqual([]);
    expect(gh.requestsTo(COMMENTS).length).toBeGreaterThan(1);
    expect(warnings(r).join('\n')).toMatch(/Could not list the PR comments: .*not JSON/);
  });

  it('an empty 200 body is not an empty list', async () => {
    gh.addIssueComment(REPO, 7, { body: `${STICKY}\nold status`, user: 'github-actions[bot]' });
    gh.failNext(COMMENTS, { status: 200, rawBody: '' }, { times: Infinity });
    const r = await run({ comment: true });
    expect(gh.repo(REPO).issueComments).toHaveLength(1);
    expect(warnings(r).join('\n')).toMatch(/not JSON \(0 characters/);
  });

  it('cut off once, it is read again and the comment updated in place', async () => {
    const ours = gh.addIssueComment(REPO, 7, { body: `${STICKY}\nold status`, user: 'github-actions[bot]' });
    gh.failNext(COMMENTS, faults.truncated(gh.repo(REPO).issueComments, 10));
    const r = await run({ comment: true });
    expect(gh.repo(REPO).issueComments.map((c) => c.id)).toEqual([ours.id]);
    expect(gh.repo(REPO).issueComments[0]!.body).toContain('app.py');
    expect(warnings(r)).toEqual([]);
  });
});

describe('pagination that does not end', () => {
  it('a next link back to the same page stops at once, and no review comment is posted', async () => {
    gh.failNext(REVIEW_COMMENTS, faults.endlessPages('same'), { times: Infinity });
    const r = await run({ 'review-comments': true });
    // The first request has no `page` parameter; its next link names page 1 explicitly, then links to itself.
    expect(gh.requestsTo(REVIEW_COMMENTS)).toHaveLength(2);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toEqual([]);
    expect(warnings(r).join('\n')).toMatch(/Could not list the review comments: GitHub's list of the review comments links back to a page already read/);
  });

  it('an ever-next page stops at the page cap', async () => {
    gh.failNext(REVIEW_COMMENTS, faults.endlessPages('increment'), { times: Infinity });
    const r = await run({ 'review-comments': true });
    expect(gh.requestsTo(REVIEW_COMMENTS)).toHaveLength(100);
    expect(gh.repo(REPO).reviewComments).toEqual([]);
    expect(warnings(r).join('\n')).toMatch(/did not end after 100 pages/);
  });
});
