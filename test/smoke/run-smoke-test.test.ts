import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTokenHubBaseUrl, runSmokeTest, type SmokeTestRequest } from '../../src/smoke/index.js';
import { modelReferencesInText } from '../../src/smoke/model-references.js';
import {
  FREE_QUOTA_EXHAUSTED,
  IP_NOT_ALLOWED,
  RATE_LIMITED,
  UPSTREAM_500,
  startTokenHub,
  type FakeTokenHub,
  type TokenHubScenario,
} from '../support/tokenhub-server.js';

const KEY = `thk-unit-${randomUUID()}`;
let hub: FakeTokenHub | undefined;

afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function smoke(scenario: TokenHubScenario, req: Partial<SmokeTestRequest> = {}) {
  hub = await startTokenHub(scenario);
  const result = await runSmokeTest({
    apiKey: KEY,
    endpoint: parseTokenHubBaseUrl(hub.baseUrl),
    models: [],
    references: [],
    timeoutMs: 2_000,
    ...req,
  });
  // Whatever the outcome, the key is in no part of the result.
  expect(JSON.stringify(result)).not.toContain(KEY);
  return result;
}

describe('runSmokeTest', () => {
  it('passes with a good key: lists models, one-token chat per model, timed', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'glm-5': 'ok' } }, { models: ['deepseek-v4-flash', 'glm-5'] });
    expect(report.outcome).toBe('passed');
    expect(report.modelList).toMatchObject({ ok: true, ids: ['deepseek-v4-flash', 'glm-5'], attempts: 1 });
    expect(report.models).toEqual([
      expect.objectContaining({ model: 'deepseek-v4-flash', status: 'enabled', listed: true, listStatus: 'online', attempts: 1, totalTokens: 10 }),
      expect.objectContaining({ model: 'glm-5', status: 'enabled', listed: true }),
    ]);
    for (const m of report.models) expect(m.durationMs).toEqual(expect.any(Number));

    const [list, ...chats] = hub!.requests;
    expect(list).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(list!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(list!.headers['openai-organization']).toBeUndefined();
    expect(chats.map((r) => JSON.parse(r.body))).toEqual([
      expect.objectContaining({ model: 'deepseek-v4-flash', max_tokens: 1 }),
      expect.objectContaining({ model: 'glm-5', max_tokens: 1 }),
    ]);
  });

  it('tests the default model when neither input nor code names one', async () => {
    const { report, selection } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' } });
    expect(selection.source).toBe('default');
    expect(report.models.map((m) => m.model)).toEqual(['deepseek-v4-flash']);
  });

  it('fails with a bad key, says what to do, and makes no chat call', async () => {
    const { report } = await smoke({ keys: ['another-key'], models: { 'deepseek-v4-flash': 'ok' }, echoKey: true });
    expect(report.outcome).toBe('failed');
    expect(report.modelList.problem).toMatchObject({ kind: 'invalid-key', status: 401, code: '401002', fatal: true });
    // The gateway echoed the key into its message; the report carries it redacted.
    expect(report.modelList.problem!.message).toContain('(key: ***)');
    expect(report.models).toEqual([expect.objectContaining({ model: 'deepseek-v4-flash', status: 'not-tried' })]);
    expect(hub!.requests).toHaveLength(1);
  });

  it('reports a model that is not enabled, and a cross-check finding where the code names it', async () => {
    const code = 'client.chat.completions.create({\n  model: "kimi-k2.6",\n})\n';
    const references = modelReferencesInText(code, 'src/app.ts');
    const { report, findings } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' } }, { references });
    expect(report.modelSource).toBe('code');
    expect(report.outcome).toBe('failed');
    expect(report.models).toEqual([
      expect.objectContaining({ model: 'kimi-k2.6', status: 'failed', listed: false, problem: expect.objectContaining({ kind: 'model-unavailable', status: 404 }) }),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'tokenhub-model-not-enabled', category: 'legacy-model', severity: 'warning', path: 'src/app.ts', line: 2, column: 11, match: 'kimi-k2.6' }),
    ]);
    expect(findings[0]!.message).toMatch(/not among the models the TokenHub API key can use.*Its test call failed too \(HTTP 404, code model_not_found, model-unavailable;/);
  });

  it('does not report a model the list leaves out when its test call succeeds', async () => {
    const references = modelReferencesInText('model = "hy3-preview"\n', 'app.py');
    const { report, findings } = await smoke({ keys: [KEY], models: { 'hy3-preview': 'ok' }, listed: [] }, { references });
    expect(report.outcome).toBe('passed');
    expect(report.models[0]).toMatchObject({ status: 'enabled', listed: false });
    expect(findings).toEqual([]);
  });

  it('reports 402 as billing, per model, and goes on with the others', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'glm-5': FREE_QUOTA_EXHAUSTED, 'deepseek-v4-flash': 'ok' } }, { models: ['glm-5', 'deepseek-v4-flash'] });
    expect(report.outcome).toBe('failed');
    expect(report.models[0]).toMatchObject({ status: 'failed', problem: { kind: 'billing', status: 402, code: '401008' } });
    expect(report.models[0]!.problem!.message).toMatch(/pay-as-you-go/);
    expect(report.models[1]).toMatchObject({ status: 'enabled' });
  });

  it('stops at a 403 on the model list (IP allow-list)', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' }, modelList: IP_NOT_ALLOWED });
    expect(report.outcome).toBe('failed');
    expect(report.modelList.problem).toMatchObject({ kind: 'forbidden', status: 403, code: '403005', fatal: true });
    expect(report.models[0]).toMatchObject({ status: 'not-tried' });
    expect(hub!.requests).toHaveLength(1);
  });

  it('retries a 429 with back-off and passes', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': [RATE_LIMITED, 'ok'] } });
    expect(report.outcome).toBe('passed');
    expect(report.models[0]).toMatchObject({ status: 'enabled', attempts: 2 });
  });

  it('gives up on a 429 whose retry-after is longer than it will wait', async () => {
    const longWait = { ...RATE_LIMITED, headers: { 'retry-after': '3600' } };
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': [longWait, 'ok'] } });
    expect(report.outcome).toBe('failed');
    expect(report.models[0]).toMatchObject({ status: 'failed', attempts: 1, problem: { kind: 'rate-limited', fatal: true } });
  });

  it('retries a 500 and passes', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': [UPSTREAM_500, 'ok'] } });
    expect(report.outcome).toBe('passed');
    expect(report.models[0]).toMatchObject({ status: 'enabled', attempts: 2 });
  });

  it('reports a 500 that does not go away as an upstream error after all attempts', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': UPSTREAM_500 } }, { maxRetries: 1 });
    expect(report.models[0]).toMatchObject({ status: 'failed', attempts: 2, problem: { kind: 'upstream', status: 500 } });
  });

  it('times out on a server that never answers, retrying as the SDK does', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' }, modelList: 'hang' }, { timeoutMs: 300, maxRetries: 1 });
    expect(report.outcome).toBe('failed');
    expect(report.modelList.problem).toMatchObject({ kind: 'timeout', fatal: true });
    expect(report.modelList.attempts).toBe(2);
    expect(report.models[0]).toMatchObject({ status: 'not-tried' });
  });

  it('reports a malformed body: model list (cross-check skipped) and chat (failed)', async () => {
    const list = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' }, modelList: 'malformed' });
    expect(list.report.outcome).toBe('passed');
    expect(list.report.modelList).toMatchObject({ ok: false, problem: { kind: 'malformed', fatal: false } });
    expect(list.report.modelList.problem!.message).toMatch(/invalid JSON/);
    await hub!.close();
    const chat = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'malformed' } });
    expect(chat.report.outcome).toBe('failed');
    expect(chat.report.models[0]).toMatchObject({ status: 'failed', problem: { kind: 'malformed' } });
  });

  it('bounds the number of models and says which were left out', async () => {
    const many = ['deepseek-v4-flash', 'deepseek-v4-pro', 'glm-5', 'glm-5.1', 'kimi-k2.5', 'kimi-k2.6', 'minimax-m2.7'];
    const { report } = await smoke({ keys: [KEY], models: Object.fromEntries(many.map((m) => [m, 'ok'])) }, { models: many });
    expect(report.models.filter((m) => m.status === 'enabled')).toHaveLength(5);
    expect(report.models.slice(5)).toEqual([
      expect.objectContaining({ model: 'kimi-k2.6', status: 'not-tried', note: expect.stringMatching(/over the limit/) }),
      expect.objectContaining({ model: 'minimax-m2.7', status: 'not-tried' }),
    ]);
    expect(hub!.requests.filter((r) => r.method === 'POST')).toHaveLength(5);
  });

  it('looks for non-chat models in the list only', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok' }, listed: ['deepseek-v4-flash', 'HY-Image-V3.0'] }, { models: ['HY-Image-V3.0', 'HY-3D-3.1'] });
    expect(report.models).toEqual([
      expect.objectContaining({ model: 'HY-Image-V3.0', status: 'listed' }),
      expect.objectContaining({ model: 'HY-3D-3.1', status: 'failed', problem: expect.objectContaining({ kind: 'model-unavailable' }) }),
    ]);
    expect(hub!.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('flags a listed model that TokenHub marks pre-offline', async () => {
    const { report } = await smoke({ keys: [KEY], models: { 'deepseek-v3.2': 'ok' }, listStatus: { 'deepseek-v3.2': 'pre-offline' } }, { models: ['deepseek-v3.2'] });
    expect(report.models[0]).toMatchObject({ status: 'enabled', listStatus: 'pre-offline', note: expect.stringMatching(/about to be retired/) });
  });
});

describe('runSmokeTest without a server', () => {
  it('reports a DNS failure', async () => {
    const result = await runSmokeTest({
      apiKey: KEY,
      // Built by hand: the base-URL check would refuse this host, which is the point of a .invalid name (RFC 2606).
      endpoint: { url: 'http://smoke-test.invalid/v1', host: 'smoke-test.invalid', kind: 'loopback' },
      models: [],
      references: [],
      timeoutMs: 2_000,
      maxRetries: 0,
    });
    expect(result.report.modelList.problem).toMatchObject({ kind: expect.stringMatching(/^(dns|timeout)$/), fatal: true });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it('reports a refused connection', async () => {
    // A port that was free a moment ago and has nothing listening now.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const result = await runSmokeTest({
      apiKey: KEY,
      endpoint: parseTokenHubBaseUrl(`http://127.0.0.1:${port}/v1`),
      models: [],
      references: [],
      timeoutMs: 2_000,
      maxRetries: 0,
    });
    expect(result.report.modelList.problem).toMatchObject({ kind: 'connection', fatal: true });
    expect(result.report.modelList.problem!.message).toContain('ECONNREFUSED');
  });
});
