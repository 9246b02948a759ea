import type { Finding, ScanResult } from '../scan/finding.js';
import type { BaselineEntry } from '../triage/baseline.js';
import { fingerprintsOf } from '../triage/fingerprint.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import type { RunInfo } from './run-info.js';

/** How the findings compare with a baseline file, when one was used. */
export interface BaselineSummary {
  file: string;
  new: number;
  known: number;
  /** Entries of the baseline that no finding matched any more. */
  stale: BaselineEntry[];
}

/** The JSON report contract (DESIGN.md): version 1. `baseline` and each finding's `baselineState` only with a baseline. */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  root: string;
  findings: (Finding & { baselineState?: 'new' | 'unchanged' })[];
  skipped: ScanResult['skipped'];
  stats: ScanResult['stats'];
  baseline?: BaselineSummary;
  /** Written by the action: the repository, commit and event the report belongs to (src/report/run-info.ts). */
  run?: RunInfo;
}

export interface JsonReportOptions {
  baseline?: BaselineSummary;
  /** Fingerprints the baseline knows (marks each finding `unchanged` or `new`). */
  knownFingerprints?: ReadonlySet<string>;
  run?: RunInfo;
}

export function toJsonReport(result: ScanResult, opts: JsonReportOptions = {}): JsonReport {
  const known = opts.knownFingerprints;
  const prints = known ? fingerprintsOf(result.findings) : [];
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: result.root,
    findings: known
      ? result.findings.map((f, i) => ({ ...f, baselineState: known.has(prints[i]!) ? ('unchanged' as const) : ('new' as const) }))
      : result.findings,
    skipped: result.skipped,
    stats: result.stats,
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    ...(opts.run ? { run: opts.run } : {}),
  };
}

export function renderJsonReport(result: ScanResult, opts: JsonReportOptions = {}): string {
  return JSON.stringify(toJsonReport(result, opts), null, 2) + '\n';
}
