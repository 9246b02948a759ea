import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { allOutputText, inputEnvName, parseFileCommand, parseWorkflowCommands, runAction } from '../support/run-action.js';

let scratch: string;
beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-run-test-'));
});
afterAll(() => fs.rm(scratch, { recursive: true, force: true }));

describe('runAction', () => {
  let fx: GitFixture;
  beforeAll(async () => {
    fx = await createGitFixture({
      base: { 'README.md': '# app\n' },
      head: { add: { 'src/client.py': 'import requests\nURL = "https://hunyuan.tencentcloudapi.com"\n' } },
      pullNumber: 3,
    });
  });
  afterAll(() => fx.cleanup());

  it('runs the bundle on Node 24 as the runner does and returns outputs, summary and annotations', async () => {
    const workspace = await fx.clone();
    const result = await runAction({
      workspace,
      inputs: { 'fail-on': 'notice', 'json-file': 'out/report.json' },
      ...pullRequestEvent({ number: 3, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha }),
    });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'fail', 'json-file': path.join(workspace, 'out/report.json') });
    expect(Number(result.outputs.findings)).toBeGreaterThan(0);
    expect(result.annotations).toContainEqual(expect.objectContaining({ file: 'src/client.py', line: 2, col: 8 }));
    // setFailed is an error annotation without a file.
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining("at or above 'notice'") }));
    expect(result.summary).toContain('src/client.py');
    expect(result.env).toMatchObject({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: fx.mergeSha, GITHUB_REF: 'refs/pull/3/merge', 'INPUT_FAIL-ON': 'notice' });
    // action.yml defaults are passed for inputs the test did not give, as the runner does.
    expect(result.env['INPUT_ANNOTATIONS']).toBe('true');
    const report = JSON.parse(await fs.readFile(path.join(workspace, 'out/report.json'), 'utf8'));
    expect(report.findings.length).toBe(Number(result.outputs.findings));
    expect(allOutputText(result, [path.join(workspace, 'out/report.json')])).toContain('"version": 1');
  });

  it('does not pass stray GITHUB_*/INPUT_* variables of the parent to the action', async () => {
    const saved = { ...process.env };
    process.env['INPUT_FAIL-ON'] = 'bogus';
    process.env.GITHUB_TOKEN = 'ghp_parent_secret';
    process.env.GITHUB_API_URL = 'https://api.github.com';
    try {
      const workspace = await fs.mkdtemp(path.join(scratch, 'ws-'));
      await fs.writeFile(path.join(workspace, 'ok.txt'), 'nothing legacy here\n');
      const result = await runAction({ workspace });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.result).toBe('pass');
      // action.yml's default (empty: the config file or the built-in default decides), not the parent's value.
      expect(result.env['INPUT_FAIL-ON']).toBe('');
      expect(result.env.GITHUB_TOKEN).toBeUndefined();
      expect(result.env.GITHUB_API_URL).toBe('http://127.0.0.1:9');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it('reports a bad input as a failure', async () => {
    const workspace = await fs.mkdtemp(path.join(scratch, 'ws-'));
    const result = await runAction({ workspace, inputs: { 'fail-on': 'sometimes' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining("input 'fail-on'") })]);
  });

  it('kills an action that runs past the timeout', async () => {
    const entry = path.join(scratch, 'hang.mjs');
    await fs.writeFile(entry, 'setInterval(() => {}, 1000);\n');
    const result = await runAction({ workspace: scratch, entry, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  it('runs on Node 24 and can keep its temporary folder', async () => {
    const entry = path.join(scratch, 'version.mjs');
    await fs.writeFile(entry, 'import fs from "node:fs"; fs.writeFileSync(process.env.RUNNER_TEMP + "/v", process.version); console.log(process.version);\n');
    const result = await runAction({ workspace: scratch, entry, keepTemp: true });
    expect(result.stdout.trim()).toMatch(/^v24\./);
    expect(await fs.readFile(path.join(result.tempDir, 'runner-temp/v'), 'utf8')).toMatch(/^v24\./);
    await fs.rm(result.tempDir, { recursive: true });
  });
});

describe('runner file and command parsing', () => {
  it('parses heredoc and plain file commands', () => {
    const text = 'a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=plain=value\nempty<<EOF\n\nEOF\n';
    expect(parseFileCommand(text)).toEqual({ a: 'line 1\nline 2', b: 'plain=value', empty: '' });
    expect(() => parseFileCommand('x<<EOF\nno end\n')).toThrow(/no closing delimiter/);
  });

  it('parses workflow commands with escaped properties and data', () => {
    const out = [
      'plain log line',
      '::error file=src/a%2Cb.ts,line=3,endLine=3,col=5,endColumn=9,title=Legacy%3A host::50%25 done%0Asecond line',
      '::add-mask::s3cret',
      '::notice::just a note',
    ].join('\n');
    const commands = parseWorkflowCommands(out);
    expect(commands).toEqual([
      { command: 'error', properties: { file: 'src/a,b.ts', line: '3', endLine: '3', col: '5', endColumn: '9', title: 'Legacy: host' }, message: '50% done\nsecond line' },
      { command: 'add-mask', properties: {}, message: 's3cret' },
      { command: 'notice', properties: {}, message: 'just a note' },
    ]);
  });

  it('names input variables as the runner does', () => {
    expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});
