/**
 * The bundled CLI (dist/cli/index.js) on Node 24, as a user runs it, against the fake TokenHub.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FREE_QUOTA_EXHAUSTED, startTokenHub, type FakeTokenHub } from '../support/tokenhub-server.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node24 = path.join(repo, 'node_modules/node/bin/node');
const cli = path.join(repo, 'dist/cli/index.js');
const KEY = `thk-cli-${randomUUID()}`;

let dir: string;
let hub: FakeTokenHub | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'thmc-cli-smoke-'));
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src', 'chat.ts'), 'const model = "deepseek-v4-flash";\nconst vision = "glm-5v-turbo";\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(node24, [cli, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

function expectNoKey(...texts: string[]) {
  for (const t of texts) expect(t).not.toContain(KEY);
}

describe('tokenhub-migration-check smoke-test', () => {
  it('passes with a good key and the models the code names', async () => {
    hub = await startTokenHub({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'glm-5v-turbo': 'ok' } });
    const r = await runCli(['smoke-test', '--base-url', hub.baseUrl], { TOKENHUB_API_KEY: KEY });
    expectNoKey(r.stdout, r.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/deepseek-v4-flash\s+enabled, listed/);
    expect(r.stdout).toMatch(/glm-5v-turbo\s+enabled, listed/);
    expect(r.stdout).toContain('✔ The TokenHub key works');
  });

  it('fails with exit 1 and a cross-check finding when a model is not enabled (JSON)', async () => {
    hub = await startTokenHub({ keys: [KEY], models: { 'deepseek-v4-flash': 'ok', 'glm-5v-turbo': FREE_QUOTA_EXHAUSTED }, listed: ['deepseek-v4-flash'] });
    const r = await runCli(['smoke-test', '-f', 'json'], { TOKENHUB_API_KEY: KEY, TOKENHUB_BASE_URL: hub.baseUrl });
    expectNoKey(r.stdout, r.stderr);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { smokeTest: { outcome: string; models: { model: string; status: string; problem?: { kind: string } }[] }; findings: { path: string; line: number; ruleId: string }[] };
    expect(out.smokeTest.outcome).toBe('failed');
    expect(out.smokeTest.models).toEqual([
      expect.objectContaining({ model: 'deepseek-v4-flash', status: 'enabled' }),
      expect.objectContaining({ model: 'glm-5v-turbo', status: 'failed', problem: expect.objectContaining({ kind: 'billing' }) }),
    ]);
    expect(out.findings).toEqual([expect.objectContaining({ path: 'src/chat.ts', line: 2, ruleId: 'tokenhub-model-not-enabled' })]);
  });

  it('fails with a bad key and says what to do', async () => {
    hub = await startTokenHub({ keys: ['the-right-key'], echoKey: true });
    const r = await runCli(['smoke-test', '--base-url', hub.baseUrl, '-m', 'deepseek-v4-flash'], { TOKENHUB_API_KEY: KEY });
    expectNoKey(r.stdout, r.stderr);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/TokenHub rejected the API key \(HTTP 401, code 401002: invalid API key, source gateway\)\. .*Create a key in the TokenHub console/);
    expect(r.stdout).toContain('(key: ***)');
    expect(r.stdout).toContain('✖ The TokenHub smoke test failed at 127.0.0.1: invalid-key.');
  });

  it('is a usage error without a key, or with a base URL that is not TokenHub, and sends nothing', async () => {
    hub = await startTokenHub({ keys: [KEY] });
    const noKey = await runCli(['smoke-test', '--base-url', hub.baseUrl], {});
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/set TOKENHUB_API_KEY/);
    const legacy = await runCli(['smoke-test', '--base-url', 'https://api.lkeap.cloud.tencent.com/v1'], { TOKENHUB_API_KEY: KEY });
    expectNoKey(legacy.stdout, legacy.stderr);
    expect(legacy.code).toBe(2);
    expect(legacy.stderr).toMatch(/--base-url points at api\.lkeap\.cloud\.tencent\.com, a legacy endpoint/);
    expect(hub.requests).toEqual([]);
  });
});
