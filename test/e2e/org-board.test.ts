import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { BOARD_LABEL } from '../../src/report/board/board-issue.js';
import { BOARD_MARKER } from '../../src/report/board/board-markdown.js';
import { scheduleEvent } from '../support/events.js';
import { FakeGitHub, type GitHubObject } from '../support/github-server.js';
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js';
import { allOutputText, NODE24, REPO_ROOT, runAction } from '../support/run-action.js';

/**
 * The organisation audit end to end, as the reusable workflow runs it: the bundled action in full mode on three
 * repositories (each writing its JSON report and keeping its own tracking issue), the reports gathered as
 * actions/download-artifact lays them out, then the bundled CLI's `aggregate` keeping the board issue, against the
 * fake GitHub. A second round, after one repository fixed a file, updates the same issue with the trend.
 */

const REPO_TOKEN = 'ghs_repoAuditToken0123456789';
const BOARD_TOKEN = 'ghp_orgBoardToken0123456789';
const BOT = 'acme-audit-bot';
const SHA = 'c0ffee'.padEnd(40, '0');
const REPOS = { 'acme/payments': 'test/fixtures/legacy-repo', 'acme/search': 'test/fixtures/legacy', 'acme/docs': 'test/fixtures/traps' } as const;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>, cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('organisation board: three repositories, then aggregate, twice', () => {
  let gh: FakeGitHub;
  let tmp: string;
  const workspaces: Record<string, string> = {};
  const secretsSeen: string[] = [];

  beforeAll(async () => {
    gh = await FakeGitHub.start({ logins: { [BOARD_TOKEN]: BOT } });
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'th-org-'));
    gh.repo('acme/.github');
    for (const [repo, fixture] of Object.entries(REPOS)) {
      gh.repo(repo);
      workspaces[repo] = path.join(tmp, 'ws', repo.replace('/', '__'));
      await fs.cp(path.join(REPO_ROOT, fixture), workspaces[repo]!, { recursive: true });
    }
    // Someone else's issue with the board's label and marker: never the board's to edit.
    gh.addLabel('acme/.github', { name: BOARD_LABEL });
    gh.addIssue('acme/.github', { title: 'copied board', body: `${BOARD_MARKER}\nmine`, labels: [BOARD_LABEL], user: 'mallory' });
  });
  afterAll(async () => {
    await gh.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  /** The matrix job for each repository, then the aggregate job; returns what aggregate did. */
  async function round(n: number) {
    const reports = path.join(tmp, `round${n}`, 'reports');
    for (const [repo, workspace] of Object.entries(workspaces)) {
      const result = await runAction({
        workspace,
        apiUrl: gh.url,
        inputs: { mode: 'full', 'json-file': 'tokenhub-report.json', 'github-token': REPO_TOKEN, 'tracking-issue': 'true', 'check-run': 'false', 'fail-on': 'none' },
        ...scheduleEvent({ repository: repo, sha: SHA }),
        env: { GITHUB_RUN_ID: String(100 + n) },
      });
      expect(result.exitCode, result.stderr + result.stdout).toBe(0);
      // The runner hides what the action masks; everything else it wrote must not hold the token.
      expect(result.masked).toContain(REPO_TOKEN);
      secretsSeen.push(allOutputText(result, [path.join(workspace, 'tokenhub-report.json')]).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
      // actions/download-artifact puts each artifact in a folder named after it.
      const dir = path.join(reports, `tokenhub-report-${repo.replace('/', '__')}`);
      await fs.mkdir(dir, { recursive: true });
      await fs.copyFile(path.join(workspace, 'tokenhub-report.json'), path.join(dir, 'tokenhub-report.json'));
    }
    // A job that died mid-upload, and a stray file from another tool.
    await fs.mkdir(path.join(reports, 'tokenhub-report-acme__broken'), { recursive: true });
    await fs.writeFile(path.join(reports, 'tokenhub-report-acme__broken', 'tokenhub-report.json'), '{"version":1,"tool":{"name":"tokenhub-migration-check"');
    await fs.writeFile(path.join(reports, 'sbom.json'), JSON.stringify({ bomFormat: 'CycloneDX' }));
    const out = path.join(tmp, `round${n}`, 'board');
    const summary = path.join(out, 'summary.md');
    await fs.mkdir(out, { recursive: true });
    const run = await cli(
      ['aggregate', reports, path.join(reports, 'tokenhub-report-acme__gone'), '--csv', path.join(out, 'board.csv'), '--json', path.join(out, 'board.json'), '--issue-repo', 'acme/.github'],
      { GITHUB_TOKEN: BOARD_TOKEN, GITHUB_API_URL: gh.url, GITHUB_STEP_SUMMARY: summary, GITHUB_REPOSITORY: 'acme/.github', GITHUB_RUN_ID: String(200 + n), GITHUB_SERVER_URL: 'https://github.com' },
      tmp,
    );
    const files = { summary: await fs.readFile(summary, 'utf8'), csv: await fs.readFile(path.join(out, 'board.csv'), 'utf8'), json: await fs.readFile(path.join(out, 'board.json'), 'utf8') };
    secretsSeen.push(run.stdout, run.stderr, ...Object.values(files));
    return { run, ...files };
  }

  const boards = () => gh.repo('acme/.github').issues.filter((i: GitHubObject) => i.labels.some((l: GitHubObject) => l.name === BOARD_LABEL));

  it('makes the board issue, CSV and JSON, with Mermaid charts, notes for the bad reports, and updates it on the next run', async () => {
    const first = await round(1);
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.run.stderr).toMatch(/Board issue created/);

    const issues = boards();
    expect(issues).toHaveLength(2);
    const board = issues.find((i) => i.user.login === BOT)!;
    expect(board.body).toContain(BOARD_MARKER);
    expect(board.body).toContain('First board.');
    // The copied issue is left as it was.
    expect(issues.find((i) => i.user.login === 'mallory')!.body).toBe(`${BOARD_MARKER}\nmine`);

    // Every repository on the board, with a link to its own tracking issue; the clean one listed as clean.
    const csv = parseCsv(first.csv, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r.repository).sort()).toEqual(['acme/docs', 'acme/payments', 'acme/search']);
    const payments = csv.find((r) => r.repository === 'acme/payments')!;
    expect(Number(payments.findings)).toBeGreaterThan(0);
    expect(payments.tracking_issue_url).toMatch(/^https:\/\/github\.com\/acme\/payments\/issues\/\d+$/);
    expect(csv.find((r) => r.repository === 'acme/docs')!.findings).toBe('0');
    const json = JSON.parse(first.json) as { totals: { findings: number }; notes: { source: string; reason: string }[] };
    expect(json.totals.findings).toBe(csv.reduce((a, r) => a + Number(r.findings), 0));
    expect(board.body).toContain(`**${json.totals.findings}** usages`);
    const reasons = json.notes.map((n) => `${n.source}: ${n.reason}`).join('\n');
    expect(reasons).toMatch(/acme__broken\/tokenhub-report\.json: truncated or not JSON/);
    expect(reasons).toMatch(/sbom\.json: not a tokenhub-migration-check report/);
    expect(reasons).toMatch(/acme__gone: missing/);
    expect(board.body).toContain('| [acme/payments](https://github.com/acme/payments) |');
    expect(first.summary).toContain('## TokenHub migration board');

    const charts1 = mermaidBlocks(board.body);
    expect(charts1).toHaveLength(1);
    expect(await parseMermaid(charts1)).toEqual([{ ok: true, type: 'pie' }]);

    // One repository fixes a file; the next scheduled run updates the same issue.
    await fs.rm(path.join(workspaces['acme/payments']!, 'src/chat.py'));
    const second = await round(2);
    expect(second.run.code, second.run.stderr).toBe(0);
    expect(second.run.stderr).toMatch(/Board issue updated/);
    expect(boards()).toHaveLength(2);
    const updated = boards().find((i) => i.user.login === BOT)!;
    expect(updated.number).toBe(board.number);
    const after = (JSON.parse(second.json) as { totals: { findings: number } }).totals.findings;
    expect(after).toBeLessThan(json.totals.findings);
    expect(updated.body).toContain(`- Findings: ${json.totals.findings} → ${after} (−${json.totals.findings - after})`);
    const charts2 = mermaidBlocks(updated.body);
    expect(await parseMermaid(charts2)).toEqual([
      { ok: true, type: 'pie' },
      { ok: true, type: 'xychart' },
    ]);
    expect(charts2[1]).toContain(`line [${json.totals.findings}, ${after}]`);
    expect(second.summary).toContain('### Trend');

    expect(gh.violations, gh.problems()).toEqual([]);
    expect(gh.unexpected, gh.problems()).toEqual([]);
    for (const text of secretsSeen) {
      expect(text).not.toContain(REPO_TOKEN);
      expect(text).not.toContain(BOARD_TOKEN);
    }
    for (const issue of gh.repo('acme/.github').issues) expect(JSON.stringify(issue)).not.toContain(BOARD_TOKEN);
  }, 240_000);
});
