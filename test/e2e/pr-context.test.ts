/**
 * Context from the head tree in pull-request mode, end to end: the bundled action on Node 24 in a depth-1 clone of
 * the test merge commit, against the fake GitHub server. A PR that adds search fields to a struct file is caught
 * when the Hunyuan client sits in an unchanged sibling file of the same package, and the same fields in a package
 * with no legacy tie stay quiet.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { runAction } from '../support/run-action.js';

const REPO = 'octo/svc';
const TOKEN = 'ghs_e2eContextToken0123456789';

const CLIENT = [
  'package llm',
  '',
  'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"',
  '',
  'func (c *Client) Ask(o Options) error {',
  '\treq := hunyuan.NewChatCompletionsRequest()',
  '\t_, err := c.api.ChatCompletions(req)',
  '\treturn err',
  '}',
  '',
].join('\n');
const TYPES_BASE = 'package llm\n\ntype Options struct {\n\tModel string `json:"Model"`\n}\n';
// Lines 5 and 6 are what the PR adds.
const TYPES_HEAD = 'package llm\n\ntype Options struct {\n\tModel string `json:"Model"`\n\tCitation bool `json:"Citation,omitempty"`\n\tEnableEnhancement *bool `json:"EnableEnhancement,omitempty"`\n}\n';
const PLAIN_BASE = 'package docs\n\ntype Entry struct {\n\tTitle string `json:"title"`\n}\n';
const PLAIN_HEAD = 'package docs\n\ntype Entry struct {\n\tTitle string `json:"title"`\n\tCitation bool `json:"Citation,omitempty"`\n\tEnableEnhancement *bool `json:"EnableEnhancement,omitempty"`\n}\n';

let gh: FakeGitHub;
let fx: GitFixture;

beforeAll(async () => {
  fx = await createGitFixture({
    base: { 'go.mod': 'module example.com/svc\n\ngo 1.22\n', 'internal/llm/client.go': CLIENT, 'internal/llm/types.go': TYPES_BASE, 'internal/docs/entry.go': PLAIN_BASE },
    head: { change: { 'internal/llm/types.go': TYPES_HEAD, 'internal/docs/entry.go': PLAIN_HEAD } },
    pullNumber: 7,
  });
});
afterAll(async () => {
  await fx.cleanup();
});
beforeEach(async () => {
  gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  gh.repo(REPO);
  gh.addPull(REPO, { number: fx.pullNumber!, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
});
afterEach(async () => {
  expect(gh.problems()).toBe('');
  await gh.close();
});

describe('pull request mode with context from the head tree', () => {
  it('catches search fields added to a struct whose client is an unchanged sibling, and not in a package with no legacy tie', async () => {
    const workspace = await fx.clone({ depth: 1 });
    const event = pullRequestEvent({
      repository: REPO,
      number: fx.pullNumber!,
      base: { ref: 'main', sha: fx.baseSha },
      head: { ref: 'feature', sha: fx.headSha },
      mergeSha: fx.mergeSha,
      apiUrl: gh.url,
    });
    const r = await runAction({ workspace, apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'json-file': 'report.json' }, ...event, timeoutMs: 90_000 });
    expect(r.timedOut, r.stderr).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', mode: 'diff', 'new-findings': '2', errors: '2' });
    const located = r.annotations.filter((a) => a.file).map((a) => `${a.file}:${a.line}`).sort();
    expect(located).toEqual(['internal/llm/types.go:5', 'internal/llm/types.go:6']);
    const [run] = gh.repo(REPO).checkRuns;
    expect(run, r.stdout).toBeDefined();
    const annotations = gh.repo(REPO).checkRunAnnotations.get(run!.id)!;
    expect(annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(located);
    expect(annotations.map((a) => a.message).join('\n')).toContain('in client.go of the same package');
  });
});
