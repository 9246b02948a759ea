/**
 * Issue 15, item 12: file names are passed to git as names, never as pathspec magic. A file named
 * `:(exclude)app/x.py` used to be fixed but left out of the commit (git read the name as "everything but
 * app/x.py"), while the pull request said it was fixed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scheduleEvent } from '../support/events.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { runAction } from '../support/run-action.js';

const BRANCH = 'tokenhub-migration/safe-fixes';
const TOKEN = 'ghs_fixprPathspecToken0123456789';
const LEGACY = 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n';
const FIXED = 'from openai import OpenAI\nclient = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")\n';
const MAGIC = [':(exclude)app/x.py', ':(glob)**/*.py', '*.py'];

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'app/x.py': LEGACY, ...Object.fromEntries(MAGIC.map((name) => [name, LEGACY])) },
    head: { change: { 'README.md': 'feature\n' } },
  });
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.repo('octo/app');
});
afterAll(async () => {
  await gh.close();
  await fx.cleanup();
});

it('commits every fixed file whose name looks like pathspec magic, and the pull request claims no more', async () => {
  const workspace = await fx.clone({ ref: 'refs/heads/main' });
  const r = await runAction({
    workspace,
    apiUrl: gh.url,
    inputs: { 'fix-pr': 'true', 'github-token': TOKEN, 'fail-on': 'none' },
    ...scheduleEvent({ sha: fx.baseSha }),
    timeoutMs: 60_000,
  });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  expect(gh.problems()).toBe('');
  expect(r.outputs['fix-pr']).toBe('opened');
  const changed = (await git(fx.remote, ['diff', '--name-only', '-z', `main`, `refs/heads/${BRANCH}`])).split('\0').filter(Boolean).sort();
  expect(changed).toEqual(['app/x.py', ...MAGIC].sort());
  for (const name of ['app/x.py', ...MAGIC]) expect(await git(fx.remote, ['--literal-pathspecs', 'show', `refs/heads/${BRANCH}:${name}`])).toBe(FIXED);
  const pull = gh.repo('octo/app').pulls[0]!;
  expect(pull.title).toBe('Move to TokenHub: 4 safe replacements in 4 files');
});
