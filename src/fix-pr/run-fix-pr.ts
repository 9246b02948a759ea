import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runFix, type FixRunResult } from '../fix/run-fix.js';
import type { Region } from '../fix/region.js';
import type { CompiledCatalog } from '../scan/compile.js';
import { FIX_COMMIT_TRAILER, fixCommitMessage, fixPrBody, fixPrTitle } from './description.js';
import {
  addWorktree,
  commitFiles,
  commitInfo,
  deleteBranch,
  fetchTip,
  headSha,
  isPushDenied,
  madeByUs,
  pushBranch,
  remoteTip,
  removeWorktree,
  topLevel,
  type CommitInfo,
} from './git.js';
import { sdkCounts, sdkCountsLine } from './sdk-section.js';
import { closePull, ensureLabels, findOpenPull, openPull, updatePull, type Octokit, type OpenPull, type RepoRef } from './pull-request.js';

/**
 * The migration pull request of a full scan, like Dependabot's: the safe fixes applied on one branch, one pull
 * request opened for it and updated in place on later runs, closed when nothing is left. Each step that GitHub may
 * refuse degrades to a warning that names the permission or setting to add; the scan's result is never affected.
 */

export { FIX_BRANCH } from './branch.js';
import { FIX_BRANCH } from './branch.js';
import { apiRefused } from '../github/permissions.js';

export interface FixPrLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface FixPrOptions {
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string;
  repo: RepoRef;
  serverUrl: string;
  /** The branch the run is on: the pull request's base. */
  baseBranch: string | undefined;
  octokit: Octokit;
  labels: string[];
  region: Region;
  /** Also rewrite Tencent Cloud SDK chat clients into OpenAI SDK calls (input `fix-pr-sdk`, like `fix --sdk`). */
  sdk?: boolean;
  paths?: string[];
  include?: string[];
  exclude?: string[];
  /** The scan's catalog (with the config file's rule switches and extra rules); default the built-in one. */
  catalog?: CompiledCatalog;
  /** Where the temporary worktree goes (RUNNER_TEMP). */
  tempDir: string;
  remote?: string;
  branch?: string;
  log: FixPrLog;
}

export type FixPrState = 'opened' | 'updated' | 'unchanged' | 'closed' | 'none' | 'skipped';

export interface FixPrOutcome {
  state: FixPrState;
  number?: number;
  url?: string;
  /** Why it was skipped (also logged as a warning). */
  reason?: string;
  result?: FixRunResult;
}

const CLOSE_COMMENT =
  'Nothing is left for the safe fix: the legacy base URLs and model IDs it rewrote are no longer in the base branch ' +
  '(this pull request was merged elsewhere, or the code changed). Closing it; a later run opens a new one if they come back. ' +
  'Findings that need a person are listed in the scan\'s job summary.';

function apiProblem(what: string, err: unknown): string {
  return apiRefused(what, 'pull-requests: write', err, { offSwitch: 'set fix-pr: false' }).message;
}

export async function runFixPr(opts: FixPrOptions): Promise<FixPrOutcome> {
  const { log } = opts;
  const remote = opts.remote ?? 'origin';
  const branch = opts.branch ?? FIX_BRANCH;
  const skip = (reason: string): FixPrOutcome => {
    log.warning(`Migration pull request skipped: ${reason}`);
    return { state: 'skipped', reason };
  };

  const top = await topLevel(opts.workspace);
  if (!top) return skip('the workspace is not a git checkout; run actions/checkout before this action.');
  if (!opts.baseBranch) return skip('the run is not on a branch (a tag or a detached commit), so there is no base branch for the pull request.');
  if (opts.baseBranch === branch) return skip(`the run is on the fix branch ${branch} itself.`);

  const head = await headSha(top);
  const scratch = await fs.mkdtemp(path.join(opts.tempDir, 'tokenhub-fix-'));
  const worktree = path.join(scratch, 'tree');
  await addWorktree(top, worktree, head);
  try {
    // Paths and reported files are relative to the workspace, which may be a folder inside the repository.
    const inRepo = path.relative(top, await fs.realpath(opts.workspace)).split(path.sep).join('/');
    const root = path.join(worktree, inRepo);
    const result = await runFix({
      root,
      paths: opts.paths,
      include: opts.include,
      exclude: opts.exclude,
      region: opts.region,
      ...(opts.sdk ? { sdk: true } : {}),
      ...(opts.catalog ? { catalog: opts.catalog } : {}),
    });
    log.info(
      `Migration pull request: ${result.changes.reduce((n, c) => n + c.applied.length, 0)} safe replacements in ${result.changes.length} files; ` +
        (result.sdk ? `Tencent Cloud SDK chat clients: ${sdkCountsLine(sdkCounts(result))}.` : `${result.remaining.length} findings left for a person.`),
    );

    let existing: OpenPull | undefined;
    try {
      existing = await findOpenPull(opts.octokit, opts.repo, branch);
    } catch (err) {
      return skip(apiProblem('list pull requests', err));
    }
    // One branch, one pull request: a run on another branch must not rebuild it on a different base.
    if (existing && existing.base !== opts.baseBranch) {
      return skip(`the migration pull request #${existing.number} merges into ${existing.base}; runs on ${opts.baseBranch} leave it alone.`);
    }

    let tip: CommitInfo | undefined;
    try {
      const sha = await remoteTip(top, remote, branch);
      if (sha) tip = await fetchTip(top, remote, branch);
    } catch (err) {
      return skip(`could not read the branch ${branch} from the remote '${remote}': ${(err as Error).message}`);
    }
    // The branch is ours only while its tip is a commit we made; a force-push would lose a maintainer's work.
    const tipIsOurs = tip === undefined || madeByUs(tip, FIX_COMMIT_TRAILER);
    if (!tipIsOurs) {
      return skip(
        `the tip of ${branch} is not the commit this action pushed (someone else pushed to ${branch} or amended its commit), so it is no longer ` +
          'updated automatically. Merge or close that pull request, or delete the branch, to start again.',
      );
    }

    if (result.changes.length === 0) {
      let state: FixPrState = 'none';
      if (existing) {
        try {
          await closePull(opts.octokit, opts.repo, existing.number, CLOSE_COMMENT);
          state = 'closed';
          log.info(`Closed the migration pull request #${existing.number}: nothing is left for the safe fix.`);
        } catch (err) {
          log.warning(apiProblem(`close the migration pull request #${existing.number}`, err));
          return { state: 'skipped', number: existing.number, url: existing.url, result };
        }
      }
      if (tip) await deleteBranch(top, remote, branch, tip.sha).catch((err) => log.warning(`Could not delete the branch ${branch}: ${(err as Error).message}`));
      return { state, ...(existing ? { number: existing.number, url: existing.url } : {}), result };
    }

    const files = result.changes.map((c) => (inRepo ? `${inRepo}/${c.path}` : c.path));
    const commit = await commitFiles(worktree, files, fixCommitMessage(result));
    const mine = await commitInfo(worktree, commit);
    // The same fixes on the same base: the branch is current, nothing to push.
    const current = tip !== undefined && tip.tree === mine.tree && tip.parents[0] === head;
    if (!current) {
      try {
        await pushBranch(worktree, remote, commit, branch, tip?.sha);
      } catch (err) {
        if (isPushDenied(err)) {
          return skip(
            `pushing ${branch} was refused. Give the job \`contents: write\` under \`permissions:\` (and keep actions/checkout's ` +
              `default \`persist-credentials: true\`).`,
          );
        }
        return skip(`could not push ${branch}: ${(err as Error).message}`);
      }
    }

    const title = fixPrTitle(result);
    const body = fixPrBody(result, { serverUrl: opts.serverUrl, owner: opts.repo.owner, repo: opts.repo.repo, branch, baseBranch: opts.baseBranch, baseSha: head });
    let pull: OpenPull;
    let state: FixPrState;
    try {
      if (existing) {
        pull = existing;
        if (existing.title !== title || existing.body !== body) {
          await updatePull(opts.octokit, opts.repo, existing.number, { title, body });
          state = 'updated';
        } else {
          state = current ? 'unchanged' : 'updated';
        }
      } else {
        pull = await openPull(opts.octokit, opts.repo, { branch, baseBranch: opts.baseBranch, title, body });
        state = 'opened';
      }
    } catch (err) {
      return skip(`${apiProblem(existing ? `update pull request #${existing.number}` : 'open the pull request', err)} The fixes are on the branch ${branch}.`);
    }
    try {
      await ensureLabels(opts.octokit, opts.repo, pull, opts.labels);
    } catch (err) {
      log.warning(apiProblem(`label pull request #${pull.number}`, err));
    }
    log.info(`Migration pull request #${pull.number} ${state}: ${pull.url}`);
    return { state, number: pull.number, url: pull.url, result };
  } finally {
    await removeWorktree(top, worktree);
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
