import { getOctokit } from '@actions/github';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIX_COMMIT_TRAILER, FIX_PR_MARKER } from '../../src/fix-pr/description.js';
import { FIX_BRANCH, runFixPr, type FixPrOptions } from '../../src/fix-pr/run-fix-pr.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';

/**
 * The migration pull request against real git (a bare remote and depth-1 checkouts, as actions/checkout makes them)
 * and the fake GitHub REST server, whose every request is checked against GitHub's OpenAPI description.
 */

const LEGACY = {
  'app/client.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\nMODEL = "hunyuan-turbos-latest"\n',
  'app/search.py': 'URL = "https://api.lkeap.cloud.tencent.com/v1"\nbody = {"model": "deepseek-r1", "enable_search": True}\n',
  'README.md': '# App\n',
};

let fx: GitFixture;
let gh: FakeGitHub;
let temp: string;
const warnings: string[] = [];
const infos: string[] = [];

beforeEach(async () => {
  fx = await createGitFixture({ base: LEGACY, head: { change: { 'README.md': '# App, on a branch\n' } } });
  gh = await FakeGitHub.start();
  gh.repo('octo/app');
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'thfixpr-'));
  warnings.length = 0;
  infos.length = 0;
});

afterEach(async () => {
  await gh.close();
  await fx.cleanup();
  await fs.rm(temp, { recursive: true, force: true });
});

async function checkoutMain(): Promise<string> {
  return fx.clone({ ref: 'refs/heads/main' });
}

async function run(workspace: string, extra: Partial<FixPrOptions> = {}) {
  return runFixPr({
    workspace,
    repo: { owner: 'octo', repo: 'app' },
    serverUrl: 'https://github.com',
    baseBranch: 'main',
    octokit: getOctokit('ghs_test', { baseUrl: gh.url }),
    labels: ['tokenhub-migration'],
    region: 'intl',
    tempDir: temp,
    log: { info: (m) => infos.push(m), warning: (m) => warnings.push(m) },
    ...extra,
  });
}

async function remoteFile(ref: string, file: string): Promise<string> {
  return git(fx.remote, ['show', `${ref}:${file}`]);
}

async function commitOnMain(files: Record<string, string>): Promise<string> {
  await git(fx.work, ['checkout', '-q', 'main']);
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(fx.work, rel)), { recursive: true });
    await fs.writeFile(path.join(fx.work, rel), content);
  }
  await git(fx.work, ['add', '-A']);
  await git(fx.work, ['commit', '-q', '-m', 'main moves on']);
  await git(fx.work, ['push', '-q', 'origin', 'main']);
  return (await git(fx.work, ['rev-parse', 'HEAD'])).trim();
}

function expectCleanTraffic() {
  expect(gh.violations, gh.problems()).toEqual([]);
  expect(gh.unexpected, gh.problems()).toEqual([]);
}

describe('the migration pull request', () => {
  it('opens one pull request with the safe fixes on its branch, and leaves the checkout alone', async () => {
    const ws = await checkoutMain();
    const outcome = await run(ws);
    expect(warnings).toEqual([]);
    expect(outcome.state).toBe('opened');
    expectCleanTraffic();

    // The branch holds exactly the safe fixes, on top of main.
    expect(await remoteFile(`refs/heads/${FIX_BRANCH}`, 'app/client.py')).toBe(
      'from openai import OpenAI\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")\nMODEL = "hy3-preview"\n',
    );
    expect(await remoteFile(`refs/heads/${FIX_BRANCH}`, 'app/search.py')).toBe(
      'URL = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nbody = {"model": "deepseek-r1", "enable_search": True}\n',
    );
    const log = await git(fx.remote, ['log', '--format=%an <%ae>%n%P%n%B', '-1', `refs/heads/${FIX_BRANCH}`]);
    expect(log).toContain('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(log).toContain(fx.baseSha);
    expect(log).toContain(FIX_COMMIT_TRAILER);

    // One POST /pulls from our branch into main, with the marker, a table of changes and what is left.
    const [create] = gh.requestsTo('POST /repos/{owner}/{repo}/pulls');
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
    const body = create!.body as { head: string; base: string; title: string; body: string };
    expect(body.head).toBe(FIX_BRANCH);
    expect(body.base).toBe('main');
    expect(body.title).toBe('Move to TokenHub: 3 safe replacements in 2 files');
    expect(body.body.startsWith(FIX_PR_MARKER)).toBe(true);
    expect(body.body).toContain('| `https://api.hunyuan.cloud.tencent.com/v1` | `https://tokenhub-intl.tencentcloudmaas.com/v1` |');
    expect(body.body).toContain('| `hunyuan-turbos-latest` | `hy3-preview` |');
    expect(body.body).toContain('### Left for a person (2 findings)');
    expect(body.body).toContain('`deepseek-r1` | `deepseek-v4-pro`');
    // The search field stays visible to later scans (its file now calls TokenHub), so it carries no footnote.
    expect(body.body).toContain('`enable_search`');
    expect(body.body).not.toContain('`enable_search` ¹');
    expect(body.body).toContain(`(https://github.com/octo/app/blob/tokenhub-migration/safe-fixes/app/client.py#L2)`);
    expect(body.body).toContain('web_search_options');
    const labels = gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/labels');
    expect(labels.map((r) => r.body)).toEqual([{ labels: ['tokenhub-migration'] }]);
    expect(outcome.number).toBe(gh.repo('octo/app').pulls[0]!.number);

    // The user's checkout is untouched and no worktree is left behind.
    expect(await git(ws, ['status', '--porcelain'])).toBe('');
    expect((await git(ws, ['worktree', 'list'])).trim().split('\n')).toHaveLength(1);
    expect(await fs.readdir(temp)).toEqual([]);
  });

  it('changes nothing when run again on the same base', async () => {
    await run(await checkoutMain());
    const tip = await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}`]);
    const before = gh.requests.length;
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('unchanged');
    expect(await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}`])).toBe(tip);
    const writes = gh.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
    expectCleanTraffic();
  });

  it('updates the same pull request in place when the base moves on', async () => {
    const first = await run(await checkoutMain());
    const newBase = await commitOnMain({ 'app/more.ts': "export const url = 'https://api.hunyuan.cloud.tencent.com/v1';\n" });
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('updated');
    expect(outcome.number).toBe(first.number);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
    const [update] = gh.requestsTo('PATCH /repos/{owner}/{repo}/pulls/{pull_number}');
    expect((update!.body as { title: string }).title).toBe('Move to TokenHub: 4 safe replacements in 3 files');
    expect(await remoteFile(`refs/heads/${FIX_BRANCH}`, 'app/more.ts')).toBe("export const url = 'https://tokenhub-intl.tencentcloudmaas.com/v1';\n");
    expect((await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}^`])).trim()).toBe(newBase);
    // Labels are there already: not added twice.
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/labels')).toHaveLength(1);
    expectCleanTraffic();
  });

  it('closes the pull request and deletes its branch when nothing is left', async () => {
    const first = await run(await checkoutMain());
    await commitOnMain({
      'app/client.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")\nMODEL = "hy3-preview"\n',
      'app/search.py': 'URL = "https://tokenhub-intl.tencentcloudmaas.com/v1"\n',
    });
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('closed');
    expect(outcome.number).toBe(first.number);
    const pull = gh.repo('octo/app').pulls.find((p) => p.number === first.number)!;
    expect(pull.state).toBe('closed');
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(await git(fx.remote, ['branch', '--list', FIX_BRANCH])).toBe('');
    expectCleanTraffic();

    // And a later run with nothing to do does nothing at all.
    const again = await run(await checkoutMain());
    expect(again.state).toBe('none');
  });

  it('stops updating a branch someone else pushed to', async () => {
    await run(await checkoutMain());
    const other = await fx.clone({ ref: `refs/heads/${FIX_BRANCH}` });
    await fs.writeFile(path.join(other, 'NOTES.md'), 'a person was here\n');
    await git(other, ['add', '-A']);
    await git(other, ['commit', '-q', '-m', 'Hand-made change']);
    await git(other, ['push', '-q', 'origin', `HEAD:refs/heads/${FIX_BRANCH}`]);
    const theirs = (await git(other, ['rev-parse', 'HEAD'])).trim();

    await commitOnMain({ 'app/more.ts': "export const url = 'https://api.hunyuan.cloud.tencent.com/v1';\n" });
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('skipped');
    expect(warnings.join('\n')).toMatch(/someone else pushed to tokenhub-migration\/safe-fixes/);
    expect((await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}`])).trim()).toBe(theirs);
  });

  it("leaves a maintainer's amended commit alone, message and trailer intact (issue 15 item 6)", async () => {
    await run(await checkoutMain());
    const other = await fx.clone({ ref: `refs/heads/${FIX_BRANCH}` });
    // A maintainer amends the bot's commit (a tweak to the fix), keeping its message and trailer.
    await fs.writeFile(path.join(other, 'NOTES.md'), 'reviewed by a maintainer\n');
    await git(other, ['add', '-A']);
    await git(other, ['commit', '-q', '--amend', '--no-edit'], { GIT_COMMITTER_NAME: 'Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.com' });
    expect(await git(other, ['log', '-1', '--format=%B'])).toContain(FIX_COMMIT_TRAILER);
    await git(other, ['push', '-q', '--force', 'origin', `HEAD:refs/heads/${FIX_BRANCH}`]);
    const amended = (await git(other, ['rev-parse', 'HEAD'])).trim();

    await commitOnMain({ 'app/more.ts': "export const url = 'https://api.hunyuan.cloud.tencent.com/v1';\n" });
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('skipped');
    expect(warnings.join('\n')).toMatch(/tip of tokenhub-migration\/safe-fixes is not the commit this action pushed/);
    expect((await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}`])).trim()).toBe(amended);
  });

  it('degrades to a warning naming contents: write when the push is refused', async () => {
    // What GitHub answers a token without contents: write.
    const hook = path.join(fx.remote, 'hooks', 'pre-receive');
    await fs.writeFile(hook, '#!/bin/sh\necho "Permission to octo/app.git denied to github-actions[bot]." >&2\nexit 1\n');
    await fs.chmod(hook, 0o755);
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('skipped');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('`contents: write`');
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls')).toEqual([]);
  });

  it('degrades to a warning naming pull-requests: write when the API refuses', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/pulls', { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } });
    const outcome = await run(await checkoutMain());
    expect(outcome.state).toBe('skipped');
    expect(warnings[0]).toContain("Give the workflow's token 'pull-requests: write'");
    expect(warnings[0]).toContain('The fixes are on the branch tokenhub-migration/safe-fixes.');
  });

  it('names the repository setting when Actions may not create pull requests', async () => {
    gh.failNext('POST /repos/{owner}/{repo}/pulls', {
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', status: '403' },
    });
    await run(await checkoutMain());
    expect(warnings[0]).toContain('Allow GitHub Actions to create and approve pull requests');
  });

  it('is skipped outside a branch, and on the fix branch itself', async () => {
    const ws = await checkoutMain();
    expect((await run(ws, { baseBranch: undefined })).state).toBe('skipped');
    expect((await run(ws, { baseBranch: FIX_BRANCH })).state).toBe('skipped');
    const notGit = await fs.mkdtemp(path.join(temp, 'plain-'));
    expect((await run(notGit)).reason).toMatch(/not a git checkout/);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('points base URLs at the mainland site with region mainland', async () => {
    await run(await checkoutMain(), { region: 'mainland' });
    expect(await remoteFile(`refs/heads/${FIX_BRANCH}`, 'app/search.py')).toContain('URL = "https://tokenhub.tencentmaas.com/v1"');
  });
});

describe('one migration pull request per repository', () => {
  it('leaves the pull request alone on a run from another branch', async () => {
    await run(await checkoutMain());
    const tip = await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}`]);
    const outcome = await run(await fx.clone({ ref: 'refs/heads/feature' }), { baseBranch: 'feature' });
    expect(outcome.state).toBe('skipped');
    expect(warnings.join('\n')).toMatch(/merges into main; runs on feature leave it alone/);
    expect(await git(fx.remote, ['rev-parse', `refs/heads/${FIX_BRANCH}`])).toBe(tip);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
  });
});
