import type { Category, Severity } from '../../catalog/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../../tool.js';
import { CATEGORIES, SEVERITIES } from '../audit-stats.js';
import type { ReportNote } from './read-reports.js';
import { emptyCounts, type RepoRow } from './repo-row.js';

/**
 * The organisation board: every repository's row, the totals, the notes about reports that could not be used,
 * and the trend against the previous board. Plain data, rendered to Markdown, CSV and JSON elsewhere.
 */

export const HISTORY_POINTS = 52;

export interface Totals {
  repositories: number;
  withFindings: number;
  findings: number;
  safeFixes: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
}

/** One board in the trend: when, and how much was left. */
export interface TrendPoint {
  at: string;
  repositories: number;
  findings: number;
  byCategory: Record<Category, number>;
}

/** What the next board needs from this one: its history, and the findings per repository that still had some. */
export interface BoardState {
  v: 1;
  at: string;
  history: TrendPoint[];
  /** Findings per repository with any; repositories absent here were clean (when `reposComplete`). */
  repos: Record<string, number>;
  /** False when the state kept only the largest repositories (to fit an issue body). */
  reposComplete: boolean;
}

export interface BoardTrend {
  previousAt: string;
  findingsBefore: number;
  findingsAfter: number;
  byCategory: Record<Category, { before: number; after: number }>;
  /** Repositories that had findings on the previous board and have none now. */
  nowClean: string[];
  /** Repositories with findings now that had none (or were not on the previous board). */
  newUsage: string[];
  /** Whether the previous board's per-repository counts were complete. */
  complete: boolean;
}

export interface Board {
  version: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  runUrl?: string;
  totals: Totals;
  /** Most findings first, then by name. */
  repositories: RepoRow[];
  notes: ReportNote[];
  /** Oldest first, this board last. */
  history: TrendPoint[];
  trend?: BoardTrend;
}

export function totalsOf(rows: readonly RepoRow[]): Totals {
  const t: Totals = { repositories: rows.length, withFindings: 0, findings: 0, safeFixes: 0, ...emptyCounts() };
  for (const r of rows) {
    if (r.total > 0) t.withFindings++;
    t.findings += r.total;
    t.safeFixes += r.safeFixes;
    for (const s of SEVERITIES) t.bySeverity[s] += r.bySeverity[s];
    for (const c of CATEGORIES) t.byCategory[c] += r.byCategory[c];
  }
  return t;
}

export function buildBoard(args: { rows: RepoRow[]; notes: ReportNote[]; previous?: BoardState; now: Date; runUrl?: string }): Board {
  const repositories = [...args.rows].sort((a, b) => b.total - a.total || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
  const totals = totalsOf(repositories);
  const at = args.now.toISOString();
  const point: TrendPoint = { at, repositories: totals.repositories, findings: totals.findings, byCategory: { ...totals.byCategory } };
  // A board re-run on the same previous state replaces nothing: history only grows by this board's point.
  const history = [...(args.previous?.history ?? []).filter((p) => p.at < at), point].slice(-HISTORY_POINTS);
  const board: Board = {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: at,
    totals,
    repositories,
    notes: args.notes,
    history,
  };
  if (args.runUrl) board.runUrl = args.runUrl;
  if (args.previous) board.trend = trendSince(args.previous, repositories, totals);
  return board;
}

function trendSince(previous: BoardState, rows: readonly RepoRow[], totals: Totals): BoardTrend {
  const last = previous.history[previous.history.length - 1];
  const before = last?.byCategory ?? emptyCounts().byCategory;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { before: before[c] ?? 0, after: totals.byCategory[c] }])) as BoardTrend['byCategory'];
  const prev = new Map(Object.entries(previous.repos).map(([k, v]) => [k.toLowerCase(), v]));
  const now = new Map(rows.map((r) => [r.repository.toLowerCase(), r]));
  const nowClean = [...prev.keys()].filter((k) => (prev.get(k) ?? 0) > 0 && now.has(k) && now.get(k)!.total === 0).map((k) => now.get(k)!.repository);
  // With an incomplete previous state, a repository missing from it may have had findings: "new" would be a guess.
  const newUsage = previous.reposComplete ? rows.filter((r) => r.total > 0 && !prev.get(r.repository.toLowerCase())).map((r) => r.repository) : [];
  return {
    previousAt: previous.at,
    findingsBefore: last?.findings ?? Object.values(previous.repos).reduce((a, b) => a + b, 0),
    findingsAfter: totals.findings,
    byCategory,
    nowClean: nowClean.sort(),
    newUsage: newUsage.sort(),
    complete: previous.reposComplete,
  };
}

/** The state the next board reads (from this board's JSON file or its issue), cut to `maxRepos` repositories. */
export function stateOf(board: Board, maxRepos = Infinity): BoardState {
  const withFindings = board.repositories.filter((r) => r.total > 0);
  const kept = withFindings.slice(0, maxRepos);
  return {
    v: 1,
    at: board.generatedAt,
    history: board.history,
    repos: Object.fromEntries(kept.map((r) => [r.repository, r.total])),
    reposComplete: kept.length === withFindings.length,
  };
}
