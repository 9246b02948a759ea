import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The README's copy-paste workflows for fork pull requests and the organisation audit: valid, and only real inputs. */

const readme = readFileSync('README.md', 'utf8');
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
const orgAudit = parse(readFileSync('.github/workflows/org-audit.yml', 'utf8')) as { on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } } };
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const pick = (needle: string) => {
  const b = blocks.find((x) => x.includes(needle));
  if (!b) throw new Error(`no README workflow with ${needle}`);
  return b;
};

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> }>;
}

describe('README: fork pull requests and the organisation audit', () => {
  const pr = pick('name: TokenHub migration check\non: pull_request');
  const report = pick('mode: report');
  const org = pick('org-audit.yml@');

  it('the fork pair: the first uploads its JSON report, the second never checks out and posts with mode report', () => {
    const first = parse(pr) as Workflow;
    const firstSteps = Object.values(first.jobs)[0]!.steps!;
    const ours = firstSteps.find((s) => s.uses?.startsWith('tokenhub-migration-check/'))!;
    const upload = firstSteps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with!.path).toBe(ours.with!['json-file']);

    const second = parse(report) as Workflow;
    expect(Object.keys(second.on as object)).toEqual(['workflow_run']);
    expect(second.permissions).toEqual({ actions: 'read', contents: 'read', checks: 'write', 'pull-requests': 'write' });
    const steps = Object.values(second.jobs)[0]!.steps!;
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(download.with!.name).toBe(upload.with!.name);
    const post = steps.find((s) => s.uses?.startsWith('tokenhub-migration-check/'))!;
    expect(post.with).toMatchObject({ mode: 'report', 'report-file': `${download.with!.path}/tokenhub-report.json` });
    for (const step of [ours, post]) for (const key of Object.keys(step.with ?? {})) expect(action.inputs, key).toHaveProperty([key]);
  });

  it('the organisation caller passes only inputs and secrets the reusable workflow declares', () => {
    const wf = parse(org) as Workflow;
    const job = Object.values(wf.jobs)[0]!;
    expect(job.uses).toMatch(/^tokenhub-migration-check\/tokenhub-migration-check\/\.github\/workflows\/org-audit\.yml@/);
    for (const key of Object.keys(job.with ?? {})) expect(orgAudit.on.workflow_call.inputs, key).toHaveProperty([key]);
    for (const key of Object.keys(job.secrets ?? {})) expect(orgAudit.on.workflow_call.secrets, key).toHaveProperty([key]);
  });

  it('all three pass actionlint', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readme-wf-'));
    try {
      [pr, report, org].forEach((text, i) => writeFileSync(path.join(dir, `w${i}.yml`), text));
      const out = execFileSync(process.execPath, ['scripts/lint-workflows.mjs', dir], { encoding: 'utf8' });
      expect(out).toMatch(/3 workflow file\(s\) OK/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
