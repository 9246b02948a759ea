import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding/finding.js';
import { ApiRefused } from '../../src/github/permissions.js';
import {
  readTrackingState,
  renderTrackingIssue,
  syncTrackingIssue,
  TRACKING_LABEL,
  TRACKING_MARKER,
} from '../../src/report/tracking-issue.js';
import { FakeGitHub, faults } from '../support/github-server.js';

function finding(path: string, line: number, severity: Finding['severity'] = 'error', category: Finding['category'] = 'legacy-endpoint'): Finding {
  return { ruleId: 'hunyuan-openai-endpoint', category, severity, path, line, column: 1, endLine: line, endColumn: 10, message: 'm', match: 'api.hunyuan.cloud.tencent.com' };
}

describe('tracking issue body', () => {
  it('carries counts, top files, the checklist and its state, and says what changed', () => {
    const first = renderTrackingIssue({ findings: [finding('a.py', 1), finding('a.py', 2), finding('b.py', 1, 'warning', 'legacy-model')], sha: 'a'.repeat(40) });
    expect(first.title).toBe('TokenHub migration: 3 findings left');
    expect(first.body.startsWith(TRACKING_MARKER)).toBe(true);
    expect(first.body).toContain('First audit.');
    expect(first.body).toContain('| legacy-endpoint | 2 | 0 | 0 |');
    expect(first.body).toContain('| `a.py` | 2 |');
    expect(first.body).toMatch(/- \[ \] Create a TokenHub API key/);
    expect(readTrackingState(first.body)).toEqual(first.state);

    const second = renderTrackingIssue({ findings: [finding('a.py', 1), finding('c.py', 4)], sha: 'b'.repeat(40) }, first.state);
    expect(second.body).toContain('- Findings: 3 → 2 (−1) since `aaaaaaa`');
    expect(second.body).toContain('- New files with usage: `c.py`');
    expect(second.body).toContain('- Files now clean: `b.py`');
    expect(second.body).toContain('- legacy-model: 1 → 0');
  });

  it('keeps the hidden state safe inside its comment and within GitHub\'s body limit', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 6000; i++) many.push(finding(`very/long/folder/name/for/testing/the/limit/file-${i}--> <b>.py`, 1));
    const r = renderTrackingIssue({ findings: many, sha: 'c'.repeat(40) });
    expect(r.body.length).toBeLessThanOrEqual(65_536);
    expect(r.state.filesComplete).toBe(false);
    // The state's comment ends only where it should, whatever the paths hold.
    const stateStart = r.body.lastIndexOf('<!-- tokenhub-migration-check:state ');
    expect(r.body.slice(stateStart).match(/-->/g)).toEqual(['-->']);
    expect(r.body.slice(0, stateStart)).not.toContain('<!-- tokenhub-migration-check:state');
    expect(readTrackingState(r.body)!.total).toBe(6000);
  });
});

describe('syncTrackingIssue against the fake GitHub API', () => {
  let gh: FakeGitHub;
  const client = () => getOctokit('ghs_test', { baseUrl: gh.url });
  const input = (findings: Finding[], sha = 'd'.repeat(40)) => ({ findings, sha, runUrl: 'https://github.com/octo/app/actions/runs/1' });
  const ours = () => gh.repo('octo/app').issues.filter((i) => String(i.body ?? '').includes(TRACKING_MARKER));

  beforeEach(async () => {
    gh = await FakeGitHub.start();
    gh.repo('octo/app');
  });
  afterEach(async () => {
    expect(gh.violations, gh.problems()).toEqual([]);
    expect(gh.unexpected, gh.problems()).toEqual([]);
    await gh.close();
  });

  it('creates, updates, closes and reopens one issue', async () => {
    expect(await syncTrackingIssue(client(), 'octo', 'app', input([]))).toEqual({ action: 'none' });
    expect(gh.repo('octo/app').issues).toHaveLength(0);

    const created = await syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1), finding('b.py', 2)]));
    expect(created.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.labels.map((l: { name: string }) => l.name)).toEqual([TRACKING_LABEL]);
    expect(gh.repo('octo/app').labels.map((l) => l.name)).toEqual([TRACKING_LABEL]);

    const updated = await syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1)], 'e'.repeat(40)));
    expect(updated).toMatchObject({ action: 'updated', number: created.number });
    expect(ours()[0]!.body).toContain('- Files now clean: `b.py`');

    const closed = await syncTrackingIssue(client(), 'octo', 'app', input([]));
    expect(closed).toMatchObject({ action: 'closed', number: created.number });
    expect(ours()[0]).toMatchObject({ state: 'closed', state_reason: 'completed', title: 'TokenHub migration: nothing left to migrate' });
    expect(await syncTrackingIssue(client(), 'octo', 'app', input([]))).toMatchObject({ action: 'unchanged' });

    const reopened = await syncTrackingIssue(client(), 'octo', 'app', input([finding('z.py', 9)]));
    expect(reopened).toMatchObject({ action: 'reopened', number: created.number });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open', title: 'TokenHub migration: 1 finding left' });
    expect(ours()[0]!.body).toContain('- Findings: 0 → 1 (+1)');

    // A second run with the same state sends no write.
    const writes = gh.requests.filter((r) => r.method !== 'GET').length;
    expect(await syncTrackingIssue(client(), 'octo', 'app', input([finding('z.py', 9)]))).toMatchObject({ action: 'unchanged' });
    expect(gh.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  });

  it('finds its issue past the first page, among labelled issues without the marker and pull requests', async () => {
    gh.addLabel('octo/app', { name: TRACKING_LABEL });
    const mine = gh.addIssue('octo/app', { title: 'old', body: `${TRACKING_MARKER}\nold`, labels: [TRACKING_LABEL], user: 'github-actions[bot]' });
    for (let i = 0; i < 130; i++) gh.addIssue('octo/app', { title: `other ${i}`, body: 'not ours', labels: [TRACKING_LABEL] });
    const out = await syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1)]));
    expect(out).toMatchObject({ action: 'updated', number: mine.number });
    const listed = gh.requestsTo('GET /repos/{owner}/{repo}/issues');
    expect(listed.length).toBe(2);
    expect(listed[0]!.query).toMatchObject({ labels: TRACKING_LABEL, state: 'all', per_page: '100' });
  });

  it('prefers an open issue over a closed one and creates no duplicate', async () => {
    gh.addLabel('octo/app', { name: TRACKING_LABEL });
    gh.addIssue('octo/app', { title: 'closed', body: TRACKING_MARKER, labels: [TRACKING_LABEL], user: 'github-actions[bot]', state: 'closed' });
    const open = gh.addIssue('octo/app', { title: 'open', body: TRACKING_MARKER, labels: [TRACKING_LABEL], user: 'github-actions[bot]' });
    gh.addIssue('octo/app', { title: 'closed later', body: TRACKING_MARKER, labels: [TRACKING_LABEL], user: 'github-actions[bot]', state: 'closed' });
    expect(await syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1)]))).toMatchObject({ action: 'updated', number: open.number });
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues')).toHaveLength(0);
  });

  it('turns a refused write into a message that names issues: write, and a 410 into issues being off', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/labels', faults.forbidden());
    await expect(syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1)]))).rejects.toThrow(ApiRefused);
    gh.failNext('POST /repos/{owner}/{repo}/issues', faults.forbidden());
    await expect(syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1)]))).rejects.toThrow(/'issues: write'/);
    gh.failNext('GET /repos/{owner}/{repo}/issues', { status: 410, body: { message: 'Issues are disabled for this repo', documentation_url: 'https://docs.github.com/rest', status: '410' } });
    await expect(syncTrackingIssue(client(), 'octo', 'app', input([finding('a.py', 1)]))).rejects.toThrow(/issues are disabled/);
    expect(gh.repo('octo/app').issues).toHaveLength(0);
  });
});
