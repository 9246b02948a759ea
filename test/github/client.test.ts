import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, isPermissionDenied, statusOf, type GitHubClient } from '../../src/github/client.js';
import { apiStep } from '../../src/github/permissions.js';
import { faults, FakeGitHub } from '../support/github-server.js';

// The client against a real HTTP server: retries, rate-limit back-off and timeouts are octokit plugins plus our
// per-attempt deadline, and only a real server shows they work together.
let gh: FakeGitHub;
let client: GitHubClient;
let warnings: string[];
const params = { owner: 'octo', repo: 'app', issue_number: 1 };

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.repo('octo/app');
  gh.addPull('octo/app', { number: 1, head: { ref: 'f', sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } });
  warnings = [];
  // A generous deadline: on a loaded machine a 1 s deadline turned an ordinary answer into a timeout and a retry.
  client = clientWithDeadline(10_000);
});

function clientWithDeadline(timeoutMs: number): GitHubClient {
  return createGitHubClient({ token: 'ghs_test', baseUrl: gh.url, timeoutMs, log: { debug: () => undefined, info: () => undefined, warn: (m) => warnings.push(m) } });
}
afterEach(async () => {
  expect(gh.problems()).toBe('');
  await gh.close();
});

const listRoute = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';

describe('GitHub client', () => {
  it('retries a 5xx answer and then succeeds', async () => {
    gh.failNext(listRoute, faults.serverError(503));
    await expect(client.paginate(client.rest.issues.listComments, params)).resolves.toEqual([]);
    expect(gh.requestsTo(listRoute).map((r) => r.status)).toEqual([503, 200]);
  });

  it('retries a request that hangs, with a fresh deadline for each attempt', async () => {
    gh.failNext(listRoute, faults.hang());
    const client = clientWithDeadline(2_000);
    await expect(client.rest.issues.listComments(params)).resolves.toMatchObject({ status: 200 });
    expect(gh.requestsTo(listRoute)).toHaveLength(2);
  });

  it('waits as long as retry-after says on a secondary rate limit, and says so', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.secondaryRateLimit({ status: 429, retryAfter: 1 }));
    await client.rest.issues.createComment({ ...params, body: 'hello' });
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((r) => r.status)).toEqual([429, 201]);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit on POST .*retrying in 1 s/)]);
  });

  it('does not retry a refusal, and turns it into a warning that names the permission', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/check-runs', faults.forbidden());
    const err = await client.rest.checks.create({ owner: 'octo', repo: 'app', name: 'x', head_sha: 'a'.repeat(40) }).catch((e: unknown) => e);
    expect(statusOf(err)).toBe(403);
    expect(isPermissionDenied(err)).toBe(true);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/check-runs')).toHaveLength(1);
    await expect(apiStep('create the check run', 'checks: write', () => Promise.reject(err))).rejects.toThrow(
      /Could not create the check run: the token was refused \(HTTP 403: Resource not accessible by integration.*'checks: write'/,
    );
  });
});
