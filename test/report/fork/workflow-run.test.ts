import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportModeError, workflowRunHead } from '../../../src/report/fork/workflow-run.js';

/** The fork pattern's second half takes the uploading run's head commit from the workflow_run payload alone. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'th-workflow-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function payload(name: string, body: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

const SHA = 'a'.repeat(40);

describe('workflowRunHead', () => {
  it("returns the triggering pull_request run's head commit", () => {
    expect(workflowRunHead('workflow_run', payload('ok.json', { workflow_run: { event: 'pull_request', head_sha: SHA } }))).toBe(SHA);
  });

  it('refuses another event, another triggering event, an unreadable payload and a missing head', () => {
    expect(() => workflowRunHead('pull_request', undefined)).toThrow("mode 'report' runs on workflow_run events");
    expect(() => workflowRunHead('workflow_run', payload('push.json', { workflow_run: { event: 'push', head_sha: SHA } }))).toThrow("the triggering run was a 'push' run");
    expect(() => workflowRunHead('workflow_run', path.join(dir, 'missing.json'))).toThrow('could not read the workflow_run event payload');
    expect(() => workflowRunHead('workflow_run', payload('nohead.json', { workflow_run: { event: 'pull_request', head_sha: 'main' } }))).toThrow(ReportModeError);
  });
});
