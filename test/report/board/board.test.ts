import { mkdtempSync, promises as fs, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Finding } from '../../../src/finding/finding.js';
import { toJsonReport } from '../../../src/report/json-report.js';
import type { RunInfo } from '../../../src/report/run-info.js';
import { readReports } from '../../../src/report/board/read-reports.js';
import type { RepoRow } from '../../../src/report/board/repo-row.js';
import { buildBoard, stateOf } from '../../../src/report/board/board.js';
import { renderBoard, renderBoardIssue, ISSUE_LIMIT } from '../../../src/report/board/board-markdown.js';
import { renderBoardCsv } from '../../../src/report/board/board-csv.js';
import { embedBoardState, readBoardStateFromBody } from '../../../src/report/board/board-state.js';
import { mermaidBlocks, parseMermaid } from '../../support/mermaid.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'board-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'hunyuan-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    path: 'src/a.py',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 10,
    message: 'm',
    match: 'hunyuan.tencentcloudapi.com',
    ...over,
  };
}

function report(repository: string | undefined, findings: Finding[], run: Partial<RunInfo> = {}): string {
  const info = repository ? { repository, sha: 'a'.repeat(40), event: 'schedule', mode: 'full' as const, ...run } : undefined;
  return JSON.stringify(toJsonReport({ root: '/w', findings, skipped: [], stats: { files: 1, bytes: 1, durationMs: 1 } }, info ? { run: info } : {}));
}

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return file;
}

describe('reading reports', () => {
  it('keeps good reports and turns missing, truncated, foreign, oversized and linked ones into notes', async () => {
    await write('in/a/report.json', report('octo/a', [finding(), finding({ severity: 'warning', category: 'legacy-model', ruleId: 'x-unknown' })]));
    await write('in/b/report.json', report('octo/b', []));
    await write('in/c/report.json', report('octo/c', [finding()]).slice(0, 50));
    await write('in/d/report.json', JSON.stringify({ version: 2, tool: { name: 'gitleaks' } }));
    await write('in/e/report.json', report('octo/e', [finding()]) + ' '.repeat(5000));
    await write('in/f/report.json', JSON.stringify({ version: 1, tool: { name: 'tokenhub-migration-check', version: '1' }, findings: [{ path: 1 }], skipped: [] }));
    await write('in/g/notes.txt', 'not a report');
    symlinkSync('/etc/passwd', path.join(dir, 'in/link.json'));
    const read = await readReports(['in', 'nowhere.json'], { cwd: dir, maxReportBytes: 4096 });
    expect(read.rows.map((r) => r.repository)).toEqual(['octo/a', 'octo/b']);
    expect(read.rows[0]).toMatchObject({ total: 2, bySeverity: { error: 1, warning: 1, notice: 0 }, safeFixes: expect.any(Number), files: 1 });
    const notes = Object.fromEntries(read.notes.map((n) => [n.source, n.reason]));
    expect(notes['nowhere.json']).toMatch(/missing/);
    expect(notes['in/c/report.json']).toMatch(/truncated/);
    expect(notes['in/d/report.json']).toMatch(/not a tokenhub-migration-check report/);
    expect(notes['in/e/report.json']).toMatch(/larger than 4096 bytes/);
    expect(notes['in/f/report.json']).toMatch(/not a valid report/);
    // Walking a folder never follows a link, and only *.json files are reports.
    expect(Object.keys(notes).some((k) => k.includes('link') || k.includes('notes.txt'))).toBe(false);
    expect(read.files).toBe(6);
  });

  it('names a report without a run section after its file, with a note, and keeps one report per repository', async () => {
    await write('dup/x.json', report('octo/x', [finding()]));
    await write('dup/y.json', report('octo/x', []));
    await write('dup/cli-report.json', report(undefined, [finding()]));
    const read = await readReports(['dup'], { cwd: dir });
    expect(read.rows.map((r) => [r.repository, r.source])).toEqual([
      ['dup/cli-report', 'dup/cli-report.json'],
      ['octo/x', 'dup/x.json'],
    ]);
    const reasons = read.notes.map((n) => n.reason).join('\n');
    expect(reasons).toMatch(/second report for octo\/x; the board uses dup\/x.json/);
    expect(reasons).toMatch(/no repository named in the report/);
  });
});

describe('the board', () => {
  const rows = (n: number, each: number): RepoRow[] =>
    Array.from({ length: n }, (_, i) => ({
      repository: `octo/r${i}`,
      source: `r${i}.json`,
      sha: 'b'.repeat(40),
      total: i === 0 ? 0 : each,
      bySeverity: { error: i === 0 ? 0 : each, warning: 0, notice: 0 },
      byCategory: { 'legacy-endpoint': i === 0 ? 0 : each, 'legacy-sdk': 0, 'legacy-model': 0, 'legacy-search': 0 },
      safeFixes: 0,
      files: 1,
      skippedFiles: 0,
    }));

  it('compares with the previous board: totals, categories, repositories now clean and with new usage', () => {
    const first = buildBoard({ rows: rows(3, 2), notes: [], now: new Date('2026-11-24T03:00:00Z') });
    const nextRows = rows(4, 1);
    nextRows[1]!.total = 0;
    const second = buildBoard({ rows: nextRows, notes: [], previous: stateOf(first), now: new Date('2026-12-01T03:00:00Z') });
    expect(second.trend).toMatchObject({ findingsBefore: 4, findingsAfter: 2, nowClean: ['octo/r1'], newUsage: ['octo/r3'], complete: true });
    expect(second.history.map((p) => p.findings)).toEqual([4, 2]);
    const md = renderBoard(second, { serverUrl: 'https://github.com' });
    expect(md).toContain('- Findings: 4 → 2 (−2)');
    expect(md).toContain('- Now clean: octo/r1');
  });

  it('draws charts Mermaid parses', async () => {
    const a = buildBoard({ rows: rows(3, 2), notes: [], now: new Date('2026-11-24T03:00:00Z') });
    const b = buildBoard({ rows: rows(3, 5), notes: [], previous: stateOf(a), now: new Date('2026-11-24T09:30:00Z') });
    const blocks = mermaidBlocks(renderBoard(b, { serverUrl: 'https://github.com' }));
    expect(blocks).toHaveLength(2);
    expect(await parseMermaid(blocks)).toEqual([
      { ok: true, type: 'pie' },
      { ok: true, type: 'xychart' },
    ]);
  }, 60_000);

  it('escapes hostile names and reasons, and keeps CSV cells from running as formulas', () => {
    const hostile = rows(2, 1);
    hostile[1]!.repository = '=HYPERLINK("x")|[a](javascript:alert(1))';
    delete hostile[1]!.sha;
    const board = buildBoard({ rows: hostile, notes: [{ source: 'x|y.json', reason: 'a | b <img src=x>' }], now: new Date() });
    const md = renderBoard(board, { serverUrl: 'https://github.com' });
    const row = md.split('\n').find((l) => l.includes('HYPERLINK'))!;
    // The row keeps its 13 cells: no unescaped pipe from the name.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(13);
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('<img');
    const csv = parseCsv(renderBoardCsv(board), { columns: true }) as Record<string, string>[];
    expect(csv.find((r) => r.repository!.includes('HYPERLINK'))!.repository).toBe(`'=HYPERLINK("x")|[a](javascript:alert(1))`);
  });

  it('fits a board of 10,000 repositories into one issue body, state included, and reads that state back', () => {
    const board = buildBoard({ rows: rows(10_000, 3), notes: [], now: new Date('2026-12-01T00:00:00Z') });
    const { body } = renderBoardIssue(board, { serverUrl: 'https://github.com' });
    expect(body.length).toBeLessThanOrEqual(ISSUE_LIMIT);
    const read = readBoardStateFromBody(body);
    expect('state' in read && read.state.reposComplete).toBe(false);
    expect('state' in read && read.state.history[0]!.findings).toBe(29_997);
  });

  it('ignores a previous state someone edited into nonsense, and cannot be closed early by one', () => {
    const bad = embedBoardState({ v: 1, at: 'yesterday', history: [], repos: {}, reposComplete: true });
    expect(readBoardStateFromBody(bad)).toEqual({ problem: expect.stringMatching(/not valid/) });
    const state = stateOf(buildBoard({ rows: rows(2, 1), notes: [], now: new Date() }));
    state.repos['octo/r1'] = 1;
    const text = embedBoardState({ ...state, repos: { 'evil --> <b>': 1 } as Record<string, number> });
    expect(text.slice(4, -4)).not.toContain('-->');
    expect(readBoardStateFromBody(text)).toEqual({ problem: expect.stringMatching(/not valid/) });
  });
});
