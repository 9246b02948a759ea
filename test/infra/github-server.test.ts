import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, faults, parsePatch } from '../support/github-server.js';

const PATCH = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+c', ' d', '@@ -10,2 +11,2 @@', ' x', '-y', '+Y'].join('\n');

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addPull('octo/app', {
    number: 7,
    head: { ref: 'feature', sha: 'h'.repeat(40) },
    base: { ref: 'main', sha: 'b'.repeat(40) },
    files: [{ filename: 'src/a.ts', status: 'modified', patch: PATCH }],
  });
});
afterEach(() => gh.close());

const client = (token = 'ghs_test') => getOctokit(token, { baseUrl: gh.url });

describe('fake GitHub server', () => {
  it('answers a valid octokit call with GitHub-shaped data and records the token', async () => {
    const { data } = await client().rest.pulls.get({ owner: 'octo', repo: 'app', pull_number: 7 });
    expect(data).toMatchObject({ number: 7, head: { sha: 'h'.repeat(40), ref: 'feature' }, base: { ref: 'main' }, state: 'open' });
    expect(data.html_url).toBe('https://github.com/octo/app/pull/7');
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo/app/pulls/7', token: 'ghs_test', operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' });
    expect(gh.violations).toEqual([]);
  });

  it('flags a body that does not fit the OpenAPI schema, and answers 422', async () => {
    const err = await client()
      .request('POST /repos/{owner}/{repo}/check-runs', { owner: 'octo', repo: 'app', name: 'x', head_sha: 'h'.repeat(40), status: 'finished' as 'completed' /* deliberately not a GitHub status */ })
      .catch((e: { status: number }) => e);
    expect(err).toMatchObject({ status: 422 });
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatchObject({ kind: 'invalid-body', operation: 'POST /repos/{owner}/{repo}/check-runs' });
    expect(gh.violations[0]!.problems.join()).toMatch(/status must be equal to one of the allowed values/);
    expect(gh.repo('octo/app').checkRuns).toHaveLength(0);
  });

  it('flags unknown routes and unknown query parameters', async () => {
    await expect(client().request('GET /repos/{owner}/{repo}/no-such-thing', { owner: 'octo', repo: 'app' })).rejects.toMatchObject({ status: 404 });
    await expect(client().request('GET /repos/{owner}/{repo}/issues', { owner: 'octo', repo: 'app', lables: 'x' })).rejects.toMatchObject({ status: 422 });
    expect(gh.violations.map((v) => v.kind)).toEqual(['unknown-route', 'invalid-query']);
    expect(gh.unexpected.map((r) => r.path)).toEqual(['/repos/octo/app/no-such-thing']);
  });

  it('records a spec-valid route it does not implement as unexpected, not as a violation', async () => {
    await expect(client().rest.repos.listBranches({ owner: 'octo', repo: 'app' })).rejects.toMatchObject({ status: 404 });
    expect(gh.violations).toEqual([]);
    expect(gh.unexpected).toHaveLength(1);
  });

  it('paginates with Link headers that octokit follows', async () => {
    for (let i = 0; i < 75; i++) gh.addIssue('octo/app', { title: `issue ${i}`, labels: i % 3 === 0 ? ['tokenhub-migration'] : [] });
    const first = await client().rest.issues.listForRepo({ owner: 'octo', repo: 'app', per_page: 10 });
    expect(first.data).toHaveLength(10);
    expect(first.headers.link).toMatch(/page=2>; rel="next"/);
    expect(first.headers.link).toMatch(/page=8>; rel="last"/);
    const all = await client().paginate(client().rest.issues.listForRepo, { owner: 'octo', repo: 'app', per_page: 20 });
    // 75 issues plus the pull request, which GitHub lists among issues.
    expect(all).toHaveLength(76);
    expect(all.filter((i) => i.pull_request)).toHaveLength(1);
    const labelled = await client().paginate(client().rest.issues.listForRepo, { owner: 'octo', repo: 'app', labels: 'tokenhub-migration', state: 'open', per_page: 100 });
    expect(labelled).toHaveLength(25);
    expect(gh.violations).toEqual([]);
  });

  it('paginates pull request files and review comments', async () => {
    gh.addPull('octo/app', {
      number: 8,
      head: { ref: 'big', sha: 'c'.repeat(40) },
      base: { ref: 'main', sha: 'b'.repeat(40) },
      files: Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.txt`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x' })),
    });
    const files = await client().paginate(client().rest.pulls.listFiles, { owner: 'octo', repo: 'app', pull_number: 8, per_page: 100 });
    expect(files.map((f) => f.filename)).toEqual(Array.from({ length: 250 }, (_, i) => `f${i}.txt`));
    expect(files[0]).toMatchObject({ status: 'added', additions: 1, deletions: 0, changes: 1 });
    for (let i = 0; i < 3; i++) gh.addReviewComment('octo/app', 8, { path: `f${i}.txt`, line: 1, body: `c${i}` });
    const comments = await client().paginate(client().rest.pulls.listReviewComments, { owner: 'octo', repo: 'app', pull_number: 8, per_page: 2 });
    expect(comments.map((c) => c.body)).toEqual(['c0', 'c1', 'c2']);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments')).toHaveLength(2);
  });

  it('accepts review comments inside the diff and refuses the whole review for a line outside it', async () => {
    const octokit = client();
    const ok = await octokit.rest.pulls.createReview({
      owner: 'octo', repo: 'app', pull_number: 7, event: 'COMMENT', body: 'review',
      comments: [{ path: 'src/a.ts', line: 3, side: 'RIGHT', body: 'on an added line' }, { path: 'src/a.ts', line: 2, side: 'LEFT', body: 'on a removed line' }],
    });
    expect(ok.data.state).toBe('COMMENTED');
    expect(gh.repo('octo/app').reviewComments.map((c) => [c.line, c.side, c.position])).toEqual([[3, 'RIGHT', 4], [2, 'LEFT', 2]]);
    await expect(
      octokit.rest.pulls.createReview({ owner: 'octo', repo: 'app', pull_number: 7, event: 'COMMENT', body: 'x', comments: [{ path: 'src/a.ts', line: 3, body: 'ok' }, { path: 'src/a.ts', line: 8, body: 'outside' }] }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/Line could not be resolved/) });
    expect(gh.repo('octo/app').reviewComments).toHaveLength(2);
    await expect(
      octokit.rest.pulls.createReviewComment({ owner: 'octo', repo: 'app', pull_number: 7, commit_id: 'h'.repeat(40), path: 'src/other.ts', line: 1, body: 'x' }),
    ).rejects.toMatchObject({ status: 422 });
    const single = await octokit.rest.pulls.createReviewComment({ owner: 'octo', repo: 'app', pull_number: 7, commit_id: 'h'.repeat(40), path: 'src/a.ts', line: 12, body: 'x' });
    const edited = await octokit.rest.pulls.updateReviewComment({ owner: 'octo', repo: 'app', comment_id: single.data.id, body: 'edited' });
    expect(edited.data.body).toBe('edited');
    await octokit.rest.pulls.deleteReviewComment({ owner: 'octo', repo: 'app', comment_id: single.data.id });
    expect(gh.repo('octo/app').reviewComments).toHaveLength(2);
    expect(gh.violations).toEqual([]);
  });

  it('keeps check runs, appending annotations across updates', async () => {
    const octokit = client();
    const created = await octokit.rest.checks.create({ owner: 'octo', repo: 'app', name: 'TokenHub migration', head_sha: 'h'.repeat(40), status: 'in_progress' });
    const annotation = { path: 'src/a.ts', start_line: 3, end_line: 3, annotation_level: 'failure' as const, message: 'legacy endpoint' };
    await octokit.rest.checks.update({ owner: 'octo', repo: 'app', check_run_id: created.data.id, output: { title: 't', summary: 's', annotations: [annotation] } });
    const done = await octokit.rest.checks.update({ owner: 'octo', repo: 'app', check_run_id: created.data.id, conclusion: 'failure', output: { title: 't', summary: 'done', annotations: [annotation] } });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { summary: 'done', annotations_count: 2 } });
    expect(gh.repo('octo/app').checkRunAnnotations.get(created.data.id)).toHaveLength(2);
    // GitHub takes at most 50 annotations per request: the OpenAPI schema says so and the server enforces it.
    await expect(
      octokit.rest.checks.update({ owner: 'octo', repo: 'app', check_run_id: created.data.id, output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.violations).toHaveLength(1);
  });

  it('keeps issues, issue comments and labels', async () => {
    const octokit = client();
    await octokit.rest.issues.createLabel({ owner: 'octo', repo: 'app', name: 'tokenhub-migration', color: '1d76db' });
    await expect(octokit.rest.issues.createLabel({ owner: 'octo', repo: 'app', name: 'TokenHub-Migration', color: '1d76db' })).rejects.toMatchObject({ status: 422 });
    const issue = await octokit.rest.issues.create({ owner: 'octo', repo: 'app', title: 'Migrate to TokenHub', body: 'list', labels: ['tokenhub-migration'] });
    expect(issue.data.labels).toMatchObject([{ name: 'tokenhub-migration', color: '1d76db' }]);
    await octokit.rest.issues.addLabels({ owner: 'octo', repo: 'app', issue_number: issue.data.number, labels: ['new-label'] });
    const closed = await octokit.rest.issues.update({ owner: 'octo', repo: 'app', issue_number: issue.data.number, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', labels: [{ name: 'tokenhub-migration' }, { name: 'new-label' }] });
    const comment = await octokit.rest.issues.createComment({ owner: 'octo', repo: 'app', issue_number: 7, body: '<!-- marker --> hi' });
    expect(comment.data.user?.login).toBe('github-actions[bot]');
    await octokit.rest.issues.updateComment({ owner: 'octo', repo: 'app', comment_id: comment.data.id, body: 'updated' });
    const list = await octokit.rest.issues.listComments({ owner: 'octo', repo: 'app', issue_number: 7 });
    expect(list.data.map((c) => c.body)).toEqual(['updated']);
    await expect(octokit.rest.issues.createComment({ owner: 'octo', repo: 'app', issue_number: 7, body: 'x'.repeat(65537) })).rejects.toMatchObject({ status: 422 });
    const labels = await octokit.rest.issues.listLabelsForRepo({ owner: 'octo', repo: 'app' });
    expect(labels.data.map((l) => l.name)).toEqual(['tokenhub-migration', 'new-label']);
    expect(gh.violations).toEqual([]);
  });

  it('lists, creates and edits pull requests', async () => {
    const octokit = client();
    const created = await octokit.rest.pulls.create({ owner: 'octo', repo: 'app', title: 'Move to TokenHub', head: 'tokenhub-fix', base: 'main', body: 'fixes' });
    expect(created.data.number).toBe(8);
    await expect(octokit.rest.pulls.create({ owner: 'octo', repo: 'app', title: 'again', head: 'octo:tokenhub-fix', base: 'main' })).rejects.toMatchObject({ status: 422 });
    const found = await octokit.rest.pulls.list({ owner: 'octo', repo: 'app', head: 'octo:tokenhub-fix', state: 'open' });
    expect(found.data.map((p) => p.number)).toEqual([8]);
    const edited = await octokit.rest.pulls.update({ owner: 'octo', repo: 'app', pull_number: 8, body: 'new body' });
    expect(edited.data.body).toBe('new body');
    const repo = await octokit.rest.repos.get({ owner: 'octo', repo: 'app' });
    expect(repo.data).toMatchObject({ full_name: 'octo/app', default_branch: 'main' });
    await expect(octokit.rest.repos.get({ owner: 'octo', repo: 'missing' })).rejects.toMatchObject({ status: 404 });
    expect(gh.violations).toEqual([]);
  });
});

describe('fault injection', () => {
  it('scripts a 403 once, then answers normally', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/check-runs', faults.forbidden());
    const args = { owner: 'octo', repo: 'app', name: 'x', head_sha: 'h'.repeat(40) };
    await expect(client().rest.checks.create(args)).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Resource not accessible by integration/) });
    await expect(client().rest.checks.create(args)).resolves.toMatchObject({ status: 201 });
  });

  it('matches templates with any parameter names, and concrete paths', async () => {
    gh.failNext('GET /repos/{o}/{r}/pulls/{n}', faults.serverError(502), { times: 2 });
    gh.failNext('GET /repos/octo/app/pulls/7/files', { status: 500, body: { message: 'boom' } });
    const octokit = client();
    await expect(octokit.rest.pulls.get({ owner: 'octo', repo: 'app', pull_number: 7 })).rejects.toMatchObject({ status: 502 });
    await expect(octokit.rest.pulls.get({ owner: 'octo', repo: 'app', pull_number: 7 })).rejects.toMatchObject({ status: 502 });
    await expect(octokit.rest.pulls.get({ owner: 'octo', repo: 'app', pull_number: 7 })).resolves.toMatchObject({ status: 200 });
    await expect(octokit.rest.pulls.listFiles({ owner: 'octo', repo: 'app', pull_number: 7 })).rejects.toMatchObject({ status: 500 });
  });

  it('a 500 then success is retried by @octokit/plugin-retry', async () => {
    gh.failNext('GET /repos/{owner}/{repo}', faults.serverError());
    const octokit = getOctokit('t', { baseUrl: gh.url, retry: { retryAfterBaseValue: 1 } }, retry);
    await expect(octokit.rest.repos.get({ owner: 'octo', repo: 'app' })).resolves.toMatchObject({ status: 200 });
    expect(gh.requestsTo('GET /repos/{owner}/{repo}').map((r) => r.status)).toEqual([500, 200]);
  });

  it('sends a secondary rate limit that @octokit/plugin-throttling recognizes and waits out', async () => {
    // A read, because plugin-throttling also spaces writes about 3 s apart, which would only slow this test down.
    gh.failNext('GET /repos/{owner}/{repo}', [faults.secondaryRateLimit({ status: 403, retryAfter: 2 }), faults.secondaryRateLimit({ status: 429, retryAfter: 3 })]);
    const seen: number[] = [];
    const octokit = getOctokit(
      't',
      {
        baseUrl: gh.url,
        throttle: {
          // Wait 1 ms per second of retry-after, so the test does not sleep.
          retryAfterBaseValue: 1,
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter: number) => {
            seen.push(retryAfter);
            return true;
          },
        },
      },
      throttling,
    );
    await expect(octokit.rest.repos.get({ owner: 'octo', repo: 'app' })).resolves.toMatchObject({ status: 200 });
    expect(seen).toEqual([2, 3]);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}').map((r) => r.status)).toEqual([403, 429, 200]);
  });

  it('hangs a request until the client gives up', async () => {
    gh.failNext('GET /repos/{owner}/{repo}', faults.hang());
    const octokit = getOctokit('t', { baseUrl: gh.url, request: { signal: AbortSignal.timeout(200) } });
    await expect(octokit.rest.repos.get({ owner: 'octo', repo: 'app' })).rejects.toThrow();
    expect(gh.requests[0]!.status).toBeUndefined();
  });

  it('enforces tokens when configured: 401 for unknown, 403 on writes for read-only', async () => {
    const strict = await FakeGitHub.start({ tokens: { 'ghs_write': 'write', 'ghs_fork': 'read' } });
    try {
      strict.repo('octo/app');
      strict.addIssue('octo/app', { title: 'x' });
      const as = (t: string) => getOctokit(t, { baseUrl: strict.url });
      await expect(as('nope').rest.repos.get({ owner: 'octo', repo: 'app' })).rejects.toMatchObject({ status: 401 });
      await expect(as('ghs_fork').rest.repos.get({ owner: 'octo', repo: 'app' })).resolves.toMatchObject({ status: 200 });
      await expect(as('ghs_fork').rest.issues.createComment({ owner: 'octo', repo: 'app', issue_number: 1, body: 'x' })).rejects.toMatchObject({ status: 403 });
      await expect(as('ghs_write').rest.issues.createComment({ owner: 'octo', repo: 'app', issue_number: 1, body: 'x' })).resolves.toMatchObject({ status: 201 });
      expect(strict.requests.map((r) => r.token)).toEqual(['nope', 'ghs_fork', 'ghs_fork', 'ghs_write']);
    } finally {
      await strict.close();
    }
  });
});

describe('parsePatch', () => {
  it('maps diff positions and commentable lines as GitHub does', () => {
    const p = parsePatch(PATCH);
    expect([...p.lines.RIGHT]).toEqual([1, 2, 3, 4, 11, 12]);
    expect([...p.lines.LEFT]).toEqual([1, 2, 3, 10, 11]);
    // position 6 is the second hunk header
    expect(p.positions[5]).toBeUndefined();
    expect(p.positions[8]).toEqual({ side: 'RIGHT', line: 12 });
    expect(p.hunkUpTo(9)).toBe('@@ -10,2 +11,2 @@\n x\n-y\n+Y');
  });
});
