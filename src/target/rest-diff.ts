import type { ChangedFile, ChangeStatus, DiffSource, PullDiff } from './types.js';
import { addedLinesOfHunks } from './unified.js';

/**
 * The PR's diff from the REST API's file list (`GET /pulls/{n}/files`, or `files` of the compare API for a merge
 * group), used when git in the workspace cannot answer. Each file carries its hunks as `patch`, except binary
 * files and very large diffs, where GitHub leaves it out.
 */

/** The fields of a diff-entry that we use (see GitHub's `diff-entry` schema). */
export interface RestDiffEntry {
  filename: string;
  previous_filename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

/** GitHub lists at most this many files of a pull request. */
export const REST_PULL_FILES_CAP = 3000;
/** The compare API lists at most this many files. */
export const REST_COMPARE_FILES_CAP = 300;

const STATUS: Record<RestDiffEntry['status'], ChangeStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'modified',
  unchanged: 'modified',
};

export function diffFromRestFiles(
  entries: readonly RestDiffEntry[],
  meta: { source: Extract<DiffSource, 'rest-pull-files' | 'rest-compare'>; baseSha: string; headSha: string; cap: number; notes?: string[] },
): PullDiff {
  const notes = [...(meta.notes ?? [])];
  const files: ChangedFile[] = entries.map((e) => {
    const status = STATUS[e.status] ?? 'modified';
    let addedLines: ChangedFile['addedLines'];
    if (status === 'deleted') addedLines = [];
    else if (e.patch !== undefined) addedLines = addedLinesOfHunks(e.patch);
    // No patch and no counted lines: a binary file, a pure rename or a mode change. No patch but added lines:
    // GitHub left out a diff too large to show, so which lines are new is not known.
    else addedLines = e.additions > 0 ? 'unknown' : [];
    const file: ChangedFile = { path: e.filename, status, addedLines };
    if (e.previous_filename) file.previousPath = e.previous_filename;
    if (e.patch === undefined && e.additions === 0 && e.deletions === 0 && e.changes === 0 && status !== 'renamed' && e.status !== 'changed') {
      file.binary = true;
    }
    return file;
  });
  const unknown = files.filter((f) => f.addedLines === 'unknown').length;
  if (unknown) notes.push(`GitHub left out the diff of ${unknown} large file(s); every finding in them is treated as new.`);
  const truncated = entries.length >= meta.cap;
  if (truncated) {
    notes.push(`GitHub's API lists at most ${meta.cap} files of a diff; files past that were not checked. Let actions/checkout fetch history (fetch-depth: 0) so that git can answer.`);
  }
  return { source: meta.source, baseSha: meta.baseSha, headSha: meta.headSha, files, notes, ...(truncated ? { truncated } : {}) };
}
