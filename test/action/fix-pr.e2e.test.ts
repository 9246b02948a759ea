import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, scheduleEvent } from '../support/events.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { allOutputText, runAction } from '../support/run-action.js';

/**
 * The bundled action on Node 24 with `fix-pr: true`, over three scheduled runs against the fake GitHub server (every
 * request checked against GitHub's OpenAPI description) and a bare git remote: the migration pull request is opened
 * on the first run, updated in place on the second, and closed when nothing is left.
 */

const BRANCH = 'tokenhub-migration/safe-fixes';
const TOKEN = 'ghs_fixprtoken0123456789';

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: {
      'svc/llm.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\nMODEL = "hunyuan-large"\n',
      'svc/sdk.go': 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nreq := hunyuan.NewChatCompletionsRequest()\n',
    },
    head: { change: { 'README.md': 'feature\n' } },
  });
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.repo('octo/app');
});

afterAll(async () => {
  await gh.close();
  await fx.cleanup();
});

async function commitOnMain(files: Record<string, string>): Promise<string> {
  await git(fx.work, ['checkout', '-q', 'main']);
  for (const [rel, content] of Object.entries(files)) await fs.writeFile(path.join(fx.work, rel), content);
  await git(fx.work, ['commit', '-q', '-am', 'main moves on']);
  await git(fx.work, ['push', '-q', 'origin', 'main']);
  return (await git(fx.work, ['rev-parse', 'HEAD'])).trim();
}

async function scheduledRun(sha: string) {
  const workspace = await fx.clone({ ref: 'refs/heads/main' });
  const r = await runAction({
    workspace,
    apiUrl: gh.url,
    inputs: { 'fix-pr': 'true', 'github-token': TOKEN, 'fail-on': 'none' },
    ...scheduleEvent({ sha }),
    timeoutMs: 60_000,
  });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  expect(gh.violations, gh.problems()).toEqual([]);
  expect(gh.unexpected, gh.problems()).toEqual([]);
  // The token never shows up in what the action printed or wrote.
  expect(r.masked).toContain(TOKEN);
  // (the ::add-mask:: command itself is how the runner learns the secret, and is never shown)
  expect(allOutputText(r).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  return { r, workspace };
}

describe('fix-pr in a scheduled full scan', () => {
  it('opens the migration pull request on the first run', async () => {
    const { r, workspace } = await scheduledRun(fx.baseSha);
    expect(r.outputs['fix-pr']).toBe('opened');
    const pull = gh.repo('octo/app').pulls[0]!;
    expect(r.outputs['fix-pr-number']).toBe(String(pull.number));
    expect(pull).toMatchObject({ state: 'open', title: 'Move to TokenHub: 2 safe replacements in 1 file', head: { ref: BRANCH }, base: { ref: 'main' } });
    expect(pull.labels.map((l: { name: string }) => l.name)).toEqual(['tokenhub-migration']);
    expect(pull.body).toContain('### Left for a person (2 findings)');
    expect(pull.body).toContain('#### Tencent Cloud SDK or signed Cloud API call');
    expect(pull.body).toContain('<summary>Go</summary>');
    expect(await git(fx.remote, ['show', `refs/heads/${BRANCH}:svc/llm.py`])).toBe(
      'from openai import OpenAI\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")\nMODEL = "hy3-preview"\n',
    );
    // SDK code is never edited.
    expect(await git(fx.remote, ['show', `refs/heads/${BRANCH}:svc/sdk.go`])).toBe(await git(fx.remote, ['show', 'main:svc/sdk.go']));
    expect(r.summary).toContain('### Migration pull request');
    expect(r.summary).toContain(`Opened [#${pull.number}](${pull.html_url})`);
    // The checkout the job goes on with is as it was.
    expect(await git(workspace, ['status', '--porcelain'])).toBe('');
  });

  it('updates the same pull request on the second run', async () => {
    const sha = await commitOnMain({ 'svc/llm.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1/")\nMODEL = "hunyuan-standard"\nBACKUP = "hunyuan-code"\n' });
    const { r } = await scheduledRun(sha);
    expect(r.outputs['fix-pr']).toBe('updated');
    expect(gh.repo('octo/app').pulls).toHaveLength(1);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
    const pull = gh.repo('octo/app').pulls[0]!;
    expect(pull.title).toBe('Move to TokenHub: 3 safe replacements in 1 file');
    expect((await git(fx.remote, ['rev-parse', `refs/heads/${BRANCH}^`])).trim()).toBe(sha);
    expect(await git(fx.remote, ['show', `refs/heads/${BRANCH}:svc/llm.py`])).toBe(
      'from openai import OpenAI\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1/")\nMODEL = "hy3-preview"\nBACKUP = "hy3-preview"\n',
    );
    expect(r.summary).toContain(`Updated [#${pull.number}]`);
  });

  it('closes it when nothing is left', async () => {
    const sha = await commitOnMain({ 'svc/llm.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")\nMODEL = "hy3-preview"\n' });
    const { r } = await scheduledRun(sha);
    expect(r.outputs['fix-pr']).toBe('closed');
    const pull = gh.repo('octo/app').pulls[0]!;
    expect(pull.state).toBe('closed');
    expect(gh.repo('octo/app').issueComments.map((c) => c.body)).toEqual([expect.stringMatching(/^Nothing is left for the safe fix/)]);
    expect(await git(fx.remote, ['branch', '--list', BRANCH])).toBe('');
    expect(r.summary).toContain(`Closed [#${pull.number}]`);
  });

  it('warns, and changes nothing, with a token that may not write', async () => {
    const sha = await commitOnMain({ 'svc/llm.py': 'client = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1")\n' });
    const workspace = await fx.clone({ ref: 'refs/heads/main' });
    const readOnly = await FakeGitHub.start({ tokens: { ghs_readonly: 'read' } });
    readOnly.repo('octo/app');
    // What GitHub's git server answers a push with a token that lacks contents: write.
    const hook = path.join(fx.remote, 'hooks', 'pre-receive');
    await fs.writeFile(hook, '#!/bin/sh\necho "remote: Permission to octo/app.git denied to github-actions[bot]." >&2\nexit 1\n');
    await fs.chmod(hook, 0o755);
    try {
      const r = await runAction({ workspace, apiUrl: readOnly.url, inputs: { 'fix-pr': 'true', 'github-token': 'ghs_readonly' }, ...scheduleEvent({ sha }) });
      expect(r.exitCode).toBe(1); // the scan's verdict (an error finding), not the pull request's
      expect(r.outputs['fix-pr']).toBe('skipped');
      expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toContain('`contents: write`');
      expect(r.summary).toContain('### Migration pull request\n\nSkipped: pushing tokenhub-migration/safe-fixes was refused.');
      expect(await git(fx.remote, ['branch', '--list', BRANCH])).toBe('');
      // The check run is the scan's own output; nothing of the pull request was written.
      expect(readOnly.requests.filter((q) => q.method !== 'GET' && !q.path.endsWith('/check-runs'))).toEqual([]);
      expect(readOnly.violations, readOnly.problems()).toEqual([]);
    } finally {
      await fs.rm(hook);
      await readOnly.close();
    }
  });

  it('does not open a pull request from a pull_request run', async () => {
    const workspace = await fx.clone({ ref: 'refs/heads/feature' });
    const pullsBefore = gh.requestsTo('POST /repos/{owner}/{repo}/pulls').length;
    const r = await runAction({
      workspace,
      apiUrl: gh.url,
      inputs: { 'fix-pr': 'true', 'github-token': TOKEN, 'fail-on': 'none', 'check-run': 'false' },
      ...pullRequestEvent({ number: 9, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha } }),
    });
    expect(r.outputs['fix-pr']).toBe('skipped');
    expect(r.annotations.find((a) => a.level === 'notice' && /fix-pr/.test(a.message))?.message).toMatch(/full scans/);
    expect(r.outputs.mode).toBe('diff');
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls')).toHaveLength(pullsBefore);
    expect(await git(fx.remote, ['branch', '--list', BRANCH])).toBe('');
    expect(gh.violations, gh.problems()).toEqual([]);
  });
});
