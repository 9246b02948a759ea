import { diffIndex, diffWithGit, diffWorktree, GitDiffUnavailable } from './git-diff.js';
import { diffFromRestFiles, REST_COMPARE_FILES_CAP, REST_PULL_FILES_CAP, type RestDiffEntry } from './rest-diff.js';
import type { PullDiff } from './types.js';
import { UserError } from '../errors.js';

/**
 * What a change adds, for both faces: a pull request or merge-group range (git in the workspace first, fetching
 * what a depth-1 checkout lacks; the REST API when git cannot answer), a branch's working tree against the merge
 * base with a ref (CLI `scan --diff REF`), or the index (CLI `scan --staged`).
 */

export type ChangeRequest =
  /** A pull request (with its number, for the REST file list) or a merge-group entry. */
  | { kind: 'range'; baseSha: string; headSha: string; pullNumber?: number }
  /** The working tree (and HEAD) against the merge base with `ref`. */
  | { kind: 'worktree'; ref: string }
  /** The index against HEAD. */
  | { kind: 'index' };

/** The REST API's view of a diff, when the face has a token; src/github implements it. */
export interface RestDiffSource {
  pullFiles(pullNumber: number): Promise<RestDiffEntry[]>;
  compareFiles(baseSha: string, headSha: string): Promise<{ files: RestDiffEntry[]; mergeBase: string }>;
}

/** The diff could not be read at all (neither git nor the API could answer). */
export class DiffUnavailableError extends UserError {}

export async function resolveChanges(cwd: string, req: ChangeRequest, opts: { rest?: RestDiffSource; log?: (message: string) => void } = {}): Promise<PullDiff> {
  if (req.kind === 'worktree' || req.kind === 'index') {
    try {
      return req.kind === 'worktree' ? await diffWorktree(cwd, req.ref) : await diffIndex(cwd);
    } catch (err) {
      if (err instanceof GitDiffUnavailable) throw new DiffUnavailableError(err.message);
      throw err;
    }
  }
  try {
    return await diffWithGit({ cwd, baseSha: req.baseSha, headSha: req.headSha, ...(opts.log ? { log: opts.log } : {}) });
  } catch (err) {
    if (!(err instanceof GitDiffUnavailable)) throw err;
    const why = `git could not give the diff (${err.message})`;
    if (!opts.rest) {
      throw new DiffUnavailableError(
        `${why}, and there is no token to ask the REST API. Check out with \`fetch-depth: 0\` (actions/checkout) or pass \`github-token\`.`,
      );
    }
    opts.log?.(`${why}; using the REST API instead.`);
    const notes = [capitalize(why) + '.'];
    try {
      if (req.pullNumber !== undefined) {
        const files = await opts.rest.pullFiles(req.pullNumber);
        return diffFromRestFiles(files, { source: 'rest-pull-files', baseSha: req.baseSha, headSha: req.headSha, cap: REST_PULL_FILES_CAP, notes });
      }
      const { files, mergeBase } = await opts.rest.compareFiles(req.baseSha, req.headSha);
      return diffFromRestFiles(files, { source: 'rest-compare', baseSha: mergeBase, headSha: req.headSha, cap: REST_COMPARE_FILES_CAP, notes });
    } catch (apiErr) {
      throw new DiffUnavailableError(
        `${why}, and the REST API refused too (${(apiErr as Error).message.split('\n')[0]}). ` +
          'Check out with `fetch-depth: 0` (actions/checkout), or give the token `contents: read` and `pull-requests: read`.',
      );
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
