import type { Category, Severity } from '../catalog/index.js';
import type { Finding } from '../finding/finding.js';
import { SEVERITY_RANK } from '../finding/finding.js';

/** Counts an audit reports and compares from run to run: totals, by category and severity, and per file. */

export const CATEGORIES: readonly Category[] = ['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface AuditCounts {
  total: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
  /** Findings per file. */
  files: Record<string, number>;
}

export function countAudit(findings: readonly Finding[]): AuditCounts {
  const counts: AuditCounts = {
    total: findings.length,
    bySeverity: { error: 0, warning: 0, notice: 0 },
    byCategory: { 'legacy-endpoint': 0, 'legacy-sdk': 0, 'legacy-model': 0, 'legacy-search': 0 },
    files: {},
  };
  for (const f of findings) {
    counts.bySeverity[f.severity]++;
    counts.byCategory[f.category]++;
    counts.files[f.path] = (counts.files[f.path] ?? 0) + 1;
  }
  return counts;
}

export interface FileCount {
  path: string;
  findings: number;
  worst: Severity;
}

/** Files with the most findings, the most severe first among equals. */
export function topFiles(findings: readonly Finding[], limit: number): FileCount[] {
  const byFile = new Map<string, FileCount>();
  for (const f of findings) {
    const entry = byFile.get(f.path) ?? { path: f.path, findings: 0, worst: f.severity };
    entry.findings++;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.worst]) entry.worst = f.severity;
    byFile.set(f.path, entry);
  }
  return [...byFile.values()]
    .sort((a, b) => b.findings - a.findings || SEVERITY_RANK[b.worst] - SEVERITY_RANK[a.worst] || (a.path < b.path ? -1 : 1))
    .slice(0, limit);
}

export interface AuditChange {
  totalBefore: number;
  totalAfter: number;
  /** Files that have findings now and had none before. */
  newFiles: string[];
  /** Files that had findings before and have none now. */
  cleanedFiles: string[];
  /** Files whose count changed, with the difference. */
  changedFiles: { path: string; before: number; after: number }[];
  /** Whether the previous run's per-file counts were complete (large repositories keep only the top files). */
  filesComplete: boolean;
}

export function compareAudits(before: AuditCounts & { filesComplete?: boolean }, after: AuditCounts): AuditChange {
  const prev = before.files;
  const now = after.files;
  const all = [...new Set([...Object.keys(prev), ...Object.keys(now)])].sort();
  return {
    totalBefore: before.total,
    totalAfter: after.total,
    newFiles: all.filter((p) => !prev[p] && now[p]),
    cleanedFiles: all.filter((p) => prev[p] && !now[p]),
    changedFiles: all.filter((p) => prev[p] && now[p] && prev[p] !== now[p]).map((p) => ({ path: p, before: prev[p]!, after: now[p]! })),
    filesComplete: before.filesComplete !== false,
  };
}
