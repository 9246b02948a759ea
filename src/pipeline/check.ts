import type { Settings } from '../config/resolve.js';
import type { ScanResult } from '../finding/finding.js';
import { resolveChanges, scanChanges, scanTree, type ChangeRequest, type RestDiffSource, type ScannedTarget, type TargetLog } from '../target/index.js';
import type { PullDiff } from '../target/types.js';
import { baselineInput } from '../triage/baseline-input.js';
import type { AddedLines, Scope } from '../triage/diff-scope.js';
import { triage, type TriageOutcome } from '../triage/triage.js';

/**
 * The pipeline both faces call, as reviewdog's Run does: target (the tree, or what a change adds) → scan → triage.
 * The faces read their inputs or arguments into a CheckRequest, call scanTarget and judgeTarget (the action runs
 * the smoke test between the two, whose findings are judged with the scan's), and print the outcome.
 */

/** What the run's settings say about scanning and judging (the config file under the explicit inputs). */
export type CheckSettings = Pick<Settings, 'catalog' | 'include' | 'exclude' | 'failOn' | 'baseline'>;

export interface CheckRequest {
  /** The folder findings are relative to (the repository's top level). */
  root: string;
  /** Files or folders to scan, absolute or relative to the root; none: everything. */
  targets: readonly string[];
  settings: CheckSettings;
  /** Diff mode: the change whose added lines are judged; unset: the whole tree. */
  change?: ChangeRequest;
  /** The REST API's diff, for when git cannot answer (the action with a token). */
  rest?: RestDiffSource;
  /** Diff mode: judge findings on added lines only, or anywhere in a changed file. */
  scope: Scope;
  gitignore?: boolean;
  maxFileBytes?: number;
  threads?: number;
  onProgress?: (filesDone: number) => void;
  log: TargetLog;
}

/** The target scanned: the whole tree, or the files the change adds, read where the change's lines are. */
export async function scanTarget(req: CheckRequest): Promise<ScannedTarget> {
  const options = {
    root: req.root,
    paths: req.targets,
    include: req.settings.include,
    exclude: req.settings.exclude,
    catalog: req.settings.catalog,
    ...(req.gitignore !== undefined ? { gitignore: req.gitignore } : {}),
    ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}),
    ...(req.threads !== undefined ? { threads: req.threads } : {}),
    ...(req.onProgress ? { onProgress: req.onProgress } : {}),
  };
  if (!req.change) return scanTree(options);
  const diff = await resolveChanges(req.root, req.change, { ...(req.rest ? { rest: req.rest } : {}), log: (m) => req.log.info(m) });
  return scanChanges(diff, options, req.log);
}

/** The lines a change adds, per path at its head, as triage and the review comments take them. */
export function addedLinesOf(diff: PullDiff): Map<string, readonly number[] | 'unknown'> {
  return new Map(diff.files.map((f) => [f.path, f.addedLines]));
}

/**
 * Triage of what the scan found: inline ignores, the change's diff scope, the baseline (whose stale entries are
 * sought only where this run looked) and `fail-on`. `result` defaults to the target's own; the action passes it
 * with the smoke test's findings added.
 */
export async function judgeTarget(req: Pick<CheckRequest, 'settings' | 'targets' | 'scope'>, target: ScannedTarget, result: ScanResult = target.result): Promise<TriageOutcome> {
  const { settings } = req;
  const addedLines: AddedLines | undefined = target.diff ? addedLinesOf(target.diff) : undefined;
  return triage({
    findings: result.findings,
    failOn: settings.failOn,
    ...(addedLines ? { diff: { addedLines, scope: req.scope } } : {}),
    ...(settings.baseline
      ? {
          baseline: await baselineInput(result.root, settings.baseline, {
            targets: req.targets,
            include: settings.include,
            exclude: settings.exclude,
            ...(addedLines ? { changedFiles: addedLines.keys() } : {}),
          }),
        }
      : {}),
  });
}
