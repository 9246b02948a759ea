import type { Finding, ScanResult } from '../finding/finding.js';
import type { BaselineEntry } from '../triage/baseline.js';
import type { TriageOutcome } from '../triage/triage.js';
import { fingerprintsOf } from '../finding/fingerprint.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import type { RunInfo } from './run-info.js';
import { CATALOG_DATE } from '../catalog/index.js';

/** How the findings compare with a baseline file, when one was used. */
export interface BaselineSummary {
  file: string;
  new: number;
  known: number;
  /** Entries of the baseline that no finding matched any more. */
  stale: readonly BaselineEntry[];
}

/** The baseline's part of a triage outcome, as the reports show it. */
export function baselineSummaryOf(outcome: TriageOutcome): BaselineSummary | undefined {
  const b = outcome.baseline;
  return b ? { file: b.file, new: outcome.judged.length, known: outcome.known.length, stale: b.stale } : undefined;
}

/** The JSON report's view of a triage outcome: the baseline's marks and the findings ignore comments set aside. */
export function jsonReportOptions(outcome: TriageOutcome): JsonReportOptions {
  const baseline = baselineSummaryOf(outcome);
  return {
    ...(baseline && outcome.baseline ? { baseline, knownFingerprints: outcome.baseline.knownFingerprints } : {}),
    ...(outcome.suppressed.length ? { suppressed: outcome.suppressed } : {}),
    ...(outcome.diffScoped ? { added: [...outcome.judged, ...outcome.known] } : {}),
  };
}

/** The JSON report contract (DESIGN.md): version 1. `baseline` and each finding's `baselineState` only with a baseline. */
export interface JsonReport {
  version: 1;
  /** `catalogDate`: the day the rule catalog was last checked against Tencent's documents. */
  tool: { name: string; version: string; catalogDate: string };
  root: string;
  findings: (Finding & { baselineState?: 'new' | 'unchanged'; diffState?: 'new' | 'pre-existing' })[];
  skipped: ScanResult['skipped'];
  stats: ScanResult['stats'];
  baseline?: BaselineSummary;
  /** Written by the action: the repository, commit and event the report belongs to (src/report/run-info.ts). */
  run?: RunInfo;
  /** Findings an inline ignore comment covers, with its reason; only when there are any. */
  suppressed?: (Finding & { reason: string })[];
}

export interface JsonReportOptions {
  baseline?: BaselineSummary;
  /** Fingerprints the baseline knows (marks each finding `unchanged` or `new`). */
  knownFingerprints?: ReadonlySet<string>;
  run?: RunInfo;
  suppressed?: TriageOutcome['suppressed'];
  /** Diff mode: the findings the change adds (each finding is marked `new`, or else `pre-existing`). */
  added?: readonly Finding[];
}

export function toJsonReport(result: ScanResult, opts: JsonReportOptions = {}): JsonReport {
  const known = opts.knownFingerprints;
  const prints = known ? fingerprintsOf(result.findings) : [];
  const added = opts.added ? new Set(opts.added) : undefined;
  const findings = result.findings.map((f, i) => {
    if (!known && !added) return f;
    return {
      ...f,
      ...(known ? { baselineState: known.has(prints[i]!) ? ('unchanged' as const) : ('new' as const) } : {}),
      ...(added ? { diffState: added.has(f) ? ('new' as const) : ('pre-existing' as const) } : {}),
    };
  });
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, catalogDate: CATALOG_DATE },
    root: result.root,
    findings,
    skipped: result.skipped,
    stats: result.stats,
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    ...(opts.run ? { run: opts.run } : {}),
    ...(opts.suppressed?.length ? { suppressed: opts.suppressed.map(({ finding: { ignoredInline: _, ...f }, reason }) => ({ ...f, reason })) } : {}),
  };
}

export function renderJsonReport(result: ScanResult, opts: JsonReportOptions = {}): string {
  return JSON.stringify(toJsonReport(result, opts), null, 2) + '\n';
}
