import type { Category, Severity } from '../catalog/rule.js';

/** One place in a file that ties it to a retiring platform. Contract: see DESIGN.md. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Relative to the scanned root, with `/` separators. */
  path: string;
  /** 1-based. Columns count UTF-16 code units, as SARIF's default columnKind does. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The matched text, capped in length. */
  match: string;
  /** The value to use instead, when the catalog names one. */
  replacement?: string;
  docsUrl?: string;
  /**
   * Content fingerprint (./fingerprint.ts): the rule, path, matched text and its neighbourhood on the
   * line, never the line number. Keys the baseline and SARIF partialFingerprints.
   */
  fingerprint?: string;
  /** The fingerprint without the path (./fingerprint.ts): the same finding in a renamed, moved or split file. */
  contentFingerprint?: string;
  /**
   * Where the finding's context came from, when another file gave it (the file alone would not report it): a file
   * of the same package (directory and language), a file it imports by relative path, or of the project (a manifest
   * or a project-wide import).
   */
  context?: FindingContext;
  /**
   * Set by the scanner when a `tokenhub-migration-ignore` comment covers the finding, with the comment's reason.
   * Triage sets such findings aside as suppressed; they never count.
   */
  ignoredInline?: { reason?: string };
  /**
   * Set by the scanner when an ignore comment meant for this finding names a rule id that does not exist: the
   * comment ignores nothing, and this says so (with the nearest id) wherever the finding is shown.
   */
  ignoreProblem?: string;
}

/** The other file whose evidence made a finding (see Finding.context). */
export interface FindingContext {
  scope: 'package' | 'import' | 'project';
  /** That file, relative to the scanned root with `/` separators. */
  path: string;
  /** What it holds: "Hunyuan SDK `hunyuan/v20230901`". */
  evidence: string;
}

/** The context as a message says it: "Hunyuan SDK `hunyuan/v20230901` in client.go of the same package". */
export function contextPhrase(context: FindingContext): string {
  if (context.scope === 'package') return `${context.evidence} in ${context.path.slice(context.path.lastIndexOf('/') + 1)} of the same package`;
  if (context.scope === 'import') return `${context.evidence} in ${context.path}, which this file imports`;
  return `${context.evidence} in ${context.path} of the project`;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  durationMs: number;
}

export interface ScanResult {
  root: string;
  findings: Finding[];
  skipped: SkippedFile[];
  stats: ScanStats;
  /**
   * What deciding files with the context other files lend took (full scans only; not part of the JSON report):
   * files decided from the matches the first pass kept, and files read a second time.
   */
  context?: { decided: number; readAgain: number };
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Reading order: path, then line, then column. */
export function byLocation(a: Finding, b: Finding): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** The findings no inline ignore comment covers: for the steps that act on findings without triage (fix, smoke test). */
export function notIgnored<T extends Finding>(findings: readonly T[]): T[] {
  return findings.filter((f) => !f.ignoredInline);
}
