import { gitOrThrow, GitError } from '../git/run.js';

export { GitError };

/**
 * The git steps of the migration pull request, run with the git on the runner against the checkout that
 * actions/checkout made (its `origin` remote and, by default, its persisted credentials).
 */

/** Who commits the fix: the identity GitHub shows for the workflow token's commits. */
export const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/** git in `cwd`, its stdout; a failure throws GitError with git's last lines of stderr. */
export function git(cwd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return gitOrThrow(cwd, args, opts);
}

export async function topLevel(dir: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

export async function headSha(dir: string): Promise<string> {
  return (await git(dir, ['rev-parse', 'HEAD'])).trim();
}

/** A detached worktree of `commit` in `dir`, so that the fix never touches the user's checkout. */
export async function addWorktree(repo: string, dir: string, commit: string): Promise<void> {
  await git(repo, ['worktree', 'add', '--detach', '--force', dir, commit]);
}

export async function removeWorktree(repo: string, dir: string): Promise<void> {
  await git(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
  await git(repo, ['worktree', 'prune']).catch(() => undefined);
}

/**
 * Paths from the repository are names, never patterns: without this, a file named `:(exclude)app/x.py` (or `*.py`)
 * is read as pathspec magic even after `--`, and the commit leaves out the file the pull request says it fixes.
 */
const LITERAL = { GIT_LITERAL_PATHSPECS: '1' };

/**
 * Commits the given files in the worktree as the bot; returns the new commit. The commit must hold exactly those
 * files: anything else would make the pull request claim a change it does not carry.
 */
export async function commitFiles(worktree: string, files: string[], message: string): Promise<string> {
  await git(worktree, ['--literal-pathspecs', 'add', '--', ...files], { env: LITERAL });
  const staged = (await git(worktree, ['diff', '--cached', '--name-only', '-z'], { env: LITERAL })).split('\0').filter(Boolean);
  const missing = files.filter((f) => !staged.includes(f));
  if (missing.length) throw new GitError(`git did not stage ${missing.length} fixed file(s) (${missing.slice(0, 3).join(', ')})`, '');
  await git(worktree, ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`, '-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-F', '-'], {
    input: message,
    env: LITERAL,
  });
  return headSha(worktree);
}

/** The remote branch's tip, or undefined when the branch does not exist. */
export async function remoteTip(repo: string, remote: string, branch: string): Promise<string | undefined> {
  const out = await git(repo, ['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
  const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
  return line?.split('\t')[0];
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  /** Author and committer e-mail addresses, from the commit object. */
  authorEmail: string;
  committerEmail: string;
}

/** Fetches one commit of a remote branch (depth 1 is enough: we read its tree, parent and message). */
export async function fetchTip(repo: string, remote: string, branch: string): Promise<CommitInfo> {
  const ref = 'refs/tokenhub-migration/remote-tip';
  await git(repo, ['fetch', '-q', '--no-tags', '--depth=1', remote, `+refs/heads/${branch}:${ref}`]);
  const info = await commitInfo(repo, ref);
  await git(repo, ['update-ref', '-d', ref]).catch(() => undefined);
  return info;
}

/** The raw commit object: parents are read from it, since a shallow fetch hides them from rev-parse. */
export async function commitInfo(repo: string, rev: string): Promise<CommitInfo> {
  const sha = (await git(repo, ['rev-parse', `${rev}^{commit}`])).trim();
  const raw = await git(repo, ['cat-file', 'commit', sha]);
  const blank = raw.indexOf('\n\n');
  const header = raw.slice(0, blank === -1 ? raw.length : blank).split('\n');
  return {
    sha,
    tree: header.find((l) => l.startsWith('tree '))!.slice(5),
    parents: header.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
    message: blank === -1 ? '' : raw.slice(blank + 2),
    authorEmail: emailOf(header, 'author '),
    committerEmail: emailOf(header, 'committer '),
  };
}

/**
 * Pushes `commit` to the branch, replacing what is there only if it is still `expected` (undefined: the branch
 * must not exist), so that a push by someone else in between is never overwritten.
 */
export async function pushBranch(worktree: string, remote: string, commit: string, branch: string, expected: string | undefined): Promise<void> {
  await git(worktree, ['push', '-q', `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`, remote, `${commit}:refs/heads/${branch}`]);
}

export async function deleteBranch(repo: string, remote: string, branch: string, expected: string): Promise<void> {
  await git(repo, ['push', '-q', `--force-with-lease=refs/heads/${branch}:${expected}`, remote, `:refs/heads/${branch}`]);
}

/** A push refused for lack of permission (GitHub's 403 for a token without `contents: write`, or no credentials). */
export function isPushDenied(err: unknown): boolean {
  const text = err instanceof GitError ? err.stderr : String(err);
  return /\b403\b|permission to .* denied|denied to|could not read username|authentication failed|write access to repository not granted/i.test(text);
}

function emailOf(header: string[], field: string): string {
  return /<([^>]*)>/.exec(header.find((l) => l.startsWith(field)) ?? '')?.[1] ?? '';
}

/**
 * The commit is one this action made: authored and committed as the bot, with the fix's trailer. A maintainer who
 * amends it (or pushes on top) becomes its committer, and from then on the branch is theirs.
 */
export function madeByUs(commit: CommitInfo, trailer: string): boolean {
  return commit.message.includes(trailer) && commit.authorEmail === BOT_EMAIL && commit.committerEmail === BOT_EMAIL;
}
