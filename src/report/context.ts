import type { Finding, ScanResult } from '../finding/finding.js';
import type { FailOn } from '../finding/severity.js';
import type { Region } from '../fix/region.js';
import type { GitHubClient } from '../github/client.js';
import { addedLinesOf } from '../pipeline/check.js';
import type { ScannedTarget } from '../target/index.js';
import type { DiffSource } from '../target/types.js';
import type { TriageOutcome } from '../triage/triage.js';

/**
 * What every reporter reads: the run's facts and the triage outcome, as one frozen object, plus two handles (the
 * API client and a line reader). Reporters return what they produced; nothing writes back, so their order only
 * matters where one reporter's product is handed to the next on purpose (the check run's URL).
 */

export interface ReportLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface RepoTarget {
  owner: string;
  repo: string;
  serverUrl: string;
}

export interface DiffInfo {
  source: DiffSource;
  baseSha: string;
  notes: readonly string[];
  changedFiles: number;
  scannedFiles: number;
  scope: 'added-lines' | 'changed-files';
  /** Per path at the head: added line numbers, or `unknown`. Review comments may only go on these lines. */
  addedLines: ReadonlyMap<string, readonly number[] | 'unknown'>;
}

export interface ReportInput {
  readonly repo: RepoTarget;
  /** The commit findings point at (a PR's head), for links, check runs and review comments. */
  readonly headSha: string;
  readonly pullNumber?: number;
  readonly mode: 'diff' | 'full';
  /** The scan, holding the findings no ignore comment covers (outcome.reported). */
  readonly result: ScanResult;
  readonly outcome: TriageOutcome;
  /** The findings this run reports and judges (outcome.judged). */
  readonly findings: readonly Finding[];
  /** Counted, not judged: diff mode's findings elsewhere in the touched files, and those the baseline knows. */
  readonly preExisting: readonly Finding[];
  readonly failOn: FailOn;
  readonly failed: boolean;
  readonly diff?: DiffInfo;
  /** Undefined when API writes are off (no token, or a fork's read-only token). */
  readonly github?: GitHubClient;
  /** Who the token writes as, when the workflow says (input comment-author); else found from the token. */
  readonly commentAuthor?: string;
  /** The text of a line at the head commit, for suggestions. */
  readLine(path: string, line: number): Promise<string | undefined>;
  readonly log: ReportLog;
  /** Which TokenHub site fixed base URLs point at, in review-comment suggestions (input fix-region). */
  readonly fixRegion?: Region;
  /** The workflow run, for links back to its summary. */
  readonly runUrl?: string;
  /** The check run this run made, so later messages can point at it. */
  readonly checkRunUrl?: string;
}

export interface ReportInputArgs {
  repo: RepoTarget;
  headSha: string;
  pullNumber?: number;
  mode: 'diff' | 'full';
  result: ScanResult;
  outcome: TriageOutcome;
  diff?: DiffInfo;
  github?: GitHubClient;
  commentAuthor?: string;
  readLine(path: string, line: number): Promise<string | undefined>;
  log: ReportLog;
  fixRegion?: Region;
  runUrl?: string;
}

export function reportInput(args: ReportInputArgs): ReportInput {
  const { outcome } = args;
  return Object.freeze({
    ...args,
    result: Object.freeze({ ...args.result, findings: [...outcome.reported] }),
    findings: outcome.judged,
    preExisting: Object.freeze([...outcome.preExisting, ...outcome.known]),
    failOn: outcome.failOn,
    failed: outcome.verdict === 'fail',
  });
}

export interface Reporter<P = unknown> {
  /** For the log: "check run", "review comments". */
  name: string;
  /** Needs API writes (skipped, with one notice for all of them, when writes are off). */
  needsApi: boolean;
  run(input: ReportInput): Promise<P>;
}

/** What the reporters say about the change of a target scanned in diff mode. */
export function diffInfoOf(target: ScannedTarget & { diff: NonNullable<ScannedTarget['diff']> }, scope: DiffInfo['scope']): DiffInfo {
  const { diff } = target;
  return {
    source: diff.source,
    baseSha: diff.baseSha,
    notes: diff.notes,
    changedFiles: diff.files.length,
    scannedFiles: target.scannedFiles ?? 0,
    scope,
    addedLines: addedLinesOf(diff),
  };
}
