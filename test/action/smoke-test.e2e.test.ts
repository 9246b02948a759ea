/**
 * The bundled action (dist/index.js) on Node 24, run as GitHub's runner runs it, with a fake TokenHub and a fake
 * GitHub on 127.0.0.1. Every test searches everything the action wrote for the key.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { FakeGitHub } from '../support/github-server.js';
import { allOutputText, runAction, type ActionResult, type RunActionOptions } from '../support/run-action.js';
import {
  FREE_QUOTA_EXHAUSTED,
  IP_NOT_ALLOWED,
  RATE_LIMITED,
  UPSTREAM_500,
  startTokenHub,
  type FakeTokenHub,
  type TokenHubScenario,
} from '../support/tokenhub-server.js';

const KEY = `thk-e2e-${randomUUID()}`;
const JSON_REPORT = 'reports/tokenhub.json';
const SARIF_REPORT = 'reports/tokenhub.sarif';

let workspace: string;
let hub: FakeTokenHub | undefined;
let gh: FakeGitHub | undefined;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'thmc-smoke-e2e-'));
  await mkdir(path.join(workspace, 'src'));
  await writeFile(
    path.join(workspace, 'src', 'chat.ts'),
    [
      'import OpenAI from "openai";',
      'const client = new OpenAI({ baseURL: "https://tokenhub-intl.tencentcloudmaas.com/v1", apiKey: process.env.TOKENHUB_API_KEY });',
      'export const FAST = "deepseek-v4-flash";',
      'export const SMART = "kimi-k2.6";',
      '',
    ].join('\n'),
  );
  // Still-legacy code, so that the scan has findings of its own next to the smoke test's.
  await writeFile(path.join(workspace, 'src', 'old.py'), 'BASE = "https://api.hunyuan.cloud.tencent.com/v1"\n');
});
afterAll(() => rm(workspace, { recursive: true, force: true }));
afterEach(async () => {
  await hub?.close();
  await gh?.close();
  hub = undefined;
  gh = undefined;
  await rm(path.join(workspace, 'reports'), { recursive: true, force: true });
});

async function run(scenario: TokenHubScenario | undefined, inputs: RunActionOptions['inputs'] = {}, extra: Partial<RunActionOptions> = {}) {
  if (scenario) hub = await startTokenHub(scenario);
  gh = await FakeGitHub.start();
  const result = await runAction({
    workspace,
    apiUrl: gh.url,
    ...extra,
    inputs: {
      'tokenhub-api-key': KEY,
      ...(hub ? { 'tokenhub-base-url': hub.baseUrl } : {}),
      'json-file': JSON_REPORT,
      'fail-on': 'none',
      // These runs test the key check, not the diff: the workspace is a plain folder, not a PR checkout.
      mode: 'full',
      ...inputs,
    },
  });
  expect(result.timedOut).toBe(false);
  await expectNoLeak(result);
  return result;
}

/**
 * The key is in no output, file or request. The one place it may appear is the `::add-mask::` command itself,
 * which the runner consumes (it never reaches the log) and which must be there whenever a key was given.
 */
async function expectNoLeak(result: ActionResult) {
  const given = result.env['INPUT_TOKENHUB-API-KEY'];
  if (given) expect(result.masked).toContain(KEY);
  expect(result.commands.filter((c) => c.command === 'add-mask').every((c) => c.message === KEY)).toBe(true);
  const everything = allOutputText(result, [path.join(workspace, JSON_REPORT), path.join(workspace, SARIF_REPORT)])
    .split('\n')
    .filter((line) => line !== `::add-mask::${KEY}`)
    .join('\n');
  expect(everything).not.toContain(KEY);
  for (const r of gh?.requests ?? []) expect(JSON.stringify(r)).not.toContain(KEY);
  expect(gh?.violations ?? []).toEqual([]);
}

async function jsonReport() {
  return JSON.parse(await readFile(path.join(workspace, JSON_REPORT), 'utf8')) as { findings: { ruleId: string; path: string; line: number; severity: string; message: string }[] };
}

const chatRequests = () => hub!.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');

describe('smoke test in the action', () => {
  it('passes with a good key: models from the code, one-token calls, summary with status and latency', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'kimi-k2.6': 'ok' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['smoke-test']).toBe('passed');
    expect(r.masked).toEqual([KEY]);
    // The mask comes before anything else the action prints.
    expect(r.stdout.trimStart().startsWith(`::add-mask::${KEY}`)).toBe(true);
    expect(hub!.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(hub!.requests.every((q) => q.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(chatRequests().map((q) => JSON.parse(q.body))).toEqual([
      expect.objectContaining({ model: 'deepseek-v4-flash', max_tokens: 1 }),
      expect.objectContaining({ model: 'kimi-k2.6', max_tokens: 1 }),
    ]);
    expect(r.summary).toContain('## TokenHub key smoke test');
    expect(r.summary).toMatch(/\| `deepseek-v4-flash` \| ✅ enabled \| \d+ ms \| yes \(online\) \| 10 tokens billed \|/);
    expect(r.summary).toMatch(/\| `kimi-k2\.6` \| ✅ enabled \|/);
    expect(r.summary).toContain('Models tested: the TokenHub model IDs the code references.');
    expect((await jsonReport()).findings.map((f) => f.ruleId)).toEqual(['hunyuan-openai-endpoint']);
  });

  it('fails with a bad key, says what to do, and calls no model', async () => {
    const r = await run({ keys: ['the-right-key'], models: { 'deepseek-v4-flash': 'ok' }, echoKey: true });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['smoke-test']).toBe('failed');
    const error = r.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/TokenHub rejected the API key \(HTTP 401, code 401002.*Create a key in the TokenHub console/);
    expect(chatRequests()).toEqual([]);
    expect(r.summary).toContain('⏭️ not tried');
  });

  it('reports a model that is not enabled, with a finding on the line that names it', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(r.outputs.findings).toBe('2');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', file: 'src/chat.ts', line: 4, col: 23, title: 'tokenhub-model-not-enabled (legacy-model)' }),
    );
    const finding = (await jsonReport()).findings.find((f) => f.ruleId === 'tokenhub-model-not-enabled');
    expect(finding).toMatchObject({ path: 'src/chat.ts', line: 4, severity: 'warning' });
    expect(finding!.message).toMatch(/kimi-k2\.6.*not among the models the TokenHub API key can use.*Its test call failed too \(HTTP 404/);
    expect(r.summary).toMatch(/\| `kimi-k2\.6` \| ❌ failed \| .* \| no \| TokenHub does not offer model kimi-k2\.6/);
    expect(r.summary).toContain('`src/chat.ts:4`: `kimi-k2.6`');
  });

  it('fails on 402 and says to enable pay-as-you-go', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'kimi-k2.6': FREE_QUOTA_EXHAUSTED } });
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(r.summary).toMatch(/`kimi-k2\.6` \| ❌ failed .*HTTP 402, code 401008.*Enable pay-as-you-go/);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/will not bill model kimi-k2\.6/);
  });

  it('fails on 403 (IP allow-list) and stops there', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' }, modelList: IP_NOT_ALLOWED });
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/HTTP 403, code 403005.*IP allow-list/);
    expect(chatRequests()).toEqual([]);
  });

  it('retries a 429 and passes', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': [RATE_LIMITED, 'ok'], 'kimi-k2.6': 'ok' } });
    expect(r.outputs['smoke-test']).toBe('passed');
    expect(chatRequests().filter((q) => JSON.parse(q.body).model === 'deepseek-v4-flash')).toHaveLength(2);
    expect(r.summary).toMatch(/`deepseek-v4-flash` \| ✅ enabled \| [\d.]+ m?s \(2 attempts\)/);
  });

  it('retries a 500 and passes', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'kimi-k2.6': [UPSTREAM_500, 'ok'] } });
    expect(r.outputs['smoke-test']).toBe('passed');
    expect(r.summary).toMatch(/`kimi-k2\.6` \| ✅ enabled \| [\d.]+ m?s \(2 attempts\)/);
  });

  it('times out on a server that hangs, after the SDK retries, and says what to check', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'hang' } }, { 'smoke-test-models': 'deepseek-v4-flash', 'smoke-test-timeout': '0.5' });
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(chatRequests()).toHaveLength(3);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/No answer from 127\.0\.0\.1 for model deepseek-v4-flash within 0\.5s \(3 attempts\)/);
  });

  it('reports a malformed body', async () => {
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'malformed' } }, { 'smoke-test-models': 'deepseek-v4-flash' });
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/not an OpenAI-compatible response \(invalid JSON/);
  });

  it('refuses a base URL that is not TokenHub before sending anything', async () => {
    hub = await startTokenHub({ keys: [KEY] });
    const r = await run(undefined, { 'tokenhub-base-url': 'https://api.lkeap.cloud.tencent.com/v1' });
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/api\.lkeap\.cloud\.tencent\.com, a legacy endpoint.*never sent there/);
    expect(hub.requests).toEqual([]);
  });

  it('skips with one notice when no key is given', async () => {
    const r = await run(undefined, { 'tokenhub-api-key': '' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['smoke-test']).toBe('skipped');
    const notices = r.annotations.filter((a) => a.title === 'TokenHub smoke test skipped');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/no tokenhub-api-key was given.*repository secret.*smoke-test: never/);
    // After the findings' annotations, so that it never crowds out the scan's own notes in GitHub's per-step budget.
    expect(r.annotations.at(-1)).toBe(notices[0]);
    expect(r.annotations.filter((a) => a.file)).not.toEqual([]);
    expect(r.summary).not.toContain('TokenHub key smoke test');
  });

  it('skips a fork pull request with one notice', async () => {
    hub = await startTokenHub({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' } });
    const event = pullRequestEvent({ number: 5, base: { ref: 'main', sha: 'a'.repeat(40) }, head: { ref: 'patch-1', sha: 'b'.repeat(40), repo: 'someone/app' } });
    const r = await run(undefined, { 'tokenhub-api-key': '' }, event);
    expect(r.outputs['smoke-test']).toBe('skipped');
    const notices = r.annotations.filter((a) => a.title === 'TokenHub smoke test skipped');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/comes from a fork.*no secrets/);
    expect(hub.requests).toEqual([]);
  });

  it('runs on a pull request from a branch of the same repository', async () => {
    const event = pullRequestEvent({ number: 6, base: { ref: 'main', sha: 'a'.repeat(40) }, head: { ref: 'migrate', sha: 'c'.repeat(40) } });
    const r = await run({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'kimi-k2.6': 'ok' } }, {}, event);
    expect(r.outputs['smoke-test']).toBe('passed');
  });

  it('fails when smoke-test is always and there is no key', async () => {
    const r = await run(undefined, { 'tokenhub-api-key': '', 'smoke-test': 'always' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['smoke-test']).toBe('failed');
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/cannot run \(smoke-test: always\): no tokenhub-api-key/);
  });

  it('does nothing with smoke-test: never, key or not', async () => {
    hub = await startTokenHub({ keys: [KEY] });
    const r = await run(undefined, { 'smoke-test': 'never', 'tokenhub-base-url': hub.baseUrl });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['smoke-test']).toBe('skipped');
    expect(r.annotations.filter((a) => a.title === 'TokenHub smoke test skipped')).toEqual([]);
    expect(hub.requests).toEqual([]);
  });

  it('refuses a bad smoke-test value with a clear error', async () => {
    const r = await run(undefined, { 'smoke-test': 'sometimes' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toBe("input 'smoke-test' must be auto, always or never (got 'sometimes')");
  });
});
