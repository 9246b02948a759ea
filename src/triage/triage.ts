import type { Finding } from '../finding/finding.js';
import { atOrAbove, type FailOn } from '../finding/severity.js';
import { fingerprintsOf } from '../finding/fingerprint.js';
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { splitByDiff, type AddedLines, type Scope } from './diff-scope.js';

/**
 * The one place that judges findings. The scanner reports what it sees (and marks what an inline ignore comment
 * covers); triage decides what counts: ignore comments set findings aside, the diff scope keeps what a change adds,
 * the baseline sets known findings aside, and `fail-on` gives the verdict. Every finding ends in exactly one list,
 * with nothing dropped silently, and the outcome is frozen: reporters read it and never write back.
 */

export interface TriageInput {
  findings: readonly Finding[];
  failOn: FailOn;
  /** Diff mode: the lines the change adds per file, and whether a touched file's other findings count too. */
  diff?: { addedLines: AddedLines; scope: Scope };
  /** The baseline file in use; `inScope` says which files this run could have seen (for stale entries). */
  baseline?: { file: string; baseline: Baseline; inScope: (path: string) => boolean };
}

export interface SuppressedFinding {
  finding: Finding;
  /** Why it does not count, for reports: the ignore comment's own reason, or that there was none. */
  reason: string;
}

export interface BaselineResult {
  /** The baseline file as the user named it, relative to the root where possible. */
  file: string;
  /** Every fingerprint the file lists (marks findings `unchanged` in SARIF and JSON). */
  knownFingerprints: ReadonlySet<string>;
  /** Entries that no finding matched any more, within the files this run saw. */
  stale: readonly BaselineEntry[];
}

export interface TriageOutcome {
  failOn: FailOn;
  /** Judged by a diff: only what the change adds counts. */
  diffScoped: boolean;
  /** Every finding no ignore comment covers: what SARIF, JSON and the tracking issue list. */
  reported: readonly Finding[];
  /** What this run judges: in diff mode the findings the change adds; never known to the baseline. */
  judged: readonly Finding[];
  /** Diff mode: findings elsewhere in the files the change touches. Counted, not judged. */
  preExisting: readonly Finding[];
  /** Diff mode: findings in files the change does not touch. Neither counted nor judged. */
  outsideDiff: readonly Finding[];
  /** Findings the baseline lists (of those the run would otherwise judge). */
  known: readonly Finding[];
  /** Findings an inline ignore comment covers. */
  suppressed: readonly SuppressedFinding[];
  baseline?: BaselineResult;
  /** Judged findings at or above `failOn`. */
  failing: readonly Finding[];
  verdict: 'pass' | 'fail';
}

export function triage(input: TriageInput): TriageOutcome {
  const suppressed: SuppressedFinding[] = [];
  const reported: Finding[] = [];
  for (const f of input.findings) {
    if (f.ignoredInline) suppressed.push({ finding: f, reason: f.ignoredInline.reason ?? 'inline ignore comment (no reason given)' });
    else reported.push(f);
  }
  let judged: readonly Finding[] = reported;
  let preExisting: readonly Finding[] = [];
  let outsideDiff: readonly Finding[] = [];
  if (input.diff) {
    const split = splitByDiff(reported, input.diff.addedLines, input.diff.scope);
    judged = split.newFindings;
    preExisting = split.preExisting;
    outsideDiff = split.outside;
  }
  let known: readonly Finding[] = [];
  let baseline: BaselineResult | undefined;
  if (input.baseline) {
    const outcome = applyBaseline(judged, input.baseline.baseline, input.baseline.inScope);
    judged = outcome.fresh;
    known = outcome.known;
    baseline = deepFreeze({
      file: input.baseline.file,
      // The entries, and the findings they matched by content in a renamed or moved file: SARIF and JSON mark both unchanged.
      knownFingerprints: new Set([...input.baseline.baseline.findings.map((e) => e.fingerprint), ...fingerprintsOf(outcome.known)]),
      stale: outcome.stale,
    });
  }
  const failing = atOrAbove(judged, input.failOn);
  return deepFreeze({
    failOn: input.failOn,
    diffScoped: input.diff !== undefined,
    reported,
    judged: [...judged],
    preExisting: [...preExisting],
    outsideDiff: [...outsideDiff],
    known: [...known],
    suppressed,
    ...(baseline ? { baseline } : {}),
    failing,
    verdict: failing.length > 0 ? 'fail' : 'pass',
  });
}

/** Freezes the outcome's lists and records (not the findings, which other outcomes may share). */
function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) {
    if (Array.isArray(v)) {
      for (const item of v) if (item && typeof item === 'object' && 'finding' in item) Object.freeze(item);
      Object.freeze(v);
    } else if (v && typeof v === 'object' && !(v instanceof Set)) Object.freeze(v);
  }
  return Object.freeze(value);
}
