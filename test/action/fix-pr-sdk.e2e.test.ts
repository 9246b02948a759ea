import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEvent } from '../support/events.js';
import { createGitFixture, git, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { allOutputText, runAction } from '../support/run-action.js';

/**
 * The bundled action on Node 24 with `fix-pr: true` and `fix-pr-sdk: true` against the fake GitHub server (every
 * request checked against GitHub's OpenAPI description) and a bare git remote: the migration pull request carries
 * the SDK rewrite (the golden outputs of fix --sdk, byte for byte), the manifests next to the converted code, a
 * refused file exactly as it was, a description that lists per file what was converted and what was refused and
 * why, and a job summary with the counts.
 */

const BRANCH = 'tokenhub-migration/safe-fixes';
const TOKEN = 'ghs_fixprsdktoken0123456789';
const SDK = path.resolve(import.meta.dirname, '../fixtures/sdk');
const sample = (rel: string) => readFileSync(path.join(SDK, rel), 'utf8');

const PACKAGE_JSON = `${JSON.stringify({ name: 'web', version: '1.0.0', dependencies: { 'tencentcloud-sdk-nodejs-hunyuan': '^4.0.900', express: '^4.21.0' } }, null, 2)}\n`;

let fx: GitFixture;
let gh: FakeGitHub;

beforeAll(async () => {
  fx = await createGitFixture({
    base: {
      'svc/chat.py': sample('python/hunyuan_sync_stream.py'),
      'svc/tools.py': sample('python/refused/tools.py'),
      'svc/requirements.txt': 'requests==2.32.3\ntencentcloud-sdk-python==3.0.1250\n',
      'web/chat_service.ts': sample('js/chat_service.ts'),
      'web/package.json': PACKAGE_JSON,
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

async function scheduledRun() {
  const workspace = await fx.clone({ ref: 'refs/heads/main' });
  const r = await runAction({
    workspace,
    apiUrl: gh.url,
    inputs: { 'fix-pr': 'true', 'fix-pr-sdk': 'true', 'github-token': TOKEN, 'fail-on': 'none', 'check-run': 'false' },
    ...scheduleEvent({ sha: fx.baseSha }),
    timeoutMs: 90_000,
  });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  expect(gh.violations, gh.problems()).toEqual([]);
  expect(gh.unexpected, gh.problems()).toEqual([]);
  expect(allOutputText(r).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  return r;
}

const onBranch = (file: string) => git(fx.remote, ['show', `refs/heads/${BRANCH}:${file}`]);
const onMain = (file: string) => git(fx.remote, ['show', `main:${file}`]);

describe('fix-pr with fix-pr-sdk in a scheduled full scan', () => {
  it('opens the pull request with the SDK rewrite, the manifests and a per-file account', async () => {
    const r = await scheduledRun();
    expect(r.outputs['fix-pr']).toBe('opened');
    const pull = gh.repo('octo/app').pulls[0]!;

    // The converted files are exactly the golden outputs; the refused one is byte for byte as it was.
    expect(await onBranch('svc/chat.py')).toBe(sample('python/expected/hunyuan_sync_stream.py'));
    expect(await onBranch('web/chat_service.ts')).toBe(sample('js/expected/chat_service.ts'));
    expect(await onBranch('svc/tools.py')).toBe(await onMain('svc/tools.py'));
    // tools.py still calls the Tencent SDK, so its distribution stays; nothing under web/ does, so it goes.
    expect(await onBranch('svc/requirements.txt')).toBe('requests==2.32.3\nopenai\ntencentcloud-sdk-python==3.0.1250\n');
    expect(JSON.parse(await onBranch('web/package.json'))).toEqual({ name: 'web', version: '1.0.0', dependencies: { express: '^4.21.0', openai: '^6.49.0' } });

    expect(pull.title).toMatch(/^Move to TokenHub: 2 Tencent SDK clients converted and \d+ safe replacements? in 4 files$/);
    const body: string = pull.body;
    expect(body).toContain('### Tencent Cloud SDK chat clients (2 clients converted in 2 files, 1 client refused in 1 file;');
    // Each client, per file, linked at the base commit where its Tencent code is.
    const base = `https://github.com/octo/app/blob/${fx.baseSha}`;
    expect(body).toContain(`| [\`svc/chat.py:21\`](${base}/svc/chat.py#L21) | Hunyuan client | converted to OpenAI: `);
    expect(body).toContain(`| [\`web/chat_service.ts:9\`](${base}/web/chat_service.ts#L9) | Hunyuan async client | converted to OpenAI: `);
    expect(body).toContain(
      `| [\`svc/tools.py:6\`](${base}/svc/tools.py#L6) | Hunyuan client | **refused**: tools \\(function calling\\) are not converted \\(line 11\\); ` +
        '[how to move it by hand](https://github.com/tokenhub-migration-check/tokenhub-migration-check/blob/main/docs/rules/hunyuan-sdk.md) |',
    );
    expect(body).toContain('- `svc/requirements.txt`: added openai');
    expect(body).toContain('- `web/package.json`: added openai, removed tencentcloud-sdk-nodejs-hunyuan');
    expect(body).toContain('- [ ] Set `TOKENHUB_API_KEY` where the converted code runs');
    // The table renders as a table (no cell broken by the reasons' punctuation).
    const html = new MarkdownIt().render(body);
    expect(html).toMatch(/<td>Hunyuan client<\/td>\s*<td><strong>refused<\/strong>: tools \(function calling\)/);

    // The commit says what was converted.
    const message = await git(fx.remote, ['log', '-1', '--format=%B', `refs/heads/${BRANCH}`]);
    expect(message).toContain('- svc/chat.py:21: Tencent Cloud SDK hunyuan client -> OpenAI SDK (TokenHub)');
    expect(message).toContain('- web/package.json: added openai, removed tencentcloud-sdk-nodejs-hunyuan');

    // The job summary counts them.
    expect(r.summary).toMatch(
      /Tencent Cloud SDK rewrite \(`fix-pr-sdk`\): 2 clients converted in 2 files, 1 client refused in 1 file; \d+ findings? left for a person\./,
    );
  });

  it('leaves the pull request as it is on a second run over the same base', async () => {
    const before = gh.repo('octo/app').pulls[0]!.body;
    const r = await scheduledRun();
    expect(r.outputs['fix-pr']).toBe('unchanged');
    expect(gh.repo('octo/app').pulls).toHaveLength(1);
    expect(gh.repo('octo/app').pulls[0]!.body).toBe(before);
  });
});
