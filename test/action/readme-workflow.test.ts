import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const readme = readFileSync('README.md', 'utf8');
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; id?: string; with?: Record<string, unknown>; if?: string }[] }>;
}

describe('the README nightly audit workflow', () => {
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('upload-sarif'));

  it('is valid YAML with the triggers and the permissions SARIF upload and the tracking issue need', () => {
    expect(block).toBeDefined();
    const wf = parse(block!) as Workflow;
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read', issues: 'write' });
  });

  it('uses only inputs and outputs the action has, and uploads the SARIF file it writes', () => {
    const wf = parse(block!) as Workflow;
    const steps = Object.values(wf.jobs)[0]!.steps;
    const ours = steps.find((s) => s.uses?.startsWith('tokenhub-migration-check/'))!;
    for (const key of Object.keys(ours.with ?? {})) expect(action.inputs, key).toHaveProperty([key]);
    expect(ours.with).toMatchObject({ mode: 'full', 'tracking-issue': true });
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with!.sarif_file).toBe(`\${{ steps.${ours.id}.outputs.sarif-file }}`);
    expect(action.outputs).toHaveProperty(['sarif-file']);
  });

  it('documents every audit input in the inputs table', () => {
    for (const input of ['mode', 'config', 'sarif-file', 'baseline', 'tracking-issue', 'github-token']) {
      expect(readme).toMatch(new RegExp(`^\\| \`${input}\` \\|`, 'm'));
    }
  });
});
