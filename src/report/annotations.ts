import type { Severity } from '../catalog/index.js';
import type { Finding } from '../finding/finding.js';
import { rankFindings } from '../finding/severity.js';

/**
 * GitHub shows at most 10 workflow-command annotations of each level per step (50 per job) and drops the rest
 * silently. We choose which ones the user sees: the most severe first, and say how many more there are.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPlan {
  shown: Finding[];
  /** Findings not shown as annotations. */
  hidden: number;
}

export function planAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const ranked = rankFindings(findings);
  const quota: Record<Severity, number> = { error: perLevel, warning: perLevel, notice: perLevel };
  const shown: Finding[] = [];
  for (const f of ranked) {
    if (quota[f.severity] > 0) {
      shown.push(f);
      quota[f.severity]--;
    }
  }
  let hidden = findings.length - shown.length;
  if (hidden > 0) {
    // The "N more" notice takes one notice slot itself.
    const lastNotice = shown.map((f) => f.severity).lastIndexOf('notice');
    if (quota.notice === 0 && lastNotice !== -1) {
      shown.splice(lastNotice, 1);
      hidden++;
    }
  }
  return { shown, hidden };
}

export function annotationTitle(f: Finding): string {
  return `${f.ruleId} (${f.category})`;
}
