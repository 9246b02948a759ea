/**
 * Issue 15, item 13: resolved means resolved. When a finding's review comment is no longer needed, its review thread
 * is resolved through GraphQL (`resolveReviewThread`), besides the comment's text saying so; where the token may not
 * resolve threads, the text is what is left. Every GraphQL query is validated against GitHub's published schema by
 * the fake GitHub (graphql-js over @octokit/graphql-schema): a query GitHub would refuse fails the test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { runAction, type ActionResult } from '../support/run-action.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_trustThreadsToken0123456789ab';
const LIMITED = 'ghs_trustNoResolveToken0123456789';
const stale = (fp: string) => `old finding\n\n<!-- tokenhub-migration-check:review fp=${fp} state=open -->`;

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'README.md': '# app\n' },
    head: { add: { 'app.py': 'from openai import OpenAI\nc = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n' } },
    pullNumber: 9,
  });
});
afterAll(async () => fx.cleanup());
beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write', [LIMITED]: 'write' }, cannotResolveThreads: [LIMITED] });
  gh.addPull(REPO, { number: 9, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterEach(async () => {
  expect(gh.problems()).toBe('');
  await gh.close();
});

async function run(token = TOKEN): Promise<ActionResult> {
  const workspace = await fx.clone({ depth: 1 });
  const event = pullRequestEvent({ number: 9, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
  const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': token, 'review-comments': true, 'check-run': false, 'fail-on': 'none' }, ...event, timeoutMs: 90_000 });
  expect(r.timedOut).toBe(false);
  expect(r.exitCode).toBe(0);
  return r;
}

const thread = (commentId: number) => gh.repo(REPO).reviewThreads.get(commentId);
const graphqlCalls = () => gh.requestsTo('POST /graphql').map((q) => String((q.body as { query: string }).query).match(/\b(query|mutation)\b[^{]*\{\s*(\w+)/)?.[2]);

describe('review threads', () => {
  it('a comment no longer needed has its thread resolved, and its text says so', async () => {
    const old = gh.addReviewComment(REPO, 9, { path: 'app.py', line: 1, body: stale('a'.repeat(32)) });
    const r = await run();
    const body = gh.repo(REPO).reviewComments.find((c) => c.id === old.id)!.body as string;
    expect(body).toMatch(/^✅ \*\*Resolved\*\*/);
    expect(thread(old.id)?.isResolved).toBe(true);
    expect(graphqlCalls()).toEqual(['repository', 'resolveReviewThread']);
    expect(r.stdout).toMatch(/1 resolved \(1 thread\(s\) resolved\)/);
    // Our new comment's thread is left open.
    const ours = gh.repo(REPO).reviewComments.find((c) => c.id !== old.id)!;
    expect(thread(ours.id)?.isResolved ?? false).toBe(false);
  });

  it('a thread someone else started is never resolved', async () => {
    const theirs = gh.addReviewComment(REPO, 9, { path: 'app.py', line: 1, body: stale('b'.repeat(32)), user: 'mallory' });
    await run();
    expect(thread(theirs.id)?.isResolved ?? false).toBe(false);
    expect(graphqlCalls()).toEqual([]);
  });

  it('where the token may not resolve threads, the comment text is what is left, said once in the log', async () => {
    const old = gh.addReviewComment(REPO, 9, { path: 'app.py', line: 1, body: stale('c'.repeat(32)) });
    const r = await run(LIMITED);
    expect(gh.repo(REPO).reviewComments.find((c) => c.id === old.id)!.body).toMatch(/^✅ \*\*Resolved\*\*/);
    expect(thread(old.id)?.isResolved).toBe(false);
    expect(r.stdout).toMatch(/1 review thread\(s\) left as they were: the token may not resolve review threads/);
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('a finding that comes back reopens the thread its comment had resolved', async () => {
    await run();
    const ours = gh.repo(REPO).reviewComments[0]!;
    // As a run that found it fixed would have left it.
    ours.body = (ours.body as string).replace('state=open', 'state=resolved');
    gh.reviewThread(REPO, ours.id).isResolved = true;
    await run();
    expect(ours.body).toContain('state=open');
    expect(thread(ours.id)?.isResolved).toBe(false);
    expect(graphqlCalls().slice(-2)).toEqual(['repository', 'unresolveReviewThread']);
  });
});

describe('the fake GitHub checks GraphQL against the published schema', () => {
  it('records a query GitHub would refuse, and answers as GitHub does', async () => {
    const post = (query: string) =>
      fetch(`${gh.url}/graphql`, { method: 'POST', headers: { authorization: `bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<{ errors: { message: string }[]; data?: unknown }>);
    const bad = await post('query { repository(owner: "octo", name: "app") { pullRequest(number: 9) { reviewThreadz(first: 1) { totalCount } } } }');
    expect(bad.errors[0]!.message).toMatch(/Cannot query field "reviewThreadz" on type "PullRequest"/);
    expect(gh.violations.map((v) => v.kind)).toEqual(['invalid-graphql']);
    gh.violations.length = 0;
    const good = await post('query { repository(owner: "octo", name: "app") { pullRequest(number: 9) { reviewThreads(first: 1) { totalCount } } } }');
    expect(good).toEqual({ data: { repository: { pullRequest: { reviewThreads: { totalCount: 0 } } } } });
    expect(gh.violations).toEqual([]);
  });
});
