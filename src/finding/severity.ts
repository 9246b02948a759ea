import type { Severity } from '../catalog/rule.js';
import { SEVERITY_RANK, type Finding } from './finding.js';

/** `fail-on` threshold: the lowest severity that fails the run, or `none`. */
export type FailOn = Severity | 'none';

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'none'];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}

export function atOrAbove(findings: readonly Finding[], threshold: FailOn): Finding[] {
  if (threshold === 'none') return [];
  const min = SEVERITY_RANK[threshold];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.notices++;
  }
  return c;
}

/** Most important first: severity, then path and position, so the top of the list is what to annotate. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
