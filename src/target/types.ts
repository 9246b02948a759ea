/**
 * What a change adds, file by file, in the head's line numbers: a pull request or merge-group entry, a branch's
 * working tree against its base, or the index (a commit being made).
 * Plain data: produced by src/target (git first, REST as fallback), consumed by src/triage/diff-scope.ts.
 */

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed';

export interface ChangedFile {
  /** Path at the head commit (for a deletion: the path that was removed), `/`-separated. */
  path: string;
  /** Path at the base, for renames and copies. */
  previousPath?: string;
  status: ChangeStatus;
  /**
   * The head-side line numbers (1-based) that the change adds or rewrites, sorted ascending.
   * `unknown` when the source could not say (the REST API leaves out the patch of very large files).
   */
  addedLines: number[] | 'unknown';
  binary?: boolean;
  /** A submodule pointer (git mode 160000): nothing to scan. */
  submodule?: boolean;
  /** A symbolic link (git mode 120000): its text is a path, not code. */
  symlink?: boolean;
  /** File mode change such as 100644 → 100755. */
  modeChange?: { from: string; to: string };
}

export type DiffSource = 'git' | 'git-worktree' | 'git-index' | 'rest-pull-files' | 'rest-compare';

export interface PullDiff {
  /** Where the answer came from, said in the log and summary. */
  source: DiffSource;
  /** Commit whose lines `addedLines` number. */
  headSha: string;
  /** The commit the diff starts from (the merge base when git found one). */
  baseSha: string;
  files: ChangedFile[];
  /** Human-readable notes on how the diff was obtained: fetches, fallbacks, caps. */
  notes: string[];
  /** Set when the source capped the file list (the REST API lists at most 3,000 files). */
  truncated?: boolean;
}

/** Files that hold text the PR adds: not deleted, not a submodule, not a symbolic link. */
export function scannableFiles(diff: PullDiff): ChangedFile[] {
  return diff.files.filter((f) => f.status !== 'deleted' && !f.submodule && !f.symlink);
}
