import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import YAML from 'yaml';
import { BOARD_LABEL } from '../../src/report/board/board-issue.js';
import { BOARD_MARKER } from '../../src/report/board/board-markdown.js';
import { scheduleEvent } from '../support/events.js';
import { git } from '../support/git-fixture.js';
import { FakeGitHub, type GitHubObject } from '../support/github-server.js';
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js';
import { allOutputText, NODE24, REPO_ROOT, runAction } from '../support/run-action.js';

/**
 * The organisation audit end to end, running the reusable workflow's own steps (.github/workflows/org-audit.yml):
 * the list job's script (the bundled CLI's org-repos against the fake GitHub), then for each repository of the
 * matrix the artifact-name script and the bundled action with the step's `with:` inputs (full mode, on a git
 * checkout of a fixture repository), the reports laid out as actions/download-artifact leaves them, then the board
 * job's script (aggregate). A second round, after one repository fixed a file, updates the same board issue.
 */

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}
interface Job {
  steps: Step[];
  strategy?: { matrix: Record<string, string> };
}
const WORKFLOW = YAML.parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/org-audit.yml'), 'utf8')) as { jobs: Record<string, Job> };

const AUDIT_TOKEN = 'ghs_orgAuditToken0123456789';
const BOT = 'acme-audit-bot';
const REPOS = { 'acme/payments': 'test/fixtures/legacy-repo', 'acme/search': 'test/fixtures/legacy', 'acme/docs': 'test/fixtures/traps' } as const;
const INPUTS = { repositories: '', include: '', exclude: '.github, legacy-*', 'tracking-issue': true, config: '', 'max-parallel': 10 };

/** The few expressions the workflow uses, evaluated as the runner would; anything else fails the test. */
function evaluate(value: string | boolean | number, ctx: { matrix?: Record<string, string>; runnerTemp?: string }): string {
  return String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    const [scope, key] = expr.split('.') as [string, string];
    if (scope === 'matrix' && ctx.matrix?.[key] !== undefined) return ctx.matrix[key]!;
    if (scope === 'secrets') return key === 'AUDIT_TOKEN' ? AUDIT_TOKEN : '';
    if (scope === 'inputs' && key in INPUTS) return String(INPUTS[key as keyof typeof INPUTS]);
    if (expr === 'runner.temp' && ctx.runnerTemp) return ctx.runnerTemp;
    throw new Error(`the test does not evaluate \${{ ${expr} }}`);
  });
}

function bash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // The runner's `node` is Node 24 (actions/setup-node): put ours first on PATH.
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? ''}`, HOME: os.tmpdir(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function step(job: string, id: string): Step {
  const s = WORKFLOW.jobs[job]!.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in job ${job}`);
  return s;
}

function outputsOf(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('organisation audit: the reusable workflow\'s steps on three repositories, twice', () => {
  let gh: FakeGitHub;
  let tmp: string;
  const workspaces: Record<string, string> = {};
  const texts: string[] = [];

  beforeAll(async () => {
    gh = await FakeGitHub.start({ identities: { [AUDIT_TOKEN]: BOT } });
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'th-org-'));
    // The tool's checkout (actions/checkout of tokenhub-migration-check into .tokenhub-tool): this commit.
    await fs.symlink(REPO_ROOT, path.join(tmp, '.tokenhub-tool'));
    gh.repo('acme/.github');
    gh.repo('acme/old-service', { archived: true });
    gh.repo('acme/legacy-tool');
    for (const [repo, fixture] of Object.entries(REPOS)) {
      gh.repo(repo);
      const ws = path.join(tmp, 'ws', repo.replace('/', '__'));
      await fs.cp(path.join(REPO_ROOT, fixture), ws, { recursive: true });
      await git(ws, ['init', '-q', '-b', 'main']);
      await git(ws, ['add', '-A']);
      await git(ws, ['commit', '-qm', 'fixture']);
      workspaces[repo] = ws;
    }
    // Someone else's issue with the board's label and marker: never the board's to edit.
    gh.addLabel('acme/.github', { name: BOARD_LABEL });
    gh.addIssue('acme/.github', { title: 'copied board', body: `${BOARD_MARKER}\nmine`, labels: [BOARD_LABEL], user: 'mallory' });
  });
  afterAll(async () => {
    await gh.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const runner = (extra: Record<string, string> = {}) => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/.github', ...extra });

  async function round(n: number) {
    const dir = path.join(tmp, `round${n}`);
    await fs.mkdir(dir, { recursive: true });

    // Job `list`.
    const list = step('list', 'list');
    const listOutput = path.join(dir, 'list-output');
    await fs.writeFile(listOutput, '');
    const listEnv = { ...Object.fromEntries(Object.entries(list.env!).map(([k, v]) => [k, k === 'ORGANIZATION' ? 'acme' : evaluate(v, {})])), ...runner({ GITHUB_OUTPUT: listOutput }) };
    const listed = await bash(list.run!, listEnv, tmp);
    expect(listed.code, listed.stderr).toBe(0);
    const outputs = outputsOf(await fs.readFile(listOutput, 'utf8'));
    const chunk = JSON.parse(outputs['chunk-1']!) as string[];
    expect(chunk).toEqual(['acme/docs', 'acme/payments', 'acme/search']);
    expect([outputs['chunk-2'], outputs['chunk-3'], outputs['chunk-4']]).toEqual(['[]', '[]', '[]']);

    // Job `audit-1`, one matrix entry per repository.
    const job = WORKFLOW.jobs['audit-1']!;
    expect(job.strategy!.matrix.repository).toBe('${{ fromJSON(needs.list.outputs.chunk-1) }}');
    const reports = path.join(dir, 'reports');
    for (const repository of chunk) {
      const matrix = { repository };
      const nameOut = path.join(dir, `name-${repository.replace('/', '_')}`);
      await fs.writeFile(nameOut, '');
      const named = await bash(step('audit-1', 'name').run!, { REPOSITORY: repository, GITHUB_OUTPUT: nameOut }, tmp);
      expect(named.code, named.stderr).toBe(0);
      const artifact = outputsOf(await fs.readFile(nameOut, 'utf8')).artifact!;
      expect(artifact).toBe(`tokenhub-report-${repository.replace('/', '__')}`);

      const audit = step('audit-1', 'audit');
      expect(audit.uses).toMatch(/^tokenhub-migration-check\/tokenhub-migration-check@/);
      const runnerTemp = path.join(dir, `temp-${artifact}`);
      await fs.mkdir(runnerTemp);
      const inputs = Object.fromEntries(Object.entries(audit.with!).map(([k, v]) => [k, evaluate(v, { matrix, runnerTemp })]));
      const result = await runAction({
        workspace: workspaces[repository]!,
        apiUrl: gh.url,
        inputs,
        ...scheduleEvent({ repository: 'acme/.github', sha: 'e'.repeat(40) }),
        env: { GITHUB_RUN_ID: String(100 + n), RUNNER_TEMP: runnerTemp },
      });
      expect(result.exitCode, result.stderr + result.stdout).toBe(0);
      expect(result.masked).toContain(AUDIT_TOKEN);
      expect(result.outputs['json-file']).toBe(path.join(runnerTemp, 'tokenhub-report.json'));
      texts.push(allOutputText(result, [result.outputs['json-file']!]).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
      // actions/download-artifact puts each artifact in a folder named after it.
      await fs.mkdir(path.join(reports, artifact), { recursive: true });
      await fs.copyFile(result.outputs['json-file']!, path.join(reports, artifact, 'tokenhub-report.json'));
    }
    // A job that died mid-upload, and a stray file from another tool.
    await fs.mkdir(path.join(reports, 'tokenhub-report-acme__broken'), { recursive: true });
    await fs.writeFile(path.join(reports, 'tokenhub-report-acme__broken', 'tokenhub-report.json'), '{"version":1,"tool":{"name":"tokenhub-migration-check"');
    await fs.writeFile(path.join(reports, 'sbom.json'), JSON.stringify({ bomFormat: 'CycloneDX' }));

    // Job `board`, in a folder of its own with the reports downloaded into `reports`.
    const boardDir = path.join(dir, 'board-job');
    await fs.mkdir(boardDir);
    await fs.symlink(REPO_ROOT, path.join(boardDir, '.tokenhub-tool'));
    await fs.rename(reports, path.join(boardDir, 'reports'));
    const board = step('board', 'board');
    const summary = path.join(dir, 'summary.md');
    await fs.writeFile(summary, '');
    const values: Record<string, string> = { GITHUB_TOKEN: AUDIT_TOKEN, BOARD_REPOSITORY: 'acme/.github', BOARD_AUTHOR: '', REPOSITORIES: JSON.stringify([...chunk, 'acme/gone']) };
    expect(Object.keys(board.env!).sort()).toEqual(Object.keys(values).sort());
    const made = await bash(board.run!, { ...values, ...runner({ GITHUB_STEP_SUMMARY: summary, GITHUB_RUN_ID: String(200 + n) }) }, boardDir);
    const files = {
      summary: await fs.readFile(summary, 'utf8'),
      csv: await fs.readFile(path.join(boardDir, 'board/board.csv'), 'utf8'),
      json: await fs.readFile(path.join(boardDir, 'board/board.json'), 'utf8'),
    };
    texts.push(listed.stdout, listed.stderr, made.stdout, made.stderr, ...Object.values(files));
    return { made, ...files };
  }

  const boards = () => gh.repo('acme/.github').issues.filter((i: GitHubObject) => i.labels.some((l: GitHubObject) => l.name === BOARD_LABEL));

  it('keeps the board issue, CSV and JSON with Mermaid charts and notes for bad or missing reports, and updates it on the next run', async () => {
    const first = await round(1);
    expect(first.made.code, first.made.stderr).toBe(0);
    expect(first.made.stderr).toMatch(/Board issue created/);

    const issues = boards();
    expect(issues).toHaveLength(2);
    const board = issues.find((i) => i.user.login === BOT)!;
    expect(board.body).toContain(BOARD_MARKER);
    expect(board.body).toContain('First board.');
    expect(issues.find((i) => i.user.login === 'mallory')!.body).toBe(`${BOARD_MARKER}\nmine`);

    // Every repository on the board under its own name and commit, with a link to its own tracking issue.
    const csv = parseCsv(first.csv, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r.repository).sort()).toEqual(['acme/docs', 'acme/payments', 'acme/search']);
    const payments = csv.find((r) => r.repository === 'acme/payments')!;
    expect(Number(payments.findings)).toBeGreaterThan(0);
    expect(payments.sha).toBe((await git(workspaces['acme/payments']!, ['rev-parse', 'HEAD'])).trim());
    expect(payments.tracking_issue_url).toMatch(/^https:\/\/github\.com\/acme\/payments\/issues\/\d+$/);
    expect(gh.repo('acme/payments').issues).toHaveLength(1);
    expect(csv.find((r) => r.repository === 'acme/docs')!.findings).toBe('0');
    const json = JSON.parse(first.json) as { totals: { findings: number }; notes: { source: string; reason: string }[] };
    expect(json.totals.findings).toBe(csv.reduce((a, r) => a + Number(r.findings), 0));
    expect(board.body).toContain(`**${json.totals.findings}** usages`);
    const reasons = json.notes.map((n) => `${n.source}: ${n.reason}`).join('\n');
    expect(reasons).toMatch(/acme__broken\/tokenhub-report\.json: truncated or not JSON/);
    expect(reasons).toMatch(/sbom\.json: not a tokenhub-migration-check report/);
    expect(reasons).toMatch(/acme\/gone: no report/);
    expect(board.body).toContain('| [acme/payments](https://github.com/acme/payments) |');
    expect(first.summary).toContain('## TokenHub migration board');
    expect(await parseMermaid(mermaidBlocks(board.body))).toEqual([{ ok: true, type: 'pie' }]);

    // One repository fixes a file; the next scheduled run updates the same issue, with the trend.
    await fs.rm(path.join(workspaces['acme/payments']!, 'src/chat.py'));
    await git(workspaces['acme/payments']!, ['commit', '-qam', 'move chat to TokenHub']);
    const second = await round(2);
    expect(second.made.code, second.made.stderr).toBe(0);
    expect(second.made.stderr).toMatch(/Board issue updated/);
    expect(boards()).toHaveLength(2);
    const updated = boards().find((i) => i.user.login === BOT)!;
    expect(updated.number).toBe(board.number);
    const after = (JSON.parse(second.json) as { totals: { findings: number } }).totals.findings;
    expect(after).toBeLessThan(json.totals.findings);
    expect(updated.body).toContain(`- Findings: ${json.totals.findings} → ${after} (−${json.totals.findings - after})`);
    const charts = mermaidBlocks(updated.body);
    expect(await parseMermaid(charts)).toEqual([
      { ok: true, type: 'pie' },
      { ok: true, type: 'xychart' },
    ]);
    expect(charts[1]).toContain(`line [${json.totals.findings}, ${after}]`);
    expect(second.summary).toContain('### Trend');

    expect(gh.violations, gh.problems()).toEqual([]);
    expect(gh.unexpected, gh.problems()).toEqual([]);
    for (const text of texts) expect(text).not.toContain(AUDIT_TOKEN);
    for (const issue of gh.repo('acme/.github').issues) expect(JSON.stringify(issue)).not.toContain(AUDIT_TOKEN);
  }, 300_000);
});

describe('the org-audit workflow file', () => {
  it('runs the same steps in each of its four matrix jobs, chained so max-parallel bounds the whole audit', () => {
    const audits = [1, 2, 3, 4].map((i) => WORKFLOW.jobs[`audit-${i}`]! as Job & { needs: unknown; strategy: { 'max-parallel': string; matrix: Record<string, string> } });
    for (const [i, job] of audits.entries()) {
      expect(job.steps).toEqual(audits[0]!.steps);
      expect(job.strategy.matrix.repository).toBe(`\${{ fromJSON(needs.list.outputs.chunk-${i + 1}) }}`);
      expect(job.strategy['max-parallel']).toBe('${{ inputs.max-parallel }}');
      expect(job.needs).toEqual(i === 0 ? 'list' : ['list', `audit-${i}`]);
    }
  });
});
