/**
 * The job summary on the paths where the check cannot run at all: it says what went wrong and how to fix it,
 * instead of being empty. The bundled action, run as the runner runs it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent } from '../support/events.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { runAction } from '../support/run-action.js';

let workspace: string;
let fx: GitFixture;
const SHA = 'b'.repeat(40);

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'thm-fail-'));
  await fs.writeFile(path.join(workspace, 'app.py'), 'URL = "https://api.hunyuan.cloud.tencent.com/v1"\n');
  fx = await createGitFixture({ base: { 'app.py': 'x = 1\n' }, head: { change: { 'app.py': 'x = 2\n' } }, pullNumber: 3 });
});
afterAll(async () => {
  await fs.rm(workspace, { recursive: true, force: true });
  await fx.cleanup();
});

function expectNotRun(summary: string, title: string): void {
  expect(summary).toContain('## TokenHub migration check: not run');
  expect(summary).toContain(`❌ **${title}**`);
  expect(summary).toContain('**How to fix it:**');
}

describe('the job summary when the check cannot run', () => {
  it('names each problem of an invalid config file, with its line', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'thm-fail-config-'));
    await fs.mkdir(path.join(ws, '.github'));
    await fs.writeFile(path.join(ws, '.github/tokenhub-migration.yml'), 'rules:\n  hunyuan-modle: off\n');
    const r = await runAction({ workspace: ws, ...pushEvent({ after: SHA }) });
    expect(r.exitCode).toBe(1);
    expectNotRun(r.summary, 'The config file is invalid');
    expect(r.summary).toContain(".github/tokenhub-migration.yml:2:3: rules.hunyuan-modle: unknown key in rules (did you mean 'hunyuan-model'?)");
    expect(r.summary).toContain('schema/tokenhub-migration.schema.json');
    await fs.rm(ws, { recursive: true, force: true });
  });

  it('says which input is invalid and what it accepts', async () => {
    const r = await runAction({ workspace, inputs: { 'fail-on': 'sometimes', 'check-run': 'maybe' }, ...pushEvent({ after: SHA }) });
    expect(r.exitCode).toBe(1);
    expectNotRun(r.summary, 'An input of the action is invalid');
    expect(r.summary).toContain("input 'fail-on' must be one of error, warning, notice, none (got 'sometimes')");
    expect(r.summary).toContain("input 'check-run' must be true or false (got 'maybe')");
  });

  it("explains that mode 'diff' on a push has nothing to compare", async () => {
    const r = await runAction({ workspace, inputs: { mode: 'diff' }, ...pushEvent({ after: SHA }) });
    expect(r.exitCode).toBe(1);
    expectNotRun(r.summary, "mode 'diff' needs a pull request or merge group");
    expect(r.summary).toContain("this run is 'push'");
    expect(r.summary).toContain('`mode: auto`');
  });

  it('says how to get a diff when neither git nor the API can give one', async () => {
    const clone = await fx.clone({ depth: 1 });
    // A base commit no remote has, and no token for the REST API.
    const event = pullRequestEvent({ number: 3, base: { ref: 'main', sha: 'c'.repeat(40) }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha });
    const r = await runAction({ workspace: clone, inputs: { 'github-token': '' }, ...event, timeoutMs: 60_000 });
    expect(r.exitCode).toBe(1);
    expectNotRun(r.summary, 'The diff of this change could not be read');
    expect(r.summary).toContain('fetch-depth: 0');
    expect(r.summary).toContain('no token to ask the REST API');
  });
});
