/**
 * Issue 15, items 3 and 8: json-file and sarif-file are never written through a symbolic link or outside the
 * workspace (a PR can commit `tokenhub-migration.json` as a link to a file elsewhere, or a `reports` folder link);
 * an unusable report path is a clear error that costs no output; and an output path that names a folder does not
 * exclude that folder from the scan.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushEvent } from '../support/events.js';
import { runAction, type ActionResult } from '../support/run-action.js';

const LEGACY = 'BASE = "https://api.hunyuan.cloud.tencent.com/v1"\n';
const OUTSIDE_TEXT = 'precious file outside the workspace\n';
let ws: string;
let outside: string;

beforeEach(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-reports-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-outside-'));
  await fs.writeFile(path.join(outside, 'victim.txt'), OUTSIDE_TEXT);
  await fs.mkdir(path.join(ws, 'src'));
  await fs.writeFile(path.join(ws, 'src/client.py'), LEGACY);
  // What a PR can commit: a report file that links out, and a reports folder that links out.
  await fs.symlink(path.join(outside, 'victim.txt'), path.join(ws, 'tokenhub-migration.json'));
  await fs.symlink(outside, path.join(ws, 'reports'));
});
afterEach(async () => {
  await fs.rm(ws, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

const ENTRY = process.env.TMC_ENTRY ? { entry: process.env.TMC_ENTRY } : {};
const run = (inputs: Record<string, string>) => runAction({ workspace: ws, inputs, ...ENTRY, ...pushEvent({ after: 'c'.repeat(40) }), timeoutMs: 30_000 });
const failure = (r: ActionResult) => r.annotations.filter((a) => a.level === 'error' && !a.file).map((a) => a.message).join('\n');

async function outsideUntouched(): Promise<void> {
  expect(await fs.readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe(OUTSIDE_TEXT);
  expect((await fs.readdir(outside)).sort()).toEqual(['victim.txt']);
}

describe('report paths', () => {
  it('refuses a json-file that is a symbolic link, and still sets every output', async () => {
    const r = await run({ 'json-file': 'tokenhub-migration.json', 'fail-on': 'none' });
    await outsideUntouched();
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toContain('Cannot write the JSON report (json-file) to tokenhub-migration.json: it is a symbolic link, which is not followed.');
    expect(failure(r)).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(r.outputs).toMatchObject({ findings: '1', result: 'pass' });
    expect(r.outputs['json-file']).toBeUndefined();
    expect(r.summary).toContain('TokenHub migration');
  });

  it('refuses a sarif-file or json-file under a folder that links out of the workspace', async () => {
    const r = await run({ 'sarif-file': 'reports/scan.sarif', 'json-file': 'reports/sub/scan.json', 'fail-on': 'none' });
    await outsideUntouched();
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toContain('Cannot write the SARIF file (sarif-file) to reports/scan.sarif: reports is a symbolic link, which is not followed.');
    expect(failure(r)).toContain('Cannot write the JSON report (json-file) to reports/sub/scan.json: reports is a symbolic link, which is not followed.');
    expect(r.outputs).toMatchObject({ findings: '1', result: 'pass' });
  });

  it('refuses a path outside the workspace', async () => {
    const r = await run({ 'json-file': path.join(outside, 'new.json'), 'fail-on': 'none' });
    await outsideUntouched();
    expect(failure(r)).toMatch(/Cannot write the JSON report \(json-file\) to .*new\.json: the path is outside the workspace/);
  });

  it('a json-file naming a folder is an error, and that folder is still scanned', async () => {
    const r = await run({ 'json-file': 'src' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ findings: '1', result: 'fail' });
    expect(failure(r)).toContain('Cannot write the JSON report (json-file) to src: it is a folder; name a file.');
    expect(failure(r)).not.toMatch(/\n\s+at /);
  });

  it('writes reports to new folders inside the workspace, and to RUNNER_TEMP', async () => {
    const r = await run({ 'json-file': 'out/deep/report.json', 'sarif-file': 'out/scan.sarif', 'fail-on': 'none' });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(await fs.readFile(path.join(ws, 'out/deep/report.json'), 'utf8')).findings).toHaveLength(1);
    expect(JSON.parse(await fs.readFile(path.join(ws, 'out/scan.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    await fs.rm(path.join(ws, 'out'), { recursive: true });
    const runnerTemp = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-runner-temp-'));
    const inTemp = path.join(runnerTemp, 'report.json');
    const r2 = await runAction({ workspace: ws, inputs: { 'fail-on': 'none', 'json-file': inTemp }, ...pushEvent({ after: 'c'.repeat(40) }), env: { RUNNER_TEMP: runnerTemp } });
    expect(r2.exitCode).toBe(0);
    expect(r2.outputs['json-file']).toBe(inTemp);
    expect(JSON.parse(await fs.readFile(inTemp, 'utf8')).findings).toHaveLength(1);
    await fs.rm(runnerTemp, { recursive: true, force: true });
  });
});
