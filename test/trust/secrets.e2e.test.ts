/**
 * Issue 15, item 10: the GitHub token is kept out of everything the action writes (log, warnings, job summary,
 * outputs, JSON and SARIF), as the TokenHub key is, even when an API error echoes it; a TokenHub key too short to be
 * real, or with a line break in it, is refused before any request and in words that do not quote it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { allOutputText, runAction, type ActionResult } from '../support/run-action.js';
import { startTokenHub, type FakeTokenHub } from '../support/tokenhub-server.js';

const REPO = 'octo/app';
const TOKEN = 'ghs_trustEchoedToken0123456789XYZ';
const echo = (what: string) => ({ message: `${what} for token ${TOKEN}`, documentation_url: 'https://docs.github.com/rest', status: '422' });

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'README.md': '# app\n' },
    head: { add: { 'app.py': 'from openai import OpenAI\nc = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n' } },
    pullNumber: 3,
  });
});
afterAll(async () => fx.cleanup());
beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.addPull(REPO, { number: 3, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterEach(async () => {
  await gh.close();
});

/** Everything but the `::add-mask::` lines the runner consumes. */
function visible(r: ActionResult, files: string[]): string {
  return allOutputText(r, files)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

describe('the GitHub token', () => {
  it('echoed by API errors, appears in no warning, summary, output or report', async () => {
    const workspace = await fx.clone({ depth: 1 });
    for (const route of [
      'POST /repos/{owner}/{repo}/check-runs',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    ]) {
      gh.failNext(route, { status: 422, body: echo('Validation Failed') }, { times: Infinity });
    }
    const event = pullRequestEvent({ number: 3, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    const r = await runAction({
      workspace,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'check-run': true, comment: true, 'review-comments': true, 'json-file': 'out/report.json', 'sarif-file': 'out/report.sarif', 'fail-on': 'none' },
      ...event,
      timeoutMs: 90_000,
    });
    expect(r.timedOut).toBe(false);
    expect(r.masked).toContain(TOKEN);
    // The echoes happened (three warnings name the refusal) and were redacted.
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.filter((w) => w.includes('for token ***'))).toHaveLength(3);
    expect(visible(r, [path.join(workspace, 'out/report.json'), path.join(workspace, 'out/report.sarif')])).not.toContain(TOKEN);
    expect(r.outputs.findings).toBe('1');
  });

  it('echoed by the error that stops the run, appears neither in the failure nor in the summary', async () => {
    // A workspace that is no checkout: git cannot tell what the PR changes, and the REST fallback is refused.
    const workspace = await mkdtemp(path.join(tmpdir(), 'tmc-secret-'));
    await writeFile(path.join(workspace, 'app.py'), 'x = 1\n');
    gh.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { status: 422, body: echo('Unprocessable') }, { times: Infinity });
    const event = pullRequestEvent({ number: 3, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'check-run': false }, ...event, timeoutMs: 90_000 });
    await rm(workspace, { recursive: true, force: true });
    expect(r.exitCode).not.toBe(0);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').length).toBeGreaterThan(0);
    expect(`${r.stdout}\n${r.summary}`).toContain('for token ***');
    expect(visible(r, [])).not.toContain(TOKEN);
  });
});

describe('a TokenHub key that cannot be one', () => {
  let hub: FakeTokenHub;
  let workspace: string;
  beforeEach(async () => {
    hub = await startTokenHub({ keys: [], echoKey: true, models: { 'deepseek-v4-flash': 'ok' } });
    workspace = await mkdtemp(path.join(tmpdir(), 'tmc-key-'));
    await writeFile(path.join(workspace, 'app.py'), 'x = 1\n');
  });
  afterEach(async () => {
    await hub.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const runWithKey = (key: string) =>
    runAction({ workspace, apiUrl: gh.url, inputs: { 'tokenhub-api-key': key, 'tokenhub-base-url': hub.baseUrl, 'smoke-test': 'always', mode: 'full', 'github-token': '' } });

  it('a 3-character key is refused before any request, and never quoted', async () => {
    const r = await runWithKey('k9Z');
    expect(r.exitCode).toBe(1);
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(hub.requests).toEqual([]);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
    expect(errors).toMatch(/3 characters long, shorter than any real key/);
    expect(visible(r, []).replace(/::add-mask::.*/g, '')).not.toMatch(/k9Z/);
  });

  it('a key with a line break in it says so, not "could not connect"', async () => {
    const r = await runWithKey('sk-firstHalfOfTheKey0123\nsecondHalf456789');
    expect(r.exitCode).toBe(1);
    expect(hub.requests).toEqual([]);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
    expect(errors).toMatch(/contains a line break/);
    expect(errors).not.toMatch(/connect/i);
    const out = visible(r, []);
    expect(out).not.toContain('firstHalfOfTheKey');
    expect(out).not.toContain('secondHalf456789');
  });
});
