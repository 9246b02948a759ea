import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOpenaiVenv } from '../support/python-venv.js';
import { NODE24, REPO_ROOT } from '../support/run-action.js';
import { startTokenHub, type FakeTokenHub } from '../support/tokenhub-server.js';

/**
 * Proof that `fix --sdk` output runs: the bundled CLI (Node 24) rewrites the Python and JavaScript samples, and the
 * rewritten code runs with the real `openai` packages (Python, in a venv the test creates; npm, this repository's
 * dependency) against a TokenHub on 127.0.0.1 that streams exactly as OpenAI does
 * and answers errors in TokenHub's shape. The samples call TokenHub's real base URL; the test points that one
 * literal at the local server, which is the only edit it makes to the output.
 */
const KEY = 'sk-tokenhub-e2e-key';
const ANSWER = 'Hello from TokenHub, streamed in pieces.';
const BASE_URL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';
const samples = path.join(REPO_ROOT, 'test/fixtures/sdk/python');
const jsSamples = path.join(REPO_ROOT, 'test/fixtures/sdk/js');

let hub: FakeTokenHub;
let python: string;
let work: string;

beforeAll(async () => {
  python = ensureOpenaiVenv();
  hub = await startTokenHub({
    keys: [KEY],
    answer: ANSWER,
    models: { 'hy3-preview': 'ok', 'hunyuan-lite': 'ok', 'hunyuan-pro': 'ok', 'deepseek-v3': 'ok' },
  });
  work = mkdtempSync(path.join(os.tmpdir(), 'sdk-e2e-'));
  for (const f of readdirSync(samples).filter((f) => f.endsWith('.py'))) cpSync(path.join(samples, f), path.join(work, f));
  for (const f of readdirSync(jsSamples).filter((f) => /\.m?js$/.test(f))) cpSync(path.join(jsSamples, f), path.join(work, f));
  const fix = spawnSync(NODE24, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'fix', '--sdk', '--no-color', work], { encoding: 'utf8', cwd: work });
  expect(fix.stdout).toContain('Tencent Cloud SDK chat clients:');
  // The rewritten JavaScript imports `openai`: this repository's copy of the npm package.
  mkdirSync(path.join(work, 'node_modules'));
  symlinkSync(path.join(REPO_ROOT, 'node_modules/openai'), path.join(work, 'node_modules/openai'), 'dir');
  for (const f of readdirSync(work).filter((f) => /\.(?:py|m?js)$/.test(f))) {
    const file = path.join(work, f);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(BASE_URL, hub.baseUrl));
  }
}, 600_000);

afterAll(async () => {
  await hub?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs a program without blocking this process's event loop, where the fake TokenHub answers it. */
function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: work, env: { PATH: process.env.PATH ?? '', OPENAI_MAX_RETRIES: '0', ...env }, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function runPython(file: string, key: string, env: Record<string, string> = {}) {
  return run(python, [path.join(work, file)], { TOKENHUB_API_KEY: key, ...env });
}

function runNode(file: string, key: string) {
  return run(NODE24, [path.join(work, file)], { TOKENHUB_API_KEY: key });
}

function lastChat(): { model: string; stream?: boolean; messages: Array<Record<string, unknown>> } {
  const req = hub.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!;
  return JSON.parse(req.body) as ReturnType<typeof lastChat>;
}

describe('rewritten Python runs with the openai package against TokenHub', () => {
  it('sync streaming (Tencent example shape): prints the streamed answer', async () => {
    const r = await runPython('hunyuan_sync_stream.py', KEY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(ANSWER);
    expect(lastChat()).toMatchObject({ model: 'hunyuan-lite', stream: true, messages: [{ role: 'user', content: 'Tell me a joke' }] });
  });

  it('async streaming (AsyncOpenAI): prints the streamed answer', async () => {
    const r = await runPython('hunyuan_async.py', KEY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(ANSWER);
    expect(lastChat()).toMatchObject({ model: 'hy3-preview', stream: true });
  });

  it('non-streaming (API Explorer shape): prints the response as JSON with the answer', async () => {
    const r = await runPython('hunyuan_explorer.py', KEY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { choices: Array<{ message: { content: string } }> };
    expect(printed.choices[0]!.message.content).toBe(ANSWER);
    expect(lastChat()).toMatchObject({ model: 'hy3-preview', temperature: 0.5, top_p: 0.9, messages: [{ role: 'system' }, { role: 'user', content: 'Say hello' }] });
  });

  it('LKE DeepSeek, read through json.loads before: prints the answer and the token count', async () => {
    // The sample's own TENCENTCLOUD_SECRET_ID check is a reported leftover; it still runs until a person removes it.
    const r = await runPython('lkeap_deepseek.py', KEY, { TENCENTCLOUD_SECRET_ID: 'leftover' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${ANSWER}\ntokens: 10\n`);
  });

  it('application code (a class with a sync call and a generator over a stream): prints both answers', async () => {
    const r = await runPython('app_service.py', KEY);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${ANSWER}\n${ANSWER}`);
  });

  it('a wrong key lands in the rewritten except clause (openai.APIError) with TokenHub\'s error', async () => {
    const r = await runPython('hunyuan_sync_stream.py', 'sk-wrong');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('401');
    expect(r.stdout).toContain('The API Key does not exist or signature verification failed');
    const app = await runPython('app_service.py', 'sk-wrong');
    expect(app.code).toBe(0);
    expect(app.stderr).toContain('chat failed:');
    expect(app.stderr).toContain('401002');
  });
});

describe('rewritten JavaScript runs with the openai npm package against TokenHub', () => {
  it('CommonJS streaming (Tencent Node example shape, for await): prints the streamed answer', async () => {
    const r = await runNode('hunyuan_stream.js', KEY);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${ANSWER}\n`);
    expect(lastChat()).toMatchObject({ model: 'hy3-preview', stream: true, messages: [{ role: 'user', content: 'Tell me a joke' }] });
  });

  it('ES module, not streaming (LKE DeepSeek): prints the answer and the token count', async () => {
    const r = await runNode('lkeap_nonstream.mjs', KEY);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${ANSWER}\ntokens: 10\n`);
    expect(lastChat()).toMatchObject({ model: 'deepseek-v3', temperature: 0.3 });
  });

  it('a wrong key lands in the rewritten catch with TokenHub\'s error', async () => {
    for (const file of ['hunyuan_stream.js', 'lkeap_nonstream.mjs']) {
      const r = await runNode(file, 'sk-wrong');
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('chat failed: 401');
      expect(r.stderr).toContain('The API Key does not exist or signature verification failed');
    }
  });
});
