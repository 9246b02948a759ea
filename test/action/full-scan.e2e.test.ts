import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushEvent } from '../support/events.js';
import { runAction } from '../support/run-action.js';

// The bundled action, run as the runner runs it, on a copy of the fixture tree as the workspace.
let workspace: string;
let clean: string;

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'thm-ws-'));
  await fs.cp(path.resolve('test/fixtures/legacy'), workspace, { recursive: true });
  clean = await fs.mkdtemp(path.join(os.tmpdir(), 'thm-clean-'));
  await fs.cp(path.resolve('test/fixtures/traps'), clean, { recursive: true });
});
afterAll(async () => {
  await fs.rm(workspace, { recursive: true, force: true });
  await fs.rm(clean, { recursive: true, force: true });
});

const SHA = 'a'.repeat(40);

describe('the action in a full scan', () => {
  it('annotates the top findings, writes outputs, the JSON report and the summary, and fails on errors', async () => {
    const r = await runAction({ workspace, inputs: { 'json-file': 'out/report.json' }, ...pushEvent({ after: SHA }) });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ findings: '76', errors: '71', warnings: '5', notices: '0', result: 'fail' });
    expect(r.outputs['json-file']).toBe(path.join(workspace, 'out/report.json'));
    const report = JSON.parse(await fs.readFile(path.join(workspace, 'out/report.json'), 'utf8'));
    expect(report.findings).toHaveLength(76);

    // GitHub shows 10 annotations per level and step: the 10 most important errors, every warning, and a note on the rest.
    const errors = r.annotations.filter((a) => a.level === 'error' && a.file);
    const warnings = r.annotations.filter((a) => a.level === 'warning' && a.file);
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(5);
    expect(r.annotations.find((a) => a.level === 'notice')?.message).toMatch(/^61 more findings are not annotated/);
    expect(errors[0]).toMatchObject({ file: 'config/.env', line: 2, col: 17, endColumn: 57, title: 'hunyuan-openai-endpoint (legacy-endpoint)' });
    // The failure message says what to do.
    expect(r.annotations.find((a) => a.level === 'error' && !a.file)?.message).toMatch(/71 finding\(s\) at or above 'error'.*tokenhub-migration-ignore/);

    expect(r.summary).toContain('## TokenHub migration audit');
    expect(r.summary).toMatch(/\*\*76\*\* usages left in \d+ files: 71 errors, 5 warnings, 0 notices\./);
    expect(r.summary).toContain('| legacy-endpoint |');
    expect(r.summary).toContain(`[config/.env:2](https://github.com/octo/app/blob/${SHA}/config/.env#L2)`);
    expect(r.summary).toContain('### Migration checklist');
  });

  it('passes with fail-on none, and on a clean tree', async () => {
    const lenient = await runAction({ workspace, inputs: { 'fail-on': 'none', annotations: 'false' }, ...pushEvent({ after: SHA }) });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs.result).toBe('pass');
    expect(lenient.annotations.filter((a) => a.file)).toEqual([]);

    const ok = await runAction({ workspace: clean, ...pushEvent({ after: SHA }) });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs).toMatchObject({ findings: '0', result: 'pass' });
    expect(ok.summary).toContain('No usage of the retiring Hunyuan or LKE DeepSeek APIs is left');
  });

  it('scans only the given paths, minus excludes, and fails on warnings when asked', async () => {
    const r = await runAction({
      workspace,
      inputs: { paths: 'config\nts', exclude: '**/*.json\n**/*.ts', 'fail-on': 'warning' },
      ...pushEvent({ after: SHA }),
    });
    expect(r.outputs).toMatchObject({ findings: '8', errors: '6', warnings: '2', result: 'fail' });
  });

  it('fails with a clear message on a bad input or a missing path', async () => {
    const bad = await runAction({ workspace, inputs: { 'fail-on': 'sometimes' }, ...pushEvent({ after: SHA }) });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("input 'fail-on' must be one of error, warning, notice, none (got 'sometimes')");
    const missing = await runAction({ workspace, inputs: { paths: 'nope/' }, ...pushEvent({ after: SHA }) });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain('path does not exist: nope/');
  });
});
