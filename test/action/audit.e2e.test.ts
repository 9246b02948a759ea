import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TRACKING_LABEL, TRACKING_MARKER } from '../../src/report/tracking-issue.js';
import { pullRequestEvent, pushEvent, scheduleEvent } from '../support/events.js';
import { createGitFixture, type FileMap } from '../support/git-fixture.js';
import { FakeGitHub } from '../support/github-server.js';
import { allOutputText, NODE24, REPO_ROOT, runAction } from '../support/run-action.js';
import { MULTITOOL, multitoolFindings, schemaErrors } from '../support/sarif-validate.js';

/**
 * Scheduled audits, end to end: the bundled action on Node 24 as the runner runs it, in full mode on a fixture
 * repository, against the fake GitHub API (every request checked against GitHub's OpenAPI description).
 */

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/legacy-repo');
const TOKEN = 'ghs_auditTestToken0123456789';
const SHA = 'c0ffee'.padEnd(40, '0');

async function readTree(dir: string, base = dir, out: FileMap = {}): Promise<FileMap> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) await readTree(abs, base, out);
    else out[path.relative(base, abs).split(path.sep).join('/')] = await fs.readFile(abs, 'utf8');
  }
  return out;
}

async function copyFixture(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'th-audit-'));
  await fs.cp(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('scheduled audit with a tracking issue', () => {
  let gh: FakeGitHub;
  let workspace: string;

  beforeEach(async () => {
    gh = await FakeGitHub.start();
    gh.repo('octo/app');
    workspace = await copyFixture();
  });
  afterEach(async () => {
    await gh.close();
    await fs.rm(workspace, { recursive: true, force: true });
  });

  const audit = (extra: Record<string, string> = {}) =>
    runAction({
      workspace,
      apiUrl: gh.url,
      inputs: { mode: 'full', 'tracking-issue': 'true', 'github-token': TOKEN, 'sarif-file': 'out/tokenhub.sarif', 'fail-on': 'none', ...extra },
      ...scheduleEvent({ sha: SHA }),
    });
  const ours = () => gh.repo('octo/app').issues.filter((i) => String(i.body ?? '').includes(TRACKING_MARKER));

  it('creates the issue, updates it, closes it when the fixture is cleaned and reopens it when usage returns', async () => {
    // 1. First audit: the issue is created, with the label, and the SARIF file validates.
    const first = await audit();
    expect(first.exitCode, first.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const issue = ours()[0]!;
    expect(issue.state).toBe('open');
    expect(issue.labels.map((l: { name: string }) => l.name)).toEqual([TRACKING_LABEL]);
    expect(issue.title).toMatch(/^TokenHub migration: \d+ findings left$/);
    expect(issue.body).toContain('First audit.');
    expect(issue.body).toContain('https://github.com/octo/app/actions/runs/1234567890');
    expect(first.summary).toContain(`- Tracking issue: [#${issue.number}](${issue.html_url}) (created).`);
    expect(first.summary).toContain('### By category and severity');
    expect(first.summary).toContain('### Top files');
    expect(first.summary).toContain('- [ ] Create a TokenHub API key');

    const sarifPath = first.outputs['sarif-file']!;
    expect(sarifPath).toBe(path.join(workspace, 'out/tokenhub.sarif'));
    const sarif = JSON.parse(await fs.readFile(sarifPath, 'utf8')) as { runs: { results: unknown[]; versionControlProvenance?: unknown }[] };
    expect(schemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(Number(first.outputs.findings));
    expect(sarif.runs[0]!.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/octo/app', revisionId: SHA, branch: 'refs/heads/main', mappedTo: { uriBaseId: '%SRCROOT%' } }]);
    if (MULTITOOL) expect((await multitoolFindings(sarif)).filter((r) => r.level === 'error' || r.level === 'warning')).toEqual([]);

    // 2. Second audit after part of the migration: the same issue is updated and says what changed.
    await fs.rm(path.join(workspace, 'docs', 'setup.md'));
    const second = await audit();
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('- Files now clean: [`docs/setup.md`](https://github.com/octo/app/blob/' + SHA + '/docs/setup.md)');
    expect(second.summary).toContain('(updated).');

    // 3. Everything migrated: the issue is closed as completed.
    for (const f of ['src/chat.py', 'src/reasoner.ts', 'config/models.yaml']) await fs.rm(path.join(workspace, f));
    const third = await audit();
    expect(third.exitCode).toBe(0);
    expect(third.outputs.findings).toBe('0');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'closed', state_reason: 'completed', title: 'TokenHub migration: nothing left to migrate' });
    expect(third.summary).toContain('(closed).');

    // 4. Usage comes back: the same issue is reopened.
    await fs.writeFile(path.join(workspace, 'src', 'late.py'), 'URL = "https://api.lkeap.cloud.tencent.com/v1"\n');
    const fourth = await audit();
    expect(fourth.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open', number: issue.number, title: 'TokenHub migration: 1 finding left' });
    expect(ours()[0]!.body).toContain('- New files with usage: [`src/late.py`](');

    // Every request was one GitHub accepts, and the token never shows.
    expect(gh.violations, gh.problems()).toEqual([]);
    expect(gh.unexpected, gh.problems()).toEqual([]);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues')).toHaveLength(1);
    for (const r of [first, second, third, fourth]) {
      expect(r.masked).toContain(TOKEN);
      // The runner hides masked values; everything else the action wrote must not hold the token.
      const visible = allOutputText(r, [sarifPath]).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(visible).not.toContain(TOKEN);
    }
  });

  it('degrades to a warning that names issues: write when the token may not write issues', async () => {
    await gh.close();
    gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'read' } });
    gh.repo('octo/app');
    const r = await audit({ 'fail-on': 'error' });
    expect(r.exitCode).toBe(1); // fails for the findings, not for the issue
    const warning = r.annotations.find((a) => a.level === 'warning' && /issues: write/.test(a.message));
    expect(warning?.message).toMatch(/Give the workflow's token 'issues: write'/);
    expect(r.summary).toMatch(/- Tracking issue: ⚠️ .*issues: write/);
    expect(r.outputs['sarif-file']).toBeTruthy();
    expect(ours()).toHaveLength(0);
    expect(gh.violations, gh.problems()).toEqual([]);
  });

  it('fails the step on a bad config file, pointing at the line', async () => {
    await fs.mkdir(path.join(workspace, '.github'), { recursive: true });
    await fs.writeFile(path.join(workspace, '.github', 'tokenhub-migration.yml'), 'rules:\n  hunyuan-model: warning\n  legacy-serch: off\nexclude:\n  - nothing-here/\n');
    const r = await audit();
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error' && a.file === '.github/tokenhub-migration.yml');
    expect(errors.map((a) => [a.line, a.message])).toEqual([[3, "rules.legacy-serch: unknown key in rules (did you mean 'legacy-search'?)"]]);
    expect(r.stdout).toContain('.github/tokenhub-migration.yml:3:3: rules.legacy-serch: unknown key');
    expect(gh.requests).toHaveLength(0);

    await fs.writeFile(path.join(workspace, '.github', 'tokenhub-migration.yml'), 'fail-on: error\nexclude: [docs/\n');
    const syntax = await audit();
    expect(syntax.exitCode).toBe(1);
    expect(syntax.annotations.find((a) => a.file === '.github/tokenhub-migration.yml')).toMatchObject({ line: 3, message: expect.stringMatching(/^YAML syntax error/) });

    await fs.writeFile(path.join(workspace, '.github', 'tokenhub-migration.yml'), 'exclude:\n  - nothing-here/\n');
    const globs = await audit();
    expect(globs.exitCode).toBe(1);
    expect(globs.annotations.find((a) => a.file === '.github/tokenhub-migration.yml')).toMatchObject({ line: 2, message: expect.stringMatching(/^exclude\[0\]: 'nothing-here\/' matches no file/) });
  });

  it('applies the config file, and an explicit input wins over it', async () => {
    await fs.mkdir(path.join(workspace, '.github'), { recursive: true });
    await fs.writeFile(path.join(workspace, '.github', 'tokenhub-migration.yml'), 'rules:\n  legacy-model: off\nexclude: [docs/]\nfail-on: none\n');
    const lenient = await runAction({ workspace, inputs: { mode: 'full' }, ...pushEvent({ after: SHA }) });
    expect(lenient.exitCode).toBe(0);
    const all = await runAction({ workspace, inputs: { mode: 'full', 'json-file': 'r.json' }, ...pushEvent({ after: SHA }) });
    const report = JSON.parse(await fs.readFile(path.join(workspace, 'r.json'), 'utf8')) as { findings: { category: string; path: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.category === 'legacy-model' || f.path.startsWith('docs/'))).toBe(false);
    expect(all.exitCode).toBe(0);
    const strict = await runAction({ workspace, inputs: { mode: 'full', 'fail-on': 'error' }, ...pushEvent({ after: SHA }) });
    expect(strict.exitCode).toBe(1);
  });
});

describe('baseline across commits', () => {
  let baselineText: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    // The baseline is made with the bundled CLI on the first commit's tree, as a developer would.
    const dir = await copyFixture();
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    await promisify(execFile)(NODE24, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'baseline'], { cwd: dir });
    baselineText = await fs.readFile(path.join(dir, '.github', 'tokenhub-migration-baseline.json'), 'utf8');
  });
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  async function commitAndRun(head: { change?: FileMap; add?: FileMap }) {
    const base = { ...(await readTree(FIXTURE)), '.github/tokenhub-migration-baseline.json': baselineText };
    const fx = await createGitFixture({ base, head });
    cleanups.push(() => fx.cleanup());
    const workspace = await fx.clone();
    return runAction({
      workspace,
      inputs: { mode: 'full', baseline: '.github/tokenhub-migration-baseline.json', 'json-file': 'report.json' },
      ...pushEvent({ after: fx.headSha }),
    }).then(async (r) => ({ r, report: JSON.parse(await fs.readFile(path.join(workspace, 'report.json'), 'utf8')) as { findings: { path: string; baselineState: string }[]; baseline: { new: number; known: number } } }));
  }

  it('passes a later commit with the same findings, moved down', async () => {
    const chat = await fs.readFile(path.join(FIXTURE, 'src/chat.py'), 'utf8');
    const { r, report } = await commitAndRun({ change: { 'src/chat.py': '"""Chat helpers."""\n# moved below a new header\n\n' + chat } });
    expect(r.exitCode, r.stdout).toBe(0);
    // Known findings are pre-existing: not judged, not annotated.
    expect(r.outputs).toMatchObject({ result: 'pass', findings: '0', 'new-findings': '0', mode: 'full' });
    expect(Number(r.outputs['pre-existing-findings'])).toBeGreaterThan(5);
    expect(report.baseline).toMatchObject({ new: 0, known: Number(r.outputs['pre-existing-findings']) });
    expect(report.findings).toHaveLength(Number(r.outputs['pre-existing-findings']));
    expect(r.annotations.filter((a) => a.file)).toEqual([]);
  });

  it('fails a later commit that adds a finding, and annotates only that one', async () => {
    const { r, report } = await commitAndRun({ add: { 'src/new_client.py': 'BASE_URL = "https://api.hunyuan.cloud.tencent.com/v1"\n' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', 'new-findings': '1' });
    expect(report.findings.filter((f) => f.baselineState === 'new').map((f) => f.path)).toEqual(['src/new_client.py']);
    expect(r.annotations.filter((a) => a.file).map((a) => a.file)).toEqual(['src/new_client.py']);
    expect(r.summary).toContain('**1** new, ');
  });
});

describe('the config file in a pull request', () => {
  it('applies rule switches and extra model IDs to what the change adds', async () => {
    const fx = await createGitFixture({
      base: {
        'app.py': 'x = 1\n',
        '.github/tokenhub-migration.yml': 'rules:\n  lke-deepseek-r1-model: off\nextra:\n  models: [acme-hy-ft-7]\n',
      },
      head: { add: { 'client.py': 'URL = "https://api.lkeap.cloud.tencent.com/v1"\nMODEL = "deepseek-r1"\nFT = "acme-hy-ft-7"\n' } },
      pullNumber: 5,
    });
    const gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
    try {
      gh.addPull('octo/app', { number: 5, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
      const r = await runAction({
        workspace: await fx.clone(),
        apiUrl: gh.url,
        inputs: { 'github-token': TOKEN, 'json-file': 'r.json' },
        ...pullRequestEvent({ number: 5, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url }),
      });
      expect(r.outputs).toMatchObject({ mode: 'diff', 'new-findings': '2', result: 'fail' });
      expect(r.annotations.filter((a) => a.file).map((a) => `${a.file}:${a.line} ${a.title}`).sort()).toEqual([
        'client.py:1 lke-openai-endpoint (legacy-endpoint)',
        'client.py:3 custom-model (legacy-model)',
      ]);
      expect(gh.problems()).toBe('');
    } finally {
      await gh.close();
      await fx.cleanup();
    }
  });
});
